"""A memo: a case with a draft, an approval by a stored approver and a closing."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from kancelaria.cases.models import Case, CaseAttachment, CaseEvent, CaseLink, CaseNote


class Memo(Case):
    """The smallest case type: enough to exercise everything every case shares."""

    class Status(models.TextChoices):
        DRAFT = "draft", "draft"
        SUBMITTED = "submitted", "submitted"
        APPROVED = "approved", "approved"
        CLOSED = "closed", "closed"

    TRANSITIONS = {
        Status.DRAFT: (Status.SUBMITTED,),
        Status.SUBMITTED: (Status.APPROVED, Status.DRAFT),
        Status.APPROVED: (Status.CLOSED,),
    }
    OPEN_STATUSES = (Status.DRAFT, Status.SUBMITTED, Status.APPROVED)
    AWAITING_APPROVAL = (Status.SUBMITTED,)
    JRWA_SETTING = "TESTCASES_JRWA_CLASS"
    search_fields = ("sender",)
    case_type_label = "Memos"

    sender = models.CharField(max_length=200, blank=True)
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    @classmethod
    def approvable_by(cls, user) -> Q:
        """Submitted memos waiting for this user as their approver."""
        return Q(status__in=cls.AWAITING_APPROVAL, approver=user)

    def get_absolute_url(self):
        return reverse("testcases:detail", args=[self.pk])


class MemoLink(CaseLink):
    case = models.ForeignKey(Memo, on_delete=models.CASCADE, related_name="links")


class MemoEvent(CaseEvent):
    case = models.ForeignKey(Memo, on_delete=models.CASCADE, related_name="events")


class MemoAttachment(CaseAttachment):
    case = models.ForeignKey(Memo, on_delete=models.CASCADE, related_name="attachments")


class MemoNote(CaseNote):
    case = models.ForeignKey(Memo, on_delete=models.CASCADE, related_name="notes")
