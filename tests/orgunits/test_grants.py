"""Explicit grants: the exceptions to the reporting lines, inherited down the tree, recorded."""

from datetime import date

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError

from orgunits import access, grants, selectors, services
from orgunits.models import Assignment, OrgUnit, UnitGrantEvent
from tests.factories import AssignmentFactory, UserFactory


def _scope(user, action, day=None):
    ids = access.units_in_scope(user, action, day)
    return set(OrgUnit.objects.filter(pk__in=ids).values_list("key", flat=True))


def test_the_treasurers_office_reads_trip_settlements_through_a_group_grant(demo, demo_user):
    # given the City Treasurer's office as a group, with one clerk and no assignment in the tree
    treasury = Group.objects.create(name="Biuro Skarbnika Miasta")
    clerk = UserFactory(username="skarbnik-1")
    clerk.groups.add(treasury)
    # when the structure administrator grants the group reading on KP-01
    services.unit_permission_grant(
        actor=demo_user("admin"), unit=demo["kp-01"], group=treasury, action="view"
    )
    # then the clerk sees KP-01 and the trips post below it, changes nothing, sees nothing else
    assert _scope(clerk, access.VIEW) == {"kp-01", "kp-01-wyjazdy"}
    assert _scope(clerk, access.CHANGE) == set()
    # and the change is recorded with who made it
    event = UnitGrantEvent.objects.get()
    assert (event.kind, event.group, event.action) == ("granted", treasury, "view")
    assert event.actor == demo_user("admin")


def test_a_personal_change_grant_includes_seeing_and_is_revoked_with_a_record(demo, demo_user):
    # given a person granted change on KP-04
    person = UserFactory(username="pelnomocnik-budzet")
    admin = demo_user("admin")
    services.unit_permission_grant(actor=admin, unit=demo["kp-04"], user=person, action="change")
    assert _scope(person, access.CHANGE) == {"kp-04", "kp-04-prawne", "kp-04-budzet"}
    assert _scope(person, access.VIEW) == {"kp-04", "kp-04-prawne", "kp-04-budzet"}
    # when the grant is revoked
    services.unit_permission_revoke(actor=admin, unit=demo["kp-04"], user=person, action="change")
    # then the person sees nothing and both changes are on record
    assert _scope(person, access.VIEW) == set()
    assert list(UnitGrantEvent.objects.values_list("kind", flat=True)) == ["revoked", "granted"]


def test_a_grant_follows_a_moved_unit_at_once(demo, demo_user):
    # given a reader granted on the I Deputy's line
    reader = UserFactory(username="czytelnik")
    services.unit_permission_grant(actor=None, unit=demo["kp-z1"], user=reader, action="view")
    assert "kp-03" in _scope(reader, access.VIEW)
    # when KP-03 moves under the II Deputy
    services.orgunit_move(
        actor=None,
        unit=demo["kp-03"],
        target=demo["kp-z2"],
        position="last-child",
        effective=services.EffectiveDate(selectors.today(), "test"),
    )
    # then the reader no longer sees it, with no rebuild step
    assert _scope(reader, access.VIEW) == {"kp-z1"}


def test_grants_refuse_doubles_missing_ones_and_unclear_holders(demo):
    person = UserFactory(username="ktos")
    services.unit_permission_grant(actor=None, unit=demo["kp-02"], user=person, action="view")
    with pytest.raises(ValidationError):
        services.unit_permission_grant(actor=None, unit=demo["kp-02"], user=person, action="view")
    with pytest.raises(ValidationError):
        services.unit_permission_revoke(actor=None, unit=demo["kp-03"], user=person, action="view")
    with pytest.raises(ValidationError):
        services.unit_permission_grant(actor=None, unit=demo["kp-02"], action="view")
    with pytest.raises(ValidationError):
        services.unit_permission_grant(actor=None, unit=demo["kp-02"], user=person, action="own")


def test_superuser_and_model_wide_permissions_open_nothing(demo, demo_user):
    # given a superuser who also holds the model-wide permission to see unit cases
    admin = demo_user("admin")
    admin.is_superuser = True
    admin.save()
    admin.user_permissions.add(Permission.objects.get(codename="view_unit_cases"))
    # then neither the scope nor guardian's object list gives him a unit
    assert _scope(admin, access.VIEW) == set()
    assert not grants.units_granted_directly(admin, "view").exists()


def test_guardian_sees_the_same_direct_grants_as_the_scope(demo):
    person = UserFactory(username="audyt")
    services.unit_permission_grant(actor=None, unit=demo["kp-05"], user=person, action="view")
    assert list(grants.units_granted_directly(person, "view")) == [demo["kp-05"]]


def test_an_auditor_for_a_month_is_an_observer_assignment_with_dates(demo):
    # given an observer on PO for November only
    auditor = UserFactory(username="audytor-po")
    services.assignment_create(
        actor=None,
        user=auditor,
        unit=demo["po"],
        role=Assignment.Role.OBSERVER,
        valid_from=date(2026, 11, 1),
        valid_to=date(2026, 11, 30),
    )
    # then before, during and after the month
    assert _scope(auditor, access.VIEW, date(2026, 10, 31)) == set()
    assert _scope(auditor, access.VIEW, date(2026, 11, 30)) == {"po", "kp-05"}
    assert _scope(auditor, access.CHANGE, date(2026, 11, 15)) == set()
    assert _scope(auditor, access.VIEW, date(2026, 12, 1)) == set()


def test_assignments_and_grants_together_are_still_one_query(demo, django_assert_num_queries):
    person = AssignmentFactory(unit=demo["kp-02"], role=Assignment.Role.STAFF).user
    services.unit_permission_grant(actor=None, unit=demo["po"], user=person, action="view")
    with django_assert_num_queries(1):
        keys = set(
            OrgUnit.objects.filter(pk__in=access.units_in_scope(person, "view")).values_list(
                "key", flat=True
            )
        )
    assert keys == {"kp-02", "po", "kp-05"}
