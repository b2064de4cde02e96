"""Terms as KPA art. 57 counts them: calendar days or months, moved only off a free last day."""

from datetime import date

import pytest

from kancelaria.deadlines import add_days, add_months, is_working_day, next_working_day


def test_fourteen_days_from_a_friday_ending_on_may_day_move_past_the_weekend_to_monday():
    # given a request received on Friday 17 April 2026
    received = date(2026, 4, 17)
    # when the 14-day term is counted
    term = add_days(received, 14)
    # then 1 May (holiday, Friday), 2 May (Saturday), 3 May (holiday and Sunday) are skipped
    assert term == date(2026, 5, 4)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 4, 1), 14, date(2026, 4, 15)),  # Wednesday: a working day stays
        (date(2026, 3, 24), 14, date(2026, 4, 7)),  # 7 April 2026: the Tuesday after Easter
        (date(2026, 3, 23), 14, date(2026, 4, 7)),  # Easter Monday 6 April moves to Tuesday
        (date(2026, 12, 11), 14, date(2026, 12, 28)),  # 25 Dec Friday → Saturday, Sunday → Mon
        (date(2026, 10, 31), 7, date(2026, 11, 9)),  # Saturday 7 Nov → Monday 9 Nov
    ],
)
def test_a_term_in_days_ends_on_the_last_day_or_the_next_working_day(start, days, expected):
    assert add_days(start, days) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 3, 2)),  # 28 Feb is a Saturday → Monday 2 March
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year: 29 February, a Thursday
        (date(2026, 3, 31), 1, date(2026, 4, 30)),  # shorter month: its last day
        (date(2026, 11, 15), 2, date(2027, 1, 15)),  # across the year end
        (date(2026, 9, 11), 2, date(2026, 11, 12)),  # 11 November: Independence Day
    ],
)
def test_a_term_in_months_ends_on_the_matching_day_or_the_month_end(start, months, expected):
    assert add_months(start, months) == expected


def test_ordinary_sunday_and_saturday_are_not_working_days_but_a_monday_is():
    assert not is_working_day(date(2026, 5, 2))
    assert not is_working_day(date(2026, 5, 10))
    assert is_working_day(date(2026, 5, 4))
    assert next_working_day(date(2026, 5, 4)) == date(2026, 5, 4)
