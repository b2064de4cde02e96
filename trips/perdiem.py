"""Per-diem (dieta) arithmetic of the 2013 regulation on business-trip allowances; no database.

Rozporządzenie Ministra Pracy i Polityki Społecznej z dnia 29 stycznia 2013 r. w sprawie
należności przysługujących pracownikowi zatrudnionemu w państwowej lub samorządowej jednostce
sfery budżetowej z tytułu podróży służbowej (Dz.U. 2013 poz. 167; consolidated text Dz.U. 2023
poz. 2190), as amended by Dz.U. 2022 poz. 2302.

Time is real elapsed time: both ends are aware datetimes and the difference is taken in UTC, so a
trip over a clock change counts the hours that actually passed (a night from Saturday to Sunday in
late March has 23 hours in Warsaw, one in late October 25). Every amount is computed exactly
(fractions) and rounded once, half up, to the cent.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

DAY = timedelta(hours=24)
EIGHT_HOURS = timedelta(hours=8)
TWELVE_HOURS = timedelta(hours=12)
CENT = Decimal("0.01")

#: Domestic per-diem from 1 January 2023 (§ 7 ust. 1 as amended by Dz.U. 2022 poz. 2302).
DOMESTIC_DAILY_RATE = Decimal("45.00")

#: Share of the daily rate a provided meal takes away: abroad (§ 14) and at home (§ 7 ust. 3).
FOREIGN_MEALS = {
    "breakfast": Fraction(15, 100),
    "lunch": Fraction(30, 100),
    "dinner": Fraction(30, 100),
}
DOMESTIC_MEALS = {
    "breakfast": Fraction(25, 100),
    "lunch": Fraction(50, 100),
    "dinner": Fraction(25, 100),
}


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time between two aware datetimes (in UTC, so clock changes count as they happened).

    Raises ValueError for a naive datetime or an end before the start.
    """
    for name, moment in (("start", start), ("end", end)):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"{name} must be an aware datetime (with a time zone), got {moment!r}")
    duration = end.astimezone(UTC) - start.astimezone(UTC)
    if duration < timedelta(0):
        raise ValueError(f"end ({end.isoformat()}) is before start ({start.isoformat()})")
    return duration


