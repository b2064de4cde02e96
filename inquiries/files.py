"""A case's files and notes: added by the owning unit's line, read by whoever sees the case.

A file is served only through `restrict` (never from a public media URL); a file of a case out
of the user's scope is not found, like a missing one.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from kancelaria.cases.services import attachment_add, note_add
from orgunits.access import CHANGE, VIEW

from .models import Inquiry


class AttachmentForm(forms.Form):
    """One file to keep with the case."""

    file = forms.FileField(label=_("File"))


class NoteForm(forms.Form):
    """A working note."""

    text = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}))


def _case(request, pk: int, action: str) -> Inquiry:
    return get_object_or_404(Inquiry.objects.restrict(request.user, action), pk=pk)


def attachment_download(request, pk: int, attachment_pk: int):
    """Download a file of a case the user may see."""
    inquiry = _case(request, pk, VIEW)
    attachment = get_object_or_404(inquiry.attachments, pk=attachment_pk)
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )


@require_POST
def attachment_upload(request, pk: int):
    """Add a file to the case; a file too large or of a refused type is explained, not kept."""
    inquiry = _case(request, pk, CHANGE)
    form = AttachmentForm(request.POST, request.FILES, auto_id="id_attachment_%s")
    if form.is_valid():
        try:
            attachment_add(
                actor=request.user, case=inquiry, uploaded_file=form.cleaned_data["file"]
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect(inquiry)
    return _detail_again(request, pk, attachment_form=form)


@require_POST
def note_create(request, pk: int):
    """Add a working note to the case."""
    inquiry = _case(request, pk, CHANGE)
    form = NoteForm(request.POST, auto_id="id_note_%s")
    if form.is_valid():
        try:
            note_add(actor=request.user, case=inquiry, text=form.cleaned_data["text"])
        except ValidationError as error:
            form.add_error("text", error)
        else:
            return redirect(inquiry)
    return _detail_again(request, pk, note_form=form)


def _detail_again(request, pk: int, **bound):
    from .views import inquiry_detail

    return inquiry_detail(request, pk, status=400, **bound)
