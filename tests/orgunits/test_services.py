"""Restructuring through the services: dated, snapshotted, audited, and refusing corruption."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from orgunits import selectors, services
from orgunits.models import Assignment, OrgUnit, StructureSnapshot
from tests.factories import AssignmentFactory, UserFactory

TODAY = date(2026, 11, 26)


@pytest.fixture
def actor(db):
    return UserFactory(username="struktura")


@pytest.fixture
def now(today_is):
    today_is(TODAY)
    return TODAY


def effective(day=TODAY, note="reorganizacja"):
    return services.EffectiveDate(day, note)


def reload(unit):
    return OrgUnit.objects.get(pk=unit.pk)


def test_moving_kp03_under_the_second_deputy_records_the_legal_change_and_the_audit_trail(
    structure, actor, now
):
    # given KP-03 reports to the I Deputy
    kp03, z2 = structure["kp-03"], structure["kp-z2"]
    # when the administrator moves it under the II Deputy
    services.orgunit_update(actor=actor, unit=kp03, data={"parent": z2}, effective=effective())
    # then the tree says so, its post moved with it
    assert reload(kp03).parent == z2
    assert reload(structure["kp-03-foto"]).parent == kp03
    assert selectors.is_in_subtree(reload(structure["kp-03-foto"]), reload(z2))
    # and a snapshot in force from today carries the basis, the note and what changed
    snapshot = selectors.snapshot_in_force(TODAY)
    assert (snapshot.effective_from, snapshot.basis, snapshot.note) == (
        TODAY,
        "zmiana bieżąca",
        "reorganizacja",
    )
    assert "I Zastępca Dyrektora → II Zastępca Dyrektora" in snapshot.summary
    nodes = {node["key"]: node for node in snapshot.nodes}
    assert nodes["kp-03"]["parent"] == "kp-z2"
    # and the history names the actor and the new superior
    record = kp03.history.order_by("-history_id").first()
    assert (record.history_user, record.parent_id) == (actor, z2.pk)


def test_the_day_before_a_change_still_shows_the_old_reporting_line(structure, actor, now):
    services.orgunit_update(
        actor=actor,
        unit=structure["kp-03"],
        data={"parent": structure["kp-z2"]},
        effective=effective(),
    )
    before = {n["key"]: n for n in selectors.snapshot_in_force(date(2026, 11, 25)).nodes}
    assert before["kp-03"]["parent"] == "kp-z1"


def test_a_back_dated_change_takes_effect_on_its_date(structure, actor, now):
    services.orgunit_update(
        actor=actor,
        unit=structure["kp-02"],
        data={"name": "Referat Spotkań Prezydenta"},
        effective=effective(date(2026, 10, 1)),
    )
    assert selectors.snapshot_in_force(date(2026, 9, 30)).basis == "Zarządzenie nr 318/2026"
    renamed = {n["key"]: n for n in selectors.snapshot_in_force(date(2026, 10, 1)).nodes}
    assert renamed["kp-02"]["name"] == "Referat Spotkań Prezydenta"


def test_drag_and_drop_positions_move_a_unit_among_its_new_siblings(structure, actor, now):
    # when KP-04 is dropped to the left of the I Deputy
    services.orgunit_move(
        actor=actor,
        unit=structure["kp-04"],
        target=structure["kp-z1"],
        position="left",
        effective=effective(),
    )
    # then it is the Director's first subordinate, with its posts still under it
    children = [u.key for u in reload(structure["kp"]).get_children()]
    assert children == ["kp-04", "kp-z1", "kp-z2", "kp-02"]
    assert StructureSnapshot.objects.count() == 2


def test_creating_a_unit_snapshots_it_under_its_superior(structure, actor, now):
    unit = services.orgunit_create(
        actor=actor,
        data={
            "key": "kp-06",
            "symbol": "KP-06",
            "name": "Biuro Nowe",
            "kind": OrgUnit.Kind.UNIT,
            "parent": structure["kp"],
            "department": structure["kp"],
        },
        effective=effective(),
    )
    assert unit.parent == structure["kp"]
    nodes = {n["key"]: n for n in selectors.snapshot_in_force(TODAY).nodes}
    assert nodes["kp-06"]["parent"] == "kp"


def refused(call, field):
    """Run a service call expected to be refused; return the message on `field`."""
    counts = (OrgUnit.objects.count(), StructureSnapshot.objects.count())
    with pytest.raises(ValidationError) as error:
        call()
    assert (OrgUnit.objects.count(), StructureSnapshot.objects.count()) == counts
    return " ".join(error.value.message_dict[field])


def test_a_cycle_is_refused_and_nothing_changes(structure, actor, now):
    kp = structure["kp"]
    message = refused(
        lambda: services.orgunit_update(
            actor=actor, unit=kp, data={"parent": structure["kp-03"]}, effective=effective()
        ),
        "parent",
    )
    assert "Biuro Współpracy Krajowej" in message
    assert reload(kp).parent == structure["prezydent"]


def test_a_unit_cannot_report_to_itself(structure, actor, now):
    kp04 = structure["kp-04"]
    refused(
        lambda: services.orgunit_update(
            actor=actor, unit=kp04, data={"parent": kp04}, effective=effective()
        ),
        "parent",
    )


def test_drag_and_drop_into_a_units_own_subtree_is_refused(structure, actor, now):
    with pytest.raises(ValidationError):
        services.orgunit_move(
            actor=actor,
            unit=structure["kp"],
            target=structure["kp-04-prawne"],
            position="last-child",
            effective=effective(),
        )
    assert reload(structure["kp"]).parent == structure["prezydent"]
    assert StructureSnapshot.objects.count() == 1


def test_a_duplicate_active_symbol_is_refused(structure, actor, now):
    message = refused(
        lambda: services.orgunit_update(
            actor=actor, unit=structure["kp-02"], data={"symbol": "KP-04"}, effective=effective()
        ),
        "symbol",
    )
    assert "KP-04" in message
    assert reload(structure["kp-02"]).symbol == "KP-02"


def test_a_symbol_of_an_archived_unit_may_be_given_to_a_new_one(structure, actor, now):
    services.orgunit_update(
        actor=actor, unit=structure["kp-03-foto"], data={"symbol": "KP-07"}, effective=effective()
    )
    services.orgunit_update(
        actor=actor, unit=structure["kp-03-foto"], data={"is_active": False}, effective=effective()
    )
    services.orgunit_update(
        actor=actor, unit=structure["kp-04-budzet"], data={"symbol": "KP-07"}, effective=effective()
    )
    assert reload(structure["kp-04-budzet"]).symbol == "KP-07"


def test_the_key_never_changes(structure, actor, now):
    refused(
        lambda: services.orgunit_update(
            actor=actor, unit=structure["kp-02"], data={"key": "kp-02-nowy"}, effective=effective()
        ),
        "key",
    )


def test_a_key_is_never_reused_even_after_archiving(structure, actor, now):
    services.orgunit_update(
        actor=actor, unit=structure["kp-03-foto"], data={"is_active": False}, effective=effective()
    )
    message = refused(
        lambda: services.orgunit_create(
            actor=actor,
            data={"key": "kp-03-foto", "name": "Nowe stanowisko", "parent": structure["kp-03"]},
            effective=effective(),
        ),
        "key",
    )
    assert "kp-03-foto" in message


def test_archiving_a_unit_with_active_subordinates_is_refused(structure, actor, now):
    message = refused(
        lambda: services.orgunit_update(
            actor=actor, unit=structure["kp-04"], data={"is_active": False}, effective=effective()
        ),
        "is_active",
    )
    assert "Stanowisko ds. Obsługi Budżetowo-Finansowej" in message
    assert reload(structure["kp-04"]).is_active


def test_archiving_a_unit_with_people_in_it_is_refused(structure, actor, now):
    AssignmentFactory(unit=structure["kp-03-foto"], user__first_name="Jan", user__last_name="Foto")
    message = refused(
        lambda: services.orgunit_update(
            actor=actor,
            unit=structure["kp-03-foto"],
            data={"is_active": False},
            effective=effective(),
        ),
        "is_active",
    )
    assert "Jan Foto" in message


def test_archiving_an_empty_leaf_dates_it_and_drops_it_from_the_structure(structure, actor, now):
    services.orgunit_update(
        actor=actor, unit=structure["kp-03-foto"], data={"is_active": False}, effective=effective()
    )
    assert reload(structure["kp-03-foto"]).archived_on == TODAY
    keys = [n["key"] for n in selectors.snapshot_in_force(TODAY).nodes]
    assert "kp-03-foto" not in keys and len(keys) == 13


def test_moving_under_an_archived_unit_is_refused(structure, actor, now):
    services.orgunit_update(
        actor=actor, unit=structure["kp-03-foto"], data={"is_active": False}, effective=effective()
    )
    refused(
        lambda: services.orgunit_update(
            actor=actor,
            unit=structure["kp-04-prawne"],
            data={"parent": reload(structure["kp-03-foto"])},
            effective=effective(),
        ),
        "parent",
    )


def test_a_second_root_is_refused(structure, actor, now):
    refused(
        lambda: services.orgunit_create(
            actor=actor, data={"key": "inny", "name": "Inny organ"}, effective=effective()
        ),
        "parent",
    )


@pytest.mark.parametrize(
    ("day", "fragment"),
    [(date(2026, 11, 27), "projektem zarządzenia"), (date(2026, 2, 17), "18.02.2026")],
    ids=["future", "before-the-last-record"],
)
def test_changes_dated_in_the_future_or_before_the_last_record_are_refused(
    structure, actor, now, day, fragment
):
    message = refused(
        lambda: services.orgunit_update(
            actor=actor, unit=structure["kp-02"], data={"name": "X"}, effective=effective(day)
        ),
        "effective_from",
    )
    assert fragment in message


def test_an_update_that_changes_nothing_records_nothing(structure, actor, now):
    services.orgunit_update(
        actor=actor,
        unit=structure["kp-02"],
        data={"name": structure["kp-02"].name},
        effective=effective(),
    )
    assert StructureSnapshot.objects.count() == 1


def test_an_assignment_cannot_end_before_it_starts(structure, actor):
    with pytest.raises(ValidationError) as error:
        services.assignment_create(
            actor=actor,
            user=UserFactory(),
            unit=structure["kp-02"],
            role=Assignment.Role.STAFF,
            valid_from=date(2026, 5, 1),
            valid_to=date(2026, 4, 30),
        )
    assert "valid_to" in error.value.message_dict
    assert not Assignment.objects.exists()


def test_overlapping_assignments_of_one_person_in_one_unit_are_refused(structure, actor):
    person = UserFactory()
    services.assignment_create(
        actor=actor, user=person, unit=structure["kp-02"], role="staff", valid_from=date(2026, 3, 1)
    )
    with pytest.raises(ValidationError):
        services.assignment_create(
            actor=actor,
            user=person,
            unit=structure["kp-02"],
            role="head",
            valid_from=date(2026, 6, 1),
        )
    assert Assignment.objects.count() == 1


def test_ending_an_assignment_keeps_its_history(structure, actor):
    person = UserFactory()
    assignment = services.assignment_create(
        actor=actor, user=person, unit=structure["kp-02"], role="staff", valid_from=date(2026, 3, 1)
    )
    services.assignment_update(
        actor=actor, assignment=assignment, data={"valid_to": date(2026, 6, 30)}
    )
    history = list(assignment.history.order_by("history_id"))
    assert [h.valid_to for h in history] == [None, date(2026, 6, 30)]
    assert history[-1].history_user == actor
    assert not Assignment.objects.active(date(2026, 7, 1)).filter(pk=assignment.pk).exists()


@pytest.mark.parametrize("path", ["form", "drag-and-drop"])
def test_a_move_writes_one_history_record_naming_the_actor(structure, actor, now, path):
    # given KP-03 with its creation record
    kp03, z2 = structure["kp-03"], structure["kp-z2"]
    # when it is moved once, by the form's service or by the drag-and-drop service
    if path == "form":
        services.orgunit_update(actor=actor, unit=kp03, data={"parent": z2}, effective=effective())
    else:
        services.orgunit_move(
            actor=actor, unit=kp03, target=z2, position="last-child", effective=effective()
        )
    # then exactly one new history record exists, with the actor and the reason
    records = list(kp03.history.order_by("history_id"))
    assert len(records) == 2
    assert (records[-1].history_user, records[-1].history_change_reason) == (actor, "reorganizacja")
