"""Reminders about late settlements and reports: how many went out about each trip.

The daily reminder run (`send_reminders`, one `ReminderLog(user, day)` row per person and day)
reminds those who have overdue cases in "my work": for a trip, the staff of the trips post. A
reminder counts for a trip on each day after its first missed term on which one went to the trips
post's staff or to the traveller. Until the reminder log exists, nothing has been sent.
"""

from __future__ import annotations

from datetime import date

from django.apps import apps

from orgunits.models import Assignment


def _log_model():
    try:
        return apps.get_model("kancelaria", "ReminderLog")
    except LookupError:
        return None


def reminders_count(trips, today: date) -> dict[int, int]:
    """Reminders sent about each trip (by pk) since its earliest missed term (two queries)."""
    log = _log_model()
    missed = {
        trip.pk: min(d for d in (trip.settlement_due, trip.report_due) if d)
        for trip in trips
        if trip.settlement_due or trip.report_due
    }
    if log is None or not missed:
        return {trip.pk: 0 for trip in trips}
    units = {trip.unit_id for trip in trips}
    staff = set(
        Assignment.objects.active(today).filter(unit__in=units).values_list("user_id", flat=True)
    )
    people = staff | {trip.traveller_id for trip in trips if trip.traveller_id}
    days = set(
        log.objects.filter(
            user__in=people, day__gt=min(missed.values()), day__lte=today
        ).values_list("user_id", "day")
    )
    counts = {}
    for trip in trips:
        own = staff | {trip.traveller_id}
        due = missed.get(trip.pk)
        counts[trip.pk] = len({day for user, day in days if user in own and due and day > due})
    return counts
