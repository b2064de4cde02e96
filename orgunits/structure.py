"""The structure as rows for display, either as it stands now or as it stood in law on a day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.urls import reverse

from . import selectors
from .models import Assignment, OrgUnit, StructureSnapshot


@dataclass
class StructureRow:
    """One node of the structure, ready for a template (no further queries)."""

    key: str
    parent: str | None
    kind: str
    kind_label: str
    symbol: str
    name: str
    legal_basis: str
    url: str
    heads: list[str] = field(default_factory=list)
    department: str | None = None
    short_name: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.symbol} {self.name}" if self.symbol else self.name


@dataclass
class StructureView:
    """The rows of a structure and where they come from (the snapshot, or the live data)."""

    day: date
    rows: list[StructureRow]
    snapshot: StructureSnapshot | None

    @property
    def forest(self):
        return selectors.build_forest(self.rows, key=lambda r: r.key, parent_key=lambda r: r.parent)


def _head_names(units_by_key: dict[str, OrgUnit], day: date) -> dict[str, list[str]]:
    roles = [Assignment.Role.HEAD]
    people = selectors.people_by_unit([u.pk for u in units_by_key.values()], day=day, roles=roles)
    keys = {unit.pk: key for key, unit in units_by_key.items()}
    return {
        keys[unit_id]: [a.user.get_full_name() or a.user.get_username() for a in assignments]
        for unit_id, assignments in people.items()
    }


def _url(identifier: str) -> str:
    return reverse("orgunits:detail", args=[identifier])


def structure_current() -> StructureView:
    """The structure in the database now, with today's heads (two queries)."""
    day = selectors.today()
    units = list(selectors.units_in_tree_order())
    by_pk = {unit.pk: unit for unit in units}
    heads = _head_names({unit.key: unit for unit in units}, day)
    rows = [
        StructureRow(
            key=unit.key,
            parent=by_pk[unit.parent_id].key if unit.parent_id in by_pk else None,
            kind=unit.kind,
            kind_label=unit.get_kind_display(),
            symbol=unit.symbol,
            name=unit.name,
            legal_basis=unit.legal_basis,
            url=_url(unit.symbol or unit.key),
            heads=heads.get(unit.key, []),
            department=by_pk[unit.department_id].key if unit.department_id in by_pk else None,
            short_name=unit.short_name,
        )
        for unit in units
    ]
    return StructureView(day, rows, selectors.snapshot_in_force(day))


def structure_on(day: date) -> StructureView | None:
    """The structure in legal force on the day, from its snapshot; None means "brak danych"."""
    snapshot = selectors.snapshot_in_force(day)
    if snapshot is None:
        return None
    keys = [node["key"] for node in snapshot.nodes]
    units_by_key = {unit.key: unit for unit in OrgUnit.objects.filter(key__in=keys)}
    heads = _head_names(units_by_key, day)
    kinds = dict(OrgUnit.Kind.choices)
    rows = [
        StructureRow(
            key=node["key"],
            parent=node["parent"],
            kind=node["kind"],
            kind_label=str(kinds.get(node["kind"], node["kind"])),
            symbol=node["symbol"],
            name=node["name"],
            legal_basis=node["legal_basis"],
            url=_url(node["key"]),
            heads=heads.get(node["key"], []),
            department=node.get("department"),
            short_name=node.get("short_name", ""),
        )
        for node in snapshot.nodes
    ]
    return StructureView(day, rows, snapshot)
