"""Input the calculator refuses, each with a Polish message; all problems are reported at once."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from django.utils.translation import gettext as _

from trips.perdiem import CENT

from .formatting import moment_text
from .types import Journey, SettlementError, SettlementInput

CURRENCY = re.compile(r"^[A-Z]{3}$")


def _aware(moment: datetime | None) -> bool:
    return moment is not None and moment.tzinfo is not None and moment.utcoffset() is not None


def _order(journey: Journey, errors: list[str]) -> None:
    steps = [
        (
            journey.departure,
            journey.border_out,
            _(
                "The border crossing on the way out (%(later)s) is before the departure "
                "(%(earlier)s)."
            ),
        ),
        (
            journey.border_out,
            journey.border_in,
            _(
                "The border crossing on the way back (%(later)s) is before the crossing on the "
                "way out (%(earlier)s)."
            ),
        ),
        (
            journey.border_in,
            journey.arrival,
            _(
                "The return (%(later)s) is before the border crossing on the way back "
                "(%(earlier)s)."
            ),
        ),
    ]
    if journey.arrival < journey.departure:
        errors.append(
            _("The return (%(later)s) is before the departure (%(earlier)s).")
            % {"later": moment_text(journey.arrival), "earlier": moment_text(journey.departure)}
        )
        return
    for earlier, later, message in steps:
        if later < earlier:
            errors.append(message % {"later": moment_text(later), "earlier": moment_text(earlier)})


def _destinations(journey: Journey, errors: list[str]) -> None:
    if not journey.destinations:
        errors.append(_("Name at least one destination country of the trip."))
        return
    previous = journey.border_out
    *middle, last = journey.destinations
    for destination in middle:
        if not _aware(destination.until):
            errors.append(
                _("Give the time the traveller left %(country)s for the next destination.")
                % {"country": destination.country}
            )
            return
        if not previous < destination.until < journey.border_in:
            errors.append(
                _(
                    "The stay in %(country)s must end (%(until)s) after it began and before the "
                    "border crossing on the way back."
                )
                % {"country": destination.country, "until": moment_text(destination.until)}
            )
            return
        previous = destination.until
    if last.until is not None:
        errors.append(
            _(
                "The last destination ends at the border crossing on the way back; "
                "leave its end empty."
            )
        )


def _meals(journey: Journey, errors: list[str]) -> None:
    counts = [journey.domestic_breakfasts, journey.domestic_lunches, journey.domestic_dinners]
    for destination in journey.destinations:
        counts += [destination.breakfasts, destination.lunches, destination.dinners]
    if any(count < 0 for count in counts):
        errors.append(_("The number of meals provided cannot be negative."))


def _journey(journey: Journey, errors: list[str]) -> None:
    moments = [journey.departure, journey.border_out, journey.border_in, journey.arrival]
    if not all(_aware(moment) for moment in moments):
        errors.append(_("Give every time of the trip with its time zone."))
        return
    _order(journey, errors)
    if not errors:
        _destinations(journey, errors)
    _meals(journey, errors)


def _currency(code: str, errors: list[str]) -> None:
    if not CURRENCY.match(code or ""):
        errors.append(
            _("“%(code)s” is not a currency code (three capital letters, e.g. EUR).")
            % {"code": code}
        )


def _lodgings(data: SettlementInput, errors: list[str]) -> None:
    for lodging in data.lodgings:
        values = {"town": lodging.town}
        if lodging.nights < 1:
            errors.append(_("Lodging in %(town)s: give at least one night.") % values)
        if lodging.invoice_amount is None:
            continue
        if lodging.free:
            errors.append(
                _("Lodging in %(town)s was free: it cannot also have an invoice.") % values
            )
        if lodging.invoice_amount < 0:
            errors.append(_("Lodging in %(town)s: the invoice amount cannot be negative.") % values)
        _currency(lodging.invoice_currency, errors)


def _cents(amount: Decimal, errors: list[str]) -> None:
    if amount != amount.quantize(CENT):
        errors.append(
            _("The amount %(amount)s has more than two decimal places.") % {"amount": amount}
        )


def _money(data: SettlementInput, errors: list[str]) -> None:
    amounts = [r.amount for r in data.receipts] + [a.amount for a in data.advances]
    amounts += [lodging.invoice_amount for lodging in data.lodgings if lodging.invoice_amount]
    for amount in amounts:
        _cents(amount, errors)
    for receipt in data.receipts:
        if receipt.amount <= Decimal(0):
            errors.append(
                _("The cost “%(description)s” must be greater than zero (it is %(amount)s).")
                % {"description": receipt.description, "amount": receipt.amount}
            )
        _currency(receipt.currency, errors)
    for advance in data.advances:
        if advance.amount <= Decimal(0):
            errors.append(
                _("An advance must be greater than zero (it is %(amount)s).")
                % {"amount": advance.amount}
            )
        _currency(advance.currency, errors)


def settlement_validate(data: SettlementInput) -> None:
    """Raise `SettlementError` listing every problem of the input, or return quietly."""
    errors: list[str] = []
    _journey(data.journey, errors)
    _lodgings(data, errors)
    _money(data, errors)
    if errors:
        raise SettlementError(errors, code="invalid")
