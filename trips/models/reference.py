"""Reference data of foreign trips: countries, per-diem and hotel-limit rates, NBP tables, terms.

The trip case itself is built on the shared case machinery; these tables are what its settlement
reads (through `trips.selectors`), kept by the trips post in the administration panel.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from trips.settlement.formatting import money, number, plain_decimal

CURRENCY_CODE = RegexValidator(r"^[A-Z]{3}$", _("Three capital letters, e.g. EUR."))
COUNTRY_CODE = RegexValidator(r"^[A-Z]{2}$", _("Two capital letters (ISO 3166-1), e.g. DE."))


class Country(models.Model):
    """A destination country: its ISO code and Polish name, the key of its rates."""

    iso_code = models.CharField(_("ISO code"), max_length=2, unique=True, validators=[COUNTRY_CODE])
    name = models.CharField(_("name"), max_length=100, unique=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.iso_code})"


class PerDiemRate(models.Model):
    """A country's per-diem and hotel limit abroad from a date, as in the annex to the regulation.

    `valid_from` empty means "in force, date of the last change unknown": the rate applies
    before any dated rate of the same country (see `trips.settlement.RateBook`).
    """

    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="rates"
    )
    currency = models.CharField(_("currency"), max_length=3, validators=[CURRENCY_CODE])
    per_diem = models.DecimalField(
        _("per-diem a day"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    hotel_limit = models.DecimalField(
        _("hotel limit a night"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    valid_from = models.DateField(
        _("in force from"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the date of the last change is unknown."),
    )
    source = models.TextField(_("source"), help_text=_("Where the amounts were checked."))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("per-diem rate")
        verbose_name_plural = _("per-diem rates")
        ordering = ["country__name", models.F("valid_from").asc(nulls_first=True)]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "valid_from"],
                condition=Q(valid_from__isnull=False),
                name="trips_rate_one_per_country_and_day",
            ),
            models.UniqueConstraint(
                fields=["country"],
                condition=Q(valid_from__isnull=True),
                name="trips_rate_one_undated_per_country",
            ),
            models.CheckConstraint(
                condition=Q(per_diem__gt=0, hotel_limit__gt=0), name="trips_rate_positive"
            ),
        ]

    def __str__(self):
        since = self.valid_from.strftime("%d.%m.%Y") if self.valid_from else _("undated")
        return f"{self.country.name}: {money(self.per_diem, self.currency)} ({since})"


class NbpTable(models.Model):
    """One NBP table A of average exchange rates, entered or imported from a downloaded file."""

    number = models.CharField(
        _("table number"),
        max_length=32,
        unique=True,
        validators=[RegexValidator(r"^\d{3}/A/NBP/\d{4}$", _("E.g. 052/A/NBP/2026."))],
    )
    effective_date = models.DateField(_("table date"), unique=True)
    source_name = models.CharField(_("imported from"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("entered at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("NBP table")
        verbose_name_plural = _("NBP tables")
        ordering = ["-effective_date"]

    def __str__(self):
        return f"{self.number} ({self.effective_date:%d.%m.%Y})"


class NbpRate(models.Model):
    """An average rate of one currency in an NBP table: PLN for `units` of the currency."""

    table = models.ForeignKey(
        NbpTable, verbose_name=_("table"), on_delete=models.CASCADE, related_name="rates"
    )
    currency = models.CharField(_("currency"), max_length=3, validators=[CURRENCY_CODE])
    currency_name = models.CharField(_("currency name"), max_length=100, blank=True)
    units = models.PositiveIntegerField(_("units"), default=1, validators=[MinValueValidator(1)])
    mid = models.DecimalField(
        _("average rate (PLN)"),
        max_digits=14,
        decimal_places=8,
        validators=[MinValueValidator(Decimal("0.00000001"))],
    )

    class Meta:
        verbose_name = _("NBP average rate")
        verbose_name_plural = _("NBP average rates")
        ordering = ["table", "currency"]
        constraints = [
            models.UniqueConstraint(fields=["table", "currency"], name="trips_nbp_rate_unique"),
            models.CheckConstraint(
                condition=Q(mid__gt=0, units__gt=0), name="trips_nbp_rate_positive"
            ),
        ]

    def __str__(self):
        return f"{self.units} {self.currency} = {number(plain_decimal(self.mid))} PLN"


class TripsSettings(models.Model):
    """Terms the administrator sets for foreign trips (one row): the report term after return."""

    report_term_days = models.PositiveSmallIntegerField(
        _("report due (days after return)"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("foreign trip settings")
        verbose_name_plural = _("foreign trip settings")
        constraints = [models.CheckConstraint(condition=Q(id=1), name="trips_settings_one_row")]

    def __str__(self):
        return str(_("Foreign trip settings"))
