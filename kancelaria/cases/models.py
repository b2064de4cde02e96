"""What every case shares: owning unit, sign, status, deadline, version, and its companions.

A case type subclasses `Case` and each companion (`CaseLink`, `CaseEvent`, `CaseAttachment`,
`CaseNote`), giving the companion a foreign key `case` to itself with the related names `links`,
`events`, `attachments` and `notes`. It sets, as class attributes, `TRANSITIONS` (status → next
statuses), `OPEN_STATUSES`, `AWAITING_APPROVAL`, `JRWA_SETTING` (the name of the setting that
holds its JRWA class) and `search_fields`, and implements `approvable_by(user) -> Q`. It is then
listed in its AppConfig's `case_types`, so that "my work", the counts, search and reminders
find it. A case outside the user's scope is simply not in `restrict`'s queryset.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from orgunits.access import APPROVE, CHANGE, VIEW, units_in_scope


def case_files_storage():
    """The private storage of case files (never served from a public URL)."""
    return storages["case_files"]


class CaseQuerySet(models.QuerySet):
    """Cases restricted to what a user may view, change or approve (DESIGN §5 rule 1)."""

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

    def open(self):
        """Cases still being worked on."""
        return self.filter(status__in=self.model.OPEN_STATUSES)

    def overdue(self, today):
        """Open cases whose term passed before `today`."""
        return self.open().filter(deadline__lt=today)

    def due_within(self, days: int, today):
        """Open cases whose term falls from `today` to `days` days later."""
        return self.open().filter(deadline__gte=today, deadline__lte=today + timedelta(days=days))


class Case(models.Model):
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

    objects = CaseQuerySet.as_manager()

    TRANSITIONS: dict[str, tuple[str, ...]] = {}
    OPEN_STATUSES: tuple[str, ...] = ()
    AWAITING_APPROVAL: tuple[str, ...] = ()
    JRWA_SETTING = "CASE_DEFAULT_JRWA_CLASS"
    search_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.sign} {self.subject}"

    @classmethod
    def approvable_by(cls, user) -> Q:
        """Rows the user may approve; each case type decides (DESIGN §5 rule 2)."""
        return Q(pk__in=[])

    def allowed_next(self) -> tuple[str, ...]:
        """The statuses this case may move to from its current one."""
        return self.TRANSITIONS.get(self.status, ())


class SignCounter(models.Model):
    """The last number given per (symbol, JRWA class, year), so that signs are never repeated."""

    symbol = models.CharField(max_length=20)
    jrwa_class = models.CharField(max_length=20)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["symbol", "jrwa_class", "year"], name="sign_counter_unique"
            )
        ]

    def __str__(self):
        return f"{self.symbol}.{self.jrwa_class}.{self.last_number}.{self.year}"


class CaseLink(models.Model):
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


class CaseEvent(models.Model):
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


class CaseAttachment(models.Model):
    """A file of a case in the private storage."""

    file = models.FileField(_("file"), upload_to="cases/%Y/%m/", storage=case_files_storage)
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


class CaseNote(models.Model):
    """A note on a case."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"), auto_now_add=True)
    text = models.TextField(_("text"))

    class Meta:
        abstract = True
        ordering = ["at", "pk"]


class ReminderLog(models.Model):
    """That a person was sent the day's reminder: a second run, on any server, sends nothing."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    items = models.PositiveIntegerField(_("items"), default=0)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="reminder_once_a_day")]

    def __str__(self):
        return f"{self.user_id} {self.day}"
