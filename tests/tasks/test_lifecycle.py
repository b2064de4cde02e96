"""Draft → approved → applied: importing twice, re-importing, keys, the due date, the guards."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from orgunits.models import Ordinance, OrgUnit, StructureSnapshot
from tasks import services
from tasks.models import OrdinanceEvent, OrdinanceUnit, Task

from .conftest import confirm_pending

Status = Ordinance.Status


@pytest.fixture
def draft(structure, edited_text):
    """The edited copy imported over the 318/2026 structure (no people)."""
    return services.ordinance_import(actor=None, text=edited_text, number="25/2027").ordinance


def _counts():
    return (Ordinance.objects.count(), OrdinanceUnit.objects.count(), Task.objects.count())


def test_importing_the_same_ordinance_twice_changes_nothing(structure, seed_text):
    before = _counts()
    result = services.ordinance_import(actor=None, text=seed_text, number="318/2026")
    assert result.outcome == "unchanged"
    assert _counts() == before
    assert StructureSnapshot.objects.count() == 1


def test_a_new_text_under_a_drafts_number_replaces_the_draft(draft, edited_text):
    changed = edited_text.replace(
        "10) prowadzenie magazynu z upominkami;", "10) prowadzenie magazynu;"
    )
    result = services.ordinance_import(actor=None, text=changed, number="25/2027")
    assert result.outcome == "replaced"
    assert Task.objects.filter(ordinance=draft, text="prowadzenie magazynu;").exists()
    assert Task.objects.filter(ordinance=draft).count() == 111
    assert draft.events.last().action == OrdinanceEvent.Action.REIMPORTED


def test_an_applied_ordinance_is_not_imported_again_with_another_text(structure, seed_text):
    with pytest.raises(ValidationError, match="zostało już zastosowane"):
        services.ordinance_import(actor=None, text=seed_text + "\n\n", number="318/2026")


def test_the_daily_run_never_applies_a_draft(draft, today_is):
    today_is(date(2027, 2, 1))
    assert services.ordinances_apply_due() == []
    assert Ordinance.objects.get(pk=draft.pk).status == Status.DRAFT


def test_an_approved_ordinance_waits_for_its_day_and_is_applied_once(draft, today_is):
    confirm_pending(draft)
    services.ordinance_approve(actor=None, ordinance=draft)
    today_is(date(2027, 1, 14))
    assert services.ordinances_apply_due() == []
    with pytest.raises(ValidationError, match="wchodzi w życie 15.01.2027"):
        services.ordinance_apply(actor=None, ordinance=draft)
    today_is(date(2027, 1, 15))
    assert [o.number for o in services.ordinances_apply_due()] == ["25/2027"]
    assert services.ordinances_apply_due() == []
    assert StructureSnapshot.objects.count() == 2


def test_a_rejected_match_makes_a_new_unit_and_abolishes_the_old_one(draft, today_is):
    node = OrdinanceUnit.objects.get(ordinance=draft, symbol="KP-02")
    services.node_decide(actor=None, node=node, decision=OrdinanceUnit.Decision.REJECTED)
    confirm_pending(draft, skip=("KP-02",))
    services.ordinance_approve(actor=None, ordinance=draft)
    today_is(date(2027, 1, 15))
    services.ordinance_apply(actor=None, ordinance=draft)
    old, new = OrgUnit.objects.get(key="kp-02"), OrgUnit.objects.get(key="kp-02-2")
    assert (old.is_active, old.archived_on) == (False, date(2027, 1, 15))
    assert (new.is_active, new.symbol, new.name) == (
        True,
        "KP-02",
        "Referat Spotkań i Dialogu Społecznego",
    )


def test_the_administrator_may_give_a_new_unit_another_key_but_never_a_used_one(draft):
    node = OrdinanceUnit.objects.get(ordinance=draft, symbol="KP-06")
    with pytest.raises(ValidationError, match="kp-01"):
        services.node_rekey(actor=None, node=node, key="kp-01")
    with pytest.raises(ValidationError):
        services.node_rekey(actor=None, node=node, key="Zła Nazwa")
    renamed = services.node_rekey(actor=None, node=node, key="kp-komunikacja")
    assert renamed.key == "kp-komunikacja"
    assert draft.events.last().note == "kp-06 → kp-komunikacja"


def test_an_existing_unit_keeps_its_key(draft):
    node = OrdinanceUnit.objects.get(ordinance=draft, key="kp-01")
    with pytest.raises(ValidationError, match="zachowuje swój klucz"):
        services.node_rekey(actor=None, node=node, key="kp-01-nowy")


def test_an_approved_draft_cannot_be_changed_until_the_approval_is_withdrawn(draft):
    confirm_pending(draft)
    services.ordinance_approve(actor=None, ordinance=draft)
    kp06 = OrdinanceUnit.objects.get(ordinance=draft, symbol="KP-06")
    with pytest.raises(ValidationError, match="nie jest już projektem"):
        services.node_rekey(actor=None, node=kp06, key="kp-komunikacja")
    services.ordinance_withdraw(actor=None, ordinance=draft)
    assert services.node_rekey(actor=None, node=kp06, key="kp-komunikacja").key == "kp-komunikacja"


def test_an_ordinance_older_than_the_structure_in_force_is_not_applied(structure, edited_text):
    older = edited_text.replace("Z DNIA 15 stycznia 2027 r.", "Z DNIA 10 stycznia 2026 r.")
    ordinance = services.ordinance_import(actor=None, text=older, number="25/2027").ordinance
    confirm_pending(ordinance)
    services.ordinance_approve(actor=None, ordinance=ordinance)
    with pytest.raises(ValidationError, match="zmieniłoby ten zapis"):
        services.ordinance_apply(actor=None, ordinance=ordinance)
    assert not OrgUnit.objects.filter(key="kp-06").exists()


def test_a_new_post_named_like_another_units_post_never_takes_that_units_post(structure, seed_text):
    # given a later ordinance gives KP-02 a post named like KP-04's budget post
    text = (
        seed_text.replace("NR 318/2026", "NR 26/2027")
        .replace("Z DNIA 18 lutego 2026 r.", "Z DNIA 1 marca 2027 r.")
        .replace("§ 5. Do zakresu działania Referatu", "§ 5. 1. Do zakresu działania Referatu")
        .replace(
            "§ 6. 1. Do zakresu",
            "2. W strukturze Referatu funkcjonuje Stanowisko ds. Obsługi Budżetowo-Finansowej, "
            "do zakresu działania którego należy:\n1) planowanie wydatków Referatu.\n\n"
            "§ 6. 1. Do zakresu",
        )
    )
    ordinance = services.ordinance_import(actor=None, text=text, number="26/2027").ordinance
    # then KP-04's post is certainly the existing one and KP-02's is a new unit with a new key
    posts = OrdinanceUnit.objects.filter(
        ordinance=ordinance, name="Stanowisko ds. Obsługi Budżetowo-Finansowej"
    ).select_related("parent", "unit")
    found = {node.parent.key: (node.unit and node.unit.key, node.decision) for node in posts}
    assert found == {"kp-04": ("kp-04-budzet", ""), "kp-02": (None, "")}
    assert posts.get(parent__key="kp-02").key not in {"kp-04-budzet"}


@pytest.mark.parametrize(
    ("status", "allowed"),
    [(Status.DRAFT, {Status.APPROVED}), (Status.APPROVED, {Status.DRAFT, Status.APPLIED}),
     (Status.APPLIED, set())],
)  # fmt: skip
def test_the_life_cycle_is_a_table(status, allowed):
    assert services.TRANSITIONS[status] == allowed


def test_every_step_leaves_an_event_with_who_did_it(draft, django_user_model, today_is):
    admin = django_user_model.objects.create(username="administrator")
    confirm_pending(draft, admin)
    services.ordinance_approve(actor=admin, ordinance=draft)
    today_is(date(2027, 1, 15))
    services.ordinance_apply(actor=admin, ordinance=draft)
    events = [(e.action, e.actor, e.to_status) for e in draft.events.all()]
    assert events == [
        ("imported", None, "draft"),
        ("match_confirmed", admin, ""),
        ("match_confirmed", admin, ""),
        ("approved", admin, "approved"),
        ("applied", admin, "applied"),
    ]
