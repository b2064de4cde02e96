"""Admin forms for the structure: they parse input and ask the services whether it is allowed."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from mptt.forms import TreeNodeChoiceField

from . import selectors, services
from .models import Assignment, OrgUnit

ISO_DATE = "%Y-%m-%d"  # what <input type="date"> sends and expects
ASSIGNMENT_FIELDS = ("user", "unit", "role", "valid_from", "valid_to", "note")


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form: at its field, or above the form."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, messages)


class OrgUnitAdminForm(forms.ModelForm):
    """A unit with the date and note of the change; validation is the service's."""

    parent = TreeNodeChoiceField(
        queryset=OrgUnit.objects.none(),
        required=False,
        label=_("reports to"),
        help_text=_("Changing the superior moves the unit with everything below it."),
    )
    effective_from = forms.DateField(
        label=_("change in force from"),
        help_text=_(
            "Today unless the change is back-dated. Changes dated in the future come through an "
            "ordinance."
        ),
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
    )
    change_note = forms.CharField(
        label=_("note on the change"),
        required=False,
        max_length=500,
        help_text=_("Why the structure changes (recorded with the basis “zmiana bieżąca”)."),
    )

    class Meta:
        model = OrgUnit
        fields = [
            "key",
            "symbol",
            "name",
            "short_name",
            "kind",
            "parent",
            "department",
            "legal_basis",
            "is_active",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        active = selectors.units_in_tree_order()
        if self.instance.pk and self.instance.parent_id:
            active = active | OrgUnit.objects.filter(pk=self.instance.parent_id)
        self.fields["parent"].queryset = active.order_by(*selectors.TREE_ORDER)
        self.fields["department"].queryset = selectors.units_in_tree_order().filter(
            kind=OrgUnit.Kind.DEPARTMENT
        )
        self.fields["effective_from"].initial = selectors.today()
        if self.instance.pk:
            self.fields["key"].disabled = True

    def structure_changes(self) -> dict:
        """The changed structure fields, as the service expects them."""
        return {
            name: self.cleaned_data[name]
            for name in self.changed_data
            if name in services.STRUCTURE_FIELDS and name in self.cleaned_data
        }

    def effective(self) -> services.EffectiveDate:
        return services.EffectiveDate(
            self.cleaned_data["effective_from"], self.cleaned_data.get("change_note", "")
        )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        unit = self.instance if self.instance.pk else None
        if unit:
            data = self.structure_changes()
        else:
            data = {
                name: cleaned.get(name) for name in services.STRUCTURE_FIELDS if name in cleaned
            }
        try:
            services.orgunit_validate(unit=unit, data=data)
            services.effective_date_check(cleaned["effective_from"])
        except ValidationError as error:
            add_service_errors(self, error)
        return cleaned


class AssignmentAdminForm(forms.ModelForm):
    """An assignment; dates and overlaps are checked by the service's validator."""

    class Meta:
        model = Assignment
        fields = list(ASSIGNMENT_FIELDS)
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
            "valid_to": forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
        }

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        current = self.instance if self.instance.pk else None
        names = [name for name in ASSIGNMENT_FIELDS if name in self.fields]
        if current is None:
            # Inline forms leave out the foreign key to their parent; the formset sets it.
            data = {name: getattr(self.instance, name, None) for name in ("user", "unit")}
            data.update({name: cleaned.get(name) for name in names})
        else:
            data = {name: cleaned.get(name) for name in names if name in self.changed_data}
        try:
            services.assignment_validate(assignment=current, data=data)
        except ValidationError as error:
            add_service_errors(self, error)
        return cleaned
