"""The structure pages as staff use them: the tree, a unit, the legal state on a day."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from orgunits import services
from orgunits.models import Assignment, OrgUnit
from tests.factories import AssignmentFactory


def test_anonymous_visitors_are_sent_to_the_login_page(client, structure):
    response = client.get("/units/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_login_page_is_polish(client, db):
    page = client.get("/accounts/login/").content.decode()
    assert "Logowanie do intranetu" in page
    assert '<html lang="pl">' in page


def test_the_tree_lists_every_unit_with_symbols_and_heads(login):
    page = login("kp02").get("/units/").content.decode()
    assert page.count('class="tree__link"') == 14
    assert "KP-05" in page and "Kancelaria Tajna" in page
    assert "Barbara Kowalska" in page  # the Director, head of KP


def test_the_tree_nests_each_unit_under_its_superior(login):
    page = login("kp02").get("/units/").content.decode()
    po_branch = page.split('id="tree-children-po"')[1].split("</ul>")[0]
    assert "KP-05" in po_branch
    kp_branch = page.split('id="tree-children-kp"')[1]
    assert kp_branch.index("KP-04") < kp_branch.index('id="tree-children-kp-04"')


def grow(parent, count):
    """Add `count` units with a head each below `parent`, in a few levels."""
    created = []
    for index in range(count):
        under = created[index // 5] if index >= 5 else parent
        unit = OrgUnit.objects.create(key=f"gen-{index}", name=f"Komórka {index}", parent=under)
        AssignmentFactory(unit=unit, role=Assignment.Role.HEAD)
        created.append(unit)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_tree_costs_the_same_queries_for_14_and_300_units(login, demo):
    client = login("dyrektor")
    small = count_queries(client, "/units/")
    grow(demo["kp-04"], 286)
    assert OrgUnit.objects.count() == 300
    large = count_queries(client, "/units/")
    assert small == large


def test_the_dated_tree_costs_the_same_queries_for_14_and_300_units(login, demo):
    client = login("dyrektor")
    small = count_queries(client, "/units/?date=2026-03-01")
    grow(demo["kp-04"], 286)
    services.snapshot_take(actor=None, effective_from=date(2026, 3, 1), basis="test")
    large = count_queries(client, "/units/?date=2026-03-01")
    assert small == large


def test_before_the_first_ordinance_the_page_says_brak_danych(login):
    response = login("kp02").get("/units/?date=2026-01-01")
    page = response.content.decode()
    assert response.status_code == 200
    assert "brak danych" in page
    assert "tree__link" not in page


def test_a_malformed_date_gets_a_polish_message(login):
    response = login("kp02").get("/units/?date=2026-13-45")
    assert response.status_code == 400
    assert "nie jest datą" in response.content.decode()


def test_the_dated_tree_is_titled_with_the_day(login):
    page = login("kp02").get("/units/?date=2026-03-01").content.decode()
    assert "stan na dzień 1 marca 2026" in page
    assert "Zarządzenie nr 318/2026" in page


@pytest.mark.parametrize("identifier", ["KP-03", "Kp-03", "kp-03"])
def test_a_unit_is_found_by_symbol_or_key(login, identifier):
    page = login("kp02").get(f"/units/{identifier}/").content.decode()
    assert "Biuro Współpracy Krajowej" in page


def test_a_unit_without_symbol_is_found_by_key(login):
    page = login("kp02").get("/units/kp-01-wyjazdy/").content.decode()
    assert "Stanowisko ds. Administracyjnej Obsługi Zagranicznych Wyjazdów Służbowych" in page


def test_the_unit_page_shows_the_chain_up_to_the_mayor_and_people(login):
    page = login("kp02").get("/units/KP-03/").content.decode()
    chain = page.split('class="chain"')[1].split("</ol>")[0]
    names = ["I Zastępca Dyrektora", "Kancelaria Prezydenta", "Prezydent Miasta Krakowa"]
    positions = [chain.index(name) for name in names]
    assert positions == sorted(positions)
    assert "Irena Woźniak" in page
    assert "Stanowisko Fotografa Prezydenta Miasta Krakowa" in page


def test_the_unit_page_of_po_names_its_department_apart_from_its_superior(login):
    page = login("kp02").get("/units/PO/").content.decode()
    facts = page.split('class="facts"')[1].split("</dl>")[0]
    chain = page.split('class="chain"')[1].split("</ol>")[0]
    assert "Kancelaria Prezydenta" in facts
    assert "Kancelaria Prezydenta" not in chain
    assert "Prezydent Miasta Krakowa" in chain


def test_an_unknown_unit_is_404(login):
    assert login("kp02").get("/units/KP-99/").status_code == 404


def test_the_header_shows_the_user_and_their_units(login):
    page = login("kp01").get("/").content.decode()
    assert "Ewa Kamińska" in page
    assert "KP-01" in page.split('class="user-box"')[1]


def test_search_finds_units_and_people(login):
    page = login("kp02").get("/search/?q=tajna").content.decode()
    assert "KP-05 Kancelaria Tajna" in page
    page = login("kp02").get("/search/?q=Woźniak").content.decode()
    assert "Irena Woźniak" in page and "KP-03" in page
