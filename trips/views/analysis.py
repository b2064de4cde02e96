"""The periodic analysis for a chosen period, on the page and as a PDF."""

from __future__ import annotations

from datetime import date

from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kancelaria.pdf import pdf_response, render_pdf
from trips.analysis import analysis_compute
from trips.charts import bar_chart
from trips.forms import DayField
from trips.models import Trip
from trips.settlement import LineKind


class PeriodForm(forms.Form):
    start = DayField(label=gettext_lazy("From"))
    end = DayField(label=gettext_lazy("To"))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("The end of the period is before its start."))
        return data


KIND_LABELS = {
    LineKind.FOREIGN_PER_DIEM: gettext_lazy("per-diem abroad"),
    LineKind.DOMESTIC_PER_DIEM: gettext_lazy("domestic per-diem"),
    LineKind.LODGING: gettext_lazy("lodging"),
    LineKind.LOCAL_TRANSPORT: gettext_lazy("local transport"),
    LineKind.STATION_TRANSFER: gettext_lazy("station and airport transfers"),
    LineKind.TICKET: gettext_lazy("tickets"),
    LineKind.OTHER: gettext_lazy("other costs"),
}


def _context(request) -> dict:
    today = timezone.localdate()
    default = {"start": date(today.year, 1, 1), "end": date(today.year, 12, 31)}
    form = PeriodForm(request.GET or None, initial=default)
    period = form.cleaned_data if form.is_bound and form.is_valid() else default
    kinds = {str(kind): str(label) for kind, label in KIND_LABELS.items()}
    result = analysis_compute(
        Trip.objects.restrict(request.user, "view"), period["start"], period["end"], kinds
    )
    charts = {
        "category": bar_chart(
            _("Trips by traveller category"), [(n, c) for n, c, _p in result.by_category]
        ),
        "country": bar_chart(_("Trips by country"), result.by_country),
        "costs": bar_chart(_("Costs by kind (PLN)"), result.costs_pln_by_kind, unit="PLN"),
    }
    return {"form": form, "a": result, "charts": charts, "query": request.GET.urlencode()}


def analysis_page(request):
    """The analysis of the trips the user sees, for a period (this year by default)."""
    return render(request, "trips/analysis.html", _context(request))


def analysis_pdf(request):
    """The same analysis as a PDF, charts included."""
    context = _context(request)
    pdf = render_pdf("trips/pdf/analysis.html", context, request=request)
    a = context["a"]
    return pdf_response(pdf, f"analiza-wyjazdow-{a.start}-{a.end}.pdf")
