"""An imported ordinance's life: decisions on doubtful matches, approval, application.

draft → approved (every doubtful match confirmed or rejected, every new key valid and unused) →
applied on its effective date (`apply_due_ordinances`, or at once from the admin when the day
has come). An approval may be withdrawn (back to draft) until the ordinance is applied; nothing
comes after "applied".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from orgunits import selectors as orgunit_selectors
from orgunits.models import Ordinance, OrgUnit
from orgunits.ordinances import PlannedUnit, structure_apply_ordinance

from ..importer import mapping_load
from ..importer.mapping import key_by_rule, key_unique
from ..models import OrdinanceEvent, OrdinanceImport, OrdinanceUnit
from .imports import ordinance_import

Status = Ordinance.Status
Action = OrdinanceEvent.Action
Decision = OrdinanceUnit.Decision

TRANSITIONS: dict[str, set[str]] = {
    Status.DRAFT: {Status.APPROVED},
    Status.APPROVED: {Status.DRAFT, Status.APPLIED},
    Status.APPLIED: set(),
}


def _locked(ordinance: Ordinance) -> Ordinance:
    current = Ordinance.objects.select_for_update().get(pk=ordinance.pk)
    if not OrdinanceImport.objects.filter(ordinance=current).exists():
        raise ValidationError(
            _("%(o)s was not imported from its text.") % {"o": current.legal_name}
        )
    return current


def _transition(ordinance: Ordinance, target: str, *, actor, action: str, note: str = "") -> None:
    if target not in TRANSITIONS[ordinance.status]:
        raise ValidationError(
            _("%(ordinance)s is “%(status)s”; it cannot become “%(target)s”.")
            % {
                "ordinance": ordinance.legal_name,
                "status": ordinance.get_status_display(),
                "target": Status(target).label,
            }
        )
    OrdinanceEvent.objects.create(
        ordinance=ordinance,
        actor=actor,
        action=action,
        from_status=ordinance.status,
        to_status=target,
        note=note,
    )
    ordinance.status = target
    ordinance._history_user = actor
    ordinance.save()


def _require_draft(node: OrdinanceUnit) -> Ordinance:
    ordinance = _locked(node.ordinance)
    if ordinance.status != Status.DRAFT:
        raise ValidationError(
            _("%(ordinance)s is no longer a draft; withdraw the approval to change it.")
            % {"ordinance": ordinance.legal_name}
        )
    return ordinance


def _is_new(node: OrdinanceUnit) -> bool:
    return node.unit_id is None or node.decision == Decision.REJECTED


def _check_keys(ordinance: Ordinance) -> None:
    new = [n for n in ordinance.structure_nodes.all() if _is_new(n)]
    used = set(OrgUnit.objects.filter(key__in=[n.key for n in new]).values_list("key", flat=True))
    if used:
        raise ValidationError(
            _("These keys are already used by other units (keys are never reused): %(keys)s.")
            % {"keys": ", ".join(sorted(used))}
        )


# --- the administrator's decisions on the draft -----------------------------------------------


@transaction.atomic
def node_decide(*, actor, node: OrdinanceUnit, decision: str) -> OrdinanceUnit:
    """Confirm a doubtful match (the same unit) or reject it (a new unit with a new key)."""
    _require_draft(node)
    current = OrdinanceUnit.objects.select_for_update().get(pk=node.pk)
    if decision not in (Decision.CONFIRMED, Decision.REJECTED) or not current.match_note:
        raise ValidationError(_("Only a doubtful match can be confirmed or rejected."))
    if current.decision == decision:
        return current
    if decision == Decision.CONFIRMED:
        current.key = current.unit.key
    else:
        taken = set(OrgUnit.objects.values_list("key", flat=True))
        taken |= set(
            current.ordinance.structure_nodes.exclude(pk=current.pk).values_list("key", flat=True)
        )
        parent_key = current.parent.key if current.parent else ""
        wanted = mapping_load().key_by_name(current.name) or key_by_rule(
            current.name, current.symbol, parent_key
        )
        current.key = key_unique(wanted, taken)
    current.decision = decision
    current._history_user = actor
    current.save()
    action = Action.MATCH_CONFIRMED if decision == Decision.CONFIRMED else Action.MATCH_REJECTED
    OrdinanceEvent.objects.create(
        ordinance=current.ordinance, actor=actor, action=action, note=current.display_name
    )
    return current


@transaction.atomic
def node_rekey(*, actor, node: OrdinanceUnit, key: str) -> OrdinanceUnit:
    """Give a new node of the draft another key (valid, unused, never used before)."""
    _require_draft(node)
    current = OrdinanceUnit.objects.select_for_update().get(pk=node.pk)
    if key == current.key:
        return current
    if not _is_new(current):
        raise ValidationError({"key": _("A unit that already exists keeps its key.")})
    try:
        validate_slug(key)
    except ValidationError as error:
        raise ValidationError({"key": error.messages}) from error
    clash = OrgUnit.objects.filter(key=key).exists() or (
        current.ordinance.structure_nodes.exclude(pk=current.pk).filter(key=key).exists()
    )
    if clash or len(key) > 64:
        raise ValidationError({"key": _("The key %(key)s is taken or too long.") % {"key": key}})
    old, current.key = current.key, key
    current._history_user = actor
    current.save()
    OrdinanceEvent.objects.create(
        ordinance=current.ordinance, actor=actor, action=Action.KEY_CHANGED, note=f"{old} → {key}"
    )
    return current


# --- approval and application ------------------------------------------------------------------


@transaction.atomic
def ordinance_approve(*, actor, ordinance: Ordinance) -> Ordinance:
    """Approve a draft once every doubtful match is decided and every new key is free."""
    current = _locked(ordinance)
    pending = current.structure_nodes.filter(decision=Decision.PENDING)
    if pending:
        raise ValidationError(
            _("Confirm or reject every doubtful match first: %(units)s.")
            % {"units": ", ".join(node.display_name for node in pending)}
        )
    _check_keys(current)
    _transition(current, Status.APPROVED, actor=actor, action=Action.APPROVED)
    return current


@transaction.atomic
def ordinance_withdraw(*, actor, ordinance: Ordinance) -> Ordinance:
    """Take an approval back (the draft may then be changed again)."""
    current = _locked(ordinance)
    _transition(current, Status.DRAFT, actor=actor, action=Action.WITHDRAWN)
    return current


def _planned(node: OrdinanceUnit) -> PlannedUnit:
    return PlannedUnit(
        key=node.key,
        unit_id=None if _is_new(node) else node.unit_id,
        parent_key=node.parent.key if node.parent else None,
        department_key=node.department.key if node.department else None,
        kind=node.kind,
        symbol=node.symbol,
        name=node.name,
        short_name=node.short_name,
        legal_basis=node.legal_basis,
    )


def _structure_summary(ordinance: Ordinance) -> str:
    from ..diff import diff_compute, state_in_force, state_of_ordinance

    before = state_in_force()
    if not before.units:
        return _("Structure set by %(ordinance)s") % {"ordinance": ordinance.legal_name}
    return diff_compute(before, state_of_ordinance(ordinance)).structure_summary()


def _check_due(ordinance: Ordinance) -> None:
    if ordinance.status != Status.APPROVED:
        raise ValidationError(
            _("%(ordinance)s is “%(status)s”; only an approved ordinance can be applied.")
            % {"ordinance": ordinance.legal_name, "status": ordinance.get_status_display()}
        )
    if ordinance.effective_from > orgunit_selectors.today():
        raise ValidationError(
            _("%(ordinance)s enters into force on %(date)s; it will be applied that day.")
            % {
                "ordinance": ordinance.legal_name,
                "date": ordinance.effective_from.strftime("%d.%m.%Y"),
            }
        )


@transaction.atomic
def ordinance_apply(*, actor, ordinance: Ordinance) -> Ordinance:
    """Apply an approved ordinance whose day has come: its structure and its catalogue."""
    current = _locked(ordinance)
    _check_due(current)
    _check_keys(current)
    nodes = list(current.structure_nodes.select_related("parent", "department"))
    units = structure_apply_ordinance(
        actor=actor,
        ordinance=current,
        planned=[_planned(node) for node in nodes],
        summary=_structure_summary(current),
    )
    for node in nodes:
        if _is_new(node):
            node.unit = units[node.key]
            node._history_user = actor
            node.save(update_fields=["unit"])
    current.applied_at = timezone.now()
    _transition(current, Status.APPLIED, actor=actor, action=Action.APPLIED)
    return current


def ordinances_apply_due(*, actor=None) -> list[Ordinance]:
    """Apply every approved ordinance whose day has come, oldest first; never a draft."""
    due = Ordinance.objects.filter(
        status=Status.APPROVED,
        effective_from__lte=orgunit_selectors.today(),
        import_record__isnull=False,
    ).order_by("effective_from", "signed_on", "pk")
    return [ordinance_apply(actor=actor, ordinance=ordinance) for ordinance in due]


# --- the seed ----------------------------------------------------------------------------------


@transaction.atomic
def ordinance_load_seed(*, actor=None) -> Ordinance:
    """Load the seed ordinance (318/2026) through the importer, once: structure and catalogue."""
    mapping = mapping_load()
    seed = mapping.seed
    done = Ordinance.objects.filter(number=seed["number"], status=Status.APPLIED).first()
    if done is not None:
        return done
    text = (Path(settings.KANCELARIA_FIXTURES_DIR) / seed["text"]).read_text(encoding="utf-8")
    ordinance = ordinance_import(
        actor=actor,
        text=text,
        number=seed["number"],
        signed_on=date.fromisoformat(seed["signed_on"]),
        mapping=mapping,
    ).ordinance
    if ordinance.status == Status.DRAFT:
        ordinance = ordinance_approve(actor=actor, ordinance=ordinance)
    return ordinance_apply(actor=actor, ordinance=ordinance)
