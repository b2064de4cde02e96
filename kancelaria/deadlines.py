"""Terms as the law counts them (KPA art. 57): calendar days or months from the start date.

A term counted in days ends on the last day of the count (the start day itself is not counted);
a term counted in months ends on the day of the month that matches the start day, or on the
last day of a shorter month. Only when that last day is a Saturday, a Sunday or a statutory
holiday does the term move to the next working day (art. 57 § 4). Statutory holidays come from
the `holidays` package's Polish calendar, which does not list ordinary Sundays.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache

import holidays


@cache
def _polish_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.Poland(years=year))


def is_working_day(day: date) -> bool:
    """Neither Saturday, Sunday nor a statutory holiday in Poland."""
    return day.weekday() < 5 and day not in _polish_holidays(day.year)


def next_working_day(day: date) -> date:
    """The day itself when it is a working day, otherwise the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_days(start: date, days: int) -> date:
    """The end of a term of `days` calendar days from `start` (KPA art. 57 § 1 and § 4)."""
    return next_working_day(start + timedelta(days=days))


def months_later(start: date, months: int) -> date:
    """The same day `months` months later, or the last day of a shorter month (no moving)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_months(start: date, months: int) -> date:
    """The end of a term of `months` months from `start` (KPA art. 57 § 3 and § 4)."""
    return next_working_day(months_later(start, months))
