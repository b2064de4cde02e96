"""The per-diem rules of the 2013 regulation at every boundary; expected figures by hand."""

from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trips.perdiem import domestic_per_diem, foreign_per_diem

WARSAW = ZoneInfo("Europe/Warsaw")
GERMANY = Decimal("49.00")  # EUR a day, annex as amended on 29.11.2022
DOMESTIC = Decimal("45.00")  # PLN a day from 1.01.2023
START = datetime(2026, 5, 4, 6, 0, tzinfo=WARSAW)


def cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def abroad(duration: timedelta, **meals) -> Decimal:
    return foreign_per_diem(daily_rate=GERMANY, start=START, end=START + duration, **meals)


def at_home(duration: timedelta, **meals) -> Decimal:
    return domestic_per_diem(start=START, end=START + duration, **meals)


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        (timedelta(hours=5), cents(GERMANY / 3)),
        (timedelta(hours=8), cents(GERMANY / 3)),
        (timedelta(hours=8, minutes=1), cents(GERMANY / 2)),
        (timedelta(hours=12), cents(GERMANY / 2)),
        (timedelta(hours=12, minutes=1), GERMANY),
        (timedelta(hours=24), GERMANY),
        (timedelta(hours=24, minutes=1), cents(GERMANY + GERMANY / 3)),
        (timedelta(days=2, hours=8), cents(2 * GERMANY + GERMANY / 3)),
        (timedelta(days=2, hours=8, minutes=1), cents(2 * GERMANY + GERMANY / 2)),
        (timedelta(days=2, hours=12), cents(2 * GERMANY + GERMANY / 2)),
        (timedelta(days=2, hours=12, minutes=1), 3 * GERMANY),
        (timedelta(days=3), 3 * GERMANY),
        (timedelta(0), Decimal("0.00")),
    ],
)
def test_foreign_per_diem_counts_full_days_and_the_remainder_by_its_length(duration, expected):
    # given a trip to Germany of `duration`, when its per-diem is computed
    # then full days count in full and the remainder 1/3, 1/2 or in full
    assert abroad(duration) == expected


def test_meals_abroad_take_15_30_30_percent_of_the_daily_rate():
    # given three days in Germany with two breakfasts, one lunch and one dinner provided
    result = abroad(timedelta(days=3), breakfasts=2, lunches=1, dinners=1)
    # then each breakfast takes 15% and each lunch or dinner 30% of the daily rate
    assert result == cents(
        3 * GERMANY - 2 * GERMANY * Decimal("0.15") - 2 * GERMANY * Decimal("0.30")
    )


def test_full_board_abroad_leaves_a_quarter_of_the_rate_each_day():
    result = abroad(timedelta(days=2), breakfasts=2, lunches=2, dinners=2)
    assert result == cents(2 * GERMANY * Decimal("0.25"))


def test_meals_never_take_the_per_diem_below_zero():
    # given five hours abroad (a third of the rate) with lunch and dinner provided (60%)
    result = abroad(timedelta(hours=5), lunches=1, dinners=1)
    # then nothing is due, not a negative amount
    assert result == Decimal("0.00")


def test_a_night_when_clocks_go_forward_counts_the_hours_that_passed():
    # given 28.03.2026 20:00 to 29.03.2026 09:00 in Warsaw: 13 hours on the clock, 12 real
    start = datetime(2026, 3, 28, 20, 0, tzinfo=WARSAW)
    end = datetime(2026, 3, 29, 9, 0, tzinfo=WARSAW)
    # then it is "over 8 up to 12 hours": half the rate, not the full one
    assert foreign_per_diem(daily_rate=GERMANY, start=start, end=end) == cents(GERMANY / 2)


def test_a_night_when_clocks_go_back_counts_the_hours_that_passed():
    # given 24.10.2026 20:00 to 25.10.2026 07:30 in Warsaw: 11.5 hours on the clock, 12.5 real
    start = datetime(2026, 10, 24, 20, 0, tzinfo=WARSAW)
    end = datetime(2026, 10, 25, 7, 30, tzinfo=WARSAW)
    # then it is "over 12 hours": the full rate
    assert foreign_per_diem(daily_rate=GERMANY, start=start, end=end) == GERMANY


