"""The register of trips (§ 4 ust. 2 pkt 3): filters, sorting, lateness and the exports.

Every read starts from `Trip.objects.restrict(user, "view")`; the filters only narrow it.
A settlement or a report is late when it is still outstanding after its term, or was handed in
after it.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from django import forms
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from orgunits.models import OrgUnit

from .models import Country, Trip

SORTS = {
    "departure": "planned_departure",
    "-departure": "-planned_departure",
    "sign": "sign",
    "-sign": "-sign",
    "traveller": "traveller_name",
    "-traveller": "-traveller_name",
    "status": "status",
    "-status": "-status",
    "deadline": F("deadline").asc(nulls_last=True),
    "-deadline": F("deadline").desc(nulls_last=True),
}


def settlement_late(today: date) -> Q:
    """Settlements still owed after their term, or handed in after it."""
    return Q(status__in=Trip.SETTLEMENT_OUTSTANDING, settlement_due__lt=today) | Q(
        settlement_submitted_on__gt=F("settlement_due")
    )


def report_late(today: date) -> Q:
    """Reports still owed after their term, or handed in after it."""
    return Q(status__in=Trip.REPORT_OUTSTANDING, report_due__lt=today) | Q(
        report_submitted_on__gt=F("report_due")
    )


def late(today: date) -> Q:
    return settlement_late(today) | report_late(today)


class RegisterFilter(forms.Form):
    """The register's filters, the same for the page and the exports."""

    year = forms.IntegerField(label=gettext_lazy("Year"), required=False, min_value=2000)
    quarter = forms.TypedChoiceField(
        label=gettext_lazy("Quarter"),
        coerce=int,
        required=False,
        empty_value=None,
        choices=[("", "—"), (1, "I"), (2, "II"), (3, "III"), (4, "IV")],
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"), required=False, choices=[("", "—"), *Trip.Status.choices]
    )
    category = forms.ChoiceField(
        label=gettext_lazy("Traveller category"),
        required=False,
        choices=[("", "—"), *Trip.Category.choices],
    )
    country = forms.ModelChoiceField(
        label=gettext_lazy("Country"), required=False, queryset=Country.objects.all()
    )
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Traveller's unit"),
        required=False,
        queryset=OrgUnit.objects.filter(is_active=True).order_by("tree_id", "lft"),
    )
    timeliness = forms.ChoiceField(
        label=gettext_lazy("Timeliness"),
        required=False,
        choices=[("", "—"), ("late", gettext_lazy("late")), ("on_time", gettext_lazy("on time"))],
    )
    sort = forms.ChoiceField(
        required=False, choices=[(key, key) for key in SORTS], widget=forms.HiddenInput
    )

    def apply(self, trips):
        """The trips narrowed by the valid filters and sorted."""
        if not self.is_valid():
            return trips.none()
        d = self.cleaned_data
        trips = trips.annotate(
            year=ExtractYear("planned_departure"), quarter=ExtractQuarter("planned_departure")
        )
        narrowing = {
            "year": d.get("year"),
            "quarter": d.get("quarter"),
            "status": d.get("status"),
            "traveller_category": d.get("category"),
            "traveller_unit": d.get("unit"),
        }
        trips = trips.filter(**{key: value for key, value in narrowing.items() if value})
        if d.get("country"):
            trips = trips.filter(destinations__country=d["country"])
        today = timezone.localdate()
        if d.get("timeliness") == "late":
            trips = trips.filter(late(today))
        elif d.get("timeliness") == "on_time":
            trips = trips.exclude(late(today))
        return trips.order_by(SORTS.get(d.get("sort") or "-departure"), "-pk")


def register_rows(trips):
    """Trips with what a row shows, in a constant number of queries."""
    today = timezone.localdate()
    return (
        trips.select_related("traveller_unit")
        .prefetch_related("destinations__country")
        .annotate(
            is_late=Case(
                When(late(today), then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        )
    )


COLUMNS = (
    ("sign", gettext_lazy("Case sign")),
    ("traveller", gettext_lazy("Traveller")),
    ("category", gettext_lazy("Category")),
    ("unit", gettext_lazy("Traveller's unit")),
    ("countries", gettext_lazy("Countries")),
    ("cities", gettext_lazy("Cities")),
    ("purpose", gettext_lazy("Purpose")),
    ("departure", gettext_lazy("Planned departure")),
    ("return", gettext_lazy("Planned return")),
    ("status", gettext_lazy("Status")),
    ("settlement_due", gettext_lazy("Settlement due")),
    ("report_due", gettext_lazy("Report due")),
    ("balance", gettext_lazy("Settlement balance (PLN)")),
    ("late", gettext_lazy("Late")),
)


def _row(trip) -> list:
    local = timezone.localtime
    return [
        trip.sign,
        trip.traveller_name,
        trip.get_traveller_category_display(),
        str(trip.traveller_unit or ""),
        ", ".join(d.country.name for d in trip.destinations.all()),
        trip.cities,
        trip.purpose,
        local(trip.planned_departure).strftime("%Y-%m-%d %H:%M"),
        local(trip.planned_return).strftime("%Y-%m-%d %H:%M"),
        trip.get_status_display(),
        trip.settlement_due.isoformat() if trip.settlement_due else "",
        trip.report_due.isoformat() if trip.report_due else "",
        trip.settlement_total_pln if trip.settlement_total_pln is not None else "",
        _("yes") if trip.is_late else _("no"),
    ]


def register_csv(trips) -> bytes:
    """The filtered register as CSV (UTF-8 with BOM, semicolons: what a Polish Excel opens)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow([str(label) for _key, label in COLUMNS])
    for trip in trips:
        writer.writerow(_row(trip))
    return ("\ufeff" + out.getvalue()).encode()


def register_xlsx(trips) -> bytes:
    """The filtered register as an Excel workbook."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = _("Trips")[:31]
    sheet.append([str(label) for _key, label in COLUMNS])
    for trip in trips:
        sheet.append([float(v) if hasattr(v, "as_tuple") else v for v in _row(trip)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
