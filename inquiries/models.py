"""The case every unit owns (§ 9 pkt 2): a letter that needs an answer within a statutory term.

The owning `unit` drafts the answer (any unit, PO and KP-05 included). The draft goes to the
approver `approver_for(drafter, unit)` gives at submission, stored on the case: the approver of
record is the one the reporting lines named when the draft was submitted (a later change in the
structure does not move a draft already waiting; a returned and resubmitted draft asks afresh).
Companions (links, events, attachments, notes) are the shared ones, bound to this case type.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kancelaria.cases.models import Case, CaseAttachment, CaseEvent, CaseLink, CaseNote

from . import terms, workflow
from .terms import Kind
from .workflow import Status


class Inquiry(Case):
    """An interpellation, committee motion, MP's intervention or public-information request."""

    TRANSITIONS = workflow.TRANSITIONS
    OPEN_STATUSES = workflow.OPEN_STATUSES
    AWAITING_APPROVAL = workflow.AWAITING_APPROVAL
    JRWA_SETTING = "INQUIRIES_JRWA_CLASS"
    search_fields = ("sender",)
    case_type_label = _("Inquiries")

    Kind = Kind
    Status = Status

    status = models.CharField(
        _("status"), max_length=32, choices=Status.choices, default=Status.REGISTERED
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    received_on = models.DateField(_("received on"))
    sender = models.CharField(_("sender"), max_length=300)
    text = models.TextField(_("text"), blank=True)
    publish = models.BooleanField(_("question and answer to be published"), default=False)
    draft = models.TextField(_("draft answer"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approver"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    sent_on = models.DateField(_("answer sent on"), null=True, blank=True)
    notice_sent_on = models.DateField(_("notice of handling sent on"), null=True, blank=True)
    agreed_term = models.DateField(_("agreed answer term"), null=True, blank=True)
    extended_on = models.DateField(_("extension notice sent on"), null=True, blank=True)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ("-received_on", "-pk")
        indexes = [models.Index(fields=("unit", "status")), models.Index(fields=("deadline",))]

    def __str__(self):
        return f"{self.sign} {self.subject}"

    def get_absolute_url(self):
        return reverse("inquiries:detail", args=[self.pk])

    @classmethod
    def approvable_by(cls, user) -> Q:
        """Drafts waiting for this user as their stored approver; never one's own draft."""
        if user is None or not user.is_authenticated:
            return Q(pk__in=[])
        return Q(status__in=workflow.AWAITING_APPROVAL, approver=user) & ~Q(submitted_by=user)

    @property
    def rule(self) -> terms.KindRule:
        return terms.RULES[self.kind]

    @property
    def is_open(self) -> bool:
        return self.status in workflow.OPEN_STATUSES

    def is_overdue(self, today: date) -> bool:
        """Whether the term ran out before the answer went out."""
        return self.is_open and self.deadline is not None and self.deadline < today

    @property
    def overdue(self) -> bool:
        """Overdue today (Warsaw): what the registers mark."""
        return self.is_overdue(timezone.localdate())

    @property
    def awaits_notice(self) -> bool:
        """An MP's intervention whose notice of handling has not gone out yet."""
        return self.rule.notice_first and self.notice_sent_on is None


class InquiryLink(CaseLink):
    """Another unit taking part in an inquiry (asked for an opinion, for instance)."""

    case = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="links")


class InquiryEvent(CaseEvent):
    """One change of an inquiry: who, when, from which status to which, why."""

    case = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="events")


class InquiryAttachment(CaseAttachment):
    """A file of an inquiry: the letter received, the answer sent, a notice."""

    case = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="attachments")


class InquiryNote(CaseNote):
    """A working note on an inquiry."""

    case = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="notes")
