"""Every change to the structure and to assignments: validated, dated, snapshotted, audited.

A change takes effect at once, dated today unless back-dated (never before the structure record
it would rewrite, never into the future: future changes come through an ordinance draft), with the
basis "zmiana bieżąca" and a note; it writes a `StructureSnapshot` (the legal state) and a history
row with the actor (the audit trail, django-simple-history), in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from . import grants, selectors
from .models import Assignment, Ordinance, OrgUnit, StructureSnapshot, UnitGrantEvent

STRUCTURE_FIELDS = (
    "key",
    "kind",
    "symbol",
    "name",
    "short_name",
    "parent",
    "department",
    "legal_basis",
    "is_active",
)
MOVE_POSITIONS = ("first-child", "last-child", "left", "right")


@dataclass(frozen=True)
class EffectiveDate:
    """When a current change takes effect and why; validated by `effective_date_check`."""

    day: date
    note: str = ""


# --- snapshots -------------------------------------------------------------------------------


def _serialise_unit(unit: OrgUnit, keys: dict[int, str]) -> dict:
    return {
        "key": unit.key,
        "parent": keys.get(unit.parent_id),
        "kind": unit.kind,
        "symbol": unit.symbol,
        "name": unit.name,
        "short_name": unit.short_name,
        "department": keys.get(unit.department_id),
        "legal_basis": unit.legal_basis,
    }


def structure_serialise() -> list[dict]:
    """The active structure as plain data in tree order (what a snapshot stores)."""
    units = list(selectors.units_in_tree_order())
    keys = {unit.pk: unit.key for unit in OrgUnit.objects.only("key")}
    return [_serialise_unit(unit, keys) for unit in units]


def snapshot_take(
    *, actor, effective_from: date, basis: str, ordinance=None, summary: str = "", note: str = ""
) -> StructureSnapshot:
    """Record the structure now in the database as the one in force from `effective_from`."""
    return StructureSnapshot.objects.create(
        effective_from=effective_from,
        basis=basis,
        ordinance=ordinance,
        summary=summary,
        note=note,
        nodes=structure_serialise(),
        created_by=actor,
    )


def effective_date_check(day: date) -> None:
    """Refuse a current change dated in the future or before the latest structure record."""
    if day > selectors.today():
        raise ValidationError(
            {"effective_from": _("A change dated in the future must come through an ordinance.")}
        )
    latest = selectors.snapshot_latest()
    if latest and day < latest.effective_from:
        raise ValidationError(
            {
                "effective_from": _(
                    "A change cannot be dated before %(date)s, the day of the last change "
                    "of the structure (%(basis)s)."
                )
                % {"date": latest.effective_from.strftime("%d.%m.%Y"), "basis": latest.basis}
            }
        )


# --- validation ------------------------------------------------------------------------------


def _value(unit: OrgUnit | None, data: dict, name: str):
    if name in data:
        return data[name]
    return getattr(unit, name) if unit else None


def _check_key(unit, data, errors):
    key = _value(unit, data, "key")
    if unit is not None and key != unit.key:
        errors["key"] = _("The key of a unit cannot be changed.")
    elif unit is None:
        used = OrgUnit.objects.filter(key=key).first()
        if used:
            errors["key"] = _(
                "The key %(key)s has already been used (%(name)s); keys are never reused."
            ) % {"key": key, "name": used.name}


def _check_parent(unit, data, errors):
    parent = _value(unit, data, "parent")
    if parent is None:
        if unit is None or unit.parent_id is not None:
            errors["parent"] = _("A unit must report to a superior unit.")
        return
    if not parent.is_active:
        errors["parent"] = _("The superior unit %(name)s is archived.") % {"name": parent.name}
    elif unit is not None and unit.pk and selectors.is_in_subtree(parent, unit):
        errors["parent"] = _("A unit cannot report to itself or to a unit below it (%(name)s).") % {
            "name": parent.name
        }


def _check_symbol(unit, data, errors):
    symbol = _value(unit, data, "symbol") or ""
    if not symbol or not _value(unit, data, "is_active"):
        return
    clash = OrgUnit.objects.active().filter(symbol=symbol)
    if unit is not None and unit.pk:
        clash = clash.exclude(pk=unit.pk)
    other = clash.first()
    if other:
        errors["symbol"] = _("The symbol %(symbol)s is already used by %(name)s.") % {
            "symbol": symbol,
            "name": other.name,
        }


def _check_archiving(unit, data, errors):
    if unit is None or not unit.pk or _value(unit, data, "is_active"):
        return
    children = list(selectors.unit_children(unit).values_list("name", flat=True))
    if children:
        errors["is_active"] = _(
            "A unit with active subordinate units cannot be archived: %(names)s."
        ) % {"names": ", ".join(children)}
        return
    people = Assignment.objects.active().filter(unit=unit).select_related("user")
    if people:
        names = ", ".join(a.user.get_full_name() or a.user.get_username() for a in people)
        errors["is_active"] = _(
            "A unit with people assigned to it cannot be archived; end their assignments "
            "first: %(names)s."
        ) % {"names": names}


def _check_department(unit, data, errors):
    department = _value(unit, data, "department")
    if department is not None and not department.is_active:
        errors["department"] = _("The department %(name)s is archived.") % {"name": department.name}


def orgunit_validate(*, unit: OrgUnit | None, data: dict) -> None:
    """Raise a ValidationError (by field) when the change would corrupt the structure."""
    errors: dict[str, str] = {}
    for check in (_check_key, _check_parent, _check_symbol, _check_archiving, _check_department):
        check(unit, data, errors)
    if errors:
        raise ValidationError(errors)


# --- changes ---------------------------------------------------------------------------------


def _lock_tree() -> None:
    """Serialise structural changes: lock every unit row (a small table, rare writes)."""
    list(OrgUnit.objects.select_for_update().order_by("pk").values_list("pk", flat=True))


def _label(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


def _describe(unit: OrgUnit, before: dict, after: dict) -> str:
    parts = []
    for name in STRUCTURE_FIELDS:
        if before.get(name) != after.get(name):
            verbose = OrgUnit._meta.get_field(name).verbose_name
            parts.append(f"{verbose}: {_label(before.get(name))} → {_label(after.get(name))}")
    return f"{unit.display_name}: " + "; ".join(parts) if parts else ""


def _state(unit: OrgUnit) -> dict:
    return {name: getattr(unit, name) for name in STRUCTURE_FIELDS}


def _save_with_history(unit: OrgUnit, *, actor, reason: str) -> None:
    unit._history_user = actor
    unit._change_reason = reason
    unit.save()


def _record(*, actor, unit, before, effective: EffectiveDate, summary_prefix="") -> OrgUnit:
    fresh = OrgUnit.objects.get(pk=unit.pk)
    summary = summary_prefix or _describe(fresh, before, _state(fresh))
    snapshot_take(
        actor=actor,
        effective_from=effective.day,
        basis=StructureSnapshot.BASIS_CURRENT_CHANGE,
        summary=summary,
        note=effective.note,
    )
    return fresh


@transaction.atomic
def orgunit_create(*, actor, data: dict, effective: EffectiveDate) -> OrgUnit:
    """Create a unit under its superior as a current change."""
    _lock_tree()
    data = {"is_active": True, **data}
    orgunit_validate(unit=None, data=data)
    effective_date_check(effective.day)
    unit = OrgUnit(**{name: value for name, value in data.items() if name in STRUCTURE_FIELDS})
    summary = _("New unit: %(name)s") % {"name": unit.display_name}
    _save_with_history(unit, actor=actor, reason=effective.note or summary)
    return _record(actor=actor, unit=unit, before={}, effective=effective, summary_prefix=summary)


def _save_changes(unit: OrgUnit, changes: dict, *, actor, reason: str, move=None) -> None:
    """Apply field changes and save once; `move` = (target, position) moves it (mptt saves)."""
    for name, value in changes.items():
        setattr(unit, name, value)
    unit._history_user = actor
    unit._change_reason = reason
    if move:
        unit.move_to(*move)
    else:
        unit.save()


@transaction.atomic
def orgunit_update(*, actor, unit: OrgUnit, data: dict, effective: EffectiveDate) -> OrgUnit:
    """Rename, re-attach, archive or restore a unit as a current change."""
    _lock_tree()
    current = OrgUnit.objects.get(pk=unit.pk)
    changes = {k: v for k, v in data.items() if k in STRUCTURE_FIELDS and getattr(current, k) != v}
    if not changes:
        return current
    orgunit_validate(unit=current, data=changes)
    effective_date_check(effective.day)
    before = _state(current)
    if "is_active" in changes:
        changes["archived_on"] = None if changes["is_active"] else effective.day
    reason = effective.note or _describe(current, before, {**before, **changes})
    parent = changes.pop("parent", None)
    move = (parent, "last-child") if parent else None
    _save_changes(current, changes, actor=actor, reason=reason, move=move)
    return _record(actor=actor, unit=current, before=before, effective=effective)


@transaction.atomic
def orgunit_move(
    *, actor, unit: OrgUnit, target: OrgUnit, position: str, effective: EffectiveDate
) -> OrgUnit:
    """Move a unit next to or under another (the admin's drag and drop), as a current change."""
    if position not in MOVE_POSITIONS:
        raise ValidationError(_("Unknown position: %(position)s.") % {"position": position})
    _lock_tree()
    current = OrgUnit.objects.get(pk=unit.pk)
    target = OrgUnit.objects.get(pk=target.pk)
    new_parent = target if position.endswith("child") else target.parent
    if current.parent_id is None:
        raise ValidationError(_("The root of the structure cannot be moved."))
    orgunit_validate(unit=current, data={"parent": new_parent})
    effective_date_check(effective.day)
    before = _state(current)
    summary = _describe(current, before, {**before, "parent": new_parent}) or _(
        "%(name)s: order among siblings changed"
    ) % {"name": current.display_name}
    reason = effective.note or summary
    _save_changes(current, {}, actor=actor, reason=reason, move=(target, position))
    return _record(
        actor=actor, unit=current, before=before, effective=effective, summary_prefix=summary
    )


# --- assignments -----------------------------------------------------------------------------


def assignment_validate(*, assignment: Assignment | None, data: dict) -> None:
    """Refuse dates in the wrong order, archived units and a duplicate overlapping assignment."""
    values = {
        name: data.get(name, getattr(assignment, name, None))
        for name in ("user", "unit", "role", "valid_from", "valid_to")
    }
    errors = {}
    if values["valid_to"] and values["valid_from"] and values["valid_to"] < values["valid_from"]:
        errors["valid_to"] = _("An assignment cannot end before it starts.")
    unit = values["unit"]
    if unit is not None and not unit.is_active and (assignment is None or "unit" in data):
        errors["unit"] = _("The unit %(name)s is archived.") % {"name": unit.name}
    if not errors and values["user"] and unit and values["valid_from"]:
        overlapping = Assignment.objects.filter(user=values["user"], unit=unit).filter(
            valid_from__lte=values["valid_to"] or date.max
        )
        overlapping = overlapping.exclude(valid_to__lt=values["valid_from"])
        if assignment is not None and assignment.pk:
            overlapping = overlapping.exclude(pk=assignment.pk)
        if overlapping.exists():
            errors["valid_from"] = _(
                "This person already has an assignment in this unit for these dates."
            )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def assignment_create(*, actor, user, unit, role, valid_from, valid_to=None, note="") -> Assignment:
    """Assign a person to a unit in a role for a period."""
    data = {"user": user, "unit": unit, "role": role, "valid_from": valid_from}
    data.update(valid_to=valid_to, note=note)
    assignment_validate(assignment=None, data=data)
    assignment = Assignment(**data)
    assignment._history_user = actor
    assignment.save()
    return assignment


@transaction.atomic
def assignment_update(*, actor, assignment: Assignment, data: dict) -> Assignment:
    """Change an assignment (its role or dates); ending one is setting `valid_to`."""
    current = Assignment.objects.select_for_update().get(pk=assignment.pk)
    assignment_validate(assignment=current, data=data)
    for name, value in data.items():
        setattr(current, name, value)
    current._history_user = actor
    current.save()
    return current


# --- explicit grants --------------------------------------------------------------------------

GRANT_ACTIONS = (grants.VIEW, grants.CHANGE, grants.APPROVE)


def _grant_holder(user, group):
    if (user is None) == (group is None):
        raise ValidationError(_("Choose either a person or a group."))
    return user if user is not None else group


def _grant_check(unit: OrgUnit, action: str) -> None:
    if action not in GRANT_ACTIONS:
        raise ValidationError(_("Unknown access: %(action)s.") % {"action": action})
    if not unit.is_active:
        raise ValidationError(_("The unit %(name)s is archived.") % {"name": unit.name})


@transaction.atomic
def unit_permission_grant(*, actor, unit: OrgUnit, user=None, group=None, action: str):
    """Give a person or a group access to a unit's cases and its subtree's (an exception)."""
    holder = _grant_holder(user, group)
    current = OrgUnit.objects.select_for_update().get(pk=unit.pk)
    _grant_check(current, action)
    if grants.grant_exists(action, holder, current):
        raise ValidationError(_("This access has already been granted."))
    grants.grant_assign(action, holder, current)
    return UnitGrantEvent.objects.create(
        unit=current, user=user, group=group, action=action, actor=actor, kind="granted"
    )


@transaction.atomic
def unit_permission_revoke(*, actor, unit: OrgUnit, user=None, group=None, action: str):
    """Take back a grant given with `unit_permission_grant`; the event keeps the record."""
    holder = _grant_holder(user, group)
    current = OrgUnit.objects.select_for_update().get(pk=unit.pk)
    if not grants.grant_exists(action, holder, current):
        raise ValidationError(_("There is no such grant on this unit."))
    grants.grant_remove(action, holder, current)
    return UnitGrantEvent.objects.create(
        unit=current, user=user, group=group, action=action, actor=actor, kind="revoked"
    )


# --- loading the structure of an ordinance ---------------------------------------------------


def structure_load_fixture(*, actor=None) -> Ordinance:
    """Load the 318/2026 structure and catalogue once, through the ordinance importer.

    The importer (`tasks`) is the one way a structure is loaded: it reads the text in
    `fixtures/`, matches it to the tree (empty at first) and applies it with
    `orgunits.ordinances.structure_apply_ordinance`. A second call changes nothing.
    """
    from tasks.services import ordinance_load_seed

    return ordinance_load_seed(actor=actor)
