"""The register of trips, its exports and the list of late settlements and reports."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from trips import register
from trips.models import Trip
from trips.selectors_case import late_rows

from .common import may_register

PAGE_SIZE = 25


def _filtered(request):
    form = register.RegisterFilter(request.GET)
    return form, form.apply(register.register_rows(Trip.objects.restrict(request.user, "view")))


def trip_list(request):
    """The register: filterable, sortable, paginated; exports with the same filters."""
    form, trips = _filtered(request)
    page = Paginator(trips, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "trips": list(page.object_list),
        "sort": request.GET.get("sort", "-departure"),
        "may_register": may_register(request.user),
        "query": request.GET.urlencode(),
    }
    return render(request, "trips/trip_list.html", context)


def trip_export(request, fmt: str):
    """The filtered register as CSV or XLSX."""
    _form, trips = _filtered(request)
    stamp = timezone.localdate().isoformat()
    if fmt == "xlsx":
        response = HttpResponse(
            register.register_xlsx(trips),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        response = HttpResponse(
            register.register_csv(trips), content_type="text/csv; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="wyjazdy-{stamp}.{fmt}"'
    return response


def late_list(request):
    """Late settlements and reports (§ 4 ust. 2 pkt 5-6), with days late and reminders sent."""
    rows = late_rows(Trip.objects.restrict(request.user, "view"), timezone.localdate())
    return render(request, "trips/late_list.html", {"rows": rows})
