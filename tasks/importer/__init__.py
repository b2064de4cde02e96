"""The ordinance importer: reads the text of an ordinance of the 318/2026 kind, all or nothing.

`read_ordinance` turns the text into plain data (`ReadOrdinance`): the structure (units with
symbols, reporting lines, posts) and the catalogue (lists with lead-ins, points, lettered
sub-points, the common duties, references to separate acts). It touches no database. A text it
cannot read fully raises `OrdinanceTextError` with every problem and its line; the services then
store nothing.
"""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from .clauses import reference
from .header import read_head
from .lines import canonical, clean_lines
from .mapping import Mapping, mapping_load
from .model import Item, Message, Node, OrdinanceTextError, ReadOrdinance, TaskListData
from .reading import Reader, provisions
from .syntax import parse_body

__all__ = [
    "Item",
    "Mapping",
    "Message",
    "Node",
    "OrdinanceTextError",
    "ReadOrdinance",
    "TaskListData",
    "canonical",
    "mapping_load",
    "read_ordinance",
    "reference",
]


def _check_given(head, number, signed_on, line) -> list[Message]:
    errors = []
    if number and head.number and number != head.number:
        errors.append(
            Message(
                line,
                _("the text is Zarządzenie nr %(found)s, not %(given)s")
                % {"found": head.number, "given": number},
            )
        )
    if signed_on and head.signed_on and signed_on != head.signed_on:
        errors.append(
            Message(
                line,
                _("the text is dated %(found)s, not %(given)s")
                % {"found": head.signed_on.isoformat(), "given": signed_on.isoformat()},
            )
        )
    return errors


def read_ordinance(
    text: str,
    *,
    mapping: Mapping,
    number: str = "",
    signed_on: date | None = None,
    effective_from: date | None = None,
) -> ReadOrdinance:
    """Read an ordinance's text; raise `OrdinanceTextError` unless every part of it is read."""
    lines, skipped = clean_lines(text)
    if not lines:
        raise OrdinanceTextError([Message(0, _("the text is empty"))])
    head, errors = read_head(lines)
    if head.body is None:
        raise OrdinanceTextError(errors)
    errors += _check_given(head, number, signed_on, lines[0].number)
    outline = parse_body(head.body)
    errors += outline.errors
    reader = Reader(mapping, head.signed_on or signed_on)
    reader.read(provisions(outline))
    nodes = reader.finish()
    effective = effective_from or reader.effective_date()
    errors += reader.errors
    if errors:
        raise OrdinanceTextError(errors)
    return ReadOrdinance(
        number=head.number,
        signed_on=head.signed_on,
        title=head.title,
        effective_from=effective,
        supersedes_number=reader.supersedes,
        preamble=head.preamble,
        nodes=nodes,
        lists=reader.lists,
        warnings=sorted(reader.warnings, key=lambda m: m.line),
        skipped_lines=skipped,
    )
