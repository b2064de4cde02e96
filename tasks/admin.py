"""The administrator's side: import an ordinance, review its draft, approve and apply it.

The draft review shows what the ordinance would change against the structure in force (units
added, abolished, renamed, moved; tasks added, removed, reworded, moved, renumbered), asks for a
decision on every doubtful match and lets the key of every new unit be changed; then approve and
apply. Every action goes through `tasks.services`.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin

from orgunits.models import Ordinance

from . import services
from .diff import diff_compute, state_of_ordinance
from .display import diff_display
from .forms import DraftReviewForm, OrdinanceUploadForm
from .importer import OrdinanceTextError
from .models import OrdinanceImport, Synonym, Task
from .views import draft_diff

APPROVE_PERMISSION = "tasks.approve_ordinanceimport"
ACTIONS = {
    "_approve": services.ordinance_approve,
    "_apply": services.ordinance_apply,
    "_withdraw": services.ordinance_withdraw,
}


def _service_errors(form, error: ValidationError, field: str | None) -> None:
    if hasattr(error, "error_dict"):
        for messages_ in error.message_dict.values():
            form.add_error(field, messages_)
    else:
        form.add_error(None, error.messages)


@admin.register(OrdinanceImport)
class OrdinanceImportAdmin(admin.ModelAdmin):
    """Imported ordinances; "add" is the import, "change" is the draft review."""

    list_display = ["ordinance", "status", "signed_on", "effective_from", "items", "imported_at"]
    list_select_related = ["ordinance", "imported_by"]
    search_fields = ["ordinance__number", "ordinance__title"]

    @admin.display(description=_("status"))
    def status(self, record):
        return record.ordinance.get_status_display()

    @admin.display(description=_("signed on"))
    def signed_on(self, record):
        return record.ordinance.signed_on

    @admin.display(description=_("in force from"))
    def effective_from(self, record):
        return record.ordinance.effective_from

    @admin.display(description=_("points and sub-points"))
    def items(self, record):
        return record.summary.get("items", {}).get("total", "—")

    def has_delete_permission(self, request, obj=None):
        return False

    # -- import ----------------------------------------------------------------------------

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = OrdinanceUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            response = self._import(request, form)
            if response:
                return response
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import an ordinance"),
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/tasks/ordinanceimport/import.html", context)

    def _import(self, request, form):
        try:
            result = services.ordinance_import(
                actor=request.user,
                text=form.text,
                number=form.cleaned_data["number"].strip(),
                signed_on=form.cleaned_data["signed_on"],
                effective_from=form.cleaned_data["effective_from"],
            )
        except OrdinanceTextError as error:
            form.add_error(None, [_("line %(line)s: %(text)s") % vars(m) for m in error.messages])
            return None
        except ValidationError as error:
            form.add_error(None, error.messages)
            return None
        notes = {
            "created": _("The ordinance has been read; review the draft below."),
            "replaced": _("The draft has been replaced by the new text; review it again."),
            "unchanged": _("This text has already been imported; nothing changed."),
        }
        messages.success(request, notes[result.outcome])
        url = reverse("admin:tasks_ordinanceimport_change", args=[result.ordinance.pk])
        return HttpResponseRedirect(url)

    # -- the draft review ------------------------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        record = self.get_object(request, unquote(object_id))
        if record is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if not self.has_view_or_change_permission(request, record):
            raise PermissionDenied
        ordinance = record.ordinance
        nodes = list(ordinance.structure_nodes.select_related("parent", "unit"))
        can_change = self.has_change_permission(request, record)
        editable = can_change and ordinance.status == Ordinance.Status.DRAFT
        form = DraftReviewForm(nodes, editable=editable, data=request.POST or None)
        if request.method == "POST":
            if not can_change:
                raise PermissionDenied
            if form.is_valid() and self._act(request, ordinance, form):
                return HttpResponseRedirect(request.path)
        return TemplateResponse(
            request,
            "admin/tasks/ordinanceimport/review.html",
            self._review_context(request, record, form, can_change),
        )

    def _review_context(self, request, record, form, can_change) -> dict:
        ordinance = record.ordinance
        if ordinance.status == Ordinance.Status.APPLIED:
            diff = self._applied_diff(ordinance)
        else:
            diff = draft_diff(ordinance)
        return {
            **self.admin_site.each_context(request),
            "title": _("Review: %(ordinance)s") % {"ordinance": ordinance.legal_name},
            "record": record,
            "ordinance": ordinance,
            "form": form,
            "diff": diff,
            "events": ordinance.events.select_related("actor"),
            "can_change": can_change,
            "can_approve": can_change and request.user.has_perm(APPROVE_PERMISSION),
            "opts": self.model._meta,
            "Status": Ordinance.Status,
        }

    @staticmethod
    def _applied_diff(ordinance):
        previous = ordinance.supersedes
        if previous is None or not OrdinanceImport.objects.filter(ordinance=previous).exists():
            return None
        return diff_display(
            diff_compute(state_of_ordinance(previous), state_of_ordinance(ordinance))
        )

    def _act(self, request, ordinance, form) -> bool:
        action = next((name for name in ACTIONS if name in request.POST), None)
        if action and not request.user.has_perm(APPROVE_PERMISSION):
            raise PermissionDenied
        try:
            with transaction.atomic():
                if ordinance.status == Ordinance.Status.DRAFT:
                    self._decide(request, form)
                if action:
                    ACTIONS[action](actor=request.user, ordinance=ordinance)
        except ValidationError as error:
            _service_errors(form, error, None)
            return False
        done = {
            "_approve": _("Approved."),
            "_apply": _("Applied: the structure and the catalogue in force have changed."),
            "_withdraw": _("The approval has been withdrawn."),
        }
        messages.success(request, done.get(action, _("The decisions have been saved.")))
        return True

    def _decide(self, request, form) -> None:
        for node in form.nodes:
            decision = form.cleaned_data.get(form.decision_name(node))
            if decision and decision != node.decision and decision != node.Decision.PENDING:
                node = services.node_decide(actor=request.user, node=node, decision=decision)
            key = form.cleaned_data.get(form.key_name(node))
            is_new = node.unit_id is None or node.decision == node.Decision.REJECTED
            if key and key != node.key and is_new:
                try:
                    services.node_rekey(actor=request.user, node=node, key=key)
                except ValidationError as error:
                    _service_errors(form, error, form.key_name(node))
                    raise


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    """The catalogues as imported: read only (a catalogue changes by a new ordinance)."""

    list_display = ["reference", "owner", "short_text", "ordinance"]
    list_filter = ["ordinance"]
    list_select_related = ["owner", "ordinance"]
    search_fields = ["text"]

    @admin.display(description=_("text"))
    def short_text(self, task):
        return task.text[:120]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Synonym)
class SynonymAdmin(SimpleHistoryAdmin):
    """Words the search takes as one; the office keeps the list."""

    list_display = ["phrases", "note"]
    search_fields = ["phrases", "note"]
