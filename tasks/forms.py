"""Admin forms for importing an ordinance and reviewing its draft; the services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import OrdinanceUnit

MAX_TEXT_BYTES = 1_000_000


class OrdinanceUploadForm(forms.Form):
    """The text of an ordinance (UTF-8 .txt, as extracted from its PDF), its number and date."""

    text_file = forms.FileField(
        label=_("text of the ordinance"),
        help_text=_("A .txt file in UTF-8, e.g. saved from the PDF of the ordinance (max. 1 MB)."),
    )
    number = forms.CharField(label=_("number"), max_length=32, help_text=_("e.g. 318/2026"))
    signed_on = forms.DateField(
        label=_("date of the ordinance"), widget=forms.DateInput(attrs={"type": "date"})
    )
    effective_from = forms.DateField(
        label=_("in force from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Only when the text does not say a date (e.g. “14 days after publication”)."),
    )

    def clean_text_file(self):
        upload = self.cleaned_data["text_file"]
        if not upload.name.lower().endswith(".txt"):
            raise forms.ValidationError(_("The file must be a text file (.txt)."))
        if upload.size > MAX_TEXT_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        try:
            self.text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _("The file is not in UTF-8; save it again as UTF-8 text.")
            ) from error
        if not self.text.strip():
            raise forms.ValidationError(_("The file is empty."))
        return upload


class DraftReviewForm(forms.Form):
    """A decision for every doubtful match and a key for every new unit of the draft."""

    DECISIONS = [
        (OrdinanceUnit.Decision.PENDING, _("— to be decided —")),
        (OrdinanceUnit.Decision.CONFIRMED, _("the same unit")),
        (OrdinanceUnit.Decision.REJECTED, _("a new unit (the old one is abolished)")),
    ]

    def __init__(self, nodes: list[OrdinanceUnit], *, editable: bool, **kwargs):
        super().__init__(**kwargs)
        self.nodes = nodes
        for node in nodes:
            if node.match_note:
                self.fields[self.decision_name(node)] = forms.ChoiceField(
                    label=_("Decision on %(unit)s") % {"unit": node.display_name},
                    choices=self.DECISIONS,
                    initial=node.decision,
                    disabled=not editable,
                )
            if node.unit_id is None or node.decision == OrdinanceUnit.Decision.REJECTED:
                self.fields[self.key_name(node)] = forms.SlugField(
                    label=_("Key of %(unit)s") % {"unit": node.display_name},
                    max_length=64,
                    initial=node.key,
                    required=False,
                    disabled=not editable,
                )

    @staticmethod
    def decision_name(node) -> str:
        return f"decision_{node.pk}"

    @staticmethod
    def key_name(node) -> str:
        return f"key_{node.pk}"

    def rows(self):
        """Each node with its bound fields (None where it has none), for the template."""
        for node in self.nodes:
            decision = self.decision_name(node)
            key = self.key_name(node)
            yield (
                node,
                self[decision] if decision in self.fields else None,
                self[key] if key in self.fields else None,
            )
