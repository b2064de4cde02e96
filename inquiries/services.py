"""Every change to an inquiry: one function each, one transaction, an event, mail after commit.

Status moves go through the shared `case_transition` (lock, transition table, permission,
version, event); the fields that come with a move are written in the same transaction. The
extension of a term and the MP notice change no status: they lock the row, check the permission
and record an event of their own.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from kancelaria.cases.services import (
    attachment_add,
    case_event_record,
    case_sign_assign,
    case_transition,
    case_version_check,
)
from orgunits.access import CHANGE, approver_for, unit_in_scope

from . import mail, terms
from .models import Inquiry
from .workflow import EDITABLE_STATUSES, Status


def _locked(*, actor, inquiry: Inquiry, action: str = CHANGE) -> Inquiry:
    """The inquiry's row, locked, when the actor may act on it; 404 otherwise."""
    found = (
        Inquiry.objects.restrict(actor, action).select_for_update().filter(pk=inquiry.pk).first()
    )
    if found is None:
        raise Http404
    return found


def _event(*, actor, case: Inquiry, comment: str) -> None:
    """An event that changes no status (a saved draft, an extension, a notice)."""
    case_event_record(
        actor=actor, case=case, from_status=case.status, to_status=case.status, comment=comment
    )


def _day(value: date) -> str:
    return date_format(value, "j E Y")


def _not_in_future(day: date, field: str) -> None:
    if day > timezone.localdate():
        raise ValidationError({field: _("The date cannot be in the future.")})


@transaction.atomic
def inquiry_register(
    *, actor, unit, kind, received_on, sender, subject, text="", uploaded_file=None
) -> Inquiry:
    """Register a letter that needs an answer; its term starts running from receipt."""
    if not unit_in_scope(actor, unit, CHANGE):
        raise ValidationError({"unit": _("You may not register cases of this unit.")})
    _not_in_future(received_on, "received_on")
    inquiry = Inquiry(
        unit=unit,
        kind=kind,
        received_on=received_on,
        sender=sender,
        subject=subject,
        text=text,
        publish=terms.is_published(kind),
        deadline=terms.first_deadline(kind, received_on),
        status=Status.REGISTERED,
        created_by=actor,
    )
    case_sign_assign(case=inquiry)
    inquiry.save()
    case_event_record(actor=actor, case=inquiry, from_status="", to_status=Status.REGISTERED)
    if uploaded_file is not None:
        try:
            attachment_add(actor=actor, case=inquiry, uploaded_file=uploaded_file)
        except ValidationError as error:
            raise ValidationError({"attachment": error.messages}) from error
    return inquiry


@transaction.atomic
def inquiry_draft_save(*, actor, inquiry: Inquiry, draft: str, version: int) -> Inquiry:
    """Save the draft answer; a stale version is refused so no one's work is overwritten."""
    locked = _locked(actor=actor, inquiry=inquiry)
    case_version_check(locked, version)
    if locked.status not in EDITABLE_STATUSES:
        raise ValidationError(_("The draft can no longer be changed in this status."))
    if locked.status != Status.DRAFTING:
        locked = case_transition(
            actor=actor, case=locked, to_status=Status.DRAFTING, comment=_("Draft saved.")
        )
    else:
        locked.version += 1
        _event(actor=actor, case=locked, comment=_("Draft saved."))
    locked.draft = draft
    locked.save(update_fields=["draft", "version", "updated_at"])
    return locked


@transaction.atomic
def inquiry_submit(*, actor, inquiry: Inquiry) -> Inquiry:
    """Send the draft up the reporting line to the one who approves it (stored on the case)."""
    locked = _locked(actor=actor, inquiry=inquiry)
    if not locked.draft.strip():
        raise ValidationError(_("Write the draft answer before submitting it for approval."))
    approver = approver_for(actor, locked.unit)
    if approver is None:
        raise ValidationError(_("Nobody in the structure approves this draft."))
    locked = case_transition(actor=actor, case=locked, to_status=Status.AWAITING_APPROVAL)
    locked.approver = approver
    locked.submitted_by = actor
    locked.save(update_fields=["approver", "submitted_by"])
    mail.on_commit_to(approver, "submitted", locked)
    return locked


@transaction.atomic
def inquiry_approve(*, actor, inquiry: Inquiry, comment: str = "") -> Inquiry:
    """The approver accepts the draft: the unit may send the answer."""
    locked = case_transition(
        actor=actor, case=inquiry, to_status=Status.APPROVED, action="approve", comment=comment
    )
    locked.approved_at = timezone.now()
    locked.save(update_fields=["approved_at"])
    mail.on_commit_to(locked.submitted_by, "approved", locked)
    return locked


