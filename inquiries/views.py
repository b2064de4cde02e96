"""The inquiry pages: registers, the register form, a case, its draft and its actions.

Every read goes through `Inquiry.objects.restrict`; a case or unit out of the user's scope
answers 404 like a missing one. Views parse input and call the services.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from orgunits import selectors
from orgunits.access import CHANGE, VIEW, unit_in_scope, units_in_scope

from . import forms, registers, services
from .actions import ACTIONS, available_actions, may_edit_draft
from .models import Inquiry
from .workflow import Status

PAGE_SIZE = 25


def _case(request, pk: int, action: str = VIEW) -> Inquiry:
    rows = Inquiry.objects.restrict(request.user, action).select_related(
        "unit", "created_by", "approver", "submitted_by"
    )
    return get_object_or_404(rows, pk=pk)


def inquiry_list(request):
    """The register of the whole office: every inquiry the user may see, overdue ones marked."""
    register = registers.Register(request.GET, user=request.user)
    page = Paginator(register.rows(), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "register": register,
        "page": page,
        "today": timezone.localdate(),
        "may_register": units_in_scope(request.user, CHANGE).exists(),
    }
    return render(request, "inquiries/list.html", context)


def unit_register(request, identifier: str):
    """The register of one unit's inquiries; a unit out of the user's scope is not found."""
    unit = selectors.unit_get(identifier)
    if unit is None or not unit_in_scope(request.user, unit, VIEW):
        raise Http404(_("No such unit."))
    register = registers.Register(request.GET, user=request.user, unit=unit)
    page = Paginator(register.rows(), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"register": register, "page": page, "today": timezone.localdate(), "unit": unit}
    return render(request, "inquiries/unit_register.html", context)


def register_print(request):
    """The register as a printable page, with the same filters as on screen."""
    register = registers.Register(request.GET, user=request.user)
    rows = list(register.rows()[: registers.PRINT_LIMIT + 1])
    context = {
        "register": register,
        "rows": rows[: registers.PRINT_LIMIT],
        "truncated": len(rows) > registers.PRINT_LIMIT,
        "today": timezone.localdate(),
        "printed_at": timezone.localtime(),
    }
    return render(request, "inquiries/print.html", context)


def inquiry_create(request):
    """Register a letter that arrived; the user picks the drafting unit among their own."""
    if not units_in_scope(request.user, CHANGE).exists():
        raise Http404
    form = forms.RegisterForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        uploaded = data.pop("attachment")
        try:
            inquiry = services.inquiry_register(actor=request.user, uploaded_file=uploaded, **data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect(inquiry)
    status = 400 if form.is_bound else 200
    return render(request, "inquiries/form.html", {"form": form}, status=status)


def inquiry_detail(request, pk: int, *, action_forms=None, status: int = 200):
    """A case: its facts and term, draft, the actions open to the user, timeline and files."""
    inquiry = _case(request, pk)
    actions = available_actions(request.user, inquiry)
    labels = dict(Status.choices)
    events = list(inquiry.events.select_related("actor").order_by("at", "pk"))
    for event in events:
        event.from_label = labels.get(event.from_status, event.from_status)
        event.to_label = labels.get(event.to_status, event.to_status)
    context = {
        "case": inquiry,
        "status_label": inquiry.get_status_display(),
        "buttons": _buttons(actions, action_forms or {}),
        "may_edit_draft": may_edit_draft(request.user, inquiry),
        "may_change": unit_in_scope(request.user, inquiry.unit, CHANGE),
        "events": events,
        "attachments": list(inquiry.attachments.select_related("uploaded_by").order_by("pk")),
        "notes": list(inquiry.notes.select_related("author").order_by("at", "pk")),
        "url_namespace": "inquiries",
    }
    return render(request, "inquiries/detail.html", context, status=status)


def _buttons(actions: list[str], bound: dict) -> list[tuple]:
    """(name, label, form) for each action offered; a form sent back with errors kept."""
    buttons = []
    for name in actions:
        action = ACTIONS[name]
        form = bound.get(name) or _action_form(name)
        buttons.append((name, action.label, form))
    return buttons


def draft_edit(request, pk: int):
    """Write the draft answer; two people saving at once: the second is told, nothing is lost."""
    inquiry = _case(request, pk, CHANGE)
    initial = {"draft": inquiry.draft, "version": inquiry.version}
    form = forms.DraftForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.inquiry_draft_save(actor=request.user, inquiry=inquiry, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect(inquiry)
    status = 400 if form.is_bound else 200
    context = {"inquiry": inquiry, "form": form}
    return render(request, "inquiries/draft.html", context, status=status)


@require_POST
def inquiry_action(request, pk: int, name: str):
    """One of the case's actions (submit, approve, return, send, close, extend, notice)."""
    action = ACTIONS.get(name)
    if action is None:
        raise Http404
    inquiry = _case(request, pk, action.permission)
    form = _action_form(name, request.POST)
    if form is None or form.is_valid():
        data = form.cleaned_data if form else {}
        try:
            action.service(actor=request.user, inquiry=inquiry, **data)
        except ValidationError as error:
            if form is None:
                for message in error.messages:
                    messages.error(request, message)
                return redirect(inquiry)
            _add_errors(form, error)
        else:
            return redirect(inquiry)
    return inquiry_detail(request, pk, action_forms={name: form}, status=400)


def _action_form(name: str, data=None):
    """The action's form, its ids prefixed so that several forms share the page."""
    form_class = ACTIONS[name].form
    return form_class(data, auto_id=f"id_{name}_%s") if form_class else None


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def unit_section(request, unit):
    """The unit page's section: the unit's open inquiries, nearest term first."""
    from kancelaria.registry import UnitSection

    if not unit_in_scope(request.user, unit, VIEW):
        return None
    open_rows = registers.open_of_unit(request.user, unit)
    rows = list(open_rows[: registers.SECTION_LIMIT])
    context = {"unit": unit, "rows": rows, "today": timezone.localdate()}
    return UnitSection(registers.SECTION_ORDER, "inquiries/unit_section.html", context)
