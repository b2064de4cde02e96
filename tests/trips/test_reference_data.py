"""The shipped per-diem table in the database, its loader, and the look-ups the settlement uses."""

import csv
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command

from trips import selectors, services
from trips.models import Country, PerDiemRate
from trips.rates_fixture import RatesFileError, fixture_path, rows_read
from trips.settlement import SettlementError


def csv_rows():
    with open(fixture_path(), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_migrations_ship_every_row_of_the_file_with_its_source(db):
    # given the database as `migrate` leaves it, every row of the file is there as written
    for row in csv_rows():
        valid_from = date.fromisoformat(row["valid_from"]) if row["valid_from"] else None
        rate = PerDiemRate.objects.get(country__iso_code=row["iso2"], valid_from=valid_from)
        assert rate.country.name == row["country_pl"]
        assert (rate.currency, rate.per_diem, rate.hotel_limit) == (
            row["currency"],
            Decimal(row["per_diem"]),
            Decimal(row["hotel_limit"]),
        )
        assert rate.source == row["source"]


def test_the_amounts_a_row_replaced_are_kept_as_the_earlier_undated_rate(db):
    # given "previously 52/130" in the source of Austria's row from 29.11.2022
    old = PerDiemRate.objects.get(country__iso_code="AT", valid_from=None)
    assert (old.per_diem, old.hotel_limit) == (Decimal("52.00"), Decimal("130.00"))
    # then a day before the change uses it, the day of the change the new one
    assert selectors.rate_in_force("AT", date(2022, 11, 28)).per_diem == Decimal("52.00")
    assert selectors.rate_in_force("AT", date(2022, 11, 29)).per_diem == Decimal("57.00")
    assert PerDiemRate.objects.filter(valid_from=None, source__contains="previously").count() == 3


def test_a_rate_without_a_date_is_in_force_and_marked_unknown(db):
    rate = selectors.rate_in_force("AF", date(2026, 3, 12))
    assert (rate.per_diem, rate.currency, rate.valid_from) == (Decimal("47.00"), "EUR", None)


def test_a_country_missing_from_the_table_stops_with_its_name(db):
    Country.objects.create(iso_code="JP", name="Japonia")
    with pytest.raises(SettlementError, match="Japonia"):
        selectors.rate_in_force("JP", date(2026, 3, 12))


def test_loading_again_adds_nothing_and_keeps_changes_made_in_the_admin(db):
    # given the office corrected Germany's per-diem in the admin
    PerDiemRate.objects.filter(country__iso_code="DE").update(per_diem=Decimal("50.00"))
    before = PerDiemRate.objects.count()
    # when the shipped file is loaded again
    report = services.perdiem_rates_load()
    # then nothing is added, and the corrected row is reported, not overwritten
    assert PerDiemRate.objects.count() == before
    assert [row.iso2 for row in report.differing] == ["DE"]
    assert PerDiemRate.objects.get(country__iso_code="DE").per_diem == Decimal("50.00")


def test_the_command_restores_a_missing_row(db, capsys):
    PerDiemRate.objects.filter(country__iso_code="NO").delete()
    call_command("load_perdiem_rates")
    assert PerDiemRate.objects.get(country__iso_code="NO").per_diem == Decimal("496.00")
    assert "Added 1" in capsys.readouterr().out


def test_a_broken_rates_file_is_reported_line_by_line(tmp_path):
    broken = tmp_path / "rates.csv"
    lines = fixture_path().read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",EUR,", ",eur,")
    lines[4] = lines[4].replace(",50,200,", ",-50,200,")
    broken.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RatesFileError) as error:
        rows_read(broken)
    assert [line for line, _ in error.value.problems] == [3, 5]


def test_the_rate_book_reads_all_rates_in_two_queries(db, django_assert_num_queries):
    with django_assert_num_queries(2):
        book = selectors.rate_book()
    assert book.in_force("DE", date(2026, 3, 12)).per_diem == Decimal("49.00")


def test_the_report_term_defaults_to_14_days_and_the_administrator_changes_it(db, admin_user):
    assert selectors.report_term_days() == 14
    services.trips_settings_update(actor=admin_user, report_term_days=21)
    assert selectors.report_term_days() == 21
    assert selectors.trips_settings().history.first().history_user == admin_user
