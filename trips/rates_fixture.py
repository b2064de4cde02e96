"""The shipped per-diem table (`fixtures/per-diem-rates.csv`): read, checked, loaded idempotently.

Used by the data migration (with historical models) and by `manage.py load_perdiem_rates` (with
the current ones), so the production office gets the rows from `migrate` alone. Loading adds the
missing rows, leaves identical ones alone and never overwrites a row changed in the admin: a row
whose amounts differ from the file is reported, not touched.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

FIXTURE_NAME = "per-diem-rates.csv"
COLUMNS = ["country_pl", "iso2", "currency", "per_diem", "hotel_limit", "valid_from", "source"]
PREVIOUS = re.compile(r"previously (\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)")
PREVIOUS_SOURCE = "stawka sprzed zmiany z dnia {day} (według źródła: {source})"


class RatesFileError(ValueError):
    """The rates file is broken; `problems` lists (line number, message) pairs."""

    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        super().__init__(
            "; ".join(
                _("line %(line)d: %(message)s") % {"line": line, "message": message}
                for line, message in problems
            )
        )


@dataclass(frozen=True)
class RateRow:
    """One row of the file, checked."""

    line: int
    country_pl: str
    iso2: str
    currency: str
    per_diem: Decimal
    hotel_limit: Decimal
    valid_from: date | None
    source: str


@dataclass
class LoadReport:
    """What a load did: rows created, rows already there, rows the admin has changed."""

    created: list[RateRow] = field(default_factory=list)
    unchanged: list[RateRow] = field(default_factory=list)
    differing: list[RateRow] = field(default_factory=list)


def fixture_path() -> Path:
    return Path(settings.KANCELARIA_FIXTURES_DIR) / FIXTURE_NAME


def _amount(text: str) -> Decimal:
    value = Decimal(text.strip())
    if value <= 0 or value != value.quantize(Decimal("0.01")):
        raise InvalidOperation
    return value


def _row(line: int, record: dict) -> RateRow:
    iso2, currency = record["iso2"].strip(), record["currency"].strip()
    if not re.fullmatch(r"[A-Z]{2}", iso2) or not re.fullmatch(r"[A-Z]{3}", currency):
        raise ValueError(_("the country code is two capital letters, the currency code three"))
    try:
        per_diem, limit = _amount(record["per_diem"]), _amount(record["hotel_limit"])
    except InvalidOperation as error:
        raise ValueError(_("the per-diem and the limit must be amounts above zero")) from error
    day = record["valid_from"].strip()
    try:
        valid_from = date.fromisoformat(day) if day else None
    except ValueError as error:
        raise ValueError(_("the date “%(day)s” is not YYYY-MM-DD") % {"day": day}) from error
    name, source = record["country_pl"].strip(), record["source"].strip()
    if not name or not source:
        raise ValueError(_("the country name or the source is missing"))
    return RateRow(line, name, iso2, currency, per_diem, limit, valid_from, source)


def rows_read(path: Path | None = None) -> list[RateRow]:
    """Every row of the file, or `RatesFileError` listing every broken line."""
    with open(path or fixture_path(), encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            expected = _("expected columns: %(columns)s") % {"columns": ", ".join(COLUMNS)}
            raise RatesFileError([(1, expected)])
        rows, problems = [], []
        for record in reader:
            try:
                rows.append(_row(reader.line_num, record))
            except (ValueError, AttributeError) as error:
                problems.append((reader.line_num, str(error)))
    if problems:
        raise RatesFileError(problems)
    return rows


def rows_with_previous(rows: list[RateRow]) -> list[RateRow]:
    """The rows plus, for each dated row naming the amounts it replaced, that earlier rate.

    The earlier rate is stored undated ("date of the last change unknown"): it applies until
    the day before the dated row, which is all the file says about it.
    """
    undated = {row.iso2 for row in rows if row.valid_from is None}
    extra = []
    for row in rows:
        match = PREVIOUS.search(row.source)
        if match and row.valid_from and row.iso2 not in undated:
            source = PREVIOUS_SOURCE.format(
                day=row.valid_from.strftime("%d.%m.%Y"), source=row.source
            )
            extra.append(
                replace(
                    row,
                    per_diem=Decimal(match[1]),
                    hotel_limit=Decimal(match[2]),
                    valid_from=None,
                    source=source,
                )
            )
    return rows + extra


def rates_load(rows: list[RateRow], *, country_model, rate_model) -> LoadReport:
    """Add the missing countries and rates; report the rates the database has changed."""
    report = LoadReport()
    for row in rows:
        country, _created = country_model.objects.get_or_create(
            iso_code=row.iso2, defaults={"name": row.country_pl}
        )
        existing = rate_model.objects.filter(country=country, valid_from=row.valid_from).first()
        if existing is None:
            rate_model.objects.create(
                country=country,
                currency=row.currency,
                per_diem=row.per_diem,
                hotel_limit=row.hotel_limit,
                valid_from=row.valid_from,
                source=row.source,
            )
            report.created.append(row)
        elif (existing.currency, existing.per_diem, existing.hotel_limit) == (
            row.currency,
            row.per_diem,
            row.hotel_limit,
        ):
            report.unchanged.append(row)
        else:
            report.differing.append(row)
    return report


def load_into(apps, schema_editor=None) -> None:
    """The data migration's step: the shipped rows into the historical models."""
    rates_load(
        rows_with_previous(rows_read()),
        country_model=apps.get_model("trips", "Country"),
        rate_model=apps.get_model("trips", "PerDiemRate"),
    )
