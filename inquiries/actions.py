"""The buttons of a case page: which action, which service, which form, when it is offered.

A button shows only when the transition table allows the move from the current status and the
user may act (`change` through the owning unit's line; approve and return only for the stored
approver, never the drafter). The services check all of it again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from orgunits.access import APPROVE, CHANGE, unit_in_scope

from . import forms, services, workflow
from .workflow import Status


@dataclass(frozen=True)
class Action:
    """One action on a case: its button, its permission, its service and its form."""

    label: Promise
    permission: str
    service: Callable
    form: type | None
    offered: Callable


def _moves_to(status: str) -> Callable:
    return lambda inquiry: workflow.allowed(inquiry.status, status)


def _extendable(inquiry) -> bool:
    return inquiry.rule.extendable and inquiry.is_open and inquiry.extended_on is None


def _notice_due(inquiry) -> bool:
    return inquiry.is_open and inquiry.awaits_notice


def _submittable(inquiry) -> bool:
    return workflow.allowed(inquiry.status, Status.AWAITING_APPROVAL) and bool(inquiry.draft)


ACTIONS: dict[str, Action] = {
    "submit": Action(_("Submit for approval"), CHANGE, services.inquiry_submit, None, _submittable),
    "approve": Action(
        _("Approve the draft"),
        APPROVE,
        services.inquiry_approve,
        forms.CommentForm,
        _moves_to(Status.APPROVED),
    ),
    "return": Action(
        _("Return for corrections"),
        APPROVE,
        services.inquiry_return,
        forms.ReturnForm,
        _moves_to(Status.RETURNED),
    ),
    "send": Action(
        _("Record the answer as sent"),
        CHANGE,
        services.inquiry_send,
        forms.SendForm,
        _moves_to(Status.SENT),
    ),
    "close": Action(
        _("Close the case"), CHANGE, services.inquiry_close, None, _moves_to(Status.CLOSED)
    ),
    "extend": Action(
        _("Extend the term"), CHANGE, services.inquiry_extend, forms.ExtendForm, _extendable
    ),
    "notice": Action(
        _("Record the notice of handling"),
        CHANGE,
        services.inquiry_notice_sent,
        forms.NoticeForm,
        _notice_due,
    ),
}


def may_approve(user, inquiry) -> bool:
    """The stored approver, who is not the one who submitted the draft."""
    return (
        user.is_authenticated
        and inquiry.approver_id == user.pk
        and inquiry.submitted_by_id != user.pk
    )


def available_actions(user, inquiry) -> list[str]:
    """The actions offered to the user on this case now (at most one query)."""
    offered = [name for name, action in ACTIONS.items() if action.offered(inquiry)]
    if not offered:
        return []
    needs_change = any(ACTIONS[name].permission == CHANGE for name in offered)
    may_change = needs_change and unit_in_scope(user, inquiry.unit, CHANGE)
    allowed = {CHANGE: may_change, APPROVE: may_approve(user, inquiry)}
    return [name for name in offered if allowed[ACTIONS[name].permission]]


def may_edit_draft(user, inquiry) -> bool:
    """Whether the draft form is offered (the owning unit's line, while it may change)."""
    return inquiry.status in workflow.EDITABLE_STATUSES and unit_in_scope(
        user, inquiry.unit, CHANGE
    )
