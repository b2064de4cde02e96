"""The settlement of a foreign business trip as pure functions over plain data (no database).

Public API (see the README section "Foreign trips: reference data and settlement rules"):
`settle(SettlementInput, rates=RateBook, exchange=ExchangeBook) -> Settlement`; the input types
`Journey`, `Destination`, `Lodging`, `OverLimitApproval`, `StationTransfer`, `Ways`, `Receipt`,
`ReceiptKind`, `Advance`; the reference types `CountryRate`, `ExchangeRate`, `RateBook`,
`ExchangeBook`; the result types `Settlement`, `Line`, `LineKind`, `CurrencyBalance`; and
`SettlementError` (a `ValidationError` with Polish messages).
"""

from .books import ExchangeBook, RateBook
from .calculate import settle
from .types import (
    PLN,
    Advance,
    CountryRate,
    CurrencyBalance,
    Destination,
    ExchangeRate,
    Journey,
    Line,
    LineKind,
    Lodging,
    OverLimitApproval,
    Receipt,
    ReceiptKind,
    Settlement,
    SettlementError,
    SettlementInput,
    StationTransfer,
    Ways,
)

__all__ = [
    "PLN",
    "Advance",
    "CountryRate",
    "CurrencyBalance",
    "Destination",
    "ExchangeBook",
    "ExchangeRate",
    "Journey",
    "Line",
    "LineKind",
    "Lodging",
    "OverLimitApproval",
    "RateBook",
    "Receipt",
    "ReceiptKind",
    "Settlement",
    "SettlementError",
    "SettlementInput",
    "StationTransfer",
    "Ways",
    "settle",
]
