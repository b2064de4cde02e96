"""Which sheet, how many pages: the Kancelaria on one A4 page; a city hall split over A3 pages
that all fit at no less than 7 pt, with every unit on a page and every cut subtree continued."""

import pytest

from orgunits.orgchart.model import chart_forest
from orgunits.orgchart.pages import A3, A4, MIN_TEXT, printout
from orgunits.orgchart.sample import city_hall_rows, kancelaria_rows


def _fits(page, sheet, legend_height) -> bool:
    width, height = sheet.area(legend_height)
    picture = page.drawing
    return (
        picture.width * page.scale <= width + 1e-6 and picture.height * page.scale <= height + 1e-6
    )


def _assert_pages_sound(result, rows) -> None:
    drawn = set()
    for page in result.pages:
        assert _fits(page, result.sheet, result.legend.height)
        assert page.scale * page.drawing.smallest_text >= MIN_TEXT - 1e-9
        keys = {box.key for box in page.drawing.all_boxes()}
        drawn |= keys
        for stub in page.stubs:
            assert stub.stub_page > page.number
            target = result.pages[stub.stub_page - 1]
            assert any(root.source is stub.source for root in target.roots)
            # its subordinates follow there, or on the parts of it that come next
            parts = [p for p in result.pages if any(r.source is stub.source for r in p.roots)]
            shown = {box.key for part in parts for box in part.drawing.all_boxes()}
            assert {child.key for child in stub.source.children} <= shown
    assert drawn == {row.key for row in rows}


def test_the_kancelaria_fits_one_a4_page_without_shrinking_text_below_7_pt():
    rows = kancelaria_rows()
    result = printout(chart_forest(rows))
    assert result.sheet == A4
    assert len(result.pages) == 1
    _assert_pages_sound(result, rows)


def test_a_400_unit_city_hall_goes_on_several_a3_pages():
    rows = city_hall_rows(400)
    result = printout(chart_forest(rows))
    assert result.sheet == A3
    assert len(result.pages) > 1
    _assert_pages_sound(result, rows)


def test_the_first_page_of_a_city_hall_shows_the_mayor_and_the_top_levels():
    result = printout(chart_forest(city_hall_rows(400)))
    first = {box.key for box in result.pages[0].drawing.boxes}
    assert {"prezydent", "m0", "m1", "m2", "m3", "m4"} <= first
    assert result.pages[0].chain == []
    assert result.pages[1].chain[0] == "Prezydent Miasta Krakowa"


@pytest.mark.parametrize(("size", "seed"), [(30, 0), (150, 7), (641, 1), (900, 3)])
def test_city_halls_of_other_sizes_are_paginated_soundly(size, seed):
    rows = city_hall_rows(size, seed)
    result = printout(chart_forest(rows))
    _assert_pages_sound(result, rows)
