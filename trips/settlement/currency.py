"""Who owes whom, per currency and in PLN, by § 20 of the regulation.

- An advance is paid in the foreign currency, or in PLN at the NBP average rate of its payout
  day (its line shows the rate, its table number and date).
- Each currency is settled in that currency; its PLN value uses the NBP average rate of the day
  the advance in that currency was paid or, where none was taken, of the day the settlement is
  paid out (`payout_date`). With several advances in one currency, costs are set against them
  in the order they were paid, each part at its advance's rate, any excess at the last one's.
- "The rate of a day" is that day's table A or, on a day without one, the last published
  before it (`ExchangeBook.on`).
- Every PLN figure is rounded half up to the grosz; a currency's PLN balance is its PLN cost
  less the PLN value of its advances, so an advance spent exactly leaves exactly zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.utils.translation import gettext as _

from .books import ExchangeBook
from .formatting import day_text, money, number
from .perdiem_lines import REGULATION
from .types import PLN, Advance, CurrencyBalance, ExchangeRate, Line, LineKind, SettlementError

ZERO = Decimal("0.00")


def rate_text(rate: ExchangeRate) -> str:
    """`1 EUR = 4,2937 PLN (tabela 052/A/NBP/2026 z 13.03.2026)`."""
    return _("%(units)s %(currency)s = %(mid)s PLN (NBP table %(table)s of %(date)s)") % {
        "units": rate.units,
        "currency": rate.currency,
        "mid": number(rate.mid),
        "table": rate.table_number,
        "date": day_text(rate.table_date),
    }


def advance_line(advance: Advance, exchange: ExchangeBook) -> Line:
    """The advance as paid: in its currency, or its PLN equivalent on the payout day."""
    label = _("Advance paid on %(date)s") % {"date": day_text(advance.paid_on)}
    basis = _("§ 20 %(regulation)s") % {"regulation": REGULATION}
    amount_text = money(advance.amount, advance.currency)
    if advance.currency == PLN or not advance.paid_in_pln:
        formula = _("paid in %(currency)s: %(amount)s") % {
            "currency": advance.currency,
            "amount": amount_text,
        }
        return Line(
            LineKind.ADVANCE, label, basis, formula, advance.amount.quantize(ZERO), advance.currency
        )
    rate = exchange.on(advance.currency, advance.paid_on)
    pln = rate.to_pln(advance.amount)
    formula = _("%(amount)s paid in PLN at %(rate)s = %(pln)s") % {
        "amount": amount_text,
        "rate": rate_text(rate),
        "pln": money(pln, PLN),
    }
    return Line(
        LineKind.ADVANCE, label, basis, formula, advance.amount.quantize(ZERO), advance.currency
    )


def _foreign_balance(
    currency: str,
    due: Decimal,
    advances: Sequence[Advance],
    exchange: ExchangeBook,
    payout_date,
) -> CurrencyBalance:
    advanced = sum((a.amount for a in advances), ZERO)
    if advances:
        rates = [exchange.on(currency, a.paid_on) for a in advances]
        advanced_pln = sum((r.to_pln(a.amount) for r, a in zip(rates, advances, strict=True)), ZERO)
        due_pln, left = ZERO, due
        for rate, advance in zip(rates, advances, strict=True):
            part = min(left, advance.amount)
            due_pln, left = due_pln + rate.to_pln(part), left - part
        due_pln += rates[-1].to_pln(left)
        reason = _("NBP average rate of the day the advance was paid (§ 20)")
    else:
        if payout_date is None:
            raise SettlementError(
                _(
                    "Give the day the settlement is paid out: with no advance in %(currency)s, "
                    "its PLN value uses the NBP average rate of that day (§ 20)."
                )
                % {"currency": currency},
                code="payout_date",
            )
        rates = [exchange.on(currency, payout_date)]
        advanced_pln, due_pln = ZERO, rates[0].to_pln(due)
        reason = _("no advance in this currency: NBP average rate of the payout day (§ 20)")
    return CurrencyBalance(
        currency=currency,
        due=due,
        advanced=advanced,
        balance=due - advanced,
        rates=tuple(rates),
        rate_reason=reason,
        due_pln=due_pln,
        advanced_pln=advanced_pln,
        balance_pln=due_pln - advanced_pln,
    )


def balances_compute(
    lines: Sequence[Line], advances: Sequence[Advance], exchange: ExchangeBook, payout_date
) -> list[CurrencyBalance]:
    """Each currency's account, PLN first, then in the order the currencies first appear."""
    currencies = list(
        dict.fromkeys([PLN, *(line.currency for line in lines), *(a.currency for a in advances)])
    )
    balances = []
    for currency in currencies:
        due = sum((line.amount for line in lines if line.currency == currency), ZERO)
        own = sorted((a for a in advances if a.currency == currency), key=lambda a: a.paid_on)
        if currency == PLN:
            if not due and not own:
                continue
            advanced = sum((a.amount for a in own), ZERO)
            balances.append(
                CurrencyBalance(
                    PLN, due, advanced, due - advanced, (), "", due, advanced, due - advanced
                )
            )
        else:
            balances.append(_foreign_balance(currency, due, own, exchange, payout_date))
    return balances


def summary_text(balances: Sequence[CurrencyBalance]) -> tuple[Decimal, str]:
    """The PLN total and what it means: paid to the traveller, returned, or nothing."""
    total = sum((b.balance_pln for b in balances), ZERO)
    if total > 0:
        return total, _("To be paid to the traveller: %(amount)s") % {"amount": money(total, PLN)}
    if total < 0:
        return total, _("To be returned by the traveller: %(amount)s") % {
            "amount": money(-total, PLN)
        }
    return total, _("The settlement balances out: nothing to pay or return.")
