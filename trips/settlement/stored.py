"""A settlement's input kept with the trip as JSON, and read back to recompute or print it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from .serialise import _plain
from .types import (
    Advance,
    Destination,
    Journey,
    Lodging,
    OverLimitApproval,
    Receipt,
    ReceiptKind,
    SettlementInput,
    StationTransfer,
    Ways,
)


def input_as_dict(data: SettlementInput) -> dict:
    """Plain JSON-ready data; datetimes as ISO strings with their offset."""
    return _moments(_plain(data))


def _moments(value):
    if isinstance(value, dict):
        return {key: _moments(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_moments(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _money(value: str | None) -> Decimal | None:
    return Decimal(value) if value not in (None, "") else None


def _journey(raw: dict) -> Journey:
    destinations = tuple(
        Destination(
            country=item["country"],
            until=_dt(item.get("until")),
            breakfasts=item.get("breakfasts", 0),
            lunches=item.get("lunches", 0),
            dinners=item.get("dinners", 0),
        )
        for item in raw["destinations"]
    )
    return Journey(
        departure=_dt(raw["departure"]),
        border_out=_dt(raw["border_out"]),
        border_in=_dt(raw["border_in"]),
        arrival=_dt(raw["arrival"]),
        destinations=destinations,
        domestic_breakfasts=raw.get("domestic_breakfasts", 0),
        domestic_lunches=raw.get("domestic_lunches", 0),
        domestic_dinners=raw.get("domestic_dinners", 0),
    )


def _lodging(raw: dict) -> Lodging:
    approval = raw.get("approval")
    return Lodging(
        country=raw["country"],
        town=raw["town"],
        first_night=_day(raw["first_night"]),
        nights=raw["nights"],
        invoice_amount=_money(raw.get("invoice_amount")),
        invoice_currency=raw.get("invoice_currency", ""),
        free=raw.get("free", False),
        approval=OverLimitApproval(
            approval["approved_by"], _day(approval["approved_on"]), approval.get("reference", "")
        )
        if approval
        else None,
    )


def input_from_dict(raw: dict) -> SettlementInput:
    """The stored input as the calculator's plain values."""
    return SettlementInput(
        journey=_journey(raw["journey"]),
        lodgings=tuple(_lodging(item) for item in raw.get("lodgings", [])),
        transfers=tuple(
            StationTransfer(
                country=item["country"],
                town=item["town"],
                on=_day(item["on"]),
                ways=Ways(item.get("ways", 2)),
                transport_provided=item.get("transport_provided", False),
                by_car=item.get("by_car", False),
            )
            for item in raw.get("transfers", [])
        ),
        receipts=tuple(
            Receipt(
                ReceiptKind(item["kind"]),
                item["description"],
                Decimal(item["amount"]),
                item["currency"],
            )
            for item in raw.get("receipts", [])
        ),
        advances=tuple(
            Advance(
                item["currency"],
                Decimal(item["amount"]),
                _day(item["paid_on"]),
                item.get("paid_in_pln", False),
            )
            for item in raw.get("advances", [])
        ),
        local_transport=raw.get("local_transport", True),
        local_transport_provided=raw.get("local_transport_provided", False),
        by_car=raw.get("by_car", False),
        payout_date=_day(raw.get("payout_date")),
    )
