"""The trips reference data in the admin: countries and rates, NBP tables and import, the terms.

Kept by the group "Dane referencyjne — wyjazdy" (declared on `TripsConfig.admin_groups`).
Rates are corrected, never deleted (history is kept); saves go through `trips.services`.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from orgunits.admin import NoDeleteMixin

from . import selectors, services
from .models import Country, NbpRate, NbpTable, PerDiemRate, TripsSettings
from .nbp import MAX_FILE_SIZE, NbpFileError
from .settlement import RateBook, SettlementError
from .settlement.formatting import day_text, money, number, plain_decimal

#: Amounts typed and shown the Polish way (4,2811), not only with a decimal point.
LOCALISED_DECIMALS = {
    models.DecimalField: {"localize": True, "widget": forms.TextInput(attrs={"size": 12})}
}


def since_text(rate: PerDiemRate) -> str:
    """When a rate took effect, or that nobody knows (shown as such wherever the rate is)."""
    if rate.valid_from is None:
        return _("date of the last change unknown")
    return _("from %(date)s") % {"date": day_text(rate.valid_from)}


class PolishTitlesMixin:
    """Page titles and the add button that read well in Polish for any gender of the noun.

    The admin's own titles ("Wybierz %s do zmiany", "Dodaj %s") need the accusative, which
    the model names (nominative) only give for some nouns.
    """

    change_list_template = "admin/trips/change_list.html"
    add_label = ""

    def changelist_view(self, request, extra_context=None):
        context = {
            "title": capfirst(self.model._meta.verbose_name_plural),
            "add_label": self.add_label,
            "import_link": getattr(self, "import_link", False),
        }
        return super().changelist_view(request, {**context, **(extra_context or {})})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        name = capfirst(self.model._meta.verbose_name)
        title = _("%(name)s — new") if object_id is None else _("%(name)s — change")
        context = {"title": title % {"name": name}}
        return super().changeform_view(
            request, object_id, form_url, {**context, **(extra_context or {})}
        )


class PerDiemRateInline(admin.TabularInline):
    """A country's rates in time order; a new dated row is how the office records a change."""

    model = PerDiemRate
    extra = 0
    can_delete = False
    fields = ["valid_from", "currency", "per_diem", "hotel_limit", "source"]
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 40})},
        models.CharField: {"widget": forms.TextInput(attrs={"size": 4})},
        **LOCALISED_DECIMALS,
    }

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("country")


def rate_summary(rate: PerDiemRate) -> str:
    return _("%(per_diem)s a day, lodging up to %(limit)s (%(since)s)") % {
        "per_diem": money(rate.per_diem, rate.currency),
        "limit": money(rate.hotel_limit, rate.currency),
        "since": since_text(rate),
    }


