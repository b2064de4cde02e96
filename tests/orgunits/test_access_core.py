"""The reporting-line rules every case type stands on: scope of units and who approves."""

from datetime import date

import pytest

from orgunits import access
from orgunits.models import Assignment, OrgUnit
from tests.factories import AssignmentFactory, UserFactory


@pytest.mark.parametrize(
    ("username", "unit_key", "expected"),
    [
        ("kp02", "kp-02", "dyrektor"),
        ("kp04", "kp-04", "dyrektor"),
        ("kp03", "kp-03", "zastepca1"),
        ("kp01-wyjazdy", "kp-01-wyjazdy", "kp01"),
        ("kp01", "kp-01", "zastepca2"),
        ("kp05", "kp-05", "po"),
        ("dyrektor", "kp", "prezydent"),
        ("po", "po", "prezydent"),
    ],
)
def test_approver_follows_the_demo_reporting_lines(demo, demo_user, username, unit_key, expected):
    # given a demo user in their unit
    person = demo_user(username)
    # when we ask who approves what they do for the unit
    approver = access.approver_for(person, demo[unit_key])
    # then it is the first head above them who is not themselves
    assert approver.username == expected


def test_the_mayor_has_no_approver_in_the_tree(demo, demo_user):
    assert access.approver_for(demo_user("prezydent"), demo["prezydent"]) is None


def test_a_substitute_approves_when_the_head_is_the_person(demo, demo_user):
    # given a substitute of KP-01 besides its head
    deputy = UserFactory(username="kp01-zastepstwo")
    AssignmentFactory(user=deputy, unit=demo["kp-01"], role=Assignment.Role.SUBSTITUTE)
    # when the head of KP-01 asks for approval
    approvers = access.approvers_for(demo_user("kp01"), demo["kp-01"])
    # then the substitute approves, not the head himself
    assert [user.username for user in approvers] == ["kp01-zastepstwo"]
    assert not access.may_approve(demo_user("kp01"), demo_user("kp01"), demo["kp-01"])


def _scope(user, action, day=None):
    ids = access.units_in_scope(user, action, day)
    return set(OrgUnit.objects.filter(pk__in=ids).values_list("key", flat=True))


def test_the_director_sees_the_kancelaria_subtree_but_not_po(demo, demo_user):
    scope = _scope(demo_user("dyrektor"), access.VIEW)
    assert {"kp", "kp-03", "kp-01-wyjazdy", "kp-04-budzet"} <= scope
    assert not scope & {"po", "kp-05", "prezydent"}


def test_an_observer_sees_but_does_not_change(demo):
    # given an auditor observing KP-04 for a month
    auditor = UserFactory(username="audytor")
    AssignmentFactory(
        user=auditor,
        unit=demo["kp-04"],
        role=Assignment.Role.OBSERVER,
        valid_from=date(2026, 11, 1),
        valid_to=date(2026, 11, 30),
    )
    # then within the month he sees KP-04 and its posts, changes nothing
    assert _scope(auditor, access.VIEW, date(2026, 11, 26)) == {
        "kp-04",
        "kp-04-prawne",
        "kp-04-budzet",
    }
    assert _scope(auditor, access.CHANGE, date(2026, 11, 26)) == set()
    # and after it, nothing at all
    assert _scope(auditor, access.VIEW, date(2026, 12, 1)) == set()


def test_a_superuser_without_assignment_has_no_scope(demo, demo_user):
    admin = demo_user("admin")
    admin.is_superuser = True
    admin.save()
    assert _scope(admin, access.VIEW) == set()
