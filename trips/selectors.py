"""Reads of the trips reference data, shaped for the pure settlement calculator."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .models import Country, NbpRate, PerDiemRate, TripsSettings
from .settlement import CountryRate, ExchangeBook, ExchangeRate, RateBook
from .settlement.books import NBP_LOOKBACK

SETTINGS_PK = 1


def country_rate(rate: PerDiemRate) -> CountryRate:
    """A stored rate as the calculator's plain value."""
    return CountryRate(
        country=rate.country.iso_code,
        country_name=rate.country.name,
        currency=rate.currency,
        per_diem=rate.per_diem,
        hotel_limit=rate.hotel_limit,
        valid_from=rate.valid_from,
        source=rate.source,
    )


def rate_book(countries: Iterable[str] | None = None) -> RateBook:
    """Every rate of the given countries (ISO codes; all when None), in one query plus names."""
    rates = PerDiemRate.objects.select_related("country")
    names = Country.objects.all()
    if countries is not None:
        codes = [code.upper() for code in countries]
        rates = rates.filter(country__iso_code__in=codes)
        names = names.filter(iso_code__in=codes)
    return RateBook.of(
        (country_rate(rate) for rate in rates),
        names={country.iso_code: country.name for country in names},
    )


def rate_in_force(country: str, day: date) -> CountryRate:
    """The rate of one country on one day; `SettlementError` (Polish) when there is none."""
    return rate_book([country]).in_force(country, day)


def exchange_book(currencies: Iterable[str], *, since: date, until: date) -> ExchangeBook:
    """NBP average rates of the currencies in tables dated from a week before `since` to `until`."""
    rates = NbpRate.objects.select_related("table").filter(
        currency__in=[code.upper() for code in currencies],
        table__effective_date__gte=since - NBP_LOOKBACK,
        table__effective_date__lte=until,
    )
    return ExchangeBook.of(
        ExchangeRate(
            currency=rate.currency,
            mid=rate.mid,
            table_number=rate.table.number,
            table_date=rate.table.effective_date,
            units=rate.units,
        )
        for rate in rates
    )


def trips_settings() -> TripsSettings:
    """The one settings row (created with its defaults on first read)."""
    settings_row, _created = TripsSettings.objects.get_or_create(pk=SETTINGS_PK)
    return settings_row


def report_term_days() -> int:
    """Days after return within which the traveller files the report (set in the admin)."""
    return trips_settings().report_term_days
