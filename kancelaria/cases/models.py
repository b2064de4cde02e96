"""The abstract case, its companions and the counters of case signs.

Every case type subclasses `Case` and the four companions (see the package docstring); the
shared code reaches a type's companions through the related names "links", "events",
"attachments" and "notes". `SignCounter` and `ReminderLog` are concrete models of the
`kancelaria` app.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from orgunits.access import APPROVE, CHANGE, VIEW, units_in_scope

from .storage import case_file_path, case_files_storage


def companion_model(case_model, related_name: str):
    """The concrete companion model bound to a case type through `related_name`, or None."""
    try:
        return case_model._meta.get_field(related_name).related_model
    except FieldDoesNotExist:
        return None


class CaseQuerySet(models.QuerySet):
    """Cases restricted to what a user may do (DESIGN §5 rule 1), and the term queries."""

    def restrict(self, user, action: str = VIEW):
        """THE entry point: every list, detail, download, export and count reads through it."""
        if user is None or not user.is_authenticated:
            return self.none()
        if action == APPROVE:
            return self.filter(self.model.approvable_by(user))
        if action == CHANGE:
            return self.filter(unit__in=units_in_scope(user, CHANGE))
        if action != VIEW:
            raise ValueError(f"Unknown action on a case: {action!r}")
        scope = units_in_scope(user, VIEW)
        link_model = companion_model(self.model, "links")
        if link_model is None:
            return self.filter(unit__in=scope)
        linked = link_model.objects.filter(case=OuterRef("pk"), unit__in=scope)
        return self.filter(Q(unit__in=scope) | Exists(linked))

    def open(self):
        """Cases still being handled (the type's `OPEN_STATUSES`)."""
        return self.filter(status__in=self.model.OPEN_STATUSES)

    def overdue(self, today: date | None = None):
        """Open cases whose term has passed."""
        today = today or timezone.localdate()
        return self.open().filter(deadline__lt=today)

    def due_within(self, days: int, today: date | None = None):
        """Open cases whose term falls today or within the next `days` days."""
        today = today or timezone.localdate()
        return self.open().filter(deadline__gte=today, deadline__lte=today + timedelta(days=days))


CaseManager = models.Manager.from_queryset(CaseQuerySet)


class Case(models.Model):
    """A case: owned by a unit, signed, with a status, its next legal term and a version."""

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
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    objects = CaseManager()

    TRANSITIONS: dict[str, tuple[str, ...]] = {}
    OPEN_STATUSES: tuple[str, ...] = ()
    AWAITING_APPROVAL: tuple[str, ...] = ()
    JRWA_SETTING: str = ""
    search_fields: tuple[str, ...] = ()
    case_type_label = _("Cases")

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.sign} {self.subject}"

    @classmethod
    def approvable_by(cls, user) -> Q:
        """Rows the user may approve; a type without approval lets nobody approve."""
        return Q(pk__in=[])

    @classmethod
    def jrwa_class(cls) -> str:
        """The JRWA class of this type, as the office configures it."""
        return (
            str(getattr(settings, cls.JRWA_SETTING, "") or "0000") if cls.JRWA_SETTING else "0000"
        )

    def status_label(self) -> str:
        """The status as the user reads it (the field's choices, when the type defines them)."""
        return self.get_status_display() if hasattr(self, "get_status_display") else self.status


class CaseLink(models.Model):
    """Another unit tied to a case for a stated reason; that unit's line sees the case."""

    class Reason(models.TextChoices):
        SUBJECT = "subject", _("subject of the case")
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
    """A change of a case, for the timeline: who, when, from which status to which, why."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    from_status = models.CharField(_("from"), max_length=32, blank=True)
    to_status = models.CharField(_("to"), max_length=32, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        abstract = True
        ordering = ["at", "pk"]


class CaseAttachment(models.Model):
    """A file of a case, kept in the private case storage and downloaded only through `restrict`."""

    file = models.FileField(
        _("file"), storage=case_files_storage, upload_to=case_file_path, max_length=255
    )
    name = models.CharField(_("name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"))
    content_type = models.CharField(_("type"), max_length=100)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("added at"), default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["uploaded_at", "pk"]


class CaseNote(models.Model):
    """A working note on a case, seen by everyone who sees the case."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    text = models.TextField(_("text"))

    class Meta:
        abstract = True
        ordering = ["at", "pk"]


class SignCounter(models.Model):
    """The last number given per symbol, JRWA class and year, so that signs never repeat."""

    symbol = models.CharField(_("symbol"), max_length=32)
    jrwa_class = models.CharField(_("JRWA class"), max_length=16)
    year = models.PositiveSmallIntegerField(_("year"))
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        app_label = "kancelaria"
        verbose_name = _("case sign counter")
        verbose_name_plural = _("case sign counters")
        constraints = [
            models.UniqueConstraint(
                fields=["symbol", "jrwa_class", "year"], name="sign_counter_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.symbol}.{self.jrwa_class}.{self.last_number}.{self.year}"


class ReminderLog(models.Model):
    """That a person got the day's reminder, so that a second run (or server) sends nothing."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    items = models.PositiveIntegerField(_("items"), default=0)

    class Meta:
        app_label = "kancelaria"
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="reminder_once_a_day")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.day}"
