"""The restructuring admin: every change, drag and drop included, goes through `services`."""

from django import http
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from mptt.admin import DraggableMPTTAdmin
from simple_history.admin import SimpleHistoryAdmin

from . import access, admin_grants, selectors, services  # noqa: F401 (admin_grants registers)
from .forms import AssignmentAdminForm, OrgUnitAdminForm
from .models import Assignment, Ordinance, OrgUnit, StructureSnapshot

admin.site.site_header = gettext_lazy("Office of the Mayor of Kraków — administration")
admin.site.site_title = gettext_lazy("Kancelaria administration")
admin.site.index_title = gettext_lazy("Structure and reference data")


class NoDeleteMixin:
    """Nothing in the structure is deleted: units are archived, assignments ended."""

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        actions.pop("delete_selected_tree", None)
        return actions


class AssignmentInlineBase(admin.TabularInline):
    """Assignments edited in place; saved one by one through the assignment services."""

    model = Assignment
    form = AssignmentAdminForm
    extra = 0
    can_delete = False
    show_change_link = True


class UnitAssignmentInline(AssignmentInlineBase):
    fk_name = "unit"
    fields = ["user", "role", "valid_from", "valid_to", "note"]
    autocomplete_fields = ["user"]


class UserAssignmentInline(AssignmentInlineBase):
    fk_name = "user"
    fields = ["unit", "role", "valid_from", "valid_to", "note"]


class AssignmentFormsetSavingMixin:
    """Route inline assignment saves through the services instead of `formset.save()`."""

    def save_formset(self, request, form, formset, change):
        if formset.model is not Assignment:
            return super().save_formset(request, form, formset, change)
        for inline_form in formset.forms:
            if not inline_form.has_changed() or inline_form in formset.deleted_forms:
                continue
            instance = inline_form.instance
            setattr(instance, formset.fk.name, form.instance)
            if instance.pk:
                data = {name: inline_form.cleaned_data[name] for name in inline_form.changed_data}
                services.assignment_update(actor=request.user, assignment=instance, data=data)
            else:
                services.assignment_create(
                    actor=request.user,
                    user=instance.user,
                    unit=instance.unit,
                    role=instance.role,
                    valid_from=instance.valid_from,
                    valid_to=instance.valid_to,
                    note=instance.note,
                )
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []


def _grant_add_url(model_name: str, unit: OrgUnit) -> str:
    return f"{reverse(f'admin:orgunits_{model_name}_add')}?content_object={unit.pk}"


