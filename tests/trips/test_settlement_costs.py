"""Lodging, lump sums, receipts and the domestic legs, each line computed by hand."""

import json
from datetime import date
from decimal import Decimal

import pytest

from trips.settlement import (
    Destination,
    Journey,
    LineKind,
    Lodging,
    OverLimitApproval,
    Receipt,
    ReceiptKind,
    SettlementError,
    SettlementInput,
    StationTransfer,
    Ways,
    settle,
)

from .builders import BOOK, EUR_10_MARCH, EXCHANGE, GERMANY, at, cents

# 12.03 05:00 leaves Kraków, 07:00 takes off, 15.03 17:00 lands, 18:30 home: 3 days 10 h abroad
JOURNEY = Journey(
    at(12, 5), at(12, 7), at(15, 17), at(15, 18, 30), (Destination("DE", breakfasts=2),)
)


def run(**extra):
    extra.setdefault("payout_date", date(2026, 3, 20))
    return settle(SettlementInput(JOURNEY, **extra), rates=BOOK, exchange=EXCHANGE)


def lines_of(result, kind):
    return [line for line in result.lines if line.kind == kind]


def lodging(**fields):
    values = {"country": "DE", "town": "Berlin", "first_night": date(2026, 3, 12), "nights": 3}
    return Lodging(**{**values, **fields})


def test_per_diem_abroad_local_transport_and_domestic_legs():
    result = run()
    [per_diem] = lines_of(result, LineKind.FOREIGN_PER_DIEM)
    # then 3 days and a half day, less two breakfasts at 15%
    assert per_diem.amount == cents(
        3 * GERMANY.per_diem + GERMANY.per_diem / 2 - 2 * Decimal("0.15") * GERMANY.per_diem
    )
    # local transport: 10% of the rate for each of the 4 started days
    [local] = lines_of(result, LineKind.LOCAL_TRANSPORT)
    assert local.amount == cents(4 * GERMANY.per_diem / 10)
    # the domestic legs, 2 h + 1.5 h together, are under 8 hours: nothing
    [domestic] = lines_of(result, LineKind.DOMESTIC_PER_DIEM)
    assert (domestic.amount, domestic.currency) == (Decimal("0.00"), "PLN")
    assert "poniżej 8 godzin" in domestic.formula


def test_domestic_legs_are_counted_together():
    # given 5 hours to the border and 4 back: 9 hours together, half of 45 PLN
    journey = Journey(at(12, 3), at(12, 8), at(13, 8), at(13, 12), (Destination("DE"),))
    data = SettlementInput(journey, local_transport=False, payout_date=date(2026, 3, 20))
    result = settle(data, rates=BOOK, exchange=EXCHANGE)
    [domestic] = lines_of(result, LineKind.DOMESTIC_PER_DIEM)
    assert domestic.amount == cents(Decimal("45.00") / 2)


@pytest.mark.parametrize(("provided", "by_car"), [(True, False), (False, True)])
def test_no_local_transport_lump_sum_when_transport_was_provided_or_a_car_used(provided, by_car):
    result = run(local_transport_provided=provided, by_car=by_car)
    [local] = lines_of(result, LineKind.LOCAL_TRANSPORT)
    assert local.amount == Decimal("0.00")
    assert "nie przysługuje" in local.formula


def test_a_hotel_invoice_within_the_limit_is_refunded_as_invoiced():
    result = run(lodgings=(lodging(invoice_amount=Decimal("480.00"), invoice_currency="EUR"),))
    [line] = lines_of(result, LineKind.LODGING)
    assert (line.amount, line.currency) == (Decimal("480.00"), "EUR")


def test_a_hotel_invoice_above_the_limit_is_cut_to_it_without_an_approval():
    result = run(lodgings=(lodging(invoice_amount=Decimal("600.00"), invoice_currency="EUR"),))
    [line] = lines_of(result, LineKind.LODGING)
    assert line.amount == 3 * GERMANY.hotel_limit
    assert "do wysokości limitu" in line.formula


def test_a_hotel_invoice_above_the_limit_is_refunded_in_full_with_a_recorded_approval():
    approval = OverLimitApproval("Barbara Kowalska, Dyrektor", date(2026, 3, 2), "KP.0012.3.2026")
    result = run(
        lodgings=(
            lodging(invoice_amount=Decimal("600.00"), invoice_currency="EUR", approval=approval),
        )
    )
    [line] = lines_of(result, LineKind.LODGING)
    assert line.amount == Decimal("600.00")
    assert "Barbara Kowalska" in line.formula and "KP.0012.3.2026" in line.formula


def test_lodging_without_an_invoice_earns_a_quarter_of_the_limit_a_night():
    result = run(lodgings=(lodging(),))
    [line] = lines_of(result, LineKind.LODGING)
    assert line.amount == cents(3 * GERMANY.hotel_limit / 4)


