"""The office's structure: ordinances, the tree of reporting lines, people, dated snapshots."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase
from mptt.fields import TreeForeignKey
from mptt.managers import TreeManager
from mptt.models import MPTTModel
from simple_history.models import HistoricalRecords

MPTT_FIELDS = ["lft", "rght", "tree_id", "level"]


class Ordinance(models.Model):
    """An ordinance (zarządzenie) that sets the office's structure and tasks; the legal basis."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        APPROVED = "approved", _("approved")
        APPLIED = "applied", _("applied")

    number = models.CharField(_("number"), max_length=32, unique=True)
    signed_on = models.DateField(_("signed on"))
    title = models.CharField(_("title"), max_length=500, blank=True)
    effective_from = models.DateField(_("in force from"))
    supersedes = models.ForeignKey(
        "self",
        verbose_name=_("supersedes"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
    )
    supersedes_number = models.CharField(_("supersedes (number)"), max_length=32, blank=True)
    source_text = models.TextField(_("source text"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("ordinance")
        verbose_name_plural = _("ordinances")
        ordering = ["-effective_from", "-signed_on"]

    def __str__(self):
        return self.legal_name

    @property
    def legal_name(self) -> str:
        """How the act is cited in Polish records (data, not interface text)."""
        return f"Zarządzenie nr {self.number}"


class OrgUnitManager(TreeManager):
    """Tree manager; tree queries themselves live in `orgunits.selectors`."""

    def active(self):
        return self.get_queryset().filter(is_active=True)


class OrgUnit(MPTTModel):
    """A node of the tree of reporting lines: the Mayor, the Kancelaria, a unit, a post."""

    class Kind(models.TextChoices):
        AUTHORITY = "authority", _("authority")
        DEPARTMENT = "department", _("department")
        MANAGEMENT = "management", _("management post")
        UNIT = "unit", _("unit")
        POST = "post", _("post")
        PLENIPOTENTIARY = "plenipotentiary", _("plenipotentiary")
        EXTERNAL = "external", _("external unit")

    key = models.SlugField(
        _("key"),
        max_length=64,
        unique=True,
        help_text=_("A stable identifier, unique for good and never reused."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.UNIT)
    symbol = models.CharField(_("symbol"), max_length=20, blank=True)
    name = models.CharField(_("full name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=120, blank=True)
    parent = TreeForeignKey(
        "self",
        verbose_name=_("reports to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    department = models.ForeignKey(
        "self",
        verbose_name=_("belongs to department"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="department_members",
    )
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    archived_on = models.DateField(_("archived on"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=MPTT_FIELDS)

    objects = OrgUnitManager()

    class Meta:
        verbose_name = _("organisational unit")
        verbose_name_plural = _("organisational units")
        constraints = [
            models.UniqueConstraint(
                fields=["symbol"],
                condition=Q(is_active=True) & ~Q(symbol=""),
                name="orgunit_symbol_unique_among_active",
            )
        ]
        permissions = [
            ("view_unit_cases", _("Can see the cases of the unit and its subtree")),
            ("change_unit_cases", _("Can change the cases of the unit and its subtree")),
            ("approve_unit_cases", _("Can approve the cases of the unit and its subtree")),
        ]

    def __str__(self):
        label = self.short_name or self.name
        return f"{self.symbol} {label}" if self.symbol else label

    def get_absolute_url(self):
        return reverse(
            "orgunits:detail", args=[self.symbol if self.is_active and self.symbol else self.key]
        )

    @property
    def display_name(self):
        """The name as the office writes it in lists: symbol first, full name."""
        return f"{self.symbol} {self.name}" if self.symbol else self.name


class AssignmentQuerySet(models.QuerySet):
    """Assignments filtered by the day they are in force."""

    def active(self, on=None):
        day = on or timezone.localdate()
        return self.filter(valid_from__lte=day).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )


class Assignment(models.Model):
    """Who works in which unit, in which role, from which day to which day (both inclusive)."""

    class Role(models.TextChoices):
        HEAD = "head", _("head")
        SUBSTITUTE = "substitute", _("substitute")
        STAFF = "staff", _("staff")
        OBSERVER = "observer", _("observer")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="assignments"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.STAFF)
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["unit__tree_id", "unit__lft", "role", "user__last_name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="assignment_ends_after_it_starts",
            )
        ]

    def __str__(self):
        person = self.user.get_full_name() or self.user.get_username()
        return f"{person} — {self.unit} ({self.get_role_display()})"

    def is_active_on(self, day):
        return self.valid_from <= day and (self.valid_to is None or self.valid_to >= day)


class StructureSnapshot(models.Model):
    """The structure in legal force from a day, and the act or current change that set it."""

    BASIS_CURRENT_CHANGE = "zmiana bieżąca"

    effective_from = models.DateField(_("in force from"), db_index=True)
    basis = models.CharField(_("legal basis"), max_length=200)
    ordinance = models.ForeignKey(
        Ordinance,
        verbose_name=_("ordinance"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="snapshots",
    )
    summary = models.TextField(_("what changed"), blank=True)
    note = models.TextField(_("note"), blank=True)
    nodes = models.JSONField(_("structure"), default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("structure snapshot")
        verbose_name_plural = _("structure snapshots")
        ordering = ["-effective_from", "-created_at", "-id"]

    def __str__(self):
        return f"{self.effective_from:%Y-%m-%d} — {self.basis}"


# --- explicit grants (django-guardian direct foreign-key object permissions) -----------------


class OrgUnitUserObjectPermission(UserObjectPermissionBase):
    """A grant to one person on a unit and its subtree: an exception to the reporting lines."""

    content_object = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="user_grants"
    )

    class Meta(UserObjectPermissionBase.Meta):
        verbose_name = _("grant to a person")
        verbose_name_plural = _("grants to persons")


class OrgUnitGroupObjectPermission(GroupObjectPermissionBase):
    """A grant to a group (e.g. the City Treasurer's office) on a unit and its subtree."""

    content_object = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="group_grants"
    )

    class Meta(GroupObjectPermissionBase.Meta):
        verbose_name = _("grant to a group")
        verbose_name_plural = _("grants to groups")


class UnitGrantEvent(models.Model):
    """Who granted or revoked which access on which unit, and when: grants keep their history."""

    class Kind(models.TextChoices):
        GRANTED = "granted", _("granted")
        REVOKED = "revoked", _("revoked")

    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="grant_events"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    action = models.CharField(_("access"), max_length=16)
    kind = models.CharField(_("change"), max_length=16, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("grant change")
        verbose_name_plural = _("grant changes")
        ordering = ["-at", "-id"]

    def __str__(self):
        holder = self.user or self.group
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_kind_display()}: {holder} — {self.unit}"
