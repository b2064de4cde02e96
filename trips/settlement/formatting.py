"""How figures read on the settlement page and PDF: Polish number, date and duration formats."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def money(amount: Decimal, currency: str) -> str:
    """`1 234,50 EUR`."""
    return f"{number_format(amount, decimal_pos=2, use_l10n=True, force_grouping=True)} {currency}"


def number(value: Decimal) -> str:
    """A rate as published (`4,2937`), in the Polish decimal format."""
    return number_format(value, use_l10n=True)


def plain_decimal(value: Decimal) -> Decimal:
    """A stored rate (eight decimal places) with the four or more NBP publishes: 4.2650."""
    normal = value.normalize()
    return normal if normal.as_tuple().exponent < -4 else value.quantize(Decimal("0.0001"))


def share(value: Fraction) -> str:
    """`1/3`, `1/2`, `1`."""
    return (
        str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    )


def percent(value: Fraction) -> str:
    """`15%`."""
    return f"{share(value * 100)}%"


def day_text(day: date) -> str:
    """`29.11.2022`."""
    return day.strftime("%d.%m.%Y")


def moment_text(moment: datetime) -> str:
    """`12.03.2026 06:10` in the office's time zone."""
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE)).strftime("%d.%m.%Y %H:%M")


def duration_text(duration: timedelta) -> str:
    """`3 doby 16 godz. 30 min` (days of 24 hours)."""
    days, rest = divmod(duration, timedelta(hours=24))
    hours, rest = divmod(rest, timedelta(hours=1))
    minutes = rest // timedelta(minutes=1)
    parts = []
    if days:
        parts.append(ngettext("%(count)d day", "%(count)d days", days) % {"count": days})
    if hours or not days:
        parts.append(_("%(count)d h") % {"count": hours})
    if minutes:
        parts.append(_("%(count)d min") % {"count": minutes})
    return " ".join(parts)
