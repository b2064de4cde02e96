"""Which chart a request asks for, the structure it is drawn from, and the words of its title.

The chart shows the structure as it stands now or, with a date, as it stood in law that day
(`orgunits.structure`). Its title says "Załącznik do Zarządzenia nr …" only when the whole
chart shows exactly the structure an ordinance set (same nodes, same lines, same names);
otherwise, and for a part of the structure, it says "Stan na dzień …".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _

from .. import selectors
from ..structure import StructureRow, StructureView, structure_current, structure_on
from .model import ChartNode, chart_forest, find_row

COMPARED = ("key", "parent", "kind", "symbol", "name", "department")


@dataclass(frozen=True)
class ChartQuery:
    """What the reader asked for: a day, a unit's subtree, heads' names, external units."""

    day: date | None = None
    unit: str = ""
    heads: bool = True
    external: bool = False
    error: str = ""

    @classmethod
    def parse(cls, params) -> ChartQuery:
        """Read `?date=`, `?unit=`, `?heads=` and `?external=`; a bad date is an error."""
        raw = (params.get("date") or "").strip()
        day, error = None, ""
        if raw:
            try:
                day = date.fromisoformat(raw)
            except ValueError:
                error = _("“%(value)s” is not a date; use the form YYYY-MM-DD.") % {"value": raw}
        return cls(
            day=day,
            unit=(params.get("unit") or "").strip(),
            heads=params.get("heads", "1") != "0",
            external=params.get("external", "") == "1",
            error=error,
        )


@dataclass
class Chart:
    """A chart ready to draw, or the reason there is none (`status` then says which)."""

    query: ChartQuery
    view: StructureView | None = None
    forest: list[ChartNode] = field(default_factory=list)
    unit: StructureRow | None = None
    status: int = 200
    message: str = ""

    @property
    def day(self) -> date:
        return self.query.day or selectors.today()

    @property
    def rows(self) -> list[StructureRow]:
        return self.view.rows if self.view else []

    @cached_property
    def ordinance(self):
        """The ordinance whose annex this chart is, if it shows exactly its structure."""
        if self.unit is not None or self.view is None or self.view.snapshot is None:
            return None
        snapshot = self.view.snapshot
        if snapshot.ordinance_id is None:
            return None
        ordinance = snapshot.ordinance  # one query, whether or not the structure matches
        return ordinance if _same(self.view.rows, snapshot.nodes) else None

    @property
    def title(self) -> str:
        if self.unit is None:
            return _("Organisational chart")
        return _("Organisational chart: %(unit)s") % {"unit": self.unit.display_name}

    @property
    def basis(self) -> str:
        """ "Załącznik do Zarządzenia nr …" or "Stan na dzień …"."""
        ordinance = self.ordinance
        if ordinance is not None:
            return _("Annex to Ordinance no. %(number)s of the Mayor of Kraków of %(date)s") % {
                "number": ordinance.number,
                "date": polish_date(ordinance.signed_on),
            }
        return _("As of %(date)s") % {"date": polish_date(self.day)}

    @property
    def office(self) -> str:
        return settings.KANCELARIA_OFFICE_NAME


def polish_date(day: date) -> str:
    """A date with the month in words, as documents write it ("18 lutego 2026")."""
    return formats.date_format(day, "j E Y")


def _same(rows: list[StructureRow], nodes: list[dict]) -> bool:
    mine = [tuple(getattr(row, name) for name in COMPARED) for row in rows]
    theirs = [tuple(node.get(name) for name in COMPARED) for node in nodes]
    return mine == theirs


def chart_load(query: ChartQuery) -> Chart:
    """The structure the query asks for, as a chart (two or three queries)."""
    chart = Chart(query)
    if query.error:
        chart.status, chart.message = 400, query.error
        return chart
    chart.view = structure_on(query.day) if query.day else structure_current()
    if chart.view is None:
        chart.status = 404
        record = _("the system holds no record of the structure in force on %(day)s.")
        chart.message = f"{_('no data')} — {record % {'day': polish_date(query.day)}}"
        return chart
    root = None
    if query.unit:
        chart.unit = find_row(chart.view.rows, query.unit)
        if chart.unit is None:
            chart.status = 404
            chart.message = _("There is no unit “%(unit)s” in this structure.") % {
                "unit": query.unit
            }
            return chart
        root = chart.unit.key
    chart.forest = chart_forest(chart.view.rows, root=root, external=query.external)
    return chart
