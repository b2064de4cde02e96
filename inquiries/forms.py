"""Forms of the inquiry pages: they parse input; the services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from orgunits.access import CHANGE, units_in_scope
from orgunits.models import OrgUnit

from .terms import Kind


class DateInput(forms.DateInput):
    """A browser date picker sending ISO dates."""

    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class UnitChoiceField(forms.ModelChoiceField):
    """Units shown with their symbol and name."""

    def label_from_instance(self, obj):
        return obj.display_name


class RegisterForm(forms.Form):
    """A letter that has just arrived, with the unit that drafts the answer."""

    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    unit = UnitChoiceField(label=_("Drafting unit"), queryset=OrgUnit.objects.none())
    received_on = forms.DateField(label=_("Received on"), widget=DateInput())
    sender = forms.CharField(label=_("Sender"), max_length=300)
    subject = forms.CharField(label=_("Subject"), max_length=500)
    text = forms.CharField(
        label=_("Text"), widget=forms.Textarea(attrs={"rows": 8}), required=False
    )
    attachment = forms.FileField(label=_("Scan of the letter"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = OrgUnit.objects.filter(
            pk__in=units_in_scope(user, CHANGE)
        ).order_by("tree_id", "lft")


class DraftForm(forms.Form):
    """The draft answer, with the version the writer started from."""

    draft = forms.CharField(label=_("Draft answer"), widget=forms.Textarea(attrs={"rows": 16}))
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class CommentForm(forms.Form):
    """An optional word with an approval."""

    comment = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class ReturnForm(forms.Form):
    """Why a draft goes back to its writer."""

    comment = forms.CharField(
        label=_("What to correct"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )


class SendForm(forms.Form):
    """The day the approved answer went out."""

    sent_on = forms.DateField(label=_("Sent on"), widget=DateInput())


class ExtendForm(forms.Form):
    """The notice extending a public-information term: the reason and the new term."""

    new_term = forms.DateField(label=_("New term"), widget=DateInput())
    reason = forms.CharField(
        label=_("Reason given in the notice"), widget=forms.Textarea(attrs={"rows": 3})
    )


class NoticeForm(forms.Form):
    """The notice to an MP or senator of how the intervention is handled, and the term agreed."""

    sent_on = forms.DateField(label=_("Notice sent on"), widget=DateInput())
    agreed_term = forms.DateField(label=_("Answer term agreed"), widget=DateInput())
