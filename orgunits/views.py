"""The structure pages: the tree (now or on a day), a unit, the record of structural changes."""

from datetime import date

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from kancelaria.registry import unit_sections

from . import selectors
from .models import Assignment, StructureSnapshot
from .structure import structure_current, structure_on


def _parse_day(value: str | None) -> tuple[date | None, str]:
    if not value:
        return None, ""
    try:
        return date.fromisoformat(value), ""
    except ValueError:
        return None, _("“%(value)s” is not a date; use the form YYYY-MM-DD.") % {"value": value}


def unit_list(request):
    """The whole tree of reporting lines, or the one in legal force on `?date=`."""
    day, error = _parse_day(request.GET.get("date"))
    view = structure_on(day) if day else (None if error else structure_current())
    context = {
        "view": view,
        "day": day,
        "date_error": error,
        "requested": request.GET.get("date", ""),
    }
    return render(request, "orgunits/unit_list.html", context, status=400 if error else 200)


def unit_detail(request, identifier: str):
    """A unit: full name, legal basis, its chain of superiors, units below it, its people."""
    unit = selectors.unit_get(identifier)
    if unit is None:
        raise Http404(_("No such unit."))
    children = list(selectors.unit_children(unit))
    people = selectors.people_by_unit([unit.pk]).get(unit.pk, [])
    context = {
        "unit": unit,
        "chain": list(selectors.unit_ancestors(unit))[::-1],
        "children": children,
        "people": people,
        "roles": Assignment.Role,
        "history": unit.history.select_related("history_user").order_by(
            "-history_date", "-history_id"
        )[:10],
        "sections": _sections(request, unit),
    }
    return render(request, "orgunits/unit_detail.html", context)


def _sections(request, unit):
    sections = [section(request, unit) for section in unit_sections()]
    return sorted((s for s in sections if s), key=lambda s: s.order)


def snapshot_list(request):
    """Every recorded change of the legal structure: in force from, basis, what changed."""
    snapshots = StructureSnapshot.objects.select_related("created_by", "ordinance").defer("nodes")
    page = Paginator(snapshots, 25).get_page(request.GET.get("page"))
    return render(request, "orgunits/snapshot_list.html", {"page": page})
