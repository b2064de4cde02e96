"""Who may see and change the cases of which unit: DESIGN §5 rules 1 and 2, decided once here.

A user's scope for an action is a set of units, computed from the tree at query time (a moved
unit changes who sees its cases at once, with no rebuild step):

- `view`: an active assignment in any role (observer included) on the unit or on an ancestor;
- `change`: the same, for every role but observer;
- or, for either action, an explicit grant (`orgunits.grants`, django-guardian object
  permissions `view_unit_cases` / `change_unit_cases`) to the user or to one of their groups on
  the unit or on an ancestor — the exceptions, such as the City Treasurer's office reading trip
  settlements. A grant to change includes seeing.

The scope is returned as a lazy queryset of unit ids, so that a case list filters with one
subquery whatever the number of units and assignments. `is_staff` and `is_superuser` give
nothing: a user without an assignment has an empty scope. Approval is decided by each case type,
usually through `approvers_for` (rule 2), never by ownership alone.
"""

from __future__ import annotations

from datetime import date

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from . import grants
from .models import Assignment, OrgUnit

VIEW = "view"
CHANGE = "change"
APPROVE = "approve"
ACTIONS = (VIEW, CHANGE, APPROVE)

ROLES_FOR = {
    VIEW: (
        Assignment.Role.HEAD,
        Assignment.Role.SUBSTITUTE,
        Assignment.Role.STAFF,
        Assignment.Role.OBSERVER,
    ),
    CHANGE: (Assignment.Role.HEAD, Assignment.Role.SUBSTITUTE, Assignment.Role.STAFF),
}
APPROVER_ROLES = (Assignment.Role.HEAD, Assignment.Role.SUBSTITUTE)


def _assignment_above(user, roles, day: date) -> Exists:
    """An active assignment of the user, in one of the roles, on the outer unit or above it."""
    return Exists(
        Assignment.objects.active(day).filter(
            user=user,
            role__in=roles,
            unit__tree_id=OuterRef("tree_id"),
            unit__lft__lte=OuterRef("lft"),
            unit__rght__gte=OuterRef("rght"),
        )
    )


def _above(rows: QuerySet) -> Exists:
    """Rows (grants) whose `content_object` is the outer unit or one of its ancestors."""
    return Exists(
        rows.filter(
            content_object__tree_id=OuterRef("tree_id"),
            content_object__lft__lte=OuterRef("lft"),
            content_object__rght__gte=OuterRef("rght"),
        )
    )


def grant_condition(user, action: str) -> Q:
    """A grant for the action to the user or to one of their groups on the unit or above it."""
    codenames = grants.codenames_for(action)
    return Q(_above(grants.user_grants(user, codenames))) | Q(
        _above(grants.group_grants(user, codenames))
    )


def scope_condition(user, action: str, day: date | None = None) -> Q | None:
    """The condition on `OrgUnit` rows that puts a unit in the user's scope; None: nothing."""
    if action not in ROLES_FOR:
        raise ValueError(f"Unknown action for a unit scope: {action!r}")
    if user is None or not user.is_authenticated:
        return None
    assigned = _assignment_above(user, ROLES_FOR[action], day or timezone.localdate())
    return Q(assigned) | grant_condition(user, action)


def units_in_scope(user, action: str, day: date | None = None) -> QuerySet:
    """Ids of the units whose cases the user may `view` or `change` (lazy; one subquery)."""
    condition = scope_condition(user, action, day)
    if condition is None:
        return OrgUnit.objects.none().values("pk")
    return OrgUnit.objects.filter(condition).values("pk")


def unit_in_scope(user, unit: OrgUnit, action: str, day: date | None = None) -> bool:
    """Whether one unit is in the user's scope (one query)."""
    return units_in_scope(user, action, day).filter(pk=unit.pk).exists()


def approvers_for(person, unit: OrgUnit, day: date | None = None) -> list:
    """Who approves what `person` does for `unit` (DESIGN §5 rule 2).

    Walk up from the unit (a post counts as part of its unit, so the walk simply continues) to
    the first node with an active head or substitute who is not the person; every such head and
    substitute of that node may approve, heads first. Nobody approves their own case. An empty
    list means nobody in the tree: the order is then recorded from outside the system.
    """
    day = day or timezone.localdate()
    chain = list(unit.get_ancestors(ascending=True, include_self=True))
    holders = (
        Assignment.objects.active(day)
        .filter(unit__in=chain, role__in=APPROVER_ROLES)
        .exclude(user=person)
        .select_related("user")
        .order_by("role", "user__last_name", "user__pk")
    )
    by_unit: dict[int, list] = {}
    for assignment in holders:
        by_unit.setdefault(assignment.unit_id, []).append(assignment)
    for node in chain:
        found = by_unit.get(node.pk)
        if found:
            heads_first = sorted(found, key=lambda a: a.role != Assignment.Role.HEAD)
            return [assignment.user for assignment in heads_first]
    return []


def approver_for(person, unit: OrgUnit, day: date | None = None):
    """The first of `approvers_for` (the head where there is one), or None."""
    found = approvers_for(person, unit, day)
    return found[0] if found else None


def may_approve(user, person, unit: OrgUnit, day: date | None = None) -> bool:
    """Whether `user` is one of those who approve what `person` does for `unit`."""
    if user is None or not user.is_authenticated or user == person:
        return False
    return any(candidate.pk == user.pk for candidate in approvers_for(person, unit, day))
