"""A dossier: the smallest case type, so the shared machinery is tested on its own."""

from django.db import models
from django.db.models import Q

from kancelaria.cases.models import Case, CaseAttachment, CaseEvent, CaseLink, CaseNote


class Dossier(Case):
    """A case with three statuses and an approval step."""

    class Status(models.TextChoices):
        OPEN = "open", "otwarta"
        SUBMITTED = "submitted", "do zatwierdzenia"
        CLOSED = "closed", "zamknięta"

    TRANSITIONS = {"open": ("submitted",), "submitted": ("open", "closed")}
    OPEN_STATUSES = ("open", "submitted")
    AWAITING_APPROVAL = ("submitted",)
    JRWA_SETTING = "DOSSIER_JRWA_CLASS"

    status = models.CharField(max_length=32, choices=Status.choices, default=Status.OPEN)
    approver = models.ForeignKey(
        "auth.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    @classmethod
    def approvable_by(cls, user):
        return Q(approver=user, status__in=cls.AWAITING_APPROVAL)

    def get_absolute_url(self):
        return f"/dossiers/{self.pk}/"


class DossierLink(CaseLink):
    case = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="links")


class DossierEvent(CaseEvent):
    case = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="events")


class DossierAttachment(CaseAttachment):
    case = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="attachments")


class DossierNote(CaseNote):
    case = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="notes")
