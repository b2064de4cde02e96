"""Property: on any tree, with any assignments and grants, the scope equals a naive oracle.

Random trees of up to 200 units (built node by node with the factories, as the tree insertion
does it), people in random roles for random periods, grants to people and groups for random
actions. For every person and action, `units_in_scope` must equal what a plain walk up a Python
parent map says (DESIGN §5 rule 1). Examples: 15 by default, `HYPOTHESIS_PROFILE=thorough` 300.
"""

from datetime import date, timedelta

from django.contrib.auth.models import Group
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from orgunits import access, grants
from orgunits.models import Assignment, OrgUnit
from tests.factories import AssignmentFactory, OrgUnitFactory, UserFactory

DAY = date(2026, 11, 26)
ROLES = [choice for choice, _ in Assignment.Role.choices]
ACTIONS = [grants.VIEW, grants.CHANGE, grants.APPROVE]
PEOPLE, GROUPS = 5, 3

assignments = st.lists(
    st.tuples(
        st.integers(0, PEOPLE - 1),
        st.integers(0, 10**6),
        st.sampled_from(ROLES),
        st.integers(-40, 40),
        st.one_of(st.none(), st.integers(0, 60)),
    ),
    max_size=30,
)
grant_rows = st.lists(
    st.tuples(
        st.booleans(),  # to a group (True) or to a person
        st.integers(0, PEOPLE - 1),
        st.integers(0, 10**6),
        st.sampled_from(ACTIONS),
    ),
    max_size=20,
)
memberships = st.lists(st.tuples(st.integers(0, PEOPLE - 1), st.integers(0, GROUPS - 1)))
trees = st.lists(st.integers(-1, 10**6), min_size=1, max_size=200)


def _parents(raw: list[int]) -> list[int | None]:
    """Node i hangs under an earlier node, or starts a new tree (-1, and the first node)."""
    return [None if i == 0 or value == -1 else value % i for i, value in enumerate(raw)]


def _naive_scope(person, action, parents, assigned, granted, groups_of) -> set[int]:
    """Walk up a Python parent map from every node: the rule as the office states it."""
    roles = access.ROLES_FOR[action]
    codenames = grants.codenames_for(action)
    holders = {("user", person)} | {("group", group) for group in groups_of.get(person, ())}
    direct = {
        unit
        for (who, unit, role, start, end) in assigned
        if who == person and role in roles and start <= DAY and (end is None or end >= DAY)
    }
    direct |= {
        unit for (holder, unit, codename) in granted if holder in holders and codename in codenames
    }
    scope = set()
    for node in range(len(parents)):
        walk = node
        while walk is not None and walk not in direct:
            walk = parents[walk]
        if walk is not None:
            scope.add(node)
    return scope


class ScopeEqualsTheNaiveOracle(TestCase):
    @given(trees, assignments, grant_rows, memberships, st.booleans())
    def test_scope_equals_the_oracle(self, raw_tree, raw_assignments, raw_grants, raw_groups, su):
        # given a random tree, people, groups, assignments and grants
        parents = _parents(raw_tree)
        units: list[OrgUnit] = []
        for parent in parents:
            units.append(OrgUnitFactory(parent=None if parent is None else units[parent]))
        people = [UserFactory(is_superuser=su and i == 0) for i in range(PEOPLE)]
        groups = [Group.objects.create(name=f"g{i}") for i in range(GROUPS)]
        groups_of: dict[int, set[int]] = {}
        for person, group in raw_groups:
            people[person].groups.add(groups[group])
            groups_of.setdefault(person, set()).add(group)
        assigned = []
        for person, raw_unit, role, offset, length in raw_assignments:
            unit = raw_unit % len(units)
            start = DAY + timedelta(days=offset)
            end = None if length is None else start + timedelta(days=length)
            AssignmentFactory(
                user=people[person], unit=units[unit], role=role, valid_from=start, valid_to=end
            )
            assigned.append((person, unit, role, start, end))
        granted = []
        for to_group, holder, raw_unit, action in raw_grants:
            unit = raw_unit % len(units)
            target = groups[holder % GROUPS] if to_group else people[holder]
            grants.grant_assign(action, target, units[unit])
            key = ("group", holder % GROUPS) if to_group else ("user", holder)
            granted.append((key, unit, grants.codename(action)))
        index = {unit.pk: i for i, unit in enumerate(units)}
        # then for every person and action the scope is exactly the oracle's
        for i, person in enumerate(people):
            for action in (access.VIEW, access.CHANGE):
                found = {
                    index[pk]
                    for pk in access.units_in_scope(person, action, DAY).values_list(
                        "pk", flat=True
                    )
                }
                expected = _naive_scope(i, action, parents, assigned, granted, groups_of)
                assert found == expected, (i, action)