def to_cents(value: Fraction) -> Decimal:
    """An exact amount rounded half up to the cent."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(CENT, rounding=ROUND_HALF_UP)


def _check_rate_and_meals(daily_rate: Decimal, meals: dict[str, int]) -> None:
    if daily_rate <= 0:
        raise ValueError(f"daily_rate must be positive, got {daily_rate}")
    for name, count in meals.items():
        if count < 0:
            raise ValueError(f"{name} must not be negative, got {count}")


def foreign_days(duration: timedelta) -> Fraction:
    """How many daily rates the foreign part earns before meals (§ 13 ust. 3).

    Each full 24 hours counts 1; the remainder counts 1/3 up to 8 hours, 1/2 over 8 up to 12
    hours, 1 over 12 hours; no remainder counts nothing.
    """
    full, remainder = divmod(duration, DAY)
    if remainder == timedelta(0):
        part = Fraction(0)
    elif remainder <= EIGHT_HOURS:
        part = Fraction(1, 3)
    elif remainder <= TWELVE_HOURS:
        part = Fraction(1, 2)
    else:
        part = Fraction(1)
    return full + part


def domestic_days(duration: timedelta) -> Fraction:
    """How many daily rates a domestic trip earns before meals (§ 7 ust. 2).

    Up to one day: under 8 hours nothing, 8 to 12 hours (both included) a half, over 12 hours
    one. Longer: each full 24 hours one, and a started day a half up to 8 hours, one over 8.
    """
    if duration <= DAY:
        if duration < EIGHT_HOURS:
            return Fraction(0)
        return Fraction(1, 2) if duration <= TWELVE_HOURS else Fraction(1)
    full, remainder = divmod(duration, DAY)
    if remainder == timedelta(0):
        part = Fraction(0)
    else:
        part = Fraction(1, 2) if remainder <= EIGHT_HOURS else Fraction(1)
    return full + part


def _amount(
    daily_rate: Decimal, days: Fraction, meals: dict[str, int], shares: dict[str, Fraction]
) -> Decimal:
    rate = Fraction(daily_rate)
    deduction = sum((shares[name] * count for name, count in meals.items()), Fraction(0))
    return to_cents(max(rate * days - rate * deduction, Fraction(0)))


def foreign_per_diem_for(
    *,
    daily_rate: Decimal,
    duration: timedelta,
    breakfasts: int = 0,
    lunches: int = 0,
    dinners: int = 0,
) -> Decimal:
    """`foreign_per_diem` for a duration already measured (the rules are the same)."""
    meals = {"breakfast": breakfasts, "lunch": lunches, "dinner": dinners}
    _check_rate_and_meals(daily_rate, meals)
    if duration < timedelta(0):
        raise ValueError(f"duration must not be negative, got {duration}")
    return _amount(daily_rate, foreign_days(duration), meals, FOREIGN_MEALS)


def foreign_per_diem(
    *,
    daily_rate: Decimal,
    start: datetime,
    end: datetime,
    breakfasts: int = 0,
    lunches: int = 0,
    dinners: int = 0,
) -> Decimal:
    """The per-diem for one segment of a foreign trip, in the currency of `daily_rate`.

    Rules (§ 12, § 13 ust. 3 and § 14 of the 2013 regulation):

    - the time runs from `start` (crossing the Polish border, or take-off from the last Polish
      airport) to `end` (crossing it back, or landing at the first Polish airport); both must be
      aware datetimes and the real elapsed time counts (clock changes included);
    - each full 24 hours earns the full daily rate;
    - the remainder earns 1/3 of the rate up to 8 hours (8:00 included), 1/2 over 8 up to
      12 hours (12:00 included) and the full rate over 12 hours; a trip shorter than 24 hours
      is all remainder;
    - every meal provided free takes away a share of the daily rate: breakfast 15%, lunch 30%,
      dinner 30% (full board thus leaves 25% of a day's rate);
    - the result is computed exactly, rounded half up to the cent, and never below zero.

    Raises ValueError on a naive datetime, an end before the start, a rate that is not
    positive or a negative number of meals.
    """
    return foreign_per_diem_for(
        daily_rate=daily_rate,
        duration=elapsed(start, end),
        breakfasts=breakfasts,
        lunches=lunches,
        dinners=dinners,
    )


def domestic_per_diem_for(
    *,
    duration: timedelta,
    daily_rate: Decimal = DOMESTIC_DAILY_RATE,
    breakfasts: int = 0,
    lunches: int = 0,
    dinners: int = 0,
) -> Decimal:
    """`domestic_per_diem` for a duration already measured (e.g. both domestic legs together)."""
    meals = {"breakfast": breakfasts, "lunch": lunches, "dinner": dinners}
    _check_rate_and_meals(daily_rate, meals)
    if duration < timedelta(0):
        raise ValueError(f"duration must not be negative, got {duration}")
    return _amount(daily_rate, domestic_days(duration), meals, DOMESTIC_MEALS)


def domestic_per_diem(
    *,
    start: datetime,
    end: datetime,
    daily_rate: Decimal = DOMESTIC_DAILY_RATE,
    breakfasts: int = 0,
    lunches: int = 0,
    dinners: int = 0,
) -> Decimal:
    """The per-diem for a domestic trip or the domestic legs of a foreign one, in PLN.

    Rules (§ 7 of the 2013 regulation; 45 PLN a day from 1 January 2023):

    - the time runs from departure to return, real elapsed time between aware datetimes;
    - a trip of up to 24 hours: under 8 hours earns nothing, 8 to 12 hours (both included) half
      the rate, over 12 hours the full rate;
    - a longer trip: each full 24 hours the full rate, and a started day half the rate up to
      8 hours (8:00 included), the full rate over 8 hours;
    - every meal provided free takes away a share of the daily rate: breakfast 25%, lunch 50%,
      dinner 25%;
    - the result is computed exactly, rounded half up to the cent, and never below zero.

    Raises ValueError on a naive datetime, an end before the start, a rate that is not
    positive or a negative number of meals.
    """
    return domestic_per_diem_for(
        duration=elapsed(start, end),
        daily_rate=daily_rate,
        breakfasts=breakfasts,
        lunches=lunches,
        dinners=dinners,
    )
