"""Generic case pages every case type can reuse: list, detail, file download, note, upload.

A case type plugs in by subclassing with `model = TheCase` (and, if it likes, its own
`template_name` extending the generic templates' blocks), or simply by adding
`case_urlpatterns(TheCase)` to its URLconf under its namespace: the names are `list`, `detail`,
`attachment`, `note-add` and `attachment-add`. Every view reads through
`Model.objects.restrict(user, action)`: a case out of scope is 404 exactly like a missing one.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, ListView

from orgunits.access import CHANGE, VIEW

from . import services


def status_labels(model) -> dict[str, str]:
    """Status values and their labels, from the status field's choices or the type's `Status`."""
    choices = model._meta.get_field("status").choices or getattr(model, "Status", None)
    if choices is None:
        return {}
    if hasattr(choices, "choices"):
        choices = choices.choices
    return {str(value): label for value, label in choices}


def case_type_label(model) -> str:
    """How the office names a case type in headings (its `case_type_label` or plural name)."""
    return getattr(model, "case_type_label", None) or model._meta.verbose_name_plural


class CaseMixin:
    """The restricted queryset of a case type for the action the view performs."""

    model = None
    action = VIEW

    def get_queryset(self):
        return self.model.objects.restrict(self.request.user, self.action)


class CaseListView(CaseMixin, ListView):
    """The cases of one type the user may see, newest first, 50 a page."""

    template_name = "generic/case_list.html"
    context_object_name = "cases"
    paginate_by = 50

    def get_queryset(self):
        return super().get_queryset().select_related("unit").order_by("-created_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["case_type_label"] = case_type_label(self.model)
        context["status_labels"] = status_labels(self.model)
        return context


class CaseDetailView(CaseMixin, DetailView):
    """One case with its timeline, files and notes."""

    template_name = "generic/case_detail.html"
    context_object_name = "case"

    def get_queryset(self):
        return super().get_queryset().select_related("unit", "created_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        labels = status_labels(self.model)
        events = list(case.events.select_related("actor"))
        for event in events:
            event.from_label = labels.get(event.from_status, event.from_status)
            event.to_label = labels.get(event.to_status, event.to_status)
        context.update(
            {
                "events": events,
                "attachments": list(case.attachments.select_related("uploaded_by")),
                "notes": list(case.notes.select_related("author")),
                "status_label": labels.get(case.status, case.status),
                "may_change": self.model.objects.restrict(self.request.user, CHANGE)
                .filter(pk=case.pk)
                .exists(),
                "url_namespace": self.request.resolver_match.namespace,
            }
        )
        return context


class CaseAttachmentDownloadView(CaseMixin, View):
    """A case's file, only for someone who sees the case; never from a public URL."""

    def get(self, request, pk, attachment_pk):
        case = get_object_or_404(self.get_queryset(), pk=pk)
        attachment = get_object_or_404(case.attachments.all(), pk=attachment_pk)
        try:
            handle = attachment.file.open("rb")
        except (FileNotFoundError, OSError) as error:
            raise Http404 from error
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=attachment.name,
            content_type=attachment.content_type,
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        return response


class CasePostView(CaseMixin, View):
    """A form posted on the case page: the service decides, the page shows the outcome."""

    action = VIEW  # the service checks the right to act; reading first gives the same 404

    def post(self, request, pk):
        case = get_object_or_404(self.get_queryset(), pk=pk)
        try:
            self.perform(request, case)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect(case.get_absolute_url())

    def perform(self, request, case):
        raise NotImplementedError


class CaseNoteAddView(CasePostView):
    """Add a note to the case."""

    def perform(self, request, case):
        services.note_add(actor=request.user, case=case, text=request.POST.get("text", ""))


class CaseAttachmentAddView(CasePostView):
    """Add a file to the case (size and real type checked by the service)."""

    def perform(self, request, case):
        uploaded = request.FILES.get("file")
        if uploaded is None:
            raise ValidationError(_("Choose a file to add."))
        services.attachment_add(actor=request.user, case=case, uploaded_file=uploaded)


def case_urlpatterns(model, *, list_view=CaseListView, detail_view=CaseDetailView) -> list:
    """The generic pages of a case type, to include under the type's URL namespace."""
    return [
        path("", list_view.as_view(model=model), name="list"),
        path("<int:pk>/", detail_view.as_view(model=model), name="detail"),
        path(
            "<int:pk>/files/<int:attachment_pk>/",
            CaseAttachmentDownloadView.as_view(model=model),
            name="attachment",
        ),
        path("<int:pk>/notes/", CaseNoteAddView.as_view(model=model), name="note-add"),
        path("<int:pk>/files/", CaseAttachmentAddView.as_view(model=model), name="attachment-add"),
    ]
