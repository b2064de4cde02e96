"""Figures of a stored settlement as the office writes them: `1 234,50 EUR`."""

from decimal import Decimal, InvalidOperation

from django import template

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
