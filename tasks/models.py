"""The task catalogue: each ordinance's nodes, lists of tasks and tasks, and their import.

An ordinance's catalogue is kept whole and never edited: a new ordinance brings a new catalogue
(the diff between two ordinances compares them) and the catalogue in force is the one of the
ordinance last applied. The draft life cycle (draft → approved → applied) is `Ordinance.status`;
what the importer found and who did what with the draft live here (`OrdinanceImport`,
`OrdinanceEvent`), so that `orgunits` needs no field for it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from orgunits.models import Ordinance, OrgUnit

from .importer import reference


class OrdinanceImport(models.Model):
    """An ordinance read by the importer: the summary, the warnings, who imported it."""

    ordinance = models.OneToOneField(
        Ordinance,
        verbose_name=_("ordinance"),
        primary_key=True,
        on_delete=models.PROTECT,
        related_name="import_record",
    )
    summary = models.JSONField(_("summary"), default=dict)
    warnings = models.JSONField(_("warnings"), default=list)
    imported_at = models.DateTimeField(_("imported at"), default=timezone.now)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("ordinance import")
        verbose_name_plural = _("ordinance imports")
        ordering = ["-ordinance__effective_from", "-imported_at"]
        permissions = [
            ("approve_ordinanceimport", _("Can approve and apply an imported ordinance")),
        ]

    def __str__(self):
        return str(self.ordinance)


class OrdinanceEvent(models.Model):
    """Who did what to an imported ordinance and when (import, decisions, approval, application)."""

    class Action(models.TextChoices):
        IMPORTED = "imported", _("imported")
        REIMPORTED = "reimported", _("imported again with a new text")
        KEY_CHANGED = "key_changed", _("key changed")
        MATCH_CONFIRMED = "match_confirmed", _("match confirmed")
        MATCH_REJECTED = "match_rejected", _("match rejected")
        APPROVED = "approved", _("approved")
        WITHDRAWN = "withdrawn", _("approval withdrawn")
        APPLIED = "applied", _("applied")

    ordinance = models.ForeignKey(
        Ordinance, verbose_name=_("ordinance"), on_delete=models.PROTECT, related_name="events"
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    action = models.CharField(_("what"), max_length=20, choices=Action.choices)
    from_status = models.CharField(_("from status"), max_length=16, blank=True)
    to_status = models.CharField(_("to status"), max_length=16, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("ordinance event")
        verbose_name_plural = _("ordinance events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.ordinance} — {self.get_action_display()}"


class OrdinanceUnit(models.Model):
    """A node of the structure as one ordinance states it, and the unit it is (or becomes)."""

    class Match(models.TextChoices):
        SYMBOL = "symbol", _("same symbol")
        KEY = "key", _("same key")
        NAME = "name", _("same superior, kind and name")
        SIMILAR = "similar", _("similar name under the same superior")
        ELSEWHERE = "elsewhere", _("same name under another superior")
        NEW = "new", _("new unit")

    class Decision(models.TextChoices):
        NONE = "", _("not needed")
        PENDING = "pending", _("to be confirmed")
        CONFIRMED = "confirmed", _("confirmed: the same unit")
        REJECTED = "rejected", _("rejected: a new unit")

    ordinance = models.ForeignKey(
        Ordinance,
        verbose_name=_("ordinance"),
        on_delete=models.CASCADE,
        related_name="structure_nodes",
    )
    position = models.PositiveIntegerField(_("order"))
    key = models.SlugField(_("key"), max_length=64)
    kind = models.CharField(_("kind"), max_length=20, choices=OrgUnit.Kind.choices)
    symbol = models.CharField(_("symbol"), max_length=20, blank=True)
    name = models.CharField(_("full name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=120, blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reports to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    department = models.ForeignKey(
        "self",
        verbose_name=_("belongs to department"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ordinance_nodes",
    )
    match = models.CharField(_("matched by"), max_length=12, choices=Match.choices)
    match_note = models.CharField(_("why it is doubtful"), max_length=300, blank=True)
    decision = models.CharField(
        _("decision"), max_length=12, choices=Decision.choices, blank=True, default=""
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("unit in the ordinance")
        verbose_name_plural = _("units in the ordinance")
        ordering = ["ordinance", "position"]
        constraints = [
            models.UniqueConstraint(fields=["ordinance", "key"], name="ordinance_unit_key_unique")
        ]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return f"{self.symbol} {self.name}" if self.symbol else self.name

    @property
    def is_doubtful(self) -> bool:
        return self.decision == self.Decision.PENDING


class TaskList(models.Model):
    """A list of tasks as an ordinance states it: whose (or every unit's), where, its lead-in."""

    ordinance = models.ForeignKey(
        Ordinance, verbose_name=_("ordinance"), on_delete=models.CASCADE, related_name="task_lists"
    )
    owner = models.ForeignKey(
        OrdinanceUnit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="task_lists",
        help_text=_("Empty: the duties common to every unit."),
    )
    paragraph = models.PositiveSmallIntegerField("§")
    section = models.PositiveSmallIntegerField("ust.", null=True, blank=True)
    lead_in = models.TextField(_("lead-in"))
    duty = models.TextField(_("duty stated in the lead-in"), blank=True)
    exhaustive = models.BooleanField(_("exhaustive"), default=True)
    separate_act = models.BooleanField(_("tasks set by a separate act"), default=False)
    position = models.PositiveIntegerField(_("order"))
    words = models.JSONField(_("search index"), default=list, editable=False)

    class Meta:
        verbose_name = _("list of tasks")
        verbose_name_plural = _("lists of tasks")
        ordering = ["ordinance", "position"]

    def __str__(self):
        return self.reference

    @property
    def reference(self) -> str:
        return reference(self.paragraph, self.section)

    @property
    def is_common(self) -> bool:
        return self.owner_id is None


class Task(models.Model):
    """A task of the catalogue: a numbered point or lettered sub-point of an ordinance."""

    ordinance = models.ForeignKey(
        Ordinance, verbose_name=_("ordinance"), on_delete=models.CASCADE, related_name="tasks"
    )
    task_list = models.ForeignKey(
        TaskList, verbose_name=_("list"), on_delete=models.CASCADE, related_name="tasks"
    )
    owner = models.ForeignKey(
        OrdinanceUnit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="tasks",
        help_text=_("Empty: a duty of every unit."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("point"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subpoints",
    )
    paragraph = models.PositiveSmallIntegerField("§")
    section = models.PositiveSmallIntegerField("ust.", null=True, blank=True)
    point = models.PositiveSmallIntegerField("pkt")
    letter = models.CharField("lit.", max_length=2, blank=True)
    text = models.TextField(_("text"))
    exhaustive = models.BooleanField(
        _("sub-points exhaustive"),
        default=True,
        help_text=_("No when the sub-points are examples (“w szczególności”)."),
    )
    position = models.PositiveIntegerField(_("order"))
    words = models.JSONField(_("search index"), default=list, editable=False)

    class Meta:
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["ordinance", "position"]
        indexes = [models.Index(fields=["ordinance", "position"])]

    def __str__(self):
        return f"{self.reference} {self.text[:60]}"

    @property
    def reference(self) -> str:
        """ "§ 4 ust. 1 pkt 6 lit. a"."""
        return reference(self.paragraph, self.section, self.point, self.letter)

    @property
    def is_common(self) -> bool:
        return self.owner_id is None

    @property
    def unit(self) -> OrgUnit | None:
        """The unit that carries the task (None: every unit)."""
        return self.owner.unit if self.owner_id else None


class Synonym(models.Model):
    """Words and abbreviations the search takes as one ("delegacja, wyjazd służbowy")."""

    phrases = models.CharField(
        _("words and phrases"),
        max_length=500,
        help_text=_(
            "Separated by commas; each may be several words or an abbreviation, in any "
            "grammatical form (e.g. “delegacja, wyjazd służbowy, podróż służbowa”)."
        ),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms and abbreviations")
        ordering = ["phrases"]

    def __str__(self):
        return self.phrases

    @property
    def phrase_list(self) -> list[str]:
        return [" ".join(p.split()) for p in self.phrases.split(",") if p.strip()]
