"""The one module that talks to django-guardian: explicit grants on units, flags always explicit.

A grant is an object permission on an `OrgUnit` (direct foreign-key models
`OrgUnitUserObjectPermission` / `OrgUnitGroupObjectPermission`) and reaches the unit's whole
subtree; `orgunits.access` ORs it into the scope. Guardian is asked with
`with_superuser=False, accept_global_perms=False`, so neither a superuser nor a model-wide
permission ever opens a case; nothing here calls `has_perm` or `ObjectPermissionChecker` for a user
(both let superusers through).
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db.models import QuerySet
from guardian.shortcuts import assign_perm, get_objects_for_user, remove_perm

from .models import OrgUnit, OrgUnitGroupObjectPermission, OrgUnitUserObjectPermission

VIEW = "view"
CHANGE = "change"
APPROVE = "approve"
CODENAMES = {
    VIEW: "view_unit_cases",
    CHANGE: "change_unit_cases",
    APPROVE: "approve_unit_cases",
}
# A grant to change includes seeing: nobody changes what they cannot open.
IMPLIED_BY = {
    VIEW: (CODENAMES[VIEW], CODENAMES[CHANGE]),
    CHANGE: (CODENAMES[CHANGE],),
    APPROVE: (CODENAMES[APPROVE],),
}
GUARDIAN_FLAGS = {"use_groups": True, "any_perm": True, "with_superuser": False}
GUARDIAN_FLAGS["accept_global_perms"] = False


def codename(action: str) -> str:
    """The permission codename of an action (`view` → `view_unit_cases`)."""
    try:
        return CODENAMES[action]
    except KeyError:
        raise ValueError(f"Unknown action for a grant: {action!r}") from None


def codenames_for(action: str) -> tuple[str, ...]:
    """The codenames any of which puts a unit in scope for the action."""
    codename(action)
    return IMPLIED_BY[action]


def grant_assign(action: str, holder, unit: OrgUnit) -> None:
    """Store the object permission (a user or a group); idempotent."""
    assign_perm(f"orgunits.{codename(action)}", holder, unit)


def grant_remove(action: str, holder, unit: OrgUnit) -> None:
    """Remove the object permission from a user or a group."""
    remove_perm(f"orgunits.{codename(action)}", holder, unit)


def grant_exists(action: str, holder, unit: OrgUnit) -> bool:
    """Whether exactly this grant is stored on exactly this unit (no inheritance)."""
    if isinstance(holder, Group):
        rows = OrgUnitGroupObjectPermission.objects.filter(group=holder)
    else:
        rows = OrgUnitUserObjectPermission.objects.filter(user=holder)
    return rows.filter(content_object=unit, permission__codename=codename(action)).exists()


def units_granted_directly(user, action: str) -> QuerySet[OrgUnit]:
    """Units carrying a grant for the user or one of their groups (not yet inherited); lazy."""
    perms = [f"orgunits.{name}" for name in codenames_for(action)]
    return get_objects_for_user(user, perms, OrgUnit, **GUARDIAN_FLAGS)


def user_grants(user, codenames) -> QuerySet:
    """The user's own grant rows with the given codenames."""
    return OrgUnitUserObjectPermission.objects.filter(user=user, permission__codename__in=codenames)


def group_grants(user, codenames) -> QuerySet:
    """Grant rows of the user's groups with the given codenames."""
    return OrgUnitGroupObjectPermission.objects.filter(
        group__user=user, permission__codename__in=codenames
    )
