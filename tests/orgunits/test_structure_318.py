"""The 318/2026 structure as DESIGN §3 draws it: 14 nodes, keys, parents, legal bases."""

import pytest

from orgunits import selectors, services
from orgunits.models import Ordinance, OrgUnit, StructureSnapshot

EXPECTED_PARENTS = {
    "prezydent": None,
    "kp": "prezydent",
    "kp-z1": "kp",
    "kp-03": "kp-z1",
    "kp-03-foto": "kp-03",
    "kp-z2": "kp",
    "kp-01": "kp-z2",
    "kp-01-wyjazdy": "kp-01",
    "kp-02": "kp",
    "kp-04": "kp",
    "kp-04-prawne": "kp-04",
    "kp-04-budzet": "kp-04",
    "po": "prezydent",
    "kp-05": "po",
}


def test_the_fixture_loads_exactly_the_fourteen_nodes_with_their_parents(structure):
    # when the 318/2026 structure is loaded
    parents = {u.key: (u.parent.key if u.parent else None) for u in OrgUnit.objects.all()}
    # then every node hangs where the ordinance puts it
    assert parents == EXPECTED_PARENTS


@pytest.mark.parametrize(
    ("key", "symbol", "basis"),
    [
        ("kp", "KP", "§ 1 ust. 1"),
        ("kp-03", "KP-03", "§ 3 ust. 2"),
        ("kp-01", "KP-01", "§ 3 ust. 3"),
        ("kp-01-wyjazdy", "", "§ 4 ust. 2"),
        ("kp-02", "KP-02", "§ 3 ust. 1 pkt 3"),
        ("kp-04-prawne", "", "§ 7 ust. 2"),
        ("po", "PO", "§ 1 ust. 2"),
        ("kp-05", "KP-05", "§ 2 pkt 5, § 8"),
    ],
)
def test_each_node_carries_its_symbol_and_legal_basis(structure, key, symbol, basis):
    unit = structure[key]
    assert (unit.symbol, unit.legal_basis) == (symbol, basis)


def test_po_belongs_to_the_kancelaria_but_reports_to_the_mayor(structure):
    po = structure["po"]
    assert po.department.key == "kp"
    assert po.parent.key == "prezydent"
    assert structure["kp-05"].department.key == "kp"


def test_seven_nodes_have_no_symbol(structure):
    assert OrgUnit.objects.filter(symbol="").count() == 7


def test_loading_records_the_ordinance_and_a_snapshot_in_force_from_18_february(structure):
    ordinance = Ordinance.objects.get(number="318/2026")
    snapshot = StructureSnapshot.objects.get()
    assert ordinance.status == Ordinance.Status.APPLIED
    assert ordinance.supersedes_number == "1509/2025"
    assert snapshot.ordinance == ordinance
    assert str(snapshot.effective_from) == "2026-02-18"
    assert snapshot.basis == "Zarządzenie nr 318/2026"
    assert [node["key"] for node in snapshot.nodes] == list(EXPECTED_PARENTS)


def test_loading_twice_changes_nothing(structure):
    services.structure_load_fixture()
    assert OrgUnit.objects.count() == 14
    assert StructureSnapshot.objects.count() == 1


def test_before_18_february_2026_there_is_no_record(structure):
    from datetime import date

    assert selectors.snapshot_in_force(date(2026, 2, 17)) is None
    assert selectors.snapshot_in_force(date(2026, 2, 18)) is not None
