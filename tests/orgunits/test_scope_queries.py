"""The scope is one subquery: a list costs the same with 1 or 200 units, assignments, grants."""

import pytest
from django.contrib.auth.models import Group

from orgunits import access, grants
from orgunits.models import Assignment, OrgUnit
from tests.factories import AssignmentFactory, OrgUnitFactory, UserFactory


def _office_of(size: int):
    """A person with `size` units, assignments, personal grants and group grants."""
    person = UserFactory(username=f"osoba-{size}")
    group = Group.objects.create(name=f"grupa-{size}")
    person.groups.add(group)
    root = OrgUnitFactory()
    for index in range(size):
        unit = OrgUnitFactory(parent=root if index % 2 else None)
        role = Assignment.Role.OBSERVER if index % 3 else Assignment.Role.STAFF
        AssignmentFactory(user=person, unit=unit, role=role)
        grants.grant_assign(grants.CHANGE, person, unit)
        grants.grant_assign(grants.VIEW, group, unit)
    return person


@pytest.mark.parametrize("size", [1, 200])
@pytest.mark.parametrize("action", [access.VIEW, access.CHANGE])
def test_a_list_filtered_by_the_scope_is_one_query(db, django_assert_num_queries, size, action):
    # given a person with `size` of everything
    person = _office_of(size)
    # when the scope is built, nothing is asked yet
    with django_assert_num_queries(0):
        scope = access.units_in_scope(person, action)
    # and a list filtered by it is one query, whatever the size
    with django_assert_num_queries(1):
        found = list(OrgUnit.objects.filter(pk__in=scope).values_list("pk", flat=True))
    assert len(found) == size
