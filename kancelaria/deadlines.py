"""Terms as the law counts them (KPA art. 57): in days or months from the day of the event.

A term in days ends on the last of them (the starting day not counted); a term in months ends on
the same day of the month, or the month's last day where that day does not exist. Only a term
whose last day falls on a Saturday, a Sunday or a statutory holiday moves to the next working day
(art. 57 § 4). Statutory holidays come from the `holidays` package's Polish calendar, which does
not list ordinary Sundays; Saturdays and Sundays are added here.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache

import holidays


@cache
def _polish_holidays(year: int):
    return holidays.Poland(years=year)


def is_working_day(day: date) -> bool:
    """Neither a Saturday, a Sunday, nor a statutory holiday."""
    return day.weekday() < 5 and day not in _polish_holidays(day.year)


def next_working_day(day: date) -> date:
    """The day itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_days(start: date, days: int) -> date:
    """The last day of a term of `days` calendar days counted from `start`."""
    return next_working_day(start + timedelta(days=days))


def add_months(start: date, months: int) -> date:
    """The last day of a term of `months` months counted from `start`."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return next_working_day(date(year, month, min(start.day, last)))
