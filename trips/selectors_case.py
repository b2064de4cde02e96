"""Reads of trips for the pages: late settlements and reports, with the reminders sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

from .models import Trip


@dataclass(frozen=True)
class LateItem:
    """A settlement or a report still owed after its term."""

    trip: Trip
    what: str
    due: date
    days_late: int
    reminders: int


def reminders_sent(trips: list[Trip], today: date) -> dict[int, int]:
    """How many daily reminders went out about each trip since its first missed term."""
    from .reminders import reminders_count

    return reminders_count(trips, today)


def late_rows(trips, today: date) -> list[LateItem]:
    """Every overdue settlement and report of the trips given (already restricted), oldest first."""
    overdue = (
        trips.filter(status__in=Trip.REPORT_OUTSTANDING)
        .select_related("traveller_unit")
        .order_by("deadline", "pk")
    )
    rows = []
    found = list(overdue)
    sent = reminders_sent(found, today)
    for trip in found:
        owed = []
        if trip.status in Trip.SETTLEMENT_OUTSTANDING and trip.settlement_due:
            owed.append((_("settlement"), trip.settlement_due))
        if trip.report_due:
            owed.append((_("report"), trip.report_due))
        for what, due in owed:
            if due < today:
                rows.append(LateItem(trip, what, due, (today - due).days, sent.get(trip.pk, 0)))
    return sorted(rows, key=lambda row: (-row.days_late, row.trip.pk))
