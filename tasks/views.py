"""The catalogue pages: the catalogue and "who handles this?", the diff, a unit's scope PDF."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from kancelaria.pdf import pdf_response, render_pdf
from kancelaria.registry import UnitSection
from orgunits import selectors as orgunit_selectors

from . import selectors
from .diff import diff_compute, state_in_force, state_of_ordinance
from .display import diff_display
from .search import catalogue_search

UNIT_SECTION_ORDER = 30


def catalogue(request):
    """The catalogue in force by unit in ordinance order; with `?q=`, the best tasks first."""
    query = " ".join(request.GET.get("q", "").split())
    ordinance = selectors.ordinance_in_force()
    context = {"query": query, "ordinance": ordinance}
    if query:
        context["outcome"] = catalogue_search(query)
    elif ordinance is not None:
        context["lists"] = selectors.catalogue(ordinance)
    return render(request, "tasks/catalogue.html", context)


def _ordinance_choice(request, name: str, choices, default):
    number = request.GET.get(name, "")
    if not number:
        return default, ""
    found = next((o for o in choices if o.number == number), None)
    if found is None:
        return None, _("There is no imported ordinance no. %(number)s.") % {"number": number}
    return found, ""


def _default_pair(choices):
    """The newest imported ordinance and the one it supersedes (else the one before it)."""
    if not choices:
        return None, None
    newest = choices[0]
    older = next((o for o in choices if o.pk == newest.supersedes_id), None)
    return older or (choices[1] if len(choices) > 1 else None), newest


def diff(request):
    """The differences between two ordinances (`?from=…&to=…`, by number)."""
    choices = selectors.imported_ordinances()
    default_from, default_to = _default_pair(choices)
    before, error_from = _ordinance_choice(request, "from", choices, default_from)
    after, error_to = _ordinance_choice(request, "to", choices, default_to)
    errors = [e for e in (error_from, error_to) if e]
    context = {"choices": choices, "before": before, "after": after, "errors": errors}
    if before is not None and after is not None and not errors:
        if before.pk == after.pk:
            errors.append(_("Choose two different ordinances."))
        else:
            result = diff_compute(state_of_ordinance(before), state_of_ordinance(after))
            context["diff"] = diff_display(result)
    return render(request, "tasks/diff.html", context, status=400 if errors else 200)


def draft_diff(ordinance):
    """What an imported ordinance would change against the structure in force (for the admin)."""
    return diff_display(diff_compute(state_in_force(), state_of_ordinance(ordinance)))


def _scope_or_404(identifier: str):
    unit = orgunit_selectors.unit_get(identifier)
    if unit is None:
        raise Http404(_("No such unit."))
    scope = selectors.unit_scope(unit)
    if scope.node is None or scope.is_empty:
        raise Http404(_("The ordinance in force sets no tasks for this unit."))
    return unit, scope


def unit_pdf(request, identifier: str):
    """A unit's scope of tasks as a PDF: what a new employee is handed."""
    unit, scope = _scope_or_404(identifier)
    context = {
        "unit": unit,
        "superior": unit.parent,
        "scope": scope,
        "ordinance": scope.ordinance,
        "office_name": settings.KANCELARIA_OFFICE_NAME,
        "today": orgunit_selectors.today(),
    }
    pdf = render_pdf("tasks/pdf/scope.html", context, request=request)
    return pdf_response(pdf, f"zakres-dzialania-{unit.key}.pdf")


def unit_section(request, unit) -> UnitSection | None:
    """The unit page's section: its tasks, its posts' tasks, the common duties, the PDF."""
    scope = selectors.unit_scope(unit)
    if scope.node is None or scope.is_empty:
        return None
    pdf_url = reverse("tasks:unit_pdf", args=[unit.symbol if unit.symbol else unit.key])
    return UnitSection(
        UNIT_SECTION_ORDER, "tasks/unit_section.html", {"scope": scope, "pdf_url": pdf_url}
    )
