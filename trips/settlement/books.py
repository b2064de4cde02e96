"""Look-ups the calculator makes in reference data handed to it: rates by date, NBP rates by day.

Both books are pure data: `trips.selectors.rate_book()` and `exchange_book()` fill them from
the database, tests build them by hand.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils.translation import gettext as _

from .formatting import day_text
from .types import CountryRate, ExchangeRate, SettlementError

#: How far back a day's NBP rate may be looked for: NBP publishes table A on every working day,
#: and the longest run of days without a table (Christmas with a weekend) is shorter than this.
NBP_LOOKBACK = timedelta(days=7)


def _rate_order(rate: CountryRate) -> tuple:
    return (rate.valid_from is not None, rate.valid_from or date.min)


@dataclass(frozen=True)
class RateBook:
    """Per-diem and hotel-limit rates by country, each from its effective date.

    A rate with no date ("in force, date of the last change unknown") is taken as in force
    from before any dated rate of the same country: alone, it applies on every day; followed by
    a dated rate, it applies until the day before that one.
    """

    rates: Mapping[str, tuple[CountryRate, ...]]
    names: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, rates: Iterable[CountryRate], names: Mapping[str, str] | None = None) -> RateBook:
        grouped: dict[str, list[CountryRate]] = defaultdict(list)
        for rate in rates:
            grouped[rate.country.upper()].append(rate)
        ordered = {code: tuple(sorted(items, key=_rate_order)) for code, items in grouped.items()}
        known = {code: items[-1].country_name for code, items in ordered.items()}
        return cls(rates=ordered, names={**known, **(names or {})})

    def name(self, country: str) -> str:
        return self.names.get(country.upper(), country.upper())

    def in_force(self, country: str, day: date) -> CountryRate:
        """The rate in force for `country` on `day`; a clear error when there is none."""
        chosen = None
        for rate in self.rates.get(country.upper(), ()):
            if rate.valid_from is None or rate.valid_from <= day:
                chosen = rate
        if chosen is None:
            raise SettlementError(
                _(
                    "There is no per-diem rate for %(country)s on %(date)s. Add the rate from "
                    "the annex to the regulation in the administration panel (per-diem rates) "
                    "before settling the trip: it is never settled as zero."
                )
                % {"country": self.name(country), "date": day_text(day)},
                code="no_rate",
            )
        return chosen

    def changes(self, country: str, after: date, until: date) -> list[CountryRate]:
        """Dated rates of `country` taking effect on a day in (`after`, `until`], in order."""
        return [
            rate
            for rate in self.rates.get(country.upper(), ())
            if rate.valid_from is not None and after < rate.valid_from <= until
        ]


@dataclass(frozen=True)
class ExchangeBook:
    """NBP table A average rates by currency, each with its table's number and date."""

    rates: Mapping[str, tuple[ExchangeRate, ...]]

    @classmethod
    def of(cls, rates: Iterable[ExchangeRate]) -> ExchangeBook:
        grouped: dict[str, list[ExchangeRate]] = defaultdict(list)
        for rate in rates:
            grouped[rate.currency.upper()].append(rate)
        return cls(
            {
                code: tuple(sorted(items, key=lambda r: r.table_date))
                for code, items in grouped.items()
            }
        )

    def on(self, currency: str, day: date) -> ExchangeRate:
        """The average rate "of the day": that day's table, or the last one before it.

        NBP publishes no table on weekends and holidays; the rate in force then is the last
        published. Nothing older than `NBP_LOOKBACK` is used: a gap that long means a table is
        missing from the database, and the user is asked to import it.
        """
        chosen = None
        for rate in self.rates.get(currency.upper(), ()):
            if rate.table_date <= day:
                chosen = rate
        if chosen is None or day - chosen.table_date > NBP_LOOKBACK:
            raise SettlementError(
                _(
                    "There is no NBP average rate (table A) of %(currency)s for %(date)s or the "
                    "days just before it. Import the NBP table of that day in the "
                    "administration panel (NBP tables → import)."
                )
                % {"currency": currency.upper(), "date": day_text(day)},
                code="no_exchange_rate",
            )
        return chosen