@admin.register(OrgUnit)
class OrgUnitAdmin(
    NoDeleteMixin, AssignmentFormsetSavingMixin, DraggableMPTTAdmin, SimpleHistoryAdmin
):
    """Units as a draggable tree; the superior is also a field (the keyboard path)."""

    form = OrgUnitAdminForm
    inlines = [UnitAssignmentInline]
    list_display = ["tree_actions", "indented_title", "symbol", "key", "kind", "is_active"]
    list_display_links = ["indented_title"]
    list_filter = ["kind", "is_active"]
    search_fields = ["symbol", "key", "name", "short_name"]
    expand_tree_by_default = True
    fieldsets = [
        (None, {"fields": ["key", "symbol", "name", "short_name", "kind"]}),
        (
            gettext_lazy("Place in the structure"),
            {"fields": ["parent", "department", "legal_basis", "is_active"]},
        ),
        (gettext_lazy("The change"), {"fields": ["effective_from", "change_note"]}),
    ]
    access_fieldset = (
        gettext_lazy("Who can see and change its cases"),
        {"fields": ["access_explained"]},
    )
    readonly_fields = ["access_explained"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        return [*fieldsets, self.access_fieldset] if obj is not None else fieldsets

    @admin.display(description=gettext_lazy("access"))
    def access_explained(self, obj):
        """Assignments and grants on the unit and above it, in one look (constant queries)."""
        day = selectors.today()
        return render_to_string(
            "orgunits/admin/access_explained.html",
            {
                "rows": access.unit_access_explained(obj, day),
                "day": day,
                "add_user_grant": _grant_add_url("orgunituserobjectpermission", obj),
                "add_group_grant": _grant_add_url("orgunitgroupobjectpermission", obj),
            },
        )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent")

    def save_model(self, request, obj, form, change):
        effective = form.effective()
        if change:
            services.orgunit_update(
                actor=request.user, unit=obj, data=form.structure_changes(), effective=effective
            )
        else:
            data = {name: form.cleaned_data[name] for name in services.STRUCTURE_FIELDS}
            obj.pk = services.orgunit_create(actor=request.user, data=data, effective=effective).pk
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change):
        form.instance.refresh_from_db()
        super().save_related(request, form, formsets, change)

    def _move_node(self, request):
        """Drag and drop: the same service as the form, dated today."""
        position = request.POST.get("position")
        queryset = self.get_queryset(request)
        try:
            unit = queryset.get(pk=request.POST.get("cut_item"))
            target = queryset.get(pk=request.POST.get("pasted_on"))
        except (OrgUnit.DoesNotExist, TypeError, ValueError):
            self.message_user(
                request, _("The units have disappeared; reload the page."), messages.ERROR
            )
            return http.HttpResponse("FAIL, invalid objects.")
        if not self.has_change_permission(request, unit):
            self.message_user(request, _("You may not change the structure."), messages.ERROR)
            return http.HttpResponse("FAIL, no permission.")
        effective = services.EffectiveDate(
            selectors.today(), _("Moved in the tree (drag and drop).")
        )
        try:
            services.orgunit_move(
                actor=request.user, unit=unit, target=target, position=position, effective=effective
            )
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return http.HttpResponse("FAIL, invalid move.")
        self.message_user(request, _("%(unit)s has been moved.") % {"unit": unit.display_name})
        return http.HttpResponse("OK, moved.")


@admin.register(Assignment)
class AssignmentAdmin(NoDeleteMixin, SimpleHistoryAdmin):
    """Who is where: assignments across the office, ended rather than deleted."""

    form = AssignmentAdminForm
    list_display = ["user", "unit", "role", "valid_from", "valid_to"]
    list_filter = ["role", "unit"]
    search_fields = [
        "user__username",
        "user__first_name",
        "user__last_name",
        "unit__symbol",
        "unit__name",
    ]
    autocomplete_fields = ["user", "unit"]
    list_select_related = ["user", "unit"]

    def save_model(self, request, obj, form, change):
        if change:
            data = {name: form.cleaned_data[name] for name in form.changed_data}
            services.assignment_update(actor=request.user, assignment=obj, data=data)
        else:
            fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
            obj.pk = services.assignment_create(actor=request.user, **fields).pk
        obj.refresh_from_db()


@admin.register(Ordinance)
class OrdinanceAdmin(NoDeleteMixin, SimpleHistoryAdmin):
    """Ordinances that set the structure, read only: they arrive through the importer's draft."""

    list_display = ["number", "signed_on", "effective_from", "status"]
    list_filter = ["status"]
    search_fields = ["number", "title"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(StructureSnapshot)
class StructureSnapshotAdmin(admin.ModelAdmin):
    """The legal record of the structure: read only, written by the services."""

    list_display = ["effective_from", "basis", "summary", "created_by", "created_at"]
    list_select_related = ["created_by"]
    date_hierarchy = "effective_from"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class KancelariaUserAdmin(AssignmentFormsetSavingMixin, UserAdmin):
    """Users with their assignments; only superusers grant admin rights or superuser status."""

    inlines = [UserAssignmentInline]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser or obj is None:
            return fieldsets
        hidden = {"is_superuser", "groups", "user_permissions", "is_staff"}
        return [
            (title, {**opts, "fields": [f for f in opts["fields"] if f not in hidden]})
            for title, opts in fieldsets
        ]
