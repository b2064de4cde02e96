"""Read-side queries on the structure; the only module that knows the tree is django-mptt.

Everything that walks the tree (ancestors, descendants, flat ordered lists) is here, so that a
switch to another tree library touches this module and `models.py` alone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import Assignment, OrgUnit, StructureSnapshot

TREE_ORDER = ("tree_id", "lft")


def units_in_tree_order(*, include_archived: bool = False) -> QuerySet[OrgUnit]:
    """All units as one flat query in tree order (parents before children, siblings in order)."""
    qs = OrgUnit.objects.all() if include_archived else OrgUnit.objects.active()
    return qs.order_by(*TREE_ORDER)


def unit_get(identifier: str) -> OrgUnit | None:
    """The unit a URL names: an active unit by symbol (any case), otherwise any unit by key."""
    unit = OrgUnit.objects.active().filter(symbol__iexact=identifier).exclude(symbol="").first()
    return unit or OrgUnit.objects.filter(key=identifier.lower()).first()


def unit_ancestors(unit: OrgUnit, *, include_self: bool = False) -> QuerySet[OrgUnit]:
    """The chain of superiors from the root down to the unit (one query)."""
    return unit.get_ancestors(include_self=include_self)


def unit_descendants(unit: OrgUnit, *, include_self: bool = False) -> QuerySet[OrgUnit]:
    """Every unit below the unit in the reporting tree (one query)."""
    return unit.get_descendants(include_self=include_self)


def unit_children(unit: OrgUnit) -> QuerySet[OrgUnit]:
    """The active units directly below the unit, in order."""
    return unit.get_children().filter(is_active=True)


def is_in_subtree(candidate: OrgUnit, root: OrgUnit) -> bool:
    """Whether the candidate is the root itself or lies below it (no query)."""
    return candidate.tree_id == root.tree_id and root.lft <= candidate.lft <= root.rght


def ancestor_filter(units, *, field: str = "unit") -> Q:
    """A Q matching rows whose `field` is one of the units or an ancestor of one of them."""
    condition = Q(pk__in=[])
    for unit in units:
        condition |= Q(
            **{
                f"{field}__tree_id": unit.tree_id,
                f"{field}__lft__lte": unit.lft,
                f"{field}__rght__gte": unit.rght,
            }
        )
    return condition


def subtree_filter(units, *, field: str = "unit") -> Q:
    """A Q matching rows whose `field` is one of the units or lies below one of them."""
    condition = Q(pk__in=[])
    for unit in units:
        condition |= Q(
            **{
                f"{field}__tree_id": unit.tree_id,
                f"{field}__lft__gte": unit.lft,
                f"{field}__rght__lte": unit.rght,
            }
        )
    return condition


def people_by_unit(unit_ids, *, day: date | None = None, roles=None) -> dict[int, list[Assignment]]:
    """Active assignments per unit id, heads first (one query)."""
    qs = Assignment.objects.active(day).filter(unit_id__in=list(unit_ids)).select_related("user")
    if roles:
        qs = qs.filter(role__in=roles)
    order = {role: i for i, role in enumerate(Assignment.Role.values)}
    result: dict[int, list[Assignment]] = defaultdict(list)
    for assignment in sorted(qs, key=lambda a: (order[a.role], a.user.last_name, a.user.pk)):
        result[assignment.unit_id].append(assignment)
    return result


def user_assignments(user, *, day: date | None = None) -> QuerySet[Assignment]:
    """The user's assignments in force on the day, with their units."""
    return (
        Assignment.objects.active(day)
        .filter(user=user, unit__is_active=True)
        .select_related("unit")
        .order_by("unit__tree_id", "unit__lft")
    )


def snapshot_in_force(day: date) -> StructureSnapshot | None:
    """The snapshot in legal force on the day; None before any record ("brak danych")."""
    return (
        StructureSnapshot.objects.filter(effective_from__lte=day)
        .order_by("-effective_from", "-created_at", "-id")
        .first()
    )


def snapshot_latest() -> StructureSnapshot | None:
    """The most recent snapshot by effective date (the limit for back-dating a change)."""
    return StructureSnapshot.objects.order_by("-effective_from", "-created_at", "-id").first()


@dataclass
class TreeNode:
    """A node of an in-memory tree built from a flat, tree-ordered list."""

    item: object
    children: list[TreeNode] = field(default_factory=list)


def build_forest(items, *, key, parent_key) -> list[TreeNode]:
    """Nest a flat list given parents-first; items whose parent is absent become roots. O(n)."""
    nodes: dict = {}
    roots: list[TreeNode] = []
    for item in items:
        node = TreeNode(item)
        nodes[key(item)] = node
        parent = nodes.get(parent_key(item))
        (parent.children if parent else roots).append(node)
    return roots


def today() -> date:
    """Today's date in Warsaw."""
    return timezone.localdate()


def people_by_unit_for_users(users) -> dict[int, list[Assignment]]:
    """Active assignments of the given users, by user id, in tree order (one query)."""
    result: dict[int, list[Assignment]] = defaultdict(list)
    qs = (
        Assignment.objects.active()
        .filter(user__in=list(users), unit__is_active=True)
        .select_related("unit")
        .order_by("unit__tree_id", "unit__lft")
    )
    for assignment in qs:
        result[assignment.user_id].append(assignment)
    return result
