"""Applying an ordinance to the tree: the one place where a whole new structure is written.

The importer (`tasks`) decides which node of the ordinance is which existing unit; this module
makes the tree say what the ordinance says, through django-mptt's own API (`save`, `move_to`),
in one transaction: units kept are renamed, re-attached and given their new legal basis, new
units are created, units the ordinance no longer names are archived. Assignments, grants and
cases stay on their unit rows and so follow them. Every unit changed gets a history row with the
actor and the ordinance as the reason; the whole change is ONE `StructureSnapshot`, in force from
the ordinance's effective date, with the ordinance as its basis.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from . import selectors
from .models import Assignment, Ordinance, OrgUnit
from .services import _lock_tree, _save_with_history, snapshot_take

PLANNED_FIELDS = ("kind", "symbol", "name", "short_name", "legal_basis")


@dataclass(frozen=True)
class PlannedUnit:
    """A node as an ordinance sets it: the unit it is (None: a new one) and its fields."""

    key: str
    unit_id: int | None
    parent_key: str | None
    department_key: str | None
    kind: str
    symbol: str
    name: str
    short_name: str
    legal_basis: str


def _check_date(ordinance: Ordinance) -> None:
    latest = selectors.snapshot_latest()
    if latest and ordinance.effective_from < latest.effective_from:
        raise ValidationError(
            _(
                "%(ordinance)s is in force from %(date)s, before the last recorded change of the "
                "structure (%(latest)s, %(basis)s); applying it would rewrite that record."
            )
            % {
                "ordinance": ordinance.legal_name,
                "date": ordinance.effective_from.strftime("%d.%m.%Y"),
                "latest": latest.effective_from.strftime("%d.%m.%Y"),
                "basis": latest.basis,
            }
        )


def _abolished(planned: list[PlannedUnit]) -> list[OrgUnit]:
    """Active units the ordinance no longer names (external units are not its business)."""
    kept = {plan.unit_id for plan in planned if plan.unit_id}
    units = selectors.units_in_tree_order().exclude(kind=OrgUnit.Kind.EXTERNAL)
    return [unit for unit in units if unit.pk not in kept]


def _check_abolished(units: list[OrgUnit]) -> None:
    ids = [unit.pk for unit in units]
    people = Assignment.objects.active().filter(unit_id__in=ids).select_related("user", "unit")
    problems = [
        _("%(unit)s: %(person)s")
        % {"unit": a.unit.display_name, "person": a.user.get_full_name() or a.user.username}
        for a in people
    ]
    externals = OrgUnit.objects.active().filter(parent_id__in=ids, kind=OrgUnit.Kind.EXTERNAL)
    problems += [_("%(unit)s is below an abolished unit") % {"unit": u.name} for u in externals]
    if problems:
        raise ValidationError(
            _(
                "The ordinance abolishes units that still have people or units in them; end "
                "those assignments or move those units first: %(list)s."
            )
            % {"list": "; ".join(problems)}
        )


def _archive(units: list[OrgUnit], *, actor, ordinance: Ordinance) -> None:
    for unit in sorted(units, key=lambda u: -u.level):
        unit = OrgUnit.objects.get(pk=unit.pk)
        unit.is_active = False
        unit.archived_on = ordinance.effective_from
        _save_with_history(unit, actor=actor, reason=ordinance.legal_name)


def _free_symbols(planned: list[PlannedUnit]) -> None:
    """Blank the symbols that change hands first, so that no two active units share one."""
    changing = {plan.unit_id: plan.symbol for plan in planned if plan.unit_id}
    for unit in OrgUnit.objects.filter(pk__in=changing):
        if unit.symbol and unit.symbol != changing[unit.pk]:
            unit.symbol = ""
            unit.save_without_historical_record()


def _place(plan: PlannedUnit, units: dict[str, OrgUnit], *, actor, reason: str) -> OrgUnit:
    parent = units.get(plan.parent_key) if plan.parent_key else None
    fields = {name: getattr(plan, name) for name in PLANNED_FIELDS}
    department = units.get(plan.department_key) if plan.department_key else None
    if department is not None or not plan.department_key:
        fields["department"] = department
    if plan.unit_id is None:
        unit = OrgUnit(key=plan.key, parent=parent, is_active=True, **fields)
        _save_with_history(unit, actor=actor, reason=reason)
        return unit
    unit = OrgUnit.objects.get(pk=plan.unit_id)
    changed = {name: value for name, value in fields.items() if getattr(unit, name) != value}
    moved = unit.parent_id != (parent.pk if parent else None)
    for name, value in changed.items():
        setattr(unit, name, value)
    unit._history_user, unit._change_reason = actor, reason
    if moved:
        unit.move_to(parent, "last-child")
    elif changed:
        unit.save()
    return unit


@transaction.atomic
def structure_apply_ordinance(
    *, actor, ordinance: Ordinance, planned: list[PlannedUnit], summary: str
) -> dict[str, OrgUnit]:
    """Make the tree what the ordinance says (nodes given parents first); one snapshot."""
    _lock_tree()
    _check_date(ordinance)
    abolished = _abolished(planned)
    _check_abolished(abolished)
    _archive(abolished, actor=actor, ordinance=ordinance)
    _free_symbols(planned)
    units: dict[str, OrgUnit] = {}
    for plan in planned:
        units[plan.key] = _place(plan, units, actor=actor, reason=ordinance.legal_name)
    for plan in planned:
        department = units.get(plan.department_key) if plan.department_key else None
        if department is not None and units[plan.key].department_id != department.pk:
            unit = OrgUnit.objects.get(pk=units[plan.key].pk)
            unit.department = department
            _save_with_history(unit, actor=actor, reason=ordinance.legal_name)
    snapshot_take(
        actor=actor,
        effective_from=ordinance.effective_from,
        basis=ordinance.legal_name,
        ordinance=ordinance,
        summary=summary,
    )
    return units
