"""The catalogue pages as staff use them: the catalogue, the search, a unit's page and PDF."""

import io
import re

import pytest
from pypdf import PdfReader


def test_the_catalogue_lists_every_item_with_its_reference_in_ordinance_order(login):
    response = login("kp04").get("/tasks/")
    page = response.content.decode()
    references = re.findall(r'<span class="ref">(§ [^<]+)</span> <span class="task-text">', page)
    assert len(references) == 111
    assert references[:3] == ["§ 4 ust. 1 pkt 1", "§ 4 ust. 1 pkt 2", "§ 4 ust. 1 pkt 3"]
    assert references[-1] == "§ 9 pkt 20"
    assert "Do zakresu działania Referatu Organizacyjnego (KP-04) należy:" in page


def test_the_search_shows_the_unit_linked_the_reference_and_the_words_highlighted(login):
    response = login("kp02").get("/tasks/", {"q": "kto zajmuje się flagami"})
    page = response.content.decode()
    first = page.index('class="hit"')
    assert page.index('href="/units/KP-03/"', first) < page.index("§ 6 ust. 1 pkt 20", first)
    assert "<mark>flagi</mark>" in page


def test_a_subpoint_found_shows_the_point_it_belongs_to(login):
    page = login("kp02").get("/tasks/", {"q": "kalendarz spotkań prezydenta"}).content.decode()
    assert "§ 7 ust. 1 pkt 2 lit. b" in page
    assert "zapewnienie obsługi sekretarskiej i asystenckiej Prezydenta" in page


@pytest.mark.parametrize("query", ["Poczet Krakowski", "spotkanie"])
def test_the_search_page_costs_a_bounded_number_of_queries(login, django_assert_num_queries, query):
    client = login("kp02")
    client.get("/tasks/", {"q": "warm up"})
    with django_assert_num_queries(8):  # 7 + the navigation's case counts (one query)
        client.get("/tasks/", {"q": query})


def test_the_catalogue_page_costs_a_fixed_number_of_queries(login, django_assert_num_queries):
    client = login("kp04")
    with django_assert_num_queries(
        7
    ):  # session, user, my units, case counts, ordinance, lists, tasks
        response = client.get("/tasks/")
    assert response.status_code == 200


def test_the_intranet_search_finds_tasks_with_kp03_first_for_flags(login):
    response = login("kp01").get("/search/", {"q": "kto zajmuje się flagami"})
    sections = response.context["sections"]
    tasks = next(s for s in sections if s.results and "§" in s.results[0].title)
    assert tasks.results[0].title == "KP-03 Biuro Współpracy Krajowej — § 6 ust. 1 pkt 20"
    assert tasks.results[0].url == "/units/KP-03/"
    assert "<mark>flagi</mark>" in response.content.decode()


def test_the_catalogue_asks_for_a_login(client, demo):
    response = client.get("/tasks/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_a_units_page_shows_its_tasks_its_posts_tasks_and_the_common_duties(login):
    page = login("kp01").get("/units/KP-01/").content.decode()
    assert "§ 4 ust. 1 pkt 9" in page
    assert "§ 4 ust. 2 pkt 6" in page  # the trips post below KP-01
    assert "§ 9 pkt 20" in page
    assert 'href="/tasks/units/KP-01/pdf/"' in page


def test_po_shows_the_reference_to_a_separate_ordinance_and_the_common_duties(login):
    page = login("po").get("/units/PO/").content.decode()
    assert "należą sprawy określone odrębnym zarządzeniem" in page
    assert "§ 9 pkt 2" in page


def test_the_deputy_directors_page_has_no_catalogue_and_no_pdf(login):
    client = login("zastepca1")
    assert 'id="scope-heading"' not in client.get("/units/kp-z1/").content.decode()
    assert client.get("/tasks/units/kp-z1/pdf/").status_code == 404


def _pdf_text(response) -> str:
    reader = PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_kp01s_scope_of_tasks_pdf_is_what_a_new_employee_is_handed(login):
    response = login("kp01-wyjazdy").get("/tasks/units/KP-01/pdf/")
    assert response["Content-Type"] == "application/pdf"
    text, pages = _pdf_text(response)
    flat = " ".join(text.split())
    assert "KANCELARIA PREZYDENTA MIASTA KRAKOWA" in flat
    assert "KP-01 Biuro Współpracy Zagranicznej" in flat
    assert "II Zastępca Dyrektora" in flat  # its superior
    assert "Zarządzenie nr 318/2026" in flat
    for reference in ("§ 4 ust. 1 pkt 1", "§ 4 ust. 2 pkt 6", "§ 9 pkt 20"):
        assert reference in flat
    assert f"1 / {pages}" in flat and pages >= 2


def test_no_pdf_for_a_unit_the_ordinance_gives_no_tasks(login):
    assert login("kp01").get("/tasks/units/nie-ma-takiej/pdf/").status_code == 404


def test_the_diff_page_with_one_ordinance_asks_for_two(login):
    response = login("kp01").get("/tasks/diff/")
    assert response.status_code == 200
    assert "diff" not in response.context


def test_the_diff_page_names_an_unknown_ordinance(login):
    response = login("kp01").get("/tasks/diff/", {"from": "1/1999", "to": "318/2026"})
    assert response.status_code == 400
    assert "1/1999" in response.content.decode()