def test_free_lodging_earns_nothing():
    result = run(lodgings=(lodging(free=True),))
    [line] = lines_of(result, LineKind.LODGING)
    assert line.amount == Decimal("0.00")


def test_an_invoice_in_another_currency_is_held_to_the_limit_at_nbp_rates():
    # given a Berlin hotel invoiced 2500 PLN for 3 nights; the limit is 3 × 170 EUR
    result = run(
        lodgings=(
            lodging(
                first_night=date(2026, 3, 10),
                invoice_amount=Decimal("2500.00"),
                invoice_currency="PLN",
            ),
        )
    )
    [line] = lines_of(result, LineKind.LODGING)
    # then it is refunded up to 510 EUR at the EUR rate of 10.03.2026, in PLN
    assert (line.amount, line.currency) == (
        cents(3 * GERMANY.hotel_limit * EUR_10_MARCH.mid),
        "PLN",
    )
    assert EUR_10_MARCH.table_number in line.formula


def test_station_lump_sum_is_a_daily_rate_per_town_and_half_one_way():
    transfers = (
        StationTransfer("DE", "Berlin", date(2026, 3, 12)),
        StationTransfer("DE", "Lipsk", date(2026, 3, 14), ways=Ways.ONE),
        StationTransfer("DE", "Drezno", date(2026, 3, 15), transport_provided=True),
    )
    result = run(transfers=transfers)
    amounts = [line.amount for line in lines_of(result, LineKind.STATION_TRANSFER)]
    assert amounts == [GERMANY.per_diem, cents(GERMANY.per_diem / 2), Decimal("0.00")]


def test_no_station_lump_sum_for_a_trip_by_car():
    result = run(transfers=(StationTransfer("DE", "Berlin", date(2026, 3, 12)),), by_car=True)
    [line] = lines_of(result, LineKind.STATION_TRANSFER)
    assert line.amount == Decimal("0.00")


def test_tickets_and_other_costs_are_refunded_by_receipt():
    receipts = (
        Receipt(ReceiptKind.TICKET, "lot KRK–BER–KRK", Decimal("1200.00"), "PLN"),
        Receipt(ReceiptKind.OTHER, "opłata konferencyjna", Decimal("150.00"), "EUR"),
    )
    result = run(receipts=receipts)
    assert [(x.amount, x.currency) for x in lines_of(result, LineKind.TICKET)] == [
        (Decimal("1200.00"), "PLN")
    ]
    assert [(x.amount, x.currency) for x in lines_of(result, LineKind.OTHER)] == [
        (Decimal("150.00"), "EUR")
    ]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            {"receipts": (Receipt(ReceiptKind.TICKET, "bilet", Decimal("-10.00"), "PLN"),)},
            "większy od zera",
        ),
        (
            {"receipts": (Receipt(ReceiptKind.OTHER, "taxi", Decimal("10.005"), "EUR"),)},
            "dwa miejsca po przecinku",
        ),
        (
            {"receipts": (Receipt(ReceiptKind.OTHER, "taxi", Decimal("10.00"), "euro"),)},
            "nie jest kodem waluty",
        ),
        (
            {"lodgings": (lodging(invoice_amount=Decimal("-1.00"), invoice_currency="EUR"),)},
            "nie może być ujemna",
        ),
        (
            {
                "lodgings": (
                    lodging(free=True, invoice_amount=Decimal("100.00"), invoice_currency="EUR"),
                )
            },
            "bezpłatny",
        ),
        ({"lodgings": (lodging(nights=0),)}, "co najmniej jedną noc"),
    ],
)
def test_bad_costs_get_a_clear_message(extra, message):
    with pytest.raises(SettlementError) as error:
        run(**extra)
    assert any(message in text for text in error.value.messages)


def test_every_problem_is_reported_at_once():
    receipts = (
        Receipt(ReceiptKind.TICKET, "bilet", Decimal("-10.00"), "PLN"),
        Receipt(ReceiptKind.OTHER, "taxi", Decimal("-5.00"), "EUR"),
    )
    with pytest.raises(SettlementError) as error:
        run(receipts=receipts, lodgings=(lodging(nights=0),))
    assert len(error.value.messages) == 3


def test_every_line_carries_label_basis_formula_amount_and_currency_and_serialises():
    result = run(
        lodgings=(lodging(),),
        receipts=(Receipt(ReceiptKind.TICKET, "lot", Decimal("900.00"), "PLN"),),
    )
    for line in result.lines:
        assert line.label and line.basis and line.formula and line.currency
    data = json.loads(json.dumps(result.as_dict()))
    assert data["lines"][0]["amount"] == str(result.lines[0].amount)
