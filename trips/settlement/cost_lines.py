"""Lines for lodging (§ 16), the station or airport lump sum (§ 17) and costs by receipt."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trips.perdiem import CENT, to_cents

from .books import ExchangeBook, RateBook
from .formatting import day_text, money, number
from .perdiem_lines import REGULATION
from .types import Line, LineKind, Lodging, Receipt, ReceiptKind, StationTransfer, Ways

LUMP_SUM_SHARE = Fraction(1, 4)


def _nights(count: int) -> str:
    return ngettext("%(count)d night", "%(count)d nights", count) % {"count": count}


def _cap_in_invoice_currency(
    lodging: Lodging, cap: Decimal, currency: str, exchange: ExchangeBook
) -> tuple[Decimal, str]:
    """The limit expressed in the invoice's currency through both NBP average rates."""
    limit_rate = exchange.on(currency, lodging.first_night) if currency != "PLN" else None
    invoice_rate = (
        exchange.on(lodging.invoice_currency, lodging.first_night)
        if lodging.invoice_currency != "PLN"
        else None
    )
    pln = cap * limit_rate.mid / limit_rate.units if limit_rate else cap
    converted = pln / (invoice_rate.mid / invoice_rate.units) if invoice_rate else pln
    converted = converted.quantize(CENT, rounding=ROUND_HALF_UP)
    used = [rate for rate in (limit_rate, invoice_rate) if rate]
    tables = ", ".join(
        f"{r.units} {r.currency} = {number(r.mid)} PLN "
        f"({_('table')} {r.table_number} {day_text(r.table_date)})"
        for r in used
    )
    note = _("limit %(cap)s = %(converted)s at NBP average rates: %(tables)s") % {
        "cap": money(cap, currency),
        "converted": money(converted, lodging.invoice_currency),
        "tables": tables,
    }
    return converted, note


def _by_invoice(
    lodging: Lodging, cap: Decimal, currency: str, exchange: ExchangeBook
) -> tuple[Decimal, str]:
    invoice = lodging.invoice_amount.quantize(CENT)
    invoice_text = money(invoice, lodging.invoice_currency)
    if lodging.invoice_currency != currency:
        cap, cap_note = _cap_in_invoice_currency(lodging, cap, currency, exchange)
        limit_text = f"{cap_note}"
    else:
        limit_text = _("limit %(nights)s × %(limit)s = %(cap)s") % {
            "nights": _nights(lodging.nights),
            "limit": money(cap / lodging.nights, currency),
            "cap": money(cap, currency),
        }
    if invoice <= cap:
        return invoice, _("invoice %(invoice)s, within the %(limit)s") % {
            "invoice": invoice_text,
            "limit": limit_text,
        }
    if lodging.approval:
        approval = lodging.approval
        return invoice, _(
            "invoice %(invoice)s above the %(limit)s, refunded in full with the consent of "
            "%(who)s of %(date)s %(reference)s"
        ) % {
            "invoice": invoice_text,
            "limit": limit_text,
            "who": approval.approved_by,
            "date": day_text(approval.approved_on),
            "reference": approval.reference,
        }
    return cap, _("invoice %(invoice)s above the %(limit)s: refunded up to the limit") % {
        "invoice": invoice_text,
        "limit": limit_text,
    }


def lodging_line(lodging: Lodging, book: RateBook, exchange: ExchangeBook) -> Line:
    """Lodging by invoice up to the limit, a 25% lump sum per night without one, none if free."""
    rate = book.in_force(lodging.country, lodging.first_night)
    label = _("Lodging — %(town)s (%(nights)s from %(date)s)") % {
        "town": lodging.town,
        "nights": _nights(lodging.nights),
        "date": day_text(lodging.first_night),
    }
    basis = _("§ 16 %(regulation)s; hotel limit for %(country)s: %(limit)s (%(source)s)") % {
        "regulation": REGULATION,
        "country": rate.country_name,
        "limit": money(rate.hotel_limit, rate.currency),
        "source": rate.source,
    }
    if lodging.free:
        formula = _("lodging provided free: neither a refund nor the lump sum is due")
        return Line(LineKind.LODGING, label, basis, formula, Decimal("0.00"), rate.currency)
    cap = rate.hotel_limit * lodging.nights
    if lodging.invoice_amount is None:
        amount = to_cents(Fraction(rate.hotel_limit) * lodging.nights * LUMP_SUM_SHARE)
        formula = _("no invoice: %(nights)s × 25%% × %(limit)s = %(amount)s") % {
            "nights": _nights(lodging.nights),
            "limit": money(rate.hotel_limit, rate.currency),
            "amount": money(amount, rate.currency),
        }
        return Line(LineKind.LODGING, label, basis, formula, amount, rate.currency)
    amount, formula = _by_invoice(lodging, cap, rate.currency, exchange)
    return Line(LineKind.LODGING, label, basis, formula, amount, lodging.invoice_currency)


def transfer_line(transfer: StationTransfer, book: RateBook, *, by_car: bool) -> Line:
    """One daily rate per town for getting to and from the station or airport, half one way."""
    rate = book.in_force(transfer.country, transfer.on)
    label = _("Lump sum for getting to and from the station or airport — %(town)s") % {
        "town": transfer.town
    }
    basis = _("§ 17 %(regulation)s; per-diem for %(country)s: %(rate)s") % {
        "regulation": REGULATION,
        "country": rate.country_name,
        "rate": money(rate.per_diem, rate.currency),
    }
    if transfer.transport_provided or transfer.by_car or by_car:
        reason = (
            _("transport was provided")
            if transfer.transport_provided
            else _("the trip was made by car")
        )
        formula = _("not due: %(reason)s") % {"reason": reason}
        return Line(
            LineKind.STATION_TRANSFER, label, basis, formula, Decimal("0.00"), rate.currency
        )
    part = Fraction(1) if transfer.ways == Ways.BOTH else Fraction(1, 2)
    amount = to_cents(Fraction(rate.per_diem) * part)
    ways = _("both ways") if transfer.ways == Ways.BOTH else _("one way: half")
    per_diem, total = money(rate.per_diem, rate.currency), money(amount, rate.currency)
    formula = f"{ways}: {'1' if part == 1 else '1/2'} × {per_diem} = {total}"
    return Line(LineKind.STATION_TRANSFER, label, basis, formula, amount, rate.currency)


def receipt_line(receipt: Receipt) -> Line:
    """A ticket or another cost, refunded as documented."""
    kind = LineKind.TICKET if receipt.kind == ReceiptKind.TICKET else LineKind.OTHER
    label = _("Ticket — %(what)s") if kind == LineKind.TICKET else _("Other cost — %(what)s")
    basis = _("§ 2 %(regulation)s: documented cost") % {"regulation": REGULATION}
    formula = _("by receipt: %(amount)s") % {"amount": money(receipt.amount, receipt.currency)}
    return Line(
        kind,
        label % {"what": receipt.description},
        basis,
        formula,
        receipt.amount,
        receipt.currency,
    )
