"""Reading an ordinance's text and storing it as a draft: all of it, or nothing.

Importing the same text twice changes nothing. Another text under the number of a draft (not yet
applied) replaces that draft, which goes back to "draft"; an applied ordinance is never
re-imported (a correction comes as a new ordinance).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from orgunits.models import Ordinance

from .. import analysis
from ..importer import Mapping, ReadOrdinance, mapping_load, read_ordinance
from ..matching import Matched, match_nodes
from ..models import OrdinanceEvent, OrdinanceImport, OrdinanceUnit, Task, TaskList
from ..summary import import_summary


@dataclass
class ImportResult:
    """The stored ordinance, what was read, its summary; `outcome`: created/replaced/unchanged."""

    ordinance: Ordinance
    summary: dict
    outcome: str


def ordinance_preview(
    *,
    text: str,
    number: str = "",
    signed_on: date | None = None,
    effective_from: date | None = None,
    mapping: Mapping | None = None,
) -> tuple[ReadOrdinance, dict[int, Matched]]:
    """Read a text and match its units to the structure, storing nothing (the dry run)."""
    mapping = mapping or mapping_load()
    read = read_ordinance(
        text, mapping=mapping, number=number, signed_on=signed_on, effective_from=effective_from
    )
    return read, match_nodes(read.nodes, mapping)


def _short_name(node, matched: Matched, mapping: Mapping) -> str:
    """A kept unit keeps its own short name unless renamed or set by the mapping file."""
    unit = matched.unit
    if unit is not None and unit.name == node.name and not mapping.short_names.get(node.key):
        return unit.short_name
    return node.short_name


def _store_nodes(ordinance, read, matches, mapping, actor) -> dict[int, OrdinanceUnit]:
    stored: dict[int, OrdinanceUnit] = {}
    department = next((n for n in read.nodes if n.key == mapping.department["key"]), None)
    for position, node in enumerate(read.nodes):
        matched = matches[id(node)]
        row = OrdinanceUnit(
            ordinance=ordinance,
            position=position,
            key=node.key,
            kind=node.kind,
            symbol=node.symbol,
            name=node.name,
            short_name=_short_name(node, matched, mapping),
            legal_basis=node.legal_basis,
            parent=stored.get(id(node.parent)) if node.parent else None,
            department=stored.get(id(department)) if node.in_department else None,
            unit=matched.unit,
            match=matched.rule,
            match_note=matched.note,
            decision=OrdinanceUnit.Decision.PENDING if matched.doubtful else "",
        )
        row._history_user = actor
        row.save()
        stored[id(node)] = row
    return stored


def _list_row(ordinance, data, owner, position: int) -> TaskList:
    searchable = data.lead_in if data.separate_act else data.duty
    return TaskList(
        ordinance=ordinance,
        owner=owner,
        paragraph=data.paragraph,
        section=data.section,
        lead_in=data.lead_in,
        duty=data.duty,
        exhaustive=data.exhaustive,
        separate_act=data.separate_act,
        position=position,
        words=analysis.index(searchable) if searchable else [],
    )


def _task_row(task_list: TaskList, item, position: int, parent=None) -> Task:
    return Task(
        ordinance=task_list.ordinance,
        task_list=task_list,
        owner=task_list.owner,
        parent=parent,
        paragraph=task_list.paragraph,
        section=task_list.section,
        point=item.point,
        letter=item.letter,
        text=item.text,
        exhaustive=item.exhaustive,
        position=position,
        words=analysis.index(item.text),
    )


def _store_lists(ordinance, read, owners: dict[int, OrdinanceUnit]) -> None:
    """The lists, then their points, then the lettered sub-points under them (three inserts)."""
    lists = [
        _list_row(ordinance, data, owners[id(data.owner)] if data.owner else None, number)
        for number, data in enumerate(read.lists)
    ]
    TaskList.objects.bulk_create(lists)
    points, subpoints, position = [], [], 0
    for task_list, data in zip(lists, read.lists, strict=True):
        for item in data.items:
            position += 1
            points.append(_task_row(task_list, item, position))
            for sub in item.subpoints:
                position += 1
                subpoints.append((len(points) - 1, sub, position))
    Task.objects.bulk_create(points)
    Task.objects.bulk_create(
        [_task_row(points[i].task_list, sub, pos, points[i]) for i, sub, pos in subpoints]
    )


def _ordinance_fields(read: ReadOrdinance, text: str) -> dict:
    return {
        "signed_on": read.signed_on,
        "title": read.title[:500],
        "effective_from": read.effective_from,
        "supersedes": Ordinance.objects.filter(number=read.supersedes_number).first()
        if read.supersedes_number
        else None,
        "supersedes_number": read.supersedes_number,
        "source_text": text,
        "status": Ordinance.Status.DRAFT,
    }


def _save_ordinance(existing, read, text, actor) -> Ordinance:
    ordinance = existing or Ordinance(number=read.number)
    for name, value in _ordinance_fields(read, text).items():
        setattr(ordinance, name, value)
    ordinance._history_user = actor
    ordinance.save()
    return ordinance


def _existing(number: str, text: str) -> Ordinance | None:
    """The ordinance already stored under this number, if its draft may be replaced."""
    existing = Ordinance.objects.select_for_update().filter(number=number).first()
    if existing and existing.source_text != text and existing.status == Ordinance.Status.APPLIED:
        raise ValidationError(
            _("%(ordinance)s has already been applied; a correction comes as a new ordinance.")
            % {"ordinance": existing.legal_name}
        )
    return existing


def _record_import(ordinance, summary: dict, *, actor, replaced: bool, previous: str) -> None:
    OrdinanceImport.objects.update_or_create(
        ordinance=ordinance,
        defaults={
            "summary": summary,
            "warnings": summary["warnings"],
            "imported_at": timezone.now(),
            "imported_by": actor,
        },
    )
    OrdinanceEvent.objects.create(
        ordinance=ordinance,
        actor=actor,
        action=OrdinanceEvent.Action.REIMPORTED if replaced else OrdinanceEvent.Action.IMPORTED,
        from_status=previous,
        to_status=ordinance.status,
    )


@transaction.atomic
def ordinance_import(
    *,
    actor,
    text: str,
    number: str = "",
    signed_on: date | None = None,
    effective_from: date | None = None,
    mapping: Mapping | None = None,
) -> ImportResult:
    """Read an ordinance's text and store it as a draft to review (see the module docstring)."""
    mapping = mapping or mapping_load()
    read, matches = ordinance_preview(
        text=text,
        number=number,
        signed_on=signed_on,
        effective_from=effective_from,
        mapping=mapping,
    )
    summary = import_summary(read, matches)
    existing = _existing(read.number, text)
    if existing and existing.source_text == text:
        return ImportResult(existing, summary, "unchanged")
    previous = existing.status if existing else ""
    if existing:
        Task.objects.filter(ordinance=existing).delete()
        TaskList.objects.filter(ordinance=existing).delete()
        existing.structure_nodes.all().delete()
    ordinance = _save_ordinance(existing, read, text, actor)
    _store_lists(ordinance, read, _store_nodes(ordinance, read, matches, mapping, actor))
    _record_import(ordinance, summary, actor=actor, replaced=bool(existing), previous=previous)
    return ImportResult(ordinance, summary, "replaced" if existing else "created")
