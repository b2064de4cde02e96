"""§ 20: advances and who owes whom, per currency and in PLN, each rate with its table."""

from datetime import date
from decimal import Decimal

import pytest

from trips.settlement import (
    Advance,
    Destination,
    ExchangeBook,
    Journey,
    Receipt,
    ReceiptKind,
    SettlementError,
    SettlementInput,
    settle,
)

from .builders import (
    BOOK,
    EUR_10_MARCH,
    EUR_13_MARCH,
    EUR_20_MARCH,
    EXCHANGE,
    GERMANY,
    at,
    cents,
    nbp,
)

# one full day in Germany (49 EUR) and a 300 EUR conference fee: 349 EUR due; a 900 PLN ticket
JOURNEY = Journey(at(12, 6), at(12, 8), at(13, 8), at(13, 10), (Destination("DE"),))
COSTS = (
    Receipt(ReceiptKind.OTHER, "opłata konferencyjna", Decimal("300.00"), "EUR"),
    Receipt(ReceiptKind.TICKET, "lot", Decimal("900.00"), "PLN"),
)
EUR_DUE = GERMANY.per_diem + Decimal("300.00")


def run(advances=(), payout_date=date(2026, 3, 20), exchange=EXCHANGE):
    data = SettlementInput(
        JOURNEY,
        receipts=COSTS,
        advances=tuple(advances),
        local_transport=False,
        payout_date=payout_date,
    )
    return settle(data, rates=BOOK, exchange=exchange)


def balance(result, currency):
    [found] = [b for b in result.balances if b.currency == currency]
    return found


def test_an_advance_in_euro_is_settled_in_euro_and_valued_at_its_payout_day_rate():
    # given 300 EUR advanced in cash on 10.03.2026
    result = run([Advance("EUR", Decimal("300.00"), date(2026, 3, 10))])
    eur = balance(result, "EUR")
    # then 49 EUR is owed to the traveller, valued at the rate of 10.03 (table 048/A/NBP/2026)
    assert eur.balance == EUR_DUE - Decimal("300.00")
    assert eur.rates == (EUR_10_MARCH,)
    assert eur.balance_pln == cents(EUR_DUE * EUR_10_MARCH.mid) - cents(
        Decimal("300.00") * EUR_10_MARCH.mid
    )
    # and the PLN total adds the ticket
    assert result.balance_pln == eur.balance_pln + Decimal("900.00")
    assert "Do wypłaty podróżującemu" in result.summary


def test_an_advance_paid_in_pln_shows_its_rate_table_and_date():
    result = run([Advance("EUR", Decimal("400.00"), date(2026, 3, 10), paid_in_pln=True)])
    [line] = result.advances
    assert EUR_10_MARCH.table_number in line.formula and "10.03.2026" in line.formula
    eur = balance(result, "EUR")
    assert eur.advanced_pln == cents(Decimal("400.00") * EUR_10_MARCH.mid)
    # 400 EUR advanced against 349 EUR due: the traveller returns 51 EUR
    assert eur.balance == Decimal("-51.00")


def test_with_no_advance_the_rate_of_the_payout_day_is_used():
    result = run(payout_date=date(2026, 3, 20))
    eur = balance(result, "EUR")
    assert eur.rates == (EUR_20_MARCH,)
    assert eur.due_pln == cents(EUR_DUE * EUR_20_MARCH.mid)
    assert "z dnia wypłaty należności" in eur.rate_reason


def test_with_no_advance_and_no_payout_day_the_settlement_asks_for_it():
    with pytest.raises(SettlementError) as error:
        run(payout_date=None)
    assert error.value.code == "payout_date"


def test_on_a_day_without_a_table_the_last_published_rate_applies():
    # given an advance paid on Sunday 15.03.2026; the last table before it is of Friday 13.03
    result = run([Advance("EUR", Decimal("100.00"), date(2026, 3, 15))])
    assert balance(result, "EUR").rates == (EUR_13_MARCH,)


def test_a_missing_nbp_table_stops_the_settlement():
    # given no EUR table in the week before 5.04.2026
    with pytest.raises(SettlementError) as error:
        run(payout_date=date(2026, 4, 5))
    assert error.value.code == "no_exchange_rate"
    assert "05.04.2026" in error.value.messages[0]


def test_two_advances_in_one_currency_are_used_up_in_order():
    # given 200 EUR on 10.03 and 100 EUR on 13.03 against 349 EUR due
    advances = [
        Advance("EUR", Decimal("100.00"), date(2026, 3, 13)),
        Advance("EUR", Decimal("200.00"), date(2026, 3, 10)),
    ]
    eur = balance(run(advances), "EUR")
    # then 200 EUR at the rate of 10.03, 100 EUR and the excess of 49 EUR at the rate of 13.03
    assert eur.due_pln == (
        cents(Decimal("200.00") * EUR_10_MARCH.mid)
        + cents(Decimal("100.00") * EUR_13_MARCH.mid)
        + cents(Decimal("49.00") * EUR_13_MARCH.mid)
    )
    assert eur.balance == Decimal("49.00")


def test_an_advance_spent_exactly_leaves_nothing_in_that_currency():
    eur = balance(run([Advance("EUR", EUR_DUE, date(2026, 3, 10))]), "EUR")
    assert (eur.balance, eur.balance_pln) == (Decimal("0.00"), Decimal("0.00"))


def test_a_pln_advance_is_set_against_pln_costs():
    result = run([Advance("PLN", Decimal("1000.00"), date(2026, 3, 10))])
    pln = balance(result, "PLN")
    assert pln.balance == Decimal("-100.00")


def test_rates_quoted_per_hundred_units_are_divided():
    # given a rate published as 100 HUF = 1,0850 PLN and an advance of 10 000 HUF
    exchange = ExchangeBook.of(
        [*EXCHANGE.rates["EUR"], nbp("HUF", "1.0850", date(2026, 3, 10), "048/A/NBP/2026", 100)]
    )
    result = run([Advance("HUF", Decimal("10000.00"), date(2026, 3, 10))], exchange=exchange)
    huf = balance(result, "HUF")
    assert huf.advanced_pln == cents(Decimal("10000.00") * Decimal("1.0850") / 100)
    assert huf.balance == Decimal("-10000.00")


def test_an_advance_of_zero_or_less_is_refused():
    with pytest.raises(SettlementError, match="większa od zera"):
        run([Advance("EUR", Decimal("0.00"), date(2026, 3, 10))])
