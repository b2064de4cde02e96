"""The statuses of a § 9 pkt 2 case and the allowed moves between them, as data.

registered → drafting → awaiting approval → approved → sent → closed; the approver may return a
draft instead (returned → drafting, or straight back for approval). An extension of the term and
the MP notice are events on the case, not statuses.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """Where a case stands."""

    REGISTERED = "registered", _("Registered")
    DRAFTING = "drafting", _("Drafting the answer")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
    RETURNED = "returned", _("Returned for corrections")
    APPROVED = "approved", _("Approved")
    SENT = "sent", _("Answer sent")
    CLOSED = "closed", _("Closed")


TRANSITIONS: dict[str, tuple[str, ...]] = {
    Status.REGISTERED: (Status.DRAFTING,),
    Status.DRAFTING: (Status.AWAITING_APPROVAL,),
    Status.AWAITING_APPROVAL: (Status.APPROVED, Status.RETURNED),
    Status.RETURNED: (Status.DRAFTING, Status.AWAITING_APPROVAL),
    Status.APPROVED: (Status.SENT,),
    Status.SENT: (Status.CLOSED,),
    Status.CLOSED: (),
}

# Statuses in which the term runs (the answer has not gone out yet).
OPEN_STATUSES: tuple[str, ...] = (
    Status.REGISTERED,
    Status.DRAFTING,
    Status.AWAITING_APPROVAL,
    Status.RETURNED,
    Status.APPROVED,
)
AWAITING_APPROVAL: tuple[str, ...] = (Status.AWAITING_APPROVAL,)
# Statuses in which the draft may still be written.
EDITABLE_STATUSES: tuple[str, ...] = (Status.REGISTERED, Status.DRAFTING, Status.RETURNED)


def allowed(from_status: str, to_status: str) -> bool:
    """Whether the table lets a case move from one status to the other."""
    return to_status in TRANSITIONS.get(from_status, ())
