"""The admin answers "who has access to this unit's cases?" in one look, and manages grants."""

from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from orgunits import access, services
from orgunits.models import Assignment, OrgUnit, OrgUnitUserObjectPermission, UnitGrantEvent
from tests.factories import AssignmentFactory, OrgUnitFactory, UserFactory

TODAY = date(2026, 11, 26)


@pytest.fixture
def admin_client(client, demo_user, today_is):
    today_is(TODAY)
    client.force_login(demo_user("admin"))
    return client


def _who(rows):
    return {(row.source, str(row.holder), row.via.key, row.inherited) for row in rows}


def test_kp03_is_explained_by_its_staff_the_deputy_the_director_the_mayor_and_a_grant(demo):
    # given a group grant on the I Deputy's line
    treasury = Group.objects.create(name="Biuro Skarbnika Miasta")
    treasury.user_set.add(UserFactory(username="skarbnik-1"))
    services.unit_permission_grant(actor=None, unit=demo["kp-z1"], group=treasury, action="view")
    # when we ask who has access to KP-03's cases
    rows = access.unit_access_explained(demo["kp-03"], TODAY)
    # then every line says who, why and where from
    people = {
        (row.holder.username, row.via.key, row.inherited)
        for row in rows
        if row.source == "assignment"
    }
    assert people == {
        ("prezydent", "prezydent", True),
        ("dyrektor", "kp", True),
        ("zastepca1", "kp-z1", True),
        ("kp03", "kp-03", False),
    }
    grant = next(row for row in rows if row.source == "grant")
    assert (grant.holder, grant.via.key, grant.inherited) == (treasury, "kp-z1", True)
    assert [member.username for member in grant.members] == ["skarbnik-1"]
    assert (grant.can_view, grant.can_change) == (True, False)


def test_kp05_is_not_explained_by_the_director(demo):
    rows = access.unit_access_explained(demo["kp-05"], TODAY)
    assert {row.holder.username for row in rows} == {"prezydent", "po", "kp05"}


def test_an_observer_is_listed_as_seeing_but_not_changing_with_his_dates(demo):
    AssignmentFactory(
        user=UserFactory(username="audytor"),
        unit=demo["kp-04"],
        role=Assignment.Role.OBSERVER,
        valid_from=date(2026, 11, 1),
        valid_to=date(2026, 11, 30),
    )
    rows = access.unit_access_explained(demo["kp-04-budzet"], TODAY)
    auditor = next(row for row in rows if row.holder.username == "audytor")
    assert (auditor.can_view, auditor.can_change) == (True, False)
    assert (auditor.valid_from, auditor.valid_to, auditor.inherited) == (
        date(2026, 11, 1),
        date(2026, 11, 30),
        True,
    )
    assert "audytor" not in {
        row.holder.username
        for row in access.unit_access_explained(demo["kp-04"], date(2026, 12, 1))
    }


def _chain(depth):
    unit = OrgUnitFactory()
    for _ in range(depth):
        unit = OrgUnitFactory(parent=unit)
        AssignmentFactory(unit=unit)
        group = Group.objects.create(name=f"g{unit.pk}")
        group.user_set.add(UserFactory())
        services.unit_permission_grant(actor=None, unit=unit, group=group, action="view")
        services.unit_permission_grant(actor=None, unit=unit, user=UserFactory(), action="change")
    return OrgUnit.objects.get(pk=unit.pk)


@pytest.mark.parametrize("depth", [1, 12])
def test_the_explanation_costs_four_queries_whatever_the_depth(
    db, depth, django_assert_num_queries
):
    unit = _chain(depth)
    with django_assert_num_queries(4):
        rows = access.unit_access_explained(unit, TODAY)
    assert len(rows) == 3 * depth


def test_the_unit_page_in_the_admin_shows_who_and_why(admin_client, demo):
    response = admin_client.get(reverse("admin:orgunits_orgunit_change", args=[demo["kp-03"].pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Irena Woźniak" in page and "Celina Wiśniewska" in page
    assert "Feliks Lewandowski" not in page


def test_the_structure_administrator_grants_and_revokes_in_the_admin(admin_client, demo):
    # given the structure administrator (not a superuser) and a treasury clerk
    clerk = UserFactory(username="skarbnik-2")
    add_url = reverse("admin:orgunits_orgunituserobjectpermission_add")
    # when he grants the clerk reading on KP-01 through the admin form
    response = admin_client.post(
        add_url, {"content_object": demo["kp-01"].pk, "user": clerk.pk, "action": "view"}
    )
    # then the grant works at once and is recorded with him as the actor
    assert response.status_code == 302
    assert access.unit_in_scope(clerk, demo["kp-01-wyjazdy"], "view")
    assert UnitGrantEvent.objects.get().actor.username == "admin"
    # and a second identical grant is refused with a message, changing nothing
    again = admin_client.post(
        add_url, {"content_object": demo["kp-01"].pk, "user": clerk.pk, "action": "view"}
    )
    assert again.status_code == 200 and OrgUnitUserObjectPermission.objects.count() == 1
    # when he revokes it
    grant = OrgUnitUserObjectPermission.objects.get()
    delete_url = reverse("admin:orgunits_orgunituserobjectpermission_delete", args=[grant.pk])
    assert admin_client.post(delete_url, {"post": "yes"}).status_code == 302
    # then the clerk sees nothing and the revocation is on record
    assert not access.unit_in_scope(clerk, demo["kp-01"], "view")
    assert UnitGrantEvent.objects.filter(kind="revoked").count() == 1