@transaction.atomic
def inquiry_return(*, actor, inquiry: Inquiry, comment: str) -> Inquiry:
    """The approver sends the draft back, saying what to correct."""
    if not comment.strip():
        raise ValidationError({"comment": _("Say what is to be corrected.")})
    locked = case_transition(
        actor=actor, case=inquiry, to_status=Status.RETURNED, action="approve", comment=comment
    )
    mail.on_commit_to(locked.submitted_by, "returned", locked)
    return locked


@transaction.atomic
def inquiry_send(*, actor, inquiry: Inquiry, sent_on: date) -> Inquiry:
    """Record that the approved answer went out; the term stops running."""
    _not_in_future(sent_on, "sent_on")
    if sent_on < inquiry.received_on:
        raise ValidationError({"sent_on": _("The answer cannot go out before the letter came.")})
    locked = case_transition(actor=actor, case=inquiry, to_status=Status.SENT)
    locked.sent_on = sent_on
    locked.save(update_fields=["sent_on"])
    return locked


@transaction.atomic
def inquiry_close(*, actor, inquiry: Inquiry, comment: str = "") -> Inquiry:
    """Close a case whose answer went out (and, for an interpellation, was published)."""
    return case_transition(actor=actor, case=inquiry, to_status=Status.CLOSED, comment=comment)


@transaction.atomic
def inquiry_extend(*, actor, inquiry: Inquiry, new_term: date, reason: str) -> Inquiry:
    """Extend a public-information term (art. 13 ust. 2): a notice with the reason, once."""
    locked = _locked(actor=actor, inquiry=inquiry)
    limit = terms.extension_limit(locked.kind, locked.received_on)
    if limit is None:
        raise ValidationError(_("Only a public-information request may be extended."))
    if not locked.is_open or locked.extended_on is not None:
        raise ValidationError(_("This term can no longer be extended."))
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason for the extension.")})
    _check_new_term(new_term, locked.deadline, limit)
    previous = locked.deadline
    locked.deadline = new_term
    locked.extended_on = timezone.localdate()
    locked.extension_reason = reason
    locked.version += 1
    locked.save(
        update_fields=["deadline", "extended_on", "extension_reason", "version", "updated_at"]
    )
    comment = _("Term extended from %(old)s to %(new)s: %(reason)s") % {
        "old": _day(previous),
        "new": _day(new_term),
        "reason": reason,
    }
    case_event_record(
        actor=actor,
        case=locked,
        from_status=locked.status,
        to_status=locked.status,
        comment=comment,
    )
    return locked


def _check_new_term(new_term: date, current: date | None, limit: date) -> None:
    if current is not None and new_term <= current:
        raise ValidationError({"new_term": _("The new term must be later than the current one.")})
    if new_term > limit:
        raise ValidationError(
            {
                "new_term": _("The term may be extended to two months from receipt at most: %(d)s.")
                % {"d": _day(limit)}
            }
        )


@transaction.atomic
def inquiry_notice_sent(*, actor, inquiry: Inquiry, sent_on: date, agreed_term: date) -> Inquiry:
    """Record the notice to an MP or senator (art. 20) and the answer term agreed in it."""
    locked = _locked(actor=actor, inquiry=inquiry)
    if not locked.rule.notice_first:
        raise ValidationError(_("Only an MP's or senator's intervention takes this notice."))
    if not locked.is_open or locked.notice_sent_on is not None:
        raise ValidationError(_("The notice has already been recorded."))
    _not_in_future(sent_on, "sent_on")
    if sent_on < locked.received_on:
        raise ValidationError({"sent_on": _("The notice cannot go out before the letter came.")})
    if agreed_term < sent_on:
        raise ValidationError({"agreed_term": _("The agreed term cannot precede the notice.")})
    locked.notice_sent_on = sent_on
    locked.agreed_term = agreed_term
    locked.deadline = agreed_term
    locked.version += 1
    locked.save(
        update_fields=["notice_sent_on", "agreed_term", "deadline", "version", "updated_at"]
    )
    comment = _("Notice of handling sent; answer term agreed: %(d)s") % {"d": _day(agreed_term)}
    case_event_record(
        actor=actor,
        case=locked,
        from_status=locked.status,
        to_status=locked.status,
        comment=comment,
    )
    return locked
