"""Every change every case shares: sign, status move, event, version check, attachment, note.

One transaction each; the case row is locked with `select_for_update()` and read through
`restrict`, so a user who may not act gets 404 exactly as for a missing case. Mail goes out only
after commit (`transaction.on_commit`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from orgunits.access import CHANGE
from orgunits.selectors import unit_ancestors

from .filetypes import attachment_check
from .models import SignCounter


class CaseConflict(ValidationError):
    """Someone else changed the case since the form was opened: nothing was saved."""

    def __init__(self, message=None):
        super().__init__(
            message
            or _(
                "Someone else changed this case in the meantime. Nothing was saved: reload the"
                " page, check the changes and try again."
            ),
            code="conflict",
        )


def sign_symbol(unit) -> str:
    """The symbol of the unit or of its nearest ancestor with one, else the office's prefix."""
    if unit.symbol:
        return unit.symbol
    for ancestor in reversed(list(unit_ancestors(unit))):
        if ancestor.symbol:
            return ancestor.symbol
    return settings.CASE_SIGN_PREFIX


def _counter_locked(symbol: str, jrwa_class: str, year: int) -> SignCounter:
    """The counter row, created when missing and locked until the transaction ends."""
    lookup = {"symbol": symbol, "jrwa_class": jrwa_class, "year": year}
    for _attempt in range(3):
        found = SignCounter.objects.select_for_update().filter(**lookup).first()
        if found is not None:
            return found
        try:
            with transaction.atomic():
                SignCounter.objects.create(**lookup)
        except IntegrityError:
            continue  # created by someone else at the same instant: lock theirs
    return SignCounter.objects.select_for_update().get(**lookup)


@transaction.atomic
def sign_next(*, unit, jrwa_class: str, on: date | None = None) -> str:
    """The next sign `{symbol}.{class}.{number}.{year}`, unique even for simultaneous callers."""
    year = (on or timezone.localdate()).year
    symbol = sign_symbol(unit)
    counter = _counter_locked(symbol, jrwa_class, year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"{symbol}.{jrwa_class}.{counter.last_number}.{year}"


@transaction.atomic
def case_sign_assign(*, case, on: date | None = None):
    """Give a registered case its sign (once; a signed case keeps its sign)."""
    if not case.sign:
        case.sign = sign_next(unit=case.unit, jrwa_class=type(case).jrwa_class(), on=on)
        if case.pk:
            type(case).objects.filter(pk=case.pk).update(sign=case.sign)
    return case


def case_event_record(*, actor, case, from_status: str = "", to_status: str = "", comment=""):
    """Write one line of the case's timeline."""
    return case.events.create(
        actor=actor, from_status=from_status, to_status=to_status, comment=comment or ""
    )


def case_version_check(case, version) -> None:
    """Refuse to save over a newer version of the case (two people editing at once)."""
    if version is None or str(case.version) != str(version):
        raise CaseConflict()


def case_locked(*, actor, case, action: str = CHANGE):
    """The case's row, locked, when the actor may `action` it; 404 otherwise."""
    model = type(case)
    found = model.objects.restrict(actor, action).select_for_update().filter(pk=case.pk).first()
    if found is None:
        raise Http404
    return found


@transaction.atomic
def case_transition(
    *,
    actor,
    case,
    to_status: str,
    action: str = CHANGE,
    comment: str = "",
    version=None,
    mail: Callable | None = None,
):
    """Move a case along its transition table; the event, the version and the mail go with it."""
    locked = case_locked(actor=actor, case=case, action=action)
    if version is not None:
        case_version_check(locked, version)
    allowed = type(locked).TRANSITIONS.get(locked.status, ())
    if to_status not in allowed:
        raise ValidationError(_("This change of status is not allowed."), code="transition")
    from_status = locked.status
    locked.status = to_status
    locked.version += 1
    locked.save(update_fields=["status", "version", "updated_at"])
    case_event_record(
        actor=actor, case=locked, from_status=from_status, to_status=to_status, comment=comment
    )
    if mail is not None:
        transaction.on_commit(lambda: mail(locked))
    return locked


@transaction.atomic
def attachment_add(*, actor, case, uploaded_file, action: str = CHANGE):
    """Keep a checked file with the case (size and real type), and note it on the timeline."""
    locked = case_locked(actor=actor, case=case, action=action)
    content_type = attachment_check(uploaded_file)
    name = (getattr(uploaded_file, "name", "") or "plik").rsplit("/", 1)[-1][:255]
    attachment = locked.attachments.create(
        file=uploaded_file,
        name=name,
        size=uploaded_file.size,
        content_type=content_type,
        uploaded_by=actor,
    )
    case_event_record(actor=actor, case=locked, comment=_("File added: %(name)s") % {"name": name})
    return attachment


@transaction.atomic
def note_add(*, actor, case, text: str, action: str = CHANGE):
    """Add a working note to a case."""
    locked = case_locked(actor=actor, case=case, action=action)
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("A note cannot be empty."), code="empty")
    return locked.notes.create(author=actor, text=text)
