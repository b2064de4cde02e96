"""Figures of a stored settlement as the office writes them: `1 234,50 EUR`."""

from datetime import date
from decimal import Decimal, InvalidOperation

from django import template

from trips.settlement.formatting import day_text, number, plain_decimal
from trips.settlement.formatting import money as money_text

register = template.Library()


@register.filter
def money(amount, currency: str = "") -> str:
    """A stored amount (a decimal string) in the Polish format, with its currency."""
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, TypeError):
        return amount
    return money_text(value, currency).strip()


@register.filter
def nbp_rate(mid) -> str:
    """A stored NBP rate as published, in the Polish format: `4,2800`."""
    try:
        return number(plain_decimal(Decimal(str(mid))))
    except (InvalidOperation, TypeError):
        return mid


@register.filter
def iso_day(value) -> str:
    """A stored ISO date as the office writes it: `10.03.2026`."""
    try:
        return day_text(date.fromisoformat(str(value)))
    except ValueError:
        return value
