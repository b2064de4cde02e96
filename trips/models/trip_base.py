"""What a trip shares with every case: owning unit, sign, status, deadline, version, companions.

The fields and the `restrict` entry point follow the shared case contract (an owning unit, linked
units with a reason, an event log, attachments, notes); a case outside the user's scope is
simply not in the queryset.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from orgunits.access import APPROVE, CHANGE, VIEW, units_in_scope


class CaseBase(models.Model):
    """A case: owned by a unit, signed, with a status, the next legal term and a version."""

    unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("owning unit"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    sign = models.CharField(_("case sign"), max_length=64, unique=True, editable=False)
    subject = models.CharField(_("subject"), max_length=500)
    status = models.CharField(_("status"), max_length=32)
    deadline = models.DateField(_("term"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    version = models.PositiveIntegerField(default=1)

    TRANSITIONS: dict = {}
    OPEN_STATUSES: tuple = ()
    AWAITING_APPROVAL: tuple = ()

    class Meta:
        abstract = True

    @classmethod
    def approvable_by(cls, user) -> Q:
        return Q(pk__in=[])


class TripQuerySet(models.QuerySet):
    """Trips restricted to what a user may view, change or approve (DESIGN §5 rule 1)."""

    def restrict(self, user, action: str = VIEW):
        """THE entry point: every list, detail, export and PDF reads through it."""
        if user is None or not user.is_authenticated:
            return self.none()
        if action == APPROVE:
            return self.filter(self.model.approvable_by(user))
        if action == CHANGE:
            return self.filter(unit__in=units_in_scope(user, CHANGE))
        scope = units_in_scope(user, VIEW)
        linked = self.model.links.field.model.objects.filter(case=OuterRef("pk"), unit__in=scope)
        return self.filter(Q(unit__in=scope) | Exists(linked))

    def overdue(self, today):
        """Open cases whose next term has passed."""
        return self.filter(status__in=self.model.OPEN_STATUSES, deadline__lt=today)

    def due_within(self, days: int, today):
        """Open cases whose next term falls within `days` days from `today`."""
        from datetime import timedelta

        return self.filter(
            status__in=self.model.OPEN_STATUSES,
            deadline__gte=today,
            deadline__lte=today + timedelta(days=days),
        )


class CaseLinkBase(models.Model):
    """A unit linked to a case for a stated reason; its line sees the case."""

    class Reason(models.TextChoices):
        SUBJECT = "subject", _("subject")
        DELEGATED = "delegated", _("delegated")
        OPINION = "opinion", _("opinion")
        FINDING = "finding", _("finding")
        TRAVELLER = "traveller", _("traveller's unit")

    unit = models.ForeignKey(
        "orgunits.OrgUnit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)

    class Meta:
        abstract = True


class CaseEventBase(models.Model):
    """A change of a case: who, when, from, to, comment."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    from_status = models.CharField(_("from"), max_length=32, blank=True)
    to_status = models.CharField(_("to"), max_length=32, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        abstract = True
        ordering = ["at", "pk"]


class CaseAttachmentBase(models.Model):
    """A file of a case in the private storage."""

    file = models.FileField(_("file"), upload_to="cases/%Y/%m/")
    name = models.CharField(_("name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"))
    content_type = models.CharField(_("type"), max_length=100)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["uploaded_at", "pk"]


class CaseNoteBase(models.Model):
    """A note on a case."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"), auto_now_add=True)
    text = models.TextField(_("text"))

    class Meta:
        abstract = True
        ordering = ["at", "pk"]
