"""The registers of inquiries (the office's and a unit's): filters, rows, overdue marks.

Rows are read through `restrict(user, "view")` with the unit joined, so a page costs the same
few queries whatever the number of cases.
"""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from orgunits.access import VIEW, units_in_scope
from orgunits.models import OrgUnit

from .forms import UnitChoiceField
from .models import Inquiry
from .terms import Kind
from .workflow import OPEN_STATUSES, Status

PRINT_LIMIT = 1000
SECTION_LIMIT = 10
SECTION_ORDER = 40


class RegisterFilter(forms.Form):
    """What the register shows: a unit, a kind, a status, only overdue cases, a year."""

    unit = UnitChoiceField(
        label=_("Unit"), queryset=OrgUnit.objects.none(), required=False, to_field_name="key"
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("all"))] + Kind.choices, required=False
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("all"))] + Status.choices, required=False
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = OrgUnit.objects.filter(
            pk__in=units_in_scope(user, VIEW)
        ).order_by("tree_id", "lft")


class Register:
    """One register: the user's visible inquiries, of one unit or all, filtered."""

    def __init__(self, params, *, user, unit: OrgUnit | None = None):
        self.user = user
        self.unit = unit
        self.form = RegisterFilter(params or None, user=user)
        if unit is not None:
            del self.form.fields["unit"]
        self.valid = self.form.is_valid() if self.form.is_bound else True
        self.today = timezone.localdate()
        if not self.valid and "unit" in self.form.errors:
            raise Http404

    def rows(self) -> QuerySet:
        """The inquiries in the register, latest received first."""
        rows = Inquiry.objects.restrict(self.user, VIEW).select_related("unit")
        if self.unit is not None:
            rows = rows.filter(unit=self.unit)
        if not self.valid:
            return rows.none()
        if self.form.is_bound:
            rows = self._filtered(rows, self.form.cleaned_data)
        return rows.order_by("-received_on", "-pk")

    def _filtered(self, rows: QuerySet, data: dict) -> QuerySet:
        if data.get("unit"):
            rows = rows.filter(unit=data["unit"])
        if data.get("kind"):
            rows = rows.filter(kind=data["kind"])
        if data.get("status"):
            rows = rows.filter(status=data["status"])
        if data.get("overdue"):
            rows = rows.filter(status__in=OPEN_STATUSES, deadline__lt=self.today)
        return rows

    @property
    def chosen_unit(self) -> OrgUnit | None:
        if self.unit is not None:
            return self.unit
        return self.form.cleaned_data.get("unit") if self.form.is_bound and self.valid else None


def open_of_unit(user, unit: OrgUnit) -> QuerySet:
    """A unit's open inquiries the user may see, nearest term first."""
    return (
        Inquiry.objects.restrict(user, VIEW)
        .filter(unit=unit, status__in=OPEN_STATUSES)
        .select_related("unit")
        .order_by("deadline", "pk")
    )