@admin.register(Country)
class CountryAdmin(PolishTitlesMixin, NoDeleteMixin, SimpleHistoryAdmin):
    """Countries of the annex with every rate they have had."""

    list_display = ["name", "iso_code", "rate_today"]
    search_fields = ["name", "iso_code"]
    inlines = [PerDiemRateInline]
    add_label = gettext_lazy("Add a country")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("rates")

    @admin.display(description=gettext_lazy("rate in force today"))
    def rate_today(self, country):
        book = RateBook.of(selectors.country_rate(rate) for rate in country.rates.all())
        try:
            current = book.in_force(country.iso_code, timezone.localdate())
        except SettlementError:
            return _("none")
        return rate_summary(
            next(r for r in country.rates.all() if r.valid_from == current.valid_from)
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is not PerDiemRate:
            return super().save_formset(request, form, formset, change)
        for inline_form in formset.forms:
            if inline_form.has_changed() and inline_form not in formset.deleted_forms:
                inline_form.instance.country = form.instance
                services.perdiem_rate_save(actor=request.user, rate=inline_form.instance)
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []


@admin.register(PerDiemRate)
class PerDiemRateAdmin(PolishTitlesMixin, NoDeleteMixin, SimpleHistoryAdmin):
    """Every per-diem and hotel-limit rate, by country and effective date, with its source."""

    list_display = ["country", "per_diem_display", "hotel_limit_display", "since", "source_short"]
    list_filter = ["currency", ("valid_from", admin.EmptyFieldListFilter)]
    search_fields = ["country__name", "country__iso_code", "source"]
    list_select_related = ["country"]
    autocomplete_fields = ["country"]
    formfield_overrides = LOCALISED_DECIMALS
    add_label = gettext_lazy("Add a rate")

    @admin.display(description=gettext_lazy("per-diem a day"), ordering="per_diem")
    def per_diem_display(self, rate):
        return money(rate.per_diem, rate.currency)

    @admin.display(description=gettext_lazy("hotel limit a night"), ordering="hotel_limit")
    def hotel_limit_display(self, rate):
        return money(rate.hotel_limit, rate.currency)

    @admin.display(description=gettext_lazy("in force"), ordering="valid_from")
    def since(self, rate):
        return since_text(rate)

    @admin.display(description=gettext_lazy("source"))
    def source_short(self, rate):
        return Truncator(rate.source).chars(70)

    def save_model(self, request, obj, form, change):
        services.perdiem_rate_save(actor=request.user, rate=obj)


class NbpRateInline(admin.TabularInline):
    """A table's rates, as published: PLN for a number of units of each currency."""

    model = NbpRate
    extra = 0
    fields = ["currency", "currency_name", "units", "mid"]
    formfield_overrides = {
        models.CharField: {"widget": forms.TextInput(attrs={"size": 20})},
        models.PositiveIntegerField: {"widget": forms.NumberInput(attrs={"style": "width: 7em"})},
        **LOCALISED_DECIMALS,
    }


class NbpImportForm(forms.Form):
    """The file the user downloaded from nbp.pl."""

    file = forms.FileField(
        label=gettext_lazy("NBP file (XML, JSON or CSV)"),
        help_text=gettext_lazy(
            "A daily table A in XML (a052z260313.xml), an answer of the NBP Web API in JSON "
            "or XML, or the yearly CSV archive (archiwum_tab_a_2026.csv). At most 5 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".xml,.json,.csv,.txt"}),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Only check the file, import nothing"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_SIZE:
            raise ValidationError(_("The file is larger than 5 MB; NBP files are far smaller."))
        return upload


class NbpTableForm(forms.ModelForm):
    """A table entered by hand: its number's year must be its date's, as in an imported file."""

    class Meta:
        model = NbpTable
        fields = ["number", "effective_date"]

    def clean(self):
        data = super().clean()
        number, day = data.get("number"), data.get("effective_date")
        if number and day and number[-4:] != str(day.year):
            raise ValidationError(
                _("Table %(number)s cannot be dated %(date)s.")
                % {"number": number, "date": day_text(day)}
            )
        return data


@admin.register(NbpTable)
class NbpTableAdmin(PolishTitlesMixin, admin.ModelAdmin):
    """NBP tables A: entered by hand or imported from a downloaded file (all or nothing)."""

    list_display = [
        "number",
        "effective_date",
        "rate_count",
        "source_name",
        "created_by",
        "created_at",
    ]
    search_fields = ["number", "rates__currency"]
    date_hierarchy = "effective_date"
    readonly_fields = ["source_name", "created_by", "created_at"]
    inlines = [NbpRateInline]
    form = NbpTableForm
    add_label = gettext_lazy("Enter a table by hand")
    import_link = True

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("created_by")
            .annotate(rate_total=Count("rates"))
        )

    @admin.display(description=gettext_lazy("rates"), ordering="rate_total")
    def rate_count(self, table):
        return table.rate_total

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="trips_nbptable_import"), *super().get_urls()]

    def import_view(self, request):
        """Upload an NBP file: a report of what was imported, or every problem and nothing saved."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = NbpImportForm(request.POST or None, request.FILES or None)
        problems = []
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                report = services.nbp_tables_import(
                    actor=request.user,
                    content=upload.read(),
                    source_name=upload.name,
                    dry_run=form.cleaned_data["dry_run"],
                )
            except NbpFileError as error:
                problems = error.problems
            else:
                self.message_user(request, self._report_text(report), messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:trips_nbptable_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import an NBP table file"),
            "form": form,
            "problems": problems,
        }
        return TemplateResponse(request, "admin/trips/nbptable/import.html", context)

    @staticmethod
    def _report_text(report) -> str:
        text = _(
            "%(created)d new tables, %(extended)d completed, %(unchanged)d already present; "
            "%(rates)d rates."
        ) % {
            "created": len(report.created),
            "extended": len(report.extended),
            "unchanged": len(report.unchanged),
            "rates": report.rates_added,
        }
        if report.dry_run:
            return _("The file is correct; importing it would give: %(text)s") % {"text": text}
        return _("Imported: %(text)s") % {"text": text}


@admin.register(NbpRate)
class NbpRateAdmin(PolishTitlesMixin, admin.ModelAdmin):
    """Look up a currency's average rate on a day (rates are entered with their table)."""

    list_display = ["currency", "table_date", "table_number", "rate"]
    list_filter = ["currency"]
    search_fields = ["currency", "table__number"]
    date_hierarchy = "table__effective_date"
    list_select_related = ["table"]
    ordering = ["-table__effective_date", "currency"]

    @admin.display(description=gettext_lazy("table date"), ordering="table__effective_date")
    def table_date(self, rate):
        return rate.table.effective_date

    @admin.display(description=gettext_lazy("table number"), ordering="table__number")
    def table_number(self, rate):
        return rate.table.number

    @admin.display(description=gettext_lazy("average rate"), ordering="mid")
    def rate(self, rate):
        return f"{rate.units} {rate.currency} = {number(plain_decimal(rate.mid))} PLN"

    def has_add_permission(self, request):
        return False


class TripsSettingsForm(forms.ModelForm):
    class Meta:
        model = TripsSettings
        fields = ["report_term_days"]


@admin.register(TripsSettings)
class TripsSettingsAdmin(PolishTitlesMixin, NoDeleteMixin, SimpleHistoryAdmin):
    """The one row of terms: the list opens it straight away."""

    form = TripsSettingsForm

    def has_add_permission(self, request):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        row = selectors.trips_settings()
        return HttpResponseRedirect(reverse("admin:trips_tripssettings_change", args=[row.pk]))

    def save_model(self, request, obj, form, change):
        services.trips_settings_update(
            actor=request.user, report_term_days=form.cleaned_data["report_term_days"]
        )
