"""Reading NBP table A files as downloaded: every format, and every broken place named."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from trips.nbp import NbpFileError, nbp_parse

from .builders import api_json

DATA = Path(__file__).parent / "data"


def read(name: str):
    return nbp_parse((DATA / name).read_bytes(), name)


def rates_of(table):
    return {rate.currency: (rate.units, rate.mid) for rate in table.rates}


def test_the_daily_xml_file_in_iso_8859_2():
    [table] = read("a052z260316.xml")
    assert (table.number, table.effective_date) == ("052/A/NBP/2026", date(2026, 3, 16))
    assert rates_of(table)["EUR"] == (1, Decimal("4.2731"))
    assert rates_of(table)["IDR"] == (10000, Decimal("2.2315"))
    assert {rate.name for rate in table.rates} >= {"forint (Węgry)", "dolar amerykański"}


def test_the_web_api_json_tables():
    tables = read("api-tables-a.json")
    assert [t.number for t in tables] == ["053/A/NBP/2026", "054/A/NBP/2026"]
    assert rates_of(tables[1])["DKK"] == (1, Decimal("0.5731"))


def test_the_web_api_json_series_of_one_currency():
    tables = read("api-rates-a-eur.json")
    assert [(t.effective_date, rates_of(t)) for t in tables] == [
        (date(2026, 3, 19), {"EUR": (1, Decimal("4.2810"))}),
        (date(2026, 3, 20), {"EUR": (1, Decimal("4.2864"))}),
    ]


def test_the_web_api_xml_tables():
    [table] = read("api-tables-a.xml")
    assert table.number == "057/A/NBP/2026"
    assert rates_of(table) == {"USD": (1, Decimal("3.6555")), "EUR": (1, Decimal("4.2799"))}


def test_the_yearly_csv_archive_in_windows_1250():
    tables = read("archiwum_tab_a_2026.csv")
    assert [t.number for t in tables] == ["042/A/NBP/2026", "043/A/NBP/2026", "044/A/NBP/2026"]
    # an empty cell: the currency was not quoted that day
    assert "IDR" not in rates_of(tables[1])
    assert rates_of(tables[2])["IDR"] == (10000, Decimal("2.2377"))
    assert tables[0].rates[2].name == "forint (Węgry)"


def problems(content: bytes, name: str) -> list[str]:
    with pytest.raises(NbpFileError) as error:
        nbp_parse(content, name)
    return [str(problem) for problem in error.value.problems]


def test_broken_csv_lines_are_named_with_their_numbers():
    text = (DATA / "archiwum_tab_a_2026.csv").read_bytes().decode("cp1250")
    text = (
        text.replace("3,6688", "3,66x8").replace("20260304", "2026034").replace("044/A/", "044/B/")
    )
    found = problems(text.encode("cp1250"), "archiwum_tab_a_2026.csv")
    assert found == [
        "wiersz 4: kurs średni „3,66x8” nie jest liczbą dodatnią.",
        "wiersz 5: „2026034” nie jest datą.",
        "wiersz 5: tabela 044/B/NBP/2026 nie jest tabelą A kursów średnich.",
    ]


def test_broken_xml_is_named_by_line():
    content = (
        (DATA / "a052z260316.xml")
        .read_bytes()
        .replace(b"</pozycja>\n   <pozycja>", b"\n   <pozycja>", 1)
    )
    [found] = problems(content, "a052z260316.xml")
    assert found.startswith("wiersz ") and "uszkodzony" in found


def test_a_bad_rate_in_xml_is_named_by_the_line_of_its_item():
    content = (DATA / "a052z260316.xml").read_bytes().replace(b"4,2731", b"-4,2731")
    assert problems(content, "a.xml") == [
        "wiersz 11: kurs średni „-4,2731” nie jest liczbą dodatnią."
    ]


def test_broken_json_gives_line_and_column():
    [found] = problems(b'[{"table": "A", "no": }]', "tables.json")
    assert found.startswith("wiersz 1:") and "kolumnie" in found


def test_a_bad_item_in_json_is_named_by_table_and_item():
    content = api_json("053/A/NBP/2026", "2026-03-17", {"EUR": 4.2, "US": 3.6})
    assert problems(content, "tables.json") == ["tabela 1, pozycja 2: „US” nie jest kodem waluty."]


def test_table_b_and_c_are_refused():
    content = api_json("011/B/NBP/2026", "2026-03-18", {"AFN": 0.05}, table="B")
    assert problems(content, "b.json") == ["tabela 1: to tabela B, a nie tabela A kursów średnich."]


def test_a_table_number_must_match_its_year():
    content = api_json("053/A/NBP/2025", "2026-03-17", {"EUR": 4.2})
    assert problems(content, "a.json") == [
        "tabela 1: tabela 053/A/NBP/2025 nie może mieć daty 2026-03-17."
    ]


def test_a_document_type_declaration_is_refused():
    content = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><tabela_kursow typ="A"/>'
    [found] = problems(content, "a.xml")
    assert "DOCTYPE" in found


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "a.xml", "pusty"),
        (b"%PDF-1.7", "tabela.pdf", "XML, JSON lub CSV"),
        (b"a;b;c\n1;2;3\n", "x.csv", "nie znaleziono wiersza nagłówka"),
        (b"<html><body>Not found</body></html>", "a.xml", "nie jest tabelą kursów NBP"),
        (b" " * (5 * 1024 * 1024 + 1), "a.csv", "większy niż 5 MB"),
    ],
)
def test_files_that_are_no_nbp_tables_are_refused(content, name, message):
    assert any(message in found for found in problems(content, name))
