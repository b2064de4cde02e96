"""Lines for the per-diem abroad (per segment), the domestic legs and local-transport lump sums."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trips.perdiem import (
    DOMESTIC_DAILY_RATE,
    DOMESTIC_MEALS,
    FOREIGN_MEALS,
    domestic_days,
    domestic_per_diem_for,
    foreign_days,
    foreign_per_diem_for,
    to_cents,
)

from .formatting import duration_text, money, percent, share
from .segments import SettledSegment
from .types import PLN, Journey, Line, LineKind

#: How the regulation is cited after a paragraph number (Polish data, genitive).
REGULATION = "rozporządzenia MPiPS z 29.01.2013 r. (Dz.U. 2023 poz. 2190)"
LOCAL_TRANSPORT_SHARE = Fraction(1, 10)


def _meal_terms(meals: dict[str, int], shares: dict[str, Fraction], rate: str) -> list[str]:
    names = {
        "breakfast": lambda n: ngettext("%(count)d breakfast", "%(count)d breakfasts", n),
        "lunch": lambda n: ngettext("%(count)d lunch", "%(count)d lunches", n),
        "dinner": lambda n: ngettext("%(count)d dinner", "%(count)d dinners", n),
    }
    return [
        f"− {names[meal](count) % {'count': count}} × {percent(shares[meal])} × {rate}"
        for meal, count in meals.items()
        if count
    ]


def per_diem_formula(
    *,
    duration: timedelta,
    days: Fraction,
    rate: Decimal,
    currency: str,
    meals: dict[str, int],
    shares: dict[str, Fraction],
    amount: Decimal,
) -> str:
    """`3 doby 10 godz.: 3 × 49,00 EUR + 1/2 × 49,00 EUR − 2 śniadania × 15% × 49,00 EUR = …`."""
    rate_text = money(rate, currency)
    full = int(days)
    terms = []
    if full:
        terms.append(f"{full} × {rate_text}")
    if days - full:
        terms.append(f"{share(days - full)} × {rate_text}")
    if not terms:
        terms.append(f"0 × {rate_text}")
    terms = [" + ".join(terms), *_meal_terms(meals, shares, rate_text)]
    exact = Fraction(rate) * days - sum(
        (Fraction(rate) * shares[m] * n for m, n in meals.items()), Fraction(0)
    )
    floor_note = f" {_('(never below zero)')}" if exact < 0 else ""
    if not days:
        return _("%(duration)s: under 8 hours, no per-diem is due") % {
            "duration": duration_text(duration)
        }
    return f"{duration_text(duration)}: {' '.join(terms)} = {money(amount, currency)}{floor_note}"


def _meals(breakfasts: int, lunches: int, dinners: int) -> dict[str, int]:
    return {"breakfast": breakfasts, "lunch": lunches, "dinner": dinners}


def foreign_per_diem_line(item: SettledSegment) -> Line:
    """The per-diem for the days one segment settles, at its country's rate."""
    rate = item.segment.rate
    meals = _meals(item.breakfasts, item.lunches, item.dinners)
    amount = foreign_per_diem_for(
        daily_rate=rate.per_diem, duration=item.duration, **_plural(meals)
    )
    formula = per_diem_formula(
        duration=item.duration,
        days=foreign_days(item.duration),
        rate=rate.per_diem,
        currency=rate.currency,
        meals=meals,
        shares=FOREIGN_MEALS,
        amount=amount,
    )
    basis = _("§ 13 ust. 3 and § 14 %(regulation)s; rate: %(source)s") % {
        "regulation": REGULATION,
        "source": rate.source or _("annex to the regulation"),
    }
    label = _("Per-diem abroad — %(country)s") % {"country": rate.country_name}
    return Line(LineKind.FOREIGN_PER_DIEM, label, basis, formula, amount, rate.currency)


def _plural(meals: dict[str, int]) -> dict[str, int]:
    return {"breakfasts": meals["breakfast"], "lunches": meals["lunch"], "dinners": meals["dinner"]}


def domestic_duration(journey: Journey) -> timedelta:
    """Both domestic legs together: to the border and back from it (counted as one trip)."""
    return (journey.border_out - journey.departure) + (journey.arrival - journey.border_in)


def domestic_per_diem_line(journey: Journey) -> Line | None:
    """The domestic legs at the domestic rules, or None when the trip had none."""
    duration = domestic_duration(journey)
    if duration <= timedelta(0):
        return None
    meals = _meals(journey.domestic_breakfasts, journey.domestic_lunches, journey.domestic_dinners)
    amount = domestic_per_diem_for(duration=duration, **_plural(meals))
    formula = per_diem_formula(
        duration=duration,
        days=domestic_days(duration),
        rate=DOMESTIC_DAILY_RATE,
        currency=PLN,
        meals=meals,
        shares=DOMESTIC_MEALS,
        amount=amount,
    )
    basis = _(
        "§ 7 %(regulation)s (45 PLN a day from 1.01.2023, Dz.U. 2022 poz. 2302); "
        "both domestic legs counted together as one domestic trip"
    ) % {"regulation": REGULATION}
    label = _("Per-diem for the domestic legs")
    return Line(LineKind.DOMESTIC_PER_DIEM, label, basis, formula, amount, PLN)


def local_transport_lines(
    settled: list[SettledSegment], *, claimed: bool, provided: bool, by_car: bool
) -> list[Line]:
    """10% of the daily rate for each started day abroad, at the rate settling that day."""
    if not claimed or not settled:
        return []
    basis = _("§ 17 %(regulation)s") % {"regulation": REGULATION}
    label = _("Lump sum for local transport")
    if provided or by_car:
        reason = _("transport was provided free") if provided else _("the trip was made by car")
        currency = settled[0].segment.rate.currency
        formula = _("not due: %(reason)s") % {"reason": reason}
        return [Line(LineKind.LOCAL_TRANSPORT, label, basis, formula, Decimal("0.00"), currency)]
    lines = []
    for item in settled:
        rate = item.segment.rate
        count = len(item.days)
        amount = to_cents(Fraction(rate.per_diem) * count * LOCAL_TRANSPORT_SHARE)
        started = ngettext("%(count)d day started", "%(count)d days started", count) % {
            "count": count
        }
        per_diem, total = money(rate.per_diem, rate.currency), money(amount, rate.currency)
        formula = f"{started} × 10% × {per_diem} = {total}"
        country_label = f"{label} — {rate.country_name}"
        lines.append(
            Line(LineKind.LOCAL_TRANSPORT, country_label, basis, formula, amount, rate.currency)
        )
    return lines
