"""The printed chart: one A4 landscape page for the Kancelaria with every unit's symbol and name
as real text in embedded fonts, the right title, metadata in Polish; a city hall split over A3
pages whose "continued on page N" markers lead to the right pages, no text below 7 pt."""

import pytest
from django.core.management import CommandError, call_command

from orgunits.orgchart.charts import ChartQuery, chart_load
from orgunits.orgchart.documents import chart_pdf

from .pdftext import embedded_fonts, page_texts, printed_sizes, reader

A4_LANDSCAPE = (841.89, 595.28)
A3_LANDSCAPE = (1190.55, 841.89)
ANNEX = "Załącznik do Zarządzenia nr 318/2026 Prezydenta Miasta Krakowa z dnia 18 lutego 2026 r."


def _pdf(**params) -> bytes:
    return chart_pdf(chart_load(ChartQuery.parse(params)))


def _size(page) -> tuple[float, float]:
    return round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)


def test_the_kancelaria_prints_on_one_a4_landscape_page(kancelaria):
    pages = reader(_pdf()).pages
    assert len(pages) == 1
    assert _size(pages[0]) == A4_LANDSCAPE


def test_every_units_symbol_and_name_is_text_in_the_pdf(kancelaria):
    [text] = page_texts(_pdf())
    for unit in kancelaria.values():
        assert unit.name in text
        assert not unit.symbol or unit.symbol in text


def test_the_text_is_set_in_embedded_fonts_with_polish_letters_intact(kancelaria):
    pdf = _pdf()
    fonts = embedded_fonts(pdf)
    assert any("DejaVu" in name for name in fonts)
    assert all(fonts.values())
    [text] = page_texts(pdf)
    assert "Pełnomocnik Prezydenta Miasta Krakowa ds. Ochrony Informacji Niejawnych" in text
    assert "Stanowisko ds. Obsługi Budżetowo-Finansowej" in text


def test_the_title_block_names_the_office_the_ordinance_and_the_print_date(kancelaria):
    [text] = page_texts(_pdf())
    assert "KANCELARIA PREZYDENTA MIASTA KRAKOWA" in text.upper()
    assert "Schemat organizacyjny" in text
    assert ANNEX in text
    assert "Wydrukowano 26 listopada 2026 r." in text


def test_the_metadata_give_title_author_and_polish(kancelaria):
    pdf = reader(_pdf())
    assert pdf.metadata.title.startswith("Schemat organizacyjny — Kancelaria Prezydenta")
    assert pdf.metadata.author == "Kancelaria Prezydenta Miasta Krakowa"
    assert pdf.trailer["/Root"]["/Lang"] == "pl"


def test_no_text_is_printed_below_7_pt(kancelaria):
    sizes = printed_sizes(_pdf())
    assert sizes
    assert min(size for _text, size in sizes) >= 7.0


def test_after_a_current_change_the_title_says_as_of_the_day(kp03_moved):
    # given KP-03 moved under the II Deputy (a current change, no ordinance),
    # then today's chart is no longer the annex but the state on the day
    [text] = page_texts(_pdf())
    assert "Stan na dzień 26 listopada 2026 r." in text
    assert "Załącznik" not in text
    # and the chart of a day before the change is the ordinance's again
    [earlier] = page_texts(_pdf(date="2026-03-01"))
    assert ANNEX in earlier


def test_a_units_subtree_is_a_part_not_the_annex(kancelaria):
    [text] = page_texts(_pdf(unit="KP-04"))
    assert "Schemat organizacyjny: KP-04 Referat Organizacyjny" in text
    assert "Stan na dzień 26 listopada 2026 r." in text


def test_the_command_writes_the_pdf(kancelaria, tmp_path):
    output = tmp_path / "schemat.pdf"
    call_command("orgchart", "--output", str(output), "--date", "2026-03-01")
    [text] = page_texts(output.read_bytes())
    assert ANNEX in text


@pytest.mark.parametrize(
    ("day", "message"),
    [("2025-12-31", "brak danych"), ("31.12.2026", "nie jest datą")],
)
def test_the_command_refuses_a_day_without_a_structure_or_not_a_date(
    kancelaria, tmp_path, day, message
):
    output = tmp_path / "schemat.pdf"
    with pytest.raises(CommandError, match=message):
        call_command("orgchart", "--output", str(output), "--date", day)
    assert not output.exists()


# --- a whole city hall ----------------------------------------------------------------------


def test_a_city_hall_is_split_over_a3_landscape_pages(city_hall):
    _rows, result, pdf = city_hall
    pages = reader(pdf).pages
    assert len(pages) == len(result.pages) > 1
    assert {_size(page) for page in pages} == {A3_LANDSCAPE}


def test_every_unit_of_the_city_hall_is_printed_in_full_somewhere(city_hall):
    rows, _result, pdf = city_hall
    text = " ".join(page_texts(pdf))
    for row in rows:
        assert row.name in text
        assert not row.symbol or row.symbol in text


def test_continued_on_page_markers_lead_to_the_page_that_continues(city_hall):
    _rows, result, pdf = city_hall
    texts = page_texts(pdf)
    for page in result.pages:
        for stub in page.stubs:
            target = texts[stub.stub_page - 1]
            assert stub.stub_page > page.number
            assert f"ciąg dalszy na stronie {stub.stub_page}" in texts[page.number - 1]
            assert f"ciąg dalszy ze strony {page.number}" in target
            assert stub.row.name in target


def test_no_city_hall_text_is_printed_below_7_pt(city_hall):
    _rows, _result, pdf = city_hall
    assert min(size for _text, size in printed_sizes(pdf)) >= 7.0
