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

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from . import grants
from .models import (
    Assignment,
    OrgUnit,
    OrgUnitGroupObjectPermission,
    OrgUnitUserObjectPermission,
)

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


# --- who has access to a unit's cases, and why (the admin's one-look answer) -----------------


@dataclass(frozen=True)
class AccessReason:
    """One line of "who can see and change this unit's cases": a person or group, and why."""

    source: str  # "assignment" or "grant"
    holder: object  # the user, or the group of a group grant
    members: tuple  # a group grant's members; () otherwise
    reason: str  # the role of an assignment, the action of a grant
    via: OrgUnit  # where the assignment or the grant sits
    inherited: bool  # via is an ancestor, not the unit itself
    valid_from: date | None = None
    valid_to: date | None = None
    can_view: bool = True
    can_change: bool = False


def _at_or_above(unit: OrgUnit, field: str) -> dict:
    return {
        f"{field}__tree_id": unit.tree_id,
        f"{field}__lft__lte": unit.lft,
        f"{field}__rght__gte": unit.rght,
    }


def _assignment_reasons(unit: OrgUnit, day: date) -> list[AccessReason]:
    rows = (
        Assignment.objects.active(day)
        .filter(**_at_or_above(unit, "unit"))
        .select_related("user", "unit")
        .order_by("unit__level", "role", "user__last_name", "user__pk")
    )
    return [
        AccessReason(
            source="assignment",
            holder=row.user,
            members=(),
            reason=row.get_role_display(),
            via=row.unit,
            inherited=row.unit_id != unit.pk,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            can_change=row.role in ROLES_FOR[CHANGE],
        )
        for row in rows
    ]


def _grant_reason(row, holder, members, unit: OrgUnit) -> AccessReason:
    codename = row.permission.codename
    return AccessReason(
        source="grant",
        holder=holder,
        members=members,
        reason=row.permission.name,
        via=row.content_object,
        inherited=row.content_object_id != unit.pk,
        can_view=codename in grants.codenames_for(VIEW),
        can_change=codename in grants.codenames_for(CHANGE),
    )


def _grant_reasons(unit: OrgUnit) -> list[AccessReason]:
    order = ("content_object__level", "permission__codename", "pk")
    users = (
        OrgUnitUserObjectPermission.objects.filter(**_at_or_above(unit, "content_object"))
        .select_related("user", "permission", "content_object")
        .order_by(*order)
    )
    groups = (
        OrgUnitGroupObjectPermission.objects.filter(**_at_or_above(unit, "content_object"))
        .select_related("group", "permission", "content_object")
        .prefetch_related(Prefetch("group__user_set", to_attr="members"))
        .order_by(*order)
    )
    found = [_grant_reason(row, row.user, (), unit) for row in users]
    found += [_grant_reason(row, row.group, tuple(row.group.members), unit) for row in groups]
    return found


def unit_access_explained(unit: OrgUnit, day: date | None = None) -> list[AccessReason]:
    """Everyone who may see or change the unit's cases on the day, and why (four queries).

    Active assignments on the unit or an ancestor (role, where, from–to), then grants to persons
    and to groups on the unit or an ancestor (which access, inherited from where, the group's
    members). Cases linked to the unit are seen by the same people; superusers see nothing.
    """
    day = day or timezone.localdate()
    return _assignment_reasons(unit, day) + _grant_reasons(unit)
