"""Importing NBP tables: all or nothing, never overwriting, by the service and the command."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from trips import selectors, services
from trips.models import NbpRate, NbpTable
from trips.nbp import NbpFileError

from .builders import api_json

DATA = Path(__file__).parent / "data"


def load(name: str, **options):
    return services.nbp_tables_import(
        actor=None, content=(DATA / name).read_bytes(), source_name=name, **options
    )


def test_a_daily_file_is_imported_with_its_number_date_and_rates(db):
    report = load("a052z260316.xml")
    table = NbpTable.objects.get(number="052/A/NBP/2026")
    assert table.effective_date == date(2026, 3, 16)
    assert table.source_name == "a052z260316.xml"
    assert table.rates.count() == 5
    assert (report.created, report.rates_added) == (["052/A/NBP/2026"], 5)


def test_imported_rates_serve_the_settlement_with_their_table(db):
    load("archiwum_tab_a_2026.csv")
    book = selectors.exchange_book(["EUR", "IDR"], since=date(2026, 3, 3), until=date(2026, 3, 8))
    # Sunday 8.03.2026 takes the last table before it, of Wednesday 4.03
    eur = book.on("EUR", date(2026, 3, 8))
    assert (eur.mid, eur.table_number, eur.table_date) == (
        Decimal("4.2701"),
        "044/A/NBP/2026",
        date(2026, 3, 4),
    )
    assert book.on("IDR", date(2026, 3, 4)).to_pln(Decimal("1000000.00")) == Decimal("223.77")


def test_importing_the_same_file_again_changes_nothing(db):
    load("archiwum_tab_a_2026.csv")
    report = load("archiwum_tab_a_2026.csv")
    assert report.unchanged == ["042/A/NBP/2026", "043/A/NBP/2026", "044/A/NBP/2026"]
    assert report.rates_added == 0
    assert NbpRate.objects.count() == 14


def test_a_currency_series_completes_tables_already_stored(db):
    # given the API tables of 17 and 18 March, then a currency the tables lack for those days
    load("api-tables-a.json")
    content = (
        b'{"table":"A","currency":"forint (W\xc4\x99gry)","code":"HUF","rates":['
        b'{"no":"053/A/NBP/2026","effectiveDate":"2026-03-17","mid":0.010862}]}'
    )
    report = services.nbp_tables_import(actor=None, content=content, source_name="huf.json")
    assert report.extended == ["053/A/NBP/2026"]
    assert NbpTable.objects.get(number="053/A/NBP/2026").rates.count() == 4


def test_a_rate_differing_from_the_stored_one_stops_the_whole_file(db):
    load("api-tables-a.json")
    text = (DATA / "api-tables-a.json").read_text(encoding="utf-8").replace("4.2755", "4.3755")
    content = text.encode()
    with pytest.raises(NbpFileError) as error:
        services.nbp_tables_import(actor=None, content=content, source_name="changed.json")
    assert [str(problem) for problem in error.value.problems] == [
        "tabela 2, pozycja 2: tabela 054/A/NBP/2026 w bazie podaje 1 EUR = 4,2755 PLN, "
        "a plik 1 EUR = 4,3755 PLN."
    ]
    assert NbpRate.objects.get(table__number="054/A/NBP/2026", currency="EUR").mid == Decimal(
        "4.2755"
    )


def test_a_broken_file_imports_nothing_even_from_its_good_lines(db):
    text = (
        (DATA / "archiwum_tab_a_2026.csv")
        .read_bytes()
        .decode("cp1250")
        .replace("0,5722", "0,57.22")
    )
    with pytest.raises(NbpFileError) as error:
        services.nbp_tables_import(actor=None, content=text.encode("cp1250"), source_name="a.csv")
    assert [problem.where for problem in error.value.problems] == ["wiersz 5"]
    assert not NbpTable.objects.exists()


def test_a_table_of_a_day_already_stored_under_another_number_is_refused(db):
    load("a052z260316.xml")
    content = api_json("099/A/NBP/2026", "2026-03-16", {"EUR": 4.2})
    with pytest.raises(NbpFileError, match="052/A/NBP/2026"):
        services.nbp_tables_import(actor=None, content=content, source_name="x.json")


def test_a_dry_run_checks_and_saves_nothing(db):
    report = load("api-tables-a.json", dry_run=True)
    assert report.created == ["053/A/NBP/2026", "054/A/NBP/2026"]
    assert not NbpTable.objects.exists()


def test_the_import_costs_the_same_queries_for_one_table_or_many(db, django_assert_num_queries):
    # a file of one table and a file of three cost the same fixed number of queries
    with django_assert_num_queries(8):
        load("a052z260316.xml")
    with django_assert_num_queries(8):
        load("archiwum_tab_a_2026.csv")
    # and so does checking a file already imported
    with django_assert_num_queries(7):
        load("archiwum_tab_a_2026.csv")


def test_the_command_imports_several_files_or_none(db, capsys):
    call_command("import_nbp_rates", str(DATA / "a052z260316.xml"), str(DATA / "api-tables-a.xml"))
    assert NbpTable.objects.count() == 2
    assert "1 new tables" in capsys.readouterr().out


def test_the_command_names_the_broken_lines_and_rolls_back_every_file(db, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_bytes(
        (DATA / "archiwum_tab_a_2026.csv").read_bytes().replace(b"20260303", b"2026-3-3")
    )
    with pytest.raises(CommandError, match="wiersz 4"):
        call_command("import_nbp_rates", str(DATA / "a052z260316.xml"), str(broken))
    assert not NbpTable.objects.exists()
