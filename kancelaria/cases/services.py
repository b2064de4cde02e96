"""Changes every case type makes the same way: sign, status change, conflict check, files, notes.

Each case type's own services (`inquiry_submit`, `trip_approve`, …) call these inside their
transaction. `case_transition` is the one place a status changes: it locks the row, checks the
transition table and the user's permission, bumps the version, writes the event and queues mail
for after the commit.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from .files import check_upload
from .signs import jrwa_class_for, sign_next


class CaseConflict(ValidationError):
    """Somebody else changed the case since the form was opened; nothing was overwritten."""

    def __init__(self):
        super().__init__(
            _(
                "Somebody else changed this case in the meantime. Nothing was saved: "
                "reload the page, check their changes and enter yours again."
            ),
            code="conflict",
        )


def case_sign_assign(*, case) -> None:
    """Give a new case its sign (before its first save, inside the registering transaction)."""
    day = timezone.localdate()
    case.sign = sign_next(unit=case.unit, jrwa_class=jrwa_class_for(type(case)), year=day.year)


def case_version_check(case, version) -> None:
    """Refuse a change made on a stale copy of the case."""
    if version is not None and int(version) != case.version:
        raise CaseConflict()


def case_lock(*, actor, model, pk, action: str = "change"):
    """The case row locked for update, if the actor may act on it; 404 otherwise."""
    locked = model.objects.restrict(actor, action).select_for_update(of=("self",)).filter(pk=pk)
    case = locked.first()
    if case is None:
        raise Http404
    return case


def case_event_record(*, actor, case, from_status="", to_status="", comment=""):
    """Write one line of the case's timeline."""
    return case.events.create(
        actor=actor, from_status=from_status, to_status=to_status, comment=comment
    )


@transaction.atomic
def case_transition(*, actor, case, to_status, action="change", comment="", version=None):
    """Move a case to the next status if the table allows it and the actor may; record it."""
    locked = case_lock(actor=actor, model=type(case), pk=case.pk, action=action)
    case_version_check(locked, version)
    if to_status not in locked.allowed_next():
        raise ValidationError(
            _("This case cannot go from “%(from)s” to “%(to)s”.")
            % {"from": locked.get_status_display(), "to": to_status},
            code="transition",
        )
    from_status = locked.status
    locked.status = to_status
    locked.version += 1
    locked.save(update_fields=["status", "version", "updated_at"])
    case_event_record(
        actor=actor, case=locked, from_status=from_status, to_status=to_status, comment=comment
    )
    return locked


def mail_on_commit(*, recipients, subject: str, body: str) -> None:
    """Send a notice once the transaction commits (never for a change that was rolled back)."""
    addresses = sorted({user.email for user in recipients if user and user.email})
    if addresses:
        transaction.on_commit(lambda: send_mail(subject, body, None, addresses, fail_silently=True))


@transaction.atomic
def attachment_add(*, actor, case, uploaded_file):
    """Attach a checked file to a case the actor may change."""
    locked = case_lock(actor=actor, model=type(case), pk=case.pk, action="change")
    content_type = check_upload(uploaded_file)
    attachment = locked.attachments.create(
        file=uploaded_file,
        name=uploaded_file.name[:255],
        size=uploaded_file.size,
        content_type=content_type,
        uploaded_by=actor,
    )
    case_event_record(
        actor=actor, case=locked, comment=_("Attached %(name)s") % {"name": attachment.name}
    )
    return attachment


@transaction.atomic
def note_add(*, actor, case, text: str, action: str = "view"):
    """Add a note to a case the actor may see (a linked unit's line notes on its own item)."""
    text = text.strip()
    if not text:
        raise ValidationError(_("A note cannot be empty."), code="empty")
    locked = case_lock(actor=actor, model=type(case), pk=case.pk, action=action)
    return locked.notes.create(author=actor, text=text)
