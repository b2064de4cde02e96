"""Forms of the trip case: the trip, its order recorded from outside, the return, the report.

Forms parse input; the rules (order of times, rates, who may) are the services'.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from orgunits.models import OrgUnit

from .models import Country, Journey, Trip, TripCostEstimate
from .services import TripData

MOMENT_FORMAT = "%Y-%m-%dT%H:%M"
MAX_DESTINATIONS = 3


class MomentField(forms.DateTimeField):
    """A date and time in the office's zone, typed in the browser's date-time picker."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=MOMENT_FORMAT)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("input_formats", [MOMENT_FORMAT, "%Y-%m-%d %H:%M"])
        super().__init__(*args, **kwargs)


class DayField(forms.DateField):
    """A date typed in the browser's date picker."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _money_field(label, required=False):
    return forms.DecimalField(
        label=label, required=required, min_value=0, max_digits=10, decimal_places=2
    )


class UserChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.get_full_name() or obj.username} ({obj.username})"


class TripForm(forms.Form):
    """A new trip: the traveller, where and why, when, how, what it should cost."""

    traveller = UserChoice(
        label=_("Traveller with an account"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("last_name"),
        required=False,
    )
    traveller_name = forms.CharField(
        label=_("Traveller without an account (name)"), max_length=200, required=False
    )
    traveller_category = forms.ChoiceField(
        label=_("Traveller category"), choices=Trip.Category.choices
    )
    traveller_unit = forms.ModelChoiceField(
        label=_("Traveller's unit"),
        queryset=OrgUnit.objects.filter(is_active=True).order_by("tree_id", "lft"),
        required=False,
    )
    cities = forms.CharField(label=_("Cities"), max_length=300)
    purpose = forms.CharField(label=_("Purpose"), widget=forms.Textarea(attrs={"rows": 3}))
    inviting_party = forms.CharField(label=_("Inviting party"), max_length=300, required=False)
    programme = forms.CharField(
        label=_("Programme"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    planned_departure = MomentField(label=_("Planned departure"))
    planned_return = MomentField(label=_("Planned return"))
    transport = forms.ChoiceField(label=_("Transport"), choices=Trip.Transport.choices)
    funding = forms.ChoiceField(label=_("Funding"), choices=Trip.Funding.choices)
    budget_task = forms.CharField(label=_("Budget task"), max_length=200, required=False)
    advance_requested = _money_field(_("Advance requested"))
    advance_currency = forms.CharField(label=_("Advance currency"), max_length=3, required=False)
    journey = forms.ModelChoiceField(
        label=_("Delegation (travelling together with others)"),
        queryset=Journey.objects.order_by("-created_at"),
        required=False,
    )
    new_journey = forms.CharField(
        label=_("or a new delegation (its name)"), max_length=300, required=False
    )
    estimate_currency = forms.CharField(
        label=_("Currency of the estimates"), max_length=3, initial="EUR"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        countries = Country.objects.all()
        for index in range(MAX_DESTINATIONS):
            self.fields[f"country_{index}"] = forms.ModelChoiceField(
                label=_("Destination country %(n)d") % {"n": index + 1},
                queryset=countries,
                required=index == 0,
            )
        for kind, label in TripCostEstimate.Kind.choices:
            self.fields[f"estimate_{kind}"] = forms.DecimalField(
                label=_("Estimated cost: %(kind)s") % {"kind": label},
                required=False,
                max_digits=10,
                decimal_places=2,
            )

    def clean(self):
        data = super().clean()
        if not data.get("traveller") and not data.get("traveller_name"):
            self.add_error("traveller_name", _("Choose the traveller or type their name."))
        for code in ("advance_currency", "estimate_currency"):
            if data.get(code):
                data[code] = data[code].upper()
        return data

    def trip_data(self) -> TripData:
        """The cleaned form as the register service's input."""
        data = self.cleaned_data
        traveller = data.get("traveller")
        countries = [
            data[f"country_{i}"] for i in range(MAX_DESTINATIONS) if data.get(f"country_{i}")
        ]
        estimates = [
            (kind, data[f"estimate_{kind}"], data["estimate_currency"])
            for kind, _label in TripCostEstimate.Kind.choices
            if data.get(f"estimate_{kind}") is not None
        ]
        return TripData(
            traveller=traveller,
            traveller_name=data.get("traveller_name")
            or (traveller.get_full_name() or traveller.username),
            traveller_category=data["traveller_category"],
            traveller_unit=data.get("traveller_unit"),
            cities=data["cities"],
            purpose=data["purpose"],
            inviting_party=data["inviting_party"],
            programme=data["programme"],
            planned_departure=data["planned_departure"],
            planned_return=data["planned_return"],
            transport=data["transport"],
            funding=data["funding"],
            budget_task=data["budget_task"],
            advance_requested=data.get("advance_requested"),
            advance_currency=data.get("advance_currency", ""),
            countries=list(dict.fromkeys(countries)),
            journey=data.get("journey"),
            estimates=estimates,
        )


class ReturnForm(forms.Form):
    """The actual times of the journey."""

    departed_at = MomentField(label=_("Departure"))
    border_out_at = MomentField(
        label=_("Border crossed on the way out (or take-off from the last Polish airport)")
    )
    border_in_at = MomentField(
        label=_("Border crossed on the way back (or landing at a Polish airport)")
    )
    returned_at = MomentField(label=_("Return"))


class OrderForm(forms.Form):
    """An order given outside the system: who gave it, when, its reference and scan."""

    given_by = forms.CharField(label=_("Order given by"), max_length=200)
    given_on = DayField(label=_("Order date"))
    reference = forms.CharField(label=_("Reference"), max_length=100)
    scan = forms.FileField(label=_("Scan of the order (PDF, PNG or JPEG)"), required=False)


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class ReportForm(forms.Form):
    text = forms.CharField(label=_("Report"), widget=forms.Textarea(attrs={"rows": 8}))