def test_times_in_different_zones_are_compared_as_instants():
    # given a take-off in Warsaw and a landing written in UTC 8 hours later
    landing = (START + timedelta(hours=8)).astimezone(ZoneInfo("UTC"))
    assert foreign_per_diem(daily_rate=GERMANY, start=START, end=landing) == cents(GERMANY / 3)


@pytest.mark.parametrize("function", [foreign_per_diem, domestic_per_diem])
def test_naive_datetimes_are_refused(function):
    naive = datetime(2026, 5, 4, 6, 0)
    with pytest.raises(ValueError, match="aware"):
        function(daily_rate=GERMANY, start=naive, end=naive + timedelta(hours=9))


@pytest.mark.parametrize("function", [foreign_per_diem, domestic_per_diem])
def test_an_end_before_the_start_is_refused(function):
    with pytest.raises(ValueError, match="before start"):
        function(daily_rate=GERMANY, start=START, end=START - timedelta(minutes=1))


def test_negative_meals_and_a_zero_rate_are_refused():
    with pytest.raises(ValueError, match="breakfast"):
        abroad(timedelta(hours=9), breakfasts=-1)
    with pytest.raises(ValueError, match="daily_rate"):
        foreign_per_diem(daily_rate=Decimal(0), start=START, end=START + timedelta(hours=9))


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        (timedelta(hours=7, minutes=59), Decimal("0.00")),
        (timedelta(hours=8), cents(DOMESTIC / 2)),
        (timedelta(hours=12), cents(DOMESTIC / 2)),
        (timedelta(hours=12, minutes=1), DOMESTIC),
        (timedelta(hours=24), DOMESTIC),
        (timedelta(hours=24, minutes=1), cents(DOMESTIC + DOMESTIC / 2)),
        (timedelta(hours=32), cents(DOMESTIC + DOMESTIC / 2)),
        (timedelta(hours=32, minutes=1), 2 * DOMESTIC),
        (timedelta(hours=48), 2 * DOMESTIC),
    ],
)
def test_domestic_per_diem_follows_the_one_day_and_longer_trip_rules(duration, expected):
    assert at_home(duration) == expected


def test_meals_at_home_take_25_50_25_percent():
    # given a 20-hour domestic trip with breakfast and lunch provided
    result = at_home(timedelta(hours=20), breakfasts=1, lunches=1)
    # then 25% and 50% of 45 PLN are deducted from the full rate
    assert result == cents(DOMESTIC - DOMESTIC * Decimal("0.25") - DOMESTIC * Decimal("0.50"))


def test_full_board_at_home_leaves_nothing():
    assert at_home(timedelta(hours=20), breakfasts=1, lunches=1, dinners=1) == Decimal("0.00")


rates = st.decimals(min_value=Decimal("1.00"), max_value=Decimal("2000.00"), places=2)
durations = st.integers(min_value=0, max_value=60 * 24 * 60).map(lambda m: timedelta(minutes=m))
meal_counts = st.integers(min_value=0, max_value=20)


@given(rate=rates, first=durations, second=durations)
def test_a_longer_stay_abroad_never_earns_less(rate, first, second):
    shorter, longer = sorted([first, second])
    assert foreign_per_diem(daily_rate=rate, start=START, end=START + shorter) <= foreign_per_diem(
        daily_rate=rate, start=START, end=START + longer
    )


@given(rate=rates, duration=durations, b=meal_counts, lunch=meal_counts, d=meal_counts)
def test_the_per_diem_is_never_negative_nor_above_a_rate_per_started_day(
    rate, duration, b, lunch, d
):
    started_days = -(-duration // timedelta(hours=24))
    for function in (foreign_per_diem, domestic_per_diem):
        amount = function(
            daily_rate=rate,
            start=START,
            end=START + duration,
            breakfasts=b,
            lunches=lunch,
            dinners=d,
        )
        assert Decimal(0) <= amount <= started_days * rate


@given(rate=rates, first=durations, second=durations)
def test_a_longer_domestic_trip_never_earns_less(rate, first, second):
    shorter, longer = sorted([first, second])
    assert domestic_per_diem(
        daily_rate=rate, start=START, end=START + shorter
    ) <= domestic_per_diem(daily_rate=rate, start=START, end=START + longer)
