"""The foreign business trip as a case (§ 4 ust. 2): one traveller's trip, owned by the trips post.

A trip is owned by the trips post (`kp-01-wyjazdy`) and linked with the reason "traveller" to
the traveller's unit, so that unit's reporting line sees it. Several people travelling together
are a delegation: trips grouped under one `Journey` that holds the shared programme, each with
its own order, settlement and report. Statuses are data (`Trip.TRANSITIONS`); every change goes
through `trips.services` and leaves a `TripEvent`.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kancelaria.cases.models import Case, CaseAttachment, CaseEvent, CaseLink, CaseNote
from orgunits.access import VIEW, units_in_scope

from .reference import CURRENCY_CODE, Country


class Journey(models.Model):
    """A delegation: several travellers' trips sharing one programme and the same dates."""

    name = models.CharField(_("name"), max_length=300)
    programme = models.TextField(_("programme"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")
        ordering = ["-created_at"]

    def __str__(self):
        return self.name


class Trip(Case):
    """One traveller's foreign business trip: the order, the journey, the settlement, the report."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("submitted for approval")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        UNDER_WAY = "under_way", _("under way")
        RETURNED = "returned", _("returned")
        SETTLEMENT_SUBMITTED = "settlement_submitted", _("settlement submitted")
        SETTLED = "settled", _("settled")
        REPORT_SUBMITTED = "report_submitted", _("report submitted")
        CLOSED = "closed", _("closed")
        CANCELLED = "cancelled", _("cancelled")

    S = Status
    TRANSITIONS = {
        S.DRAFT: (S.SUBMITTED, S.CANCELLED),
        S.SUBMITTED: (S.APPROVED, S.REJECTED, S.CANCELLED),
        S.APPROVED: (S.UNDER_WAY, S.CANCELLED),
        S.REJECTED: (),
        S.UNDER_WAY: (S.RETURNED,),
        S.RETURNED: (S.SETTLEMENT_SUBMITTED,),
        S.SETTLEMENT_SUBMITTED: (S.SETTLED, S.RETURNED),
        S.SETTLED: (S.REPORT_SUBMITTED,),
        S.REPORT_SUBMITTED: (S.CLOSED,),
        S.CLOSED: (),
        S.CANCELLED: (),
    }
    OPEN_STATUSES = (
        S.DRAFT,
        S.SUBMITTED,
        S.APPROVED,
        S.UNDER_WAY,
        S.RETURNED,
        S.SETTLEMENT_SUBMITTED,
        S.SETTLED,
        S.REPORT_SUBMITTED,
    )
    AWAITING_APPROVAL = (S.SUBMITTED,)
    #: Until the settlement is submitted it is outstanding; until the report, the report.
    SETTLEMENT_OUTSTANDING = (S.RETURNED,)
    REPORT_OUTSTANDING = (S.RETURNED, S.SETTLEMENT_SUBMITTED, S.SETTLED)
    JRWA_SETTING = "TRIPS_JRWA_CLASS"
    search_fields = ("traveller_name", "cities", "purpose", "inviting_party")
    case_type_label = _("foreign business trips")

    class Category(models.TextChoices):
        PRESIDENT = "president", _("Mayor (Prezydent)")
        DEPUTY_MAYOR = "deputy_mayor", _("Deputy Mayor")
        PLENIPOTENTIARY = "plenipotentiary", _("Plenipotentiary")
        SECRETARY = "secretary", _("City Secretary")
        TREASURER = "treasurer", _("City Treasurer")
        STAFF = "staff", _("city-hall employee")
        COUNCILLOR = "councillor", _("city councillor")

    class Transport(models.TextChoices):
        PLANE = "plane", _("plane")
        TRAIN = "train", _("train")
        BUS = "bus", _("bus")
        OFFICIAL_CAR = "official_car", _("official car")
        PRIVATE_CAR = "private_car", _("private car")
        OTHER = "other", _("other")

    class Funding(models.TextChoices):
        BUDGET = "budget", _("city budget task")
        HOST = "host", _("paid by the host")
        MIXED = "mixed", _("partly budget, partly host")

    journey = models.ForeignKey(
        Journey,
        verbose_name=_("delegation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="trips",
    )
    traveller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("traveller (user)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    traveller_name = models.CharField(_("traveller"), max_length=200)
    traveller_category = models.CharField(
        _("traveller category"), max_length=20, choices=Category.choices
    )
    traveller_unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("traveller's unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    cities = models.CharField(_("cities"), max_length=300)
    purpose = models.TextField(_("purpose"))
    inviting_party = models.CharField(_("inviting party"), max_length=300, blank=True)
    programme = models.TextField(_("programme"), blank=True)
    planned_departure = models.DateTimeField(_("planned departure"))
    planned_return = models.DateTimeField(_("planned return"))
    transport = models.CharField(_("transport"), max_length=20, choices=Transport.choices)
    funding = models.CharField(_("funding"), max_length=10, choices=Funding.choices)
    budget_task = models.CharField(_("budget task"), max_length=200, blank=True)
    advance_requested = models.DecimalField(
        _("advance requested"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    advance_currency = models.CharField(
        _("advance currency"), max_length=3, blank=True, validators=[CURRENCY_CODE]
    )
    # the order: approved in the system, or given outside it and recorded
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ordered by (in the system)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("ordered at"), null=True, blank=True)
    order_given_by = models.CharField(_("order given by"), max_length=200, blank=True)
    order_date = models.DateField(_("order date"), null=True, blank=True)
    order_reference = models.CharField(_("order reference"), max_length=100, blank=True)
    order_scan = models.ForeignKey(
        "trips.TripAttachment",
        verbose_name=_("order scan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # what happened
    departed_at = models.DateTimeField(_("departure"), null=True, blank=True)
    border_out_at = models.DateTimeField(_("border crossed (out)"), null=True, blank=True)
    border_in_at = models.DateTimeField(_("border crossed (back)"), null=True, blank=True)
    returned_at = models.DateTimeField(_("return"), null=True, blank=True)
    settlement_due = models.DateField(_("settlement due"), null=True, blank=True)
    report_due = models.DateField(_("report due"), null=True, blank=True)
    settlement_submitted_on = models.DateField(_("settlement submitted on"), null=True, blank=True)
    settled_on = models.DateField(_("settled on"), null=True, blank=True)
    report_submitted_on = models.DateField(_("report submitted on"), null=True, blank=True)
    settlement_input = models.JSONField(_("settlement input"), null=True, blank=True)
    settlement_result = models.JSONField(_("settlement"), null=True, blank=True)
    settlement_total_pln = models.DecimalField(
        _("settlement balance (PLN)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    report_text = models.TextField(_("report"), blank=True)

    class Meta:
        verbose_name = _("foreign business trip")
        verbose_name_plural = _("foreign business trips")
        ordering = ["-planned_departure", "-pk"]
        indexes = [
            models.Index(fields=["status", "settlement_due"]),
            models.Index(fields=["status", "report_due"]),
            models.Index(fields=["planned_departure"]),
        ]

    def __str__(self):
        return f"{self.sign} {self.traveller_name}"

    def get_absolute_url(self):
        return reverse("trips:detail", args=[self.pk])

    @classmethod
    def approvable_by(cls, user) -> Q:
        """Trips awaiting an order from the traveller's line above `user`, not their own.

        A narrowing for lists; `trips.services.trip_approve` decides exactly with
        `orgunits.access.may_approve` (the first node up with a head or substitute).
        """
        return (
            Q(status__in=cls.AWAITING_APPROVAL, traveller_category=cls.Category.STAFF)
            & Q(traveller__isnull=False, traveller_unit__in=units_in_scope(user, VIEW))
            & ~Q(traveller=user)
        )

    def get_status_display(self) -> str:
        """The status in words (the shared `status` field carries no choices)."""
        return str(self.Status(self.status).label)

    @property
    def ordered_in_system(self) -> bool:
        """Staff of the Kancelaria with an account are ordered by their approver in the system."""
        return self.traveller_category == self.Category.STAFF and self.traveller_id is not None


class TripDestination(models.Model):
    """A destination country named in the order, in the order travelled (transit does not count)."""

    trip = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="destinations")
    country = models.ForeignKey(Country, verbose_name=_("country"), on_delete=models.PROTECT)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("destination country")
        verbose_name_plural = _("destination countries")
        ordering = ["trip", "position"]
        constraints = [
            models.UniqueConstraint(fields=["trip", "country"], name="trips_destination_once")
        ]

    def __str__(self):
        return self.country.name


class TripCostEstimate(models.Model):
    """The estimated cost of one kind, for the order and the budget task."""

    class Kind(models.TextChoices):
        PER_DIEM = "per_diem", _("per-diem")
        LODGING = "lodging", _("lodging")
        TRANSPORT = "transport", _("tickets and transport")
        FEES = "fees", _("conference fees")
        INSURANCE = "insurance", _("insurance")
        OTHER = "other", _("other")

    trip = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="estimates")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    amount = models.DecimalField(
        _("amount"), max_digits=10, decimal_places=2, validators=[MinValueValidator(0)]
    )
    currency = models.CharField(_("currency"), max_length=3, validators=[CURRENCY_CODE])

    class Meta:
        verbose_name = _("estimated cost")
        verbose_name_plural = _("estimated costs")
        ordering = ["trip", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="trips_estimate_not_negative"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.amount} {self.currency}"


class TripLink(CaseLink):
    """A unit the trip is linked to: the traveller's unit, whose line sees it."""

    case = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="links")


class TripEvent(CaseEvent):
    """One change of a trip: who, when, from which status to which, why."""

    case = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="events")


class TripAttachment(CaseAttachment):
    """A file of a trip: the order scan, invoices, the report."""

    case = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="attachments")


class TripNote(CaseNote):
    """A note on a trip, kept with its author and time."""

    case = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="notes")
