"""Terms as KPA art. 57 counts them: only a last day on a day off moves to the next working day."""

from datetime import date

import pytest

from kancelaria.deadlines import add_days, add_months, is_working_day


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        # a request received on Friday 17 April 2026: the 14th day is 1 May (a holiday),
        # then Saturday 2 May (also a holiday) and Sunday 3 May — the term ends on Monday 4 May
        (date(2026, 4, 17), 14, date(2026, 5, 4)),
        # an ordinary term ending on a Wednesday stays put
        (date(2026, 11, 4), 14, date(2026, 11, 18)),
        # a term ending on a Saturday moves to Monday
        (date(2026, 11, 7), 14, date(2026, 11, 23)),
        # days off inside the term do not lengthen it
        (date(2026, 12, 20), 7, date(2026, 12, 28)),
    ],
)
def test_a_term_in_days_ends_on_a_working_day(start, days, expected):
    assert add_days(start, days) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        # two months from 15 September 2026 end on Sunday 15 November → Monday 16 November
        (date(2026, 9, 15), 2, date(2026, 11, 16)),
        # from 31 January: February has no 31st, so its last day (Saturday) → Monday 2 March
        (date(2026, 1, 31), 1, date(2026, 3, 2)),
        # from 10 December across the year into a Wednesday
        (date(2026, 12, 10), 2, date(2027, 2, 10)),
    ],
)
def test_a_term_in_months_ends_on_the_same_day_or_the_months_last(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 11, 11), False),  # Independence Day
        (date(2026, 11, 12), True),
        (date(2026, 11, 15), False),  # an ordinary Sunday
        (date(2026, 12, 24), False),  # Christmas Eve, a holiday from 2025
    ],
)
def test_working_days_follow_the_polish_calendar(day, working):
    assert is_working_day(day) is working
