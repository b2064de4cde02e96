"""`/orgchart/` and `/orgchart.pdf` as staff use them: the chart with links, its text
alternative, a day's legal structure, a unit's subtree, clear Polish messages, few queries."""

import re

import pytest

from tests.orgunits.test_pages import count_queries, grow

from .geometry import read_chart
from .pdftext import page_texts


def _page(client, url="/orgchart/"):
    response = client.get(url)
    return response, response.content.decode()


def _svg(html: str) -> str:
    return re.search(
        r'<svg xmlns="http://www.w3.org/2000/svg" class="orgchart-svg".*?</svg>', html, re.S
    )[0]


def _outline(html: str) -> str:
    return html.split('class="orgchart-outline"')[1].split("</section>")[0]


def test_anonymous_visitors_are_sent_to_the_login_page(client, structure):
    for url in ("/orgchart/", "/orgchart.pdf"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_the_navigation_leads_to_the_chart(login):
    _response, html = _page(login("kp02"), "/")
    assert '<a href="/orgchart/">Schemat organizacyjny</a>' in html


def test_every_box_is_a_link_to_its_units_page(login, demo):
    response, html = _page(login("kp02"))
    assert response.status_code == 200
    drawn = read_chart(_svg(html))
    assert len(drawn.boxes) == 14
    for key, box in drawn.boxes.items():
        assert box.href == demo[key].get_absolute_url()
    # and the links go somewhere real
    assert login("kp02").get(drawn.boxes["kp-05"].href).status_code == 200


def test_the_text_alternative_nests_the_structure_as_lists(login):
    _response, html = _page(login("kp02"))
    outline = _outline(html)
    assert outline.count("<li>") == 14
    po = outline.split("PO Pełnomocnik")[1]
    assert po.index("<ul>") < po.index("KP-05 Kancelaria Tajna")
    assert "należy do: KP Kancelaria Prezydenta" in po.split("<ul>")[0]
    kp04 = outline.split("KP-04 Referat Organizacyjny")[1].split("</ul>")[0]
    assert "Stanowisko ds. Prawnych i Ochrony Wartości Niematerialnych Miasta" in kp04


def test_the_page_says_it_is_the_ordinances_annex(login):
    _response, html = _page(login("kp02"))
    assert "Załącznik do Zarządzenia nr 318/2026 Prezydenta Miasta Krakowa" in html


def test_a_date_shows_the_legal_structure_of_that_day(login, kp03_moved):
    # given KP-03 moved under the II Deputy today
    client = login("kp02")
    # then today's chart has it there, titled as of the day
    _response, html = _page(client)
    assert "Stan na dzień 26 listopada 2026 r." in html
    assert ("kp-z2", "kp-03") in {
        (line.superior, line.subordinate) for line in read_chart(_svg(html)).lines
    }
    # and the chart on 1 March 2026 shows the ordinance's structure
    _response, html = _page(client, "/orgchart/?date=2026-03-01")
    lines = {(line.superior, line.subordinate) for line in read_chart(_svg(html)).lines}
    assert ("kp-z1", "kp-03") in lines
    assert "Załącznik do Zarządzenia nr 318/2026" in html


@pytest.mark.parametrize("unit", ["KP-04", "kp-04", "kp-z1"])
def test_a_unit_by_symbol_or_key_draws_its_subtree(login, unit):
    _response, html = _page(login("kp02"), f"/orgchart/?unit={unit}")
    drawn = set(read_chart(_svg(html)).boxes)
    expected = {
        "KP-04": {"kp-04", "kp-04-prawne", "kp-04-budzet"},
        "kp-04": {"kp-04", "kp-04-prawne", "kp-04-budzet"},
        "kp-z1": {"kp-z1", "kp-03", "kp-03-foto"},
    }
    assert drawn == expected[unit]


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/orgchart/?date=2025-12-31", 404, "brak danych"),
        ("/orgchart/?date=31.12.2026", 400, "„31.12.2026” nie jest datą; użyj formatu RRRR-MM-DD."),
        ("/orgchart/?unit=KP-99", 404, "W tej strukturze nie ma komórki „KP-99”."),
        ("/orgchart.pdf?date=2025-12-31", 404, "brak danych"),
        ("/orgchart.pdf?unit=KP-99", 404, "W tej strukturze nie ma komórki „KP-99”."),
    ],
)
def test_bad_requests_get_a_clear_polish_message(login, url, status, message):
    response, html = _page(login("kp02"), url)
    assert response.status_code == status
    assert message in html
    assert 'class="orgchart-svg"' not in html


def test_the_pdf_is_served_inline_with_a_dated_name(login, kancelaria):
    response = login("kp02").get("/orgchart.pdf?unit=KP-01")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'inline; filename="schemat-organizacyjny-kp-01-2026-11-26.pdf"'
    )
    [text] = page_texts(response.content)
    assert "Biuro Współpracy Zagranicznej" in text
    assert "Biuro Współpracy Krajowej" not in text


def test_the_chart_costs_the_same_queries_for_14_and_200_units(login, demo):
    client = login("kp02")
    small = count_queries(client, "/orgchart/")
    grow(demo["kp-04"], 186)
    assert count_queries(client, "/orgchart/") == small


def test_the_charts_queries_are_few(login, django_assert_num_queries):
    client = login("kp02")
    client.get("/orgchart/")  # the session is warm
    # session and user, the user's assignments (header), units, heads, the snapshot in force,
    # its ordinance, the navigation's case counts
    with django_assert_num_queries(8):
        client.get("/orgchart/")


def test_a_units_page_links_to_the_chart_of_its_subtree(login):
    client = login("kp02")
    html = client.get("/units/KP-03/").content.decode()
    link = '<a href="/orgchart/?unit=KP-03">Schemat tej komórki i komórek jej podległych</a>'
    assert link in html
    _response, chart = _page(client, "/orgchart/?unit=KP-03")
    assert set(read_chart(_svg(chart)).boxes) == {"kp-03", "kp-03-foto"}
