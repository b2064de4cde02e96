"""Admin pages for explicit grants on units: add and revoke only through the grant services.

Kept by the group "Administratorzy struktury" (see `OrgunitsConfig.admin_groups`). A grant is
never edited: it is revoked (deleted here, recorded as a `UnitGrantEvent`) and granted anew.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import grants, services
from .forms import add_service_errors
from .models import OrgUnitGroupObjectPermission, OrgUnitUserObjectPermission, UnitGrantEvent

ACTION_CHOICES = [
    (grants.VIEW, _("see the cases")),
    (grants.CHANGE, _("see and change the cases")),
    (grants.APPROVE, _("approve the cases")),
]


class GrantForm(forms.ModelForm):
    """A grant: the unit, the person or group, and the access; stored by the service."""

    action = forms.ChoiceField(label=_("access"), choices=ACTION_CHOICES)
    holder_field = "user"

    def clean(self):
        cleaned = super().clean()
        unit, holder = cleaned.get("content_object"), cleaned.get(self.holder_field)
        action = cleaned.get("action")
        if unit and holder and action and grants.grant_exists(action, holder, unit):
            add_service_errors(self, ValidationError(_("This access has already been granted.")))
        return cleaned


class UserGrantForm(GrantForm):
    class Meta:
        model = OrgUnitUserObjectPermission
        fields = ["content_object", "user"]


class GroupGrantForm(GrantForm):
    holder_field = "group"

    class Meta:
        model = OrgUnitGroupObjectPermission
        fields = ["content_object", "group"]


class GrantAdminBase(admin.ModelAdmin):
    """Add and revoke grants through `unit_permission_grant` / `unit_permission_revoke`."""

    holder_field = "user"
    list_select_related = ["content_object", "permission"]
    list_filter = ["permission"]

    def has_change_permission(self, request, obj=None):
        return False

    def _holder(self, obj) -> dict:
        return {self.holder_field: getattr(obj, self.holder_field)}

    def save_model(self, request, obj, form, change):
        action = form.cleaned_data["action"]
        services.unit_permission_grant(
            actor=request.user, unit=obj.content_object, action=action, **self._holder(obj)
        )
        stored = self.model.objects.get(
            content_object=obj.content_object,
            permission__codename=grants.codename(action),
            **self._holder(obj),
        )
        obj.pk, obj.permission = stored.pk, stored.permission

    def delete_model(self, request, obj):
        services.unit_permission_revoke(
            actor=request.user,
            unit=obj.content_object,
            action=_action_of(obj),
            **self._holder(obj),
        )

    def delete_queryset(self, request, queryset):
        for obj in queryset.select_related("permission", "content_object"):
            self.delete_model(request, obj)


def _action_of(obj) -> str:
    by_codename = {codename: action for action, codename in grants.CODENAMES.items()}
    return by_codename[obj.permission.codename]


@admin.register(OrgUnitUserObjectPermission)
class UserGrantAdmin(GrantAdminBase):
    form = UserGrantForm
    list_display = ["content_object", "user", "permission"]
    list_select_related = ["content_object", "permission", "user"]
    search_fields = ["user__username", "user__last_name", "content_object__symbol"]
    autocomplete_fields = ["content_object", "user"]


@admin.register(OrgUnitGroupObjectPermission)
class GroupGrantAdmin(GrantAdminBase):
    form = GroupGrantForm
    holder_field = "group"
    list_display = ["content_object", "group", "permission"]
    list_select_related = ["content_object", "permission", "group"]
    search_fields = ["group__name", "content_object__symbol"]
    autocomplete_fields = ["content_object"]


@admin.register(UnitGrantEvent)
class UnitGrantEventAdmin(admin.ModelAdmin):
    """The record of every grant and revocation: read only."""

    list_display = ["at", "kind", "unit", "user", "group", "action", "actor"]
    list_filter = ["kind", "action"]
    list_select_related = ["unit", "user", "group", "actor"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
