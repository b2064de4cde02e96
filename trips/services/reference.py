"""Changes to the trips reference data: NBP tables, the shipped rates, rates and the terms.

Each change runs in one transaction; reference data keeps its history (django-simple-history
records who changed a rate or a term and when). The trip case's own services come with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from trips import rates_fixture, selectors
from trips.models import Country, NbpRate, NbpTable, PerDiemRate, TripsSettings
from trips.nbp import NbpFileError, ParsedTable, Problem, nbp_parse
from trips.settlement.formatting import number, plain_decimal


@dataclass
class NbpImportReport:
    """What an import did (or, with `dry_run`, would do), by table number."""

    created: list[str] = field(default_factory=list)
    extended: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rates_added: int = 0
    dry_run: bool = False


def _conflicts(table: ParsedTable, stored: NbpTable) -> tuple[list, list[Problem]]:
    if stored.effective_date != table.effective_date:
        message = _("table %(number)s is in the database dated %(stored)s, in the file %(date)s.")
        values = {
            "number": table.number,
            "stored": stored.effective_date,
            "date": table.effective_date,
        }
        return [], [Problem(table.where, message % values)]
    rates = {rate.currency: rate for rate in stored.rates.all()}
    new, problems = [], []
    for rate in table.rates:
        old = rates.get(rate.currency)
        if old is None:
            new.append(rate)
        elif (old.mid / old.units) != (rate.mid / rate.units):
            message = _(
                "table %(number)s in the database gives %(units)s %(code)s = %(old)s PLN, the file "
                "%(file_units)s %(code)s = %(new)s PLN."
            ) % {
                "number": table.number,
                "code": rate.currency,
                "units": old.units,
                "old": number(plain_decimal(old.mid)),
                "file_units": rate.units,
                "new": number(rate.mid),
            }
            problems.append(Problem(rate.where, message))
    return new, problems


def _plan(tables: list[ParsedTable]) -> tuple[list, list[Problem]]:
    numbers = [table.number for table in tables]
    stored = NbpTable.objects.select_for_update().filter(number__in=numbers)
    stored = {table.number: table for table in stored.prefetch_related("rates")}
    taken = dict(
        NbpTable.objects.filter(effective_date__in=[t.effective_date for t in tables])
        .exclude(number__in=numbers)
        .values_list("effective_date", "number")
    )
    plan, problems = [], []
    for table in tables:
        if table.effective_date in taken:
            message = _("the database already has table %(other)s of %(date)s.") % {
                "other": taken[table.effective_date],
                "date": table.effective_date,
            }
            problems.append(Problem(table.where, message))
        elif table.number not in stored:
            plan.append((table, None, list(table.rates)))
        else:
            new, found = _conflicts(table, stored[table.number])
            problems += found
            plan.append((table, stored[table.number], new))
    return plan, problems


def _write(plan, *, actor, source_name: str) -> None:
    new_tables = [
        NbpTable(
            number=table.number,
            effective_date=table.effective_date,
            source_name=source_name[:255],
            created_by=actor,
        )
        for table, stored, _new in plan
        if stored is None
    ]
    created = {table.number: table for table in NbpTable.objects.bulk_create(new_tables)}
    rates = [
        NbpRate(
            table=stored or created[table.number],
            currency=rate.currency,
            currency_name=rate.name,
            units=rate.units,
            mid=rate.mid,
        )
        for table, stored, new in plan
        for rate in new
    ]
    NbpRate.objects.bulk_create(rates)


@transaction.atomic
def nbp_tables_import(
    *, actor, content: bytes, source_name: str, dry_run: bool = False
) -> NbpImportReport:
    """Import NBP tables A from a downloaded file: all of it or nothing, never overwriting.

    A table already stored gets the currencies it lacks; a rate that differs from the stored
    one, or a table number or date that clashes, stops the whole import with its place.
    """
    plan, problems = _plan(nbp_parse(content, source_name))
    if problems:
        raise NbpFileError(problems)
    report = NbpImportReport(dry_run=dry_run)
    for table, stored, new in plan:
        bucket = report.created if stored is None else report.extended if new else report.unchanged
        bucket.append(table.number)
        report.rates_added += len(new)
    if not dry_run:
        try:
            with transaction.atomic():
                _write(plan, actor=actor, source_name=source_name)
        except IntegrityError as error:
            message = _("another import of the same tables has just finished; try again.")
            raise NbpFileError([Problem(source_name, message)]) from error
    return report


@transaction.atomic
def perdiem_rates_load(*, path: Path | None = None) -> rates_fixture.LoadReport:
    """Load the shipped per-diem table again (after the file changed); see `rates_fixture`."""
    rows = rates_fixture.rows_with_previous(rates_fixture.rows_read(path))
    return rates_fixture.rates_load(rows, country_model=Country, rate_model=PerDiemRate)


@transaction.atomic
def perdiem_rate_save(*, actor, rate: PerDiemRate) -> PerDiemRate:
    """Add or correct a country's rate, checked (one rate per country and day); history kept."""
    rate.full_clean()
    rate._history_user = actor
    rate.save()
    return rate


@transaction.atomic
def trips_settings_update(*, actor, report_term_days: int) -> TripsSettings:
    """Set the number of days after return within which a trip report is due."""
    row = TripsSettings.objects.select_for_update().get(pk=selectors.trips_settings().pk)
    row.report_term_days = report_term_days
    row.full_clean()
    row._history_user = actor
    row.save(update_fields=["report_term_days"])
    return row
