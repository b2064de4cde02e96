"""The calculator's data: what it is given (rates, the journey, costs) and what it returns.

Everything here is plain frozen dataclasses, no database: the trip case builds them from its
records (reference data through `trips.selectors.rate_book` / `exchange_book`), calls
`trips.settlement.settle`, shows the result and may store `Settlement.as_dict()`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError

from trips.perdiem import CENT

PLN = "PLN"


class SettlementError(ValidationError):
    """Input the calculator refuses (a Polish message each); nothing is ever settled as zero."""


# --- reference data ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountryRate:
    """A country's per-diem and hotel limit from a date (None: in force, date of change unknown)."""

    country: str
    country_name: str
    currency: str
    per_diem: Decimal
    hotel_limit: Decimal
    valid_from: date | None
    source: str = ""


@dataclass(frozen=True)
class ExchangeRate:
    """An NBP table A average rate: PLN for `units` of `currency`, with the table it comes from."""

    currency: str
    mid: Decimal
    table_number: str
    table_date: date
    units: int = 1

    def to_pln(self, amount: Decimal) -> Decimal:
        """`amount` of this currency in PLN, rounded half up to the grosz."""
        return (amount * self.mid / self.units).quantize(CENT, rounding=ROUND_HALF_UP)


# --- the journey and its costs ------------------------------------------------------------------


@dataclass(frozen=True)
class Destination:
    """A destination country named in the order, in the order travelled.

    The first begins at the border crossing out; each ends at `until` (when the traveller left
    for the next one), the last at the crossing back (`until` left None). Meals provided there.
    """

    country: str
    until: datetime | None = None
    breakfasts: int = 0
    lunches: int = 0
    dinners: int = 0


@dataclass(frozen=True)
class Journey:
    """The four moments of a foreign trip and the meals provided on its domestic legs."""

    departure: datetime
    border_out: datetime
    border_in: datetime
    arrival: datetime
    destinations: tuple[Destination, ...]
    domestic_breakfasts: int = 0
    domestic_lunches: int = 0
    domestic_dinners: int = 0


@dataclass(frozen=True)
class OverLimitApproval:
    """The recorded consent to refund a hotel above the limit (§ 16 ust. 2): who, when, ref."""

    approved_by: str
    approved_on: date
    reference: str = ""


@dataclass(frozen=True)
class Lodging:
    """Nights in one place: by invoice, as a lump sum without one, or free (nothing due)."""

    country: str
    town: str
    first_night: date
    nights: int
    invoice_amount: Decimal | None = None
    invoice_currency: str = ""
    free: bool = False
    approval: OverLimitApproval | None = None


class Ways(enum.IntEnum):
    """How many ways of the trip between the station or airport and the town were paid for."""

    BOTH = 2
    ONE = 1


@dataclass(frozen=True)
class StationTransfer:
    """The lump sum for getting between the station or airport and a town (§ 17 ust. 2-3)."""

    country: str
    town: str
    on: date
    ways: Ways = Ways.BOTH
    transport_provided: bool = False
    by_car: bool = False


class ReceiptKind(enum.StrEnum):
    """Costs refunded by receipt."""

    TICKET = "ticket"
    OTHER = "other"


@dataclass(frozen=True)
class Receipt:
    """A ticket or another cost refunded as documented."""

    kind: ReceiptKind
    description: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Advance:
    """An advance: its amount in `currency`, paid out on `paid_on` in that currency or in PLN.

    When `paid_in_pln` is set and `currency` is foreign, the traveller received its PLN
    equivalent at the NBP average rate of `paid_on` (§ 20).
    """

    currency: str
    amount: Decimal
    paid_on: date
    paid_in_pln: bool = False


@dataclass(frozen=True)
class SettlementInput:
    """Everything a settlement needs besides the reference data."""

    journey: Journey
    lodgings: tuple[Lodging, ...] = ()
    transfers: tuple[StationTransfer, ...] = ()
    receipts: tuple[Receipt, ...] = ()
    advances: tuple[Advance, ...] = ()
    local_transport: bool = True
    local_transport_provided: bool = False
    by_car: bool = False
    payout_date: date | None = None


# --- the result ----------------------------------------------------------------------------------


class LineKind(enum.StrEnum):
    """What a line of the settlement is for."""

    FOREIGN_PER_DIEM = "foreign_per_diem"
    DOMESTIC_PER_DIEM = "domestic_per_diem"
    LODGING = "lodging"
    LOCAL_TRANSPORT = "local_transport"
    STATION_TRANSFER = "station_transfer"
    TICKET = "ticket"
    OTHER = "other"
    ADVANCE = "advance"


@dataclass(frozen=True)
class Line:
    """One printed line: what, on what basis, how computed, how much, in which currency."""

    kind: LineKind
    label: str
    basis: str
    formula: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class CurrencyBalance:
    """One currency's account: due, advanced, the balance and its PLN value with the rates used.

    `balance` > 0: the office owes the traveller; < 0: the traveller returns it.
    """

    currency: str
    due: Decimal
    advanced: Decimal
    balance: Decimal
    rates: tuple[ExchangeRate, ...]
    rate_reason: str
    due_pln: Decimal
    advanced_pln: Decimal
    balance_pln: Decimal


@dataclass(frozen=True)
class Settlement:
    """The computed settlement: lines, per-currency balances, the PLN total and the reasons."""

    lines: tuple[Line, ...]
    advances: tuple[Line, ...]
    balances: tuple[CurrencyBalance, ...]
    balance_pln: Decimal
    explanation: tuple[str, ...]
    summary: str

    def total(self, currency: str) -> Decimal:
        """The sum of the cost lines in one currency."""
        return sum((line.amount for line in self.lines if line.currency == currency), Decimal(0))

    def as_dict(self) -> dict:
        """Plain JSON-ready data (amounts and dates as strings) for storing with the trip."""
        from .serialise import settlement_as_dict

        return settlement_as_dict(self)
