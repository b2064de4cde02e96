"""Plain inputs for the settlement calculator: rates as in the annex, NBP rates, moments."""

import json
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from trips.settlement import CountryRate, ExchangeBook, ExchangeRate, RateBook

WARSAW = ZoneInfo("Europe/Warsaw")
AMENDMENT = date(2022, 11, 29)
SOURCE = "Dz.U. 2022 poz. 2302"

GERMANY = CountryRate("DE", "Niemcy", "EUR", Decimal("49.00"), Decimal("170.00"), AMENDMENT, SOURCE)
FRANCE = CountryRate("FR", "Francja", "EUR", Decimal("55.00"), Decimal("200.00"), AMENDMENT, SOURCE)
AUSTRIA_OLD = CountryRate(
    "AT", "Austria", "EUR", Decimal("52.00"), Decimal("130.00"), None, "przed zmianą"
)
AUSTRIA = CountryRate(
    "AT", "Austria", "EUR", Decimal("57.00"), Decimal("150.00"), AMENDMENT, SOURCE
)
DENMARK = CountryRate(
    "DK", "Dania", "DKK", Decimal("446.00"), Decimal("1430.00"), AMENDMENT, SOURCE
)
ALBANIA = CountryRate(
    "AL", "Albania", "EUR", Decimal("41.00"), Decimal("120.00"), None, "pit.pl 2026"
)

BOOK = RateBook.of([GERMANY, FRANCE, AUSTRIA_OLD, AUSTRIA, DENMARK, ALBANIA])


def at(day: int, hour: int, minute: int = 0, month: int = 3, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WARSAW)


def nbp(currency: str, mid: str, day: date, number: str, units: int = 1) -> ExchangeRate:
    return ExchangeRate(currency, Decimal(mid), number, day, units)


EUR_10_MARCH = nbp("EUR", "4.2800", date(2026, 3, 10), "048/A/NBP/2026")
EUR_13_MARCH = nbp("EUR", "4.3100", date(2026, 3, 13), "051/A/NBP/2026")
EUR_20_MARCH = nbp("EUR", "4.2950", date(2026, 3, 20), "056/A/NBP/2026")
DKK_10_MARCH = nbp("DKK", "0.5740", date(2026, 3, 10), "048/A/NBP/2026")
EXCHANGE = ExchangeBook.of([EUR_10_MARCH, EUR_13_MARCH, EUR_20_MARCH, DKK_10_MARCH])


def api_json(number: str, day: str, rates: dict[str, float], table: str = "A") -> bytes:
    """A Web API answer with one table, as downloaded from api.nbp.pl."""
    items = [{"currency": code.lower(), "code": code, "mid": mid} for code, mid in rates.items()]
    return json.dumps(
        [{"table": table, "no": number, "effectiveDate": day, "rates": items}]
    ).encode()


def cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
