"""The edited copy of the seed: its diff is exactly the changes made, and applying it works."""

import json
from datetime import date

import pytest
from django.core.exceptions import ValidationError

from orgunits.models import Assignment, OrgUnit, StructureSnapshot
from tasks import selectors, services
from tasks.diff import diff_compute, state_in_force, state_of_ordinance
from tasks.models import OrdinanceUnit
from tasks.search import catalogue_search

from .conftest import DATA, confirm_pending

EXPECTED = json.loads((DATA / "edited-expected-diff.json").read_text("utf-8"))
EFFECTIVE = date(2027, 1, 15)


@pytest.fixture
def draft(demo, edited_text):
    """The edited copy imported over the demo (318/2026 applied, people in their units)."""
    return services.ordinance_import(actor=None, text=edited_text, number="25/2027").ordinance


def test_the_draft_shows_exactly_the_changes_made_against_the_structure_in_force(draft):
    diff = diff_compute(state_in_force(), state_of_ordinance(draft))
    assert diff.as_data() == EXPECTED


def test_the_expected_diff_says_what_was_edited_and_nothing_else():
    # a new unit, a renamed unit, a post moved, a point moved, everything else only renumbered
    assert EXPECTED["units"] == {
        "added": ["KP-06 Referat Komunikacji Społecznej ← KP Kancelaria Prezydenta"],
        "abolished": [],
        "renamed": [
            "KP-02 Referat Koordynacji Spotkań Prezydenta → KP-02 Referat Spotkań i Dialogu "
            "Społecznego"
        ],
        "moved": [
            "Stanowisko Fotografa Prezydenta Miasta Krakowa: KP-03 Biuro Współpracy Krajowej → "
            "KP-06 Referat Komunikacji Społecznej"
        ],
    }
    tasks = EXPECTED["tasks"]
    assert tasks["moved"] == [
        "KP-03 Biuro Współpracy Krajowej, § 6 ust. 1 pkt 20 → KP-06 Referat Komunikacji "
        "Społecznej, § 4 ust. 1 pkt 1"
    ]
    assert (tasks["added"], tasks["removed"], tasks["reworded"]) == ([], [], [])
    assert len(tasks["renumbered"]) == 111  # 110 items and the lead-in of § 7 ust. 2
    assert "KP-03 Biuro Współpracy Krajowej, § 6 ust. 1 pkt 21 → § 7 pkt 20" in tasks["renumbered"]


def test_the_diff_page_shows_the_changes_between_the_two_ordinances(draft, login):
    response = login("kp03").get("/tasks/diff/", {"from": "318/2026", "to": "25/2027"})
    assert response.status_code == 200
    assert response.context["diff"]["data"] == EXPECTED
    page = response.content.decode()
    assert "KP-06 Referat Komunikacji Społecznej" in page
    assert "111 zadań tylko przenumerowanych" in page or "111 tasks only renumbered" in page


def test_the_renamed_unit_and_the_moved_post_wait_for_the_administrators_confirmation(draft):
    pending = OrdinanceUnit.objects.filter(ordinance=draft, decision="pending")
    assert {node.key: node.match_note for node in pending} == {
        "kp-02": "nazwa zmienia się z „Referat Koordynacji Spotkań Prezydenta”: ta sama komórka "
        "pod nową nazwą?",
        "kp-03-foto": "przeniesiona spod „KP-03 Biuro Współpracy Krajowej”?",
    }
    with pytest.raises(ValidationError, match="KP-02 Referat Spotkań i Dialogu Społecznego"):
        services.ordinance_approve(actor=None, ordinance=draft)


def test_applying_the_edited_copy_on_its_day_moves_people_with_their_units(
    draft, demo_user, today_is
):
    # given the renamed unit confirmed and the draft approved by the administrator
    admin = demo_user("admin")
    confirm_pending(draft, admin)
    services.ordinance_approve(actor=admin, ordinance=draft)
    kp02_before = OrgUnit.objects.get(key="kp-02")
    # when the day comes and the daily run applies it
    today_is(EFFECTIVE)
    applied = services.ordinances_apply_due(actor=None)
    # then the tree is what the ordinance says, on the same unit rows
    assert [o.number for o in applied] == ["25/2027"]
    kp02 = OrgUnit.objects.get(pk=kp02_before.pk)
    assert kp02.name == "Referat Spotkań i Dialogu Społecznego"
    assert OrgUnit.objects.get(key="kp-06").parent.key == "kp"
    assert OrgUnit.objects.get(key="kp-03-foto").parent.key == "kp-06"
    assert Assignment.objects.get(user=demo_user("kp02")).unit_id == kp02.pk
    # and one record of the legal state, dated and based on the ordinance
    snapshot = StructureSnapshot.objects.order_by("-id").first()
    assert (snapshot.effective_from, snapshot.basis) == (EFFECTIVE, "Zarządzenie nr 25/2027")
    assert StructureSnapshot.objects.filter(ordinance=draft).count() == 1
    # and the catalogue in force is the new one
    assert selectors.ordinance_in_force().number == "25/2027"
    first = catalogue_search("dekoracja flag").hits[0].item
    assert (first.reference, first.owner.unit.symbol) == ("§ 4 ust. 1 pkt 1", "KP-06")


def test_every_unit_changed_gets_a_history_row_with_the_actor(draft, demo_user, today_is):
    admin = demo_user("admin")
    confirm_pending(draft, admin)
    services.ordinance_approve(actor=admin, ordinance=draft)
    today_is(EFFECTIVE)
    services.ordinance_apply(actor=admin, ordinance=draft)
    latest = OrgUnit.objects.get(key="kp-02").history.first()
    assert (latest.history_user, latest.history_change_reason) == (admin, "Zarządzenie nr 25/2027")
    assert OrgUnit.objects.get(key="kp-06").history.first().history_user == admin


def test_rejecting_the_match_of_a_unit_with_people_in_it_stops_the_application(
    draft, demo_user, today_is
):
    # given the administrator says the new KP-02 is another unit (the old one is abolished)
    node = OrdinanceUnit.objects.get(ordinance=draft, symbol="KP-02")
    node = services.node_decide(actor=None, node=node, decision=OrdinanceUnit.Decision.REJECTED)
    assert node.key == "kp-02-2"
    confirm_pending(draft, skip=("KP-02",))
    services.ordinance_approve(actor=None, ordinance=draft)
    today_is(EFFECTIVE)
    # when it is applied, the person still in the old KP-02 stops it, and nothing changes
    with pytest.raises(ValidationError, match="Henryk Szymański"):
        services.ordinance_apply(actor=None, ordinance=draft)
    assert not OrgUnit.objects.filter(key="kp-06").exists()
    assert selectors.ordinance_in_force().number == "318/2026"
