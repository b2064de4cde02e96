"""Draft → approved → applied: importing twice, re-importing, keys, the due date, the guards."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from orgunits.models import Ordinance, OrgUnit, StructureSnapshot
from tasks import services
from tasks.models import OrdinanceEvent, OrdinanceUnit, Task

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
    services.node_decide(
        actor=None,
        node=OrdinanceUnit.objects.get(ordinance=draft, symbol="KP-02"),
        decision=OrdinanceUnit.Decision.CONFIRMED,
    )
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
    node = OrdinanceUnit.objects.get(ordinance=draft, symbol="KP-02")
    services.node_decide(actor=None, node=node, decision=OrdinanceUnit.Decision.CONFIRMED)
    services.ordinance_approve(actor=None, ordinance=draft)
    kp06 = OrdinanceUnit.objects.get(ordinance=draft, symbol="KP-06")
    with pytest.raises(ValidationError, match="nie jest już projektem"):
        services.node_rekey(actor=None, node=kp06, key="kp-komunikacja")
    services.ordinance_withdraw(actor=None, ordinance=draft)
    assert services.node_rekey(actor=None, node=kp06, key="kp-komunikacja").key == "kp-komunikacja"


def test_an_ordinance_older_than_the_structure_in_force_is_not_applied(structure, edited_text):
    older = edited_text.replace("Z DNIA 15 stycznia 2027 r.", "Z DNIA 10 stycznia 2026 r.")
    ordinance = services.ordinance_import(actor=None, text=older, number="25/2027").ordinance
    node = OrdinanceUnit.objects.get(ordinance=ordinance, symbol="KP-02")
    services.node_decide(actor=None, node=node, decision=OrdinanceUnit.Decision.CONFIRMED)
    services.ordinance_approve(actor=None, ordinance=ordinance)
    with pytest.raises(ValidationError, match="zmieniłoby ten zapis"):
        services.ordinance_apply(actor=None, ordinance=ordinance)
    assert not OrgUnit.objects.filter(key="kp-06").exists()


@pytest.mark.parametrize(
    ("status", "allowed"),
    [(Status.DRAFT, {Status.APPROVED}), (Status.APPROVED, {Status.DRAFT, Status.APPLIED}),
     (Status.APPLIED, set())],
)  # fmt: skip
def test_the_life_cycle_is_a_table(status, allowed):
    assert services.TRANSITIONS[status] == allowed


def test_every_step_leaves_an_event_with_who_did_it(draft, django_user_model, today_is):
    admin = django_user_model.objects.create(username="administrator")
    node = OrdinanceUnit.objects.get(ordinance=draft, symbol="KP-02")
    services.node_decide(actor=admin, node=node, decision=OrdinanceUnit.Decision.CONFIRMED)
    services.ordinance_approve(actor=admin, ordinance=draft)
    today_is(date(2027, 1, 15))
    services.ordinance_apply(actor=admin, ordinance=draft)
    events = [(e.action, e.actor, e.to_status) for e in draft.events.all()]
    assert events == [
        ("imported", None, "draft"),
        ("match_confirmed", admin, ""),
        ("approved", admin, "approved"),
        ("applied", admin, "applied"),
    ]
