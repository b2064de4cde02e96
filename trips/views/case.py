"""A trip: registering it, its page with the timeline and the buttons its user may press."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kancelaria.cases.views import CaseAttachmentAddView
from orgunits.access import APPROVE, CHANGE, may_approve
from trips import services
from trips.forms import (
    CommentForm,
    OrderForm,
    ReportForm,
    ReturnForm,
    TripForm,
)
from trips.models import Trip

from .common import may_register, service_call, trip_for


def trip_create(request):
    """Register a trip (the trips post); anyone else gets 404."""
    if not may_register(request.user):
        raise Http404
    form = TripForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            trip = _register(request, form)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        except PermissionDenied as error:
            raise Http404 from error
        else:
            messages.success(request, _("The trip %(sign)s is registered.") % {"sign": trip.sign})
            return redirect(trip)
    return render(request, "trips/trip_form.html", {"form": form})


@transaction.atomic
def _register(request, form: TripForm) -> Trip:
    data = form.trip_data()
    if form.cleaned_data.get("new_journey"):
        data.journey = services.journey_create(
            actor=request.user, name=form.cleaned_data["new_journey"], programme=data.programme
        )
    return services.trip_register(actor=request.user, data=data)


def _events(trip: Trip, labels: dict) -> list:
    events = list(trip.events.select_related("actor"))
    for event in events:
        event.from_label = labels.get(event.from_status, event.from_status)
        event.to_label = labels.get(event.to_status, event.to_status)
    return events


def _detail_context(request, trip: Trip) -> dict:
    user = request.user
    may_change = Trip.objects.restrict(user, CHANGE).filter(pk=trip.pk).exists()
    approver = (
        trip.status in Trip.AWAITING_APPROVAL
        and trip.ordered_in_system
        and may_approve(user, trip.traveller, trip.traveller_unit)
    )
    next_statuses = Trip.TRANSITIONS.get(trip.status, ())
    labels = dict(Trip.Status.choices)
    return {
        "trip": trip,
        "destinations": [d.country for d in trip.destinations.all()],
        "companions": list(
            Trip.objects.restrict(user, "view")
            .filter(journey_id=trip.journey_id)
            .exclude(pk=trip.pk)
            .only("pk", "sign", "traveller_name")
        )
        if trip.journey_id
        else [],
        "estimates": list(trip.estimates.all()),
        "case": trip,
        "events": _events(trip, labels),
        "status_label": trip.get_status_display(),
        "url_namespace": "trips",
        "attachments": list(trip.attachments.select_related("uploaded_by")),
        "notes": list(trip.notes.select_related("author")),
        "may_change": may_change,
        "may_approve": approver,
        "may_report": trip.status in Trip.REPORT_OUTSTANDING[-1:]
        and (may_change or user == trip.traveller),
        "next": next_statuses,
        "approvers": services.trip_approvers(trip) if trip.status == "submitted" else [],
        "return_form": ReturnForm(),
        "order_form": OrderForm(),
        "comment_form": CommentForm(),
        "report_form": ReportForm(),
    }


def trip_detail(request, pk: int):
    """A trip: its order, journey, settlement, report, timeline, files and notes."""
    trip = trip_for(request.user, pk)
    return render(request, "trips/trip_detail.html", _detail_context(request, trip))


SIMPLE = {
    "submit": services.trip_submit,
    "start": services.trip_start,
    "settle": services.trip_settle,
    "close": services.trip_close,
}


@require_POST
def trip_step(request, pk: int, step: str):
    """A step without input of its own (submit, start, settle, close) or with a comment."""
    trip = trip_for(request.user, pk)
    form = CommentForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""
    with service_call(request):
        if step in SIMPLE:
            SIMPLE[step](actor=request.user, trip=trip)
        elif step == "cancel":
            services.trip_cancel(actor=request.user, trip=trip, comment=comment)
        elif step == "reopen":
            services.trip_settlement_reopen(actor=request.user, trip=trip, comment=comment)
        else:
            raise Http404
        messages.success(request, _("Done."))
    return redirect(trip)


@require_POST
def trip_decide(request, pk: int, decision: str):
    """The approver orders or rejects the trip; anyone else gets 404."""
    trip = trip_for(request.user, pk, APPROVE)
    form = CommentForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""
    with service_call(request):
        if decision == "approve":
            services.trip_approve(actor=request.user, trip=trip, comment=comment)
            messages.success(request, _("The trip is ordered."))
        else:
            services.trip_reject(actor=request.user, trip=trip, comment=comment)
            messages.success(request, _("The trip is rejected."))
    return redirect(trip)


def _with_form(request, trip, form_class, call, success, template):
    form = form_class(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            call(trip, form.cleaned_data)
        except PermissionDenied as error:
            raise Http404 from error
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, success)
            return redirect(trip)
    return render(request, template, {"trip": trip, "form": form})


def trip_return(request, pk: int):
    """Record the actual times of the journey."""

    def call(trip, data):
        services.trip_return_record(actor=request.user, trip=trip, **data)

    trip = trip_for(request.user, pk, CHANGE)
    return _with_form(
        request, trip, ReturnForm, call, _("The return is recorded."), "trips/return_form.html"
    )


def trip_order(request, pk: int):
    """Record an order given outside the system."""

    def call(trip, data):
        services.trip_order_record(
            actor=request.user,
            trip=trip,
            given_by=data["given_by"],
            given_on=data["given_on"],
            reference=data["reference"],
            scan=data.get("scan"),
        )

    trip = trip_for(request.user, pk, CHANGE)
    return _with_form(
        request, trip, OrderForm, call, _("The order is recorded."), "trips/order_form.html"
    )


def trip_report(request, pk: int):
    """The traveller's report."""

    def call(trip, data):
        services.trip_report_submit(actor=request.user, trip=trip, text=data["text"])

    trip = trip_for(request.user, pk)
    if trip.traveller_id != request.user.pk:
        trip = trip_for(request.user, pk, CHANGE)
    return _with_form(
        request, trip, ReportForm, call, _("The report is submitted."), "trips/report_form.html"
    )


class TripAttachmentAddView(CaseAttachmentAddView):
    """A file for the trip: the trips post's line only (anyone else gets 404, even posting none)."""

    action = CHANGE
