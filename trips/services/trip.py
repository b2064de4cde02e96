"""Every change to a trip: one service each, one transaction, the row locked, an event written.

Who may do what (DESIGN §5): the trips post's line changes the trip; the approver of the
traveller's unit (`orgunits.access.may_approve`) orders the trip of Kancelaria staff; for people
outside the tree the order given outside the system is recorded. Nobody orders their own trip.
Out of scope is `PermissionDenied`, which the views answer with 404 like "not found".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kancelaria.deadlines import add_days
from orgunits.access import APPROVE, CHANGE, VIEW, approvers_for, may_approve, unit_in_scope
from orgunits.models import OrgUnit
from trips import selectors
from trips.models import (
    Country,
    Journey,
    Trip,
    TripCostEstimate,
    TripDestination,
    TripEvent,
    TripLink,
)

from .case import attachment_store, mail_on_commit, sign_assign, transition

#: The key of the trips post that owns every trip (§ 4 ust. 2).
TRIPS_POST_KEY = "kp-01-wyjazdy"
#: The settlement is due 14 days after return (§ 5 ust. 3 of the 2013 regulation, applied abroad).
SETTLEMENT_TERM_DAYS = 14


@dataclass
class TripData:
    """What the trip form gives the register service."""

    traveller_name: str
    traveller_category: str
    cities: str
    purpose: str
    planned_departure: datetime
    planned_return: datetime
    transport: str
    funding: str
    countries: list[Country]
    traveller: object | None = None
    traveller_unit: OrgUnit | None = None
    inviting_party: str = ""
    programme: str = ""
    budget_task: str = ""
    advance_requested: Decimal | None = None
    advance_currency: str = ""
    journey: object | None = None
    estimates: list[tuple[str, Decimal, str]] = field(default_factory=list)


def _check(data: TripData) -> None:
    errors = []
    if data.planned_return <= data.planned_departure:
        errors.append(_("The return must be after the departure."))
    if not data.countries:
        errors.append(_("Name at least one destination country."))
    if any(amount is None or amount < 0 for _k, amount, _c in data.estimates):
        errors.append(_("An estimated cost cannot be negative."))
    if data.advance_requested is not None and data.advance_requested < 0:
        errors.append(_("The advance cannot be negative."))
    if data.traveller_category == Trip.Category.STAFF and data.traveller_unit is None:
        errors.append(_("Give the unit of the city-hall employee."))
    day = timezone.localtime(data.planned_departure).date()
    book = selectors.rate_book([country.iso_code for country in data.countries])
    for country in data.countries:
        try:
            book.in_force(country.iso_code, day)
        except ValidationError as error:
            errors.extend(error.messages)
    if errors:
        raise ValidationError(errors)


def _owner_unit(actor) -> OrgUnit:
    unit = OrgUnit.objects.get(key=TRIPS_POST_KEY)
    if not unit_in_scope(actor, unit, CHANGE):
        raise PermissionDenied
    return unit


@transaction.atomic
def trip_register(*, actor, data: TripData) -> Trip:
    """Register a trip as a draft of the trips post, linked to the traveller's unit."""
    unit = _owner_unit(actor)
    _check(data)
    trip = Trip(
        unit=unit,
        subject=_("Foreign trip: %(name)s — %(cities)s")
        % {"name": data.traveller_name, "cities": data.cities},
        status=Trip.Status.DRAFT,
        created_by=actor,
        **{
            name: getattr(data, name)
            for name in (
                "traveller",
                "traveller_name",
                "traveller_category",
                "traveller_unit",
                "cities",
                "purpose",
                "inviting_party",
                "programme",
                "planned_departure",
                "planned_return",
                "transport",
                "funding",
                "budget_task",
                "advance_requested",
                "advance_currency",
                "journey",
            )
        },
    )
    sign_assign(case=trip)
    trip.full_clean(exclude=["sign", "order_scan"])
    trip.save()
    for position, country in enumerate(data.countries):
        TripDestination.objects.create(trip=trip, country=country, position=position)
    for kind, amount, currency in data.estimates:
        TripCostEstimate.objects.create(trip=trip, kind=kind, amount=amount, currency=currency)
    if data.traveller_unit is not None and data.traveller_unit != unit:
        TripLink.objects.create(case=trip, unit=data.traveller_unit, reason="traveller")
    TripEvent.objects.create(case=trip, actor=actor, to_status=trip.status, comment=_("registered"))
    return trip


@transaction.atomic
def journey_create(*, actor, name: str, programme: str = "") -> Journey:
    """A delegation: trips of several travellers sharing one programme (the trips post)."""
    _owner_unit(actor)
    if not name.strip():
        raise ValidationError(_("Name the delegation."))
    return Journey.objects.create(name=name.strip(), programme=programme, created_by=actor)


def trip_approvers(trip: Trip) -> list:
    """Who orders this trip in the system (empty: the order is given outside it)."""
    if not trip.ordered_in_system:
        return []
    return approvers_for(trip.traveller, trip.traveller_unit)


@transaction.atomic
def trip_submit(*, actor, trip: Trip) -> Trip:
    """Send the trip for its order; the approvers are told by mail."""
    trip = transition(actor=actor, case=trip, to_status=Trip.Status.SUBMITTED)
    users = trip_approvers(trip)
    mail_on_commit(
        users,
        _("Trip to approve: %(sign)s") % {"sign": trip.sign},
        _("%(name)s, %(cities)s: please approve or reject the trip.")
        % {"name": trip.traveller_name, "cities": trip.cities},
    )
    return trip


def _approver_check(actor, trip: Trip) -> None:
    if not trip.ordered_in_system or not may_approve(actor, trip.traveller, trip.traveller_unit):
        raise PermissionDenied


@transaction.atomic
def trip_approve(*, actor, trip: Trip, comment: str = "") -> Trip:
    """Order the trip (the approver of the traveller's unit; never the traveller)."""
    _approver_check(actor, trip)
    trip = transition(
        actor=actor, case=trip, to_status=Trip.Status.APPROVED, action=APPROVE, comment=comment
    )
    trip.approved_by, trip.approved_at = actor, timezone.now()
    trip.save(update_fields=["approved_by", "approved_at"])
    return trip


@transaction.atomic
def trip_reject(*, actor, trip: Trip, comment: str) -> Trip:
    """Refuse the order, with the reason."""
    _approver_check(actor, trip)
    if not comment.strip():
        raise ValidationError(_("Give the reason for rejecting the trip."))
    return transition(
        actor=actor, case=trip, to_status=Trip.Status.REJECTED, action=APPROVE, comment=comment
    )


@transaction.atomic
def trip_order_record(
    *, actor, trip: Trip, given_by: str, given_on, reference: str, scan=None
) -> Trip:
    """Record an order given outside the system (the Mayor's, a deputy mayor's, a councillor's)."""
    if trip.ordered_in_system:
        raise ValidationError(_("This trip is ordered in the system by the traveller's superior."))
    if given_by.strip().casefold() == trip.traveller_name.strip().casefold():
        raise ValidationError(_("Nobody orders their own trip."))
    trip = transition(actor=actor, case=trip, to_status=Trip.Status.APPROVED)
    if scan is not None:
        trip.order_scan = attachment_store(actor=actor, case=trip, uploaded_file=scan)
    trip.order_given_by, trip.order_date, trip.order_reference = given_by, given_on, reference
    trip.save(update_fields=["order_given_by", "order_date", "order_reference", "order_scan"])
    return trip


@transaction.atomic
def trip_start(*, actor, trip: Trip) -> Trip:
    """The traveller has left."""
    return transition(actor=actor, case=trip, to_status=Trip.Status.UNDER_WAY)


@transaction.atomic
def trip_return_record(
    *, actor, trip: Trip, departed_at, border_out_at, border_in_at, returned_at
) -> Trip:
    """Record the actual times; the settlement and report terms run from the return.

    A term ending on a Saturday, Sunday or holiday moves to the next working day
    (`kancelaria.deadlines.add_days`).
    """
    moments = [departed_at, border_out_at, border_in_at, returned_at]
    if returned_at <= departed_at:
        raise ValidationError(_("The return must be after the departure."))
    if moments != sorted(moments):
        raise ValidationError(
            _("The times must follow each other: departure, border out, border back, return.")
        )
    trip = transition(actor=actor, case=trip, to_status=Trip.Status.RETURNED)
    trip.departed_at, trip.border_out_at = departed_at, border_out_at
    trip.border_in_at, trip.returned_at = border_in_at, returned_at
    back = timezone.localtime(returned_at).date()
    trip.settlement_due = add_days(back, SETTLEMENT_TERM_DAYS)
    trip.report_due = add_days(back, selectors.report_term_days())
    trip.deadline = min(trip.settlement_due, trip.report_due)
    trip.save()
    return trip


@transaction.atomic
def trip_report_submit(*, actor, trip: Trip, text: str) -> Trip:
    """The traveller's report (or the trips post on their behalf)."""
    if not text.strip():
        raise ValidationError(_("Write the report."))
    action = VIEW if actor == trip.traveller else CHANGE
    trip = transition(actor=actor, case=trip, to_status=Trip.Status.REPORT_SUBMITTED, action=action)
    trip.report_text, trip.report_submitted_on = text, timezone.localdate()
    trip.deadline = None
    trip.save(update_fields=["report_text", "report_submitted_on", "deadline"])
    return trip


@transaction.atomic
def trip_close(*, actor, trip: Trip) -> Trip:
    """Everything is settled and reported."""
    return transition(actor=actor, case=trip, to_status=Trip.Status.CLOSED)


@transaction.atomic
def trip_cancel(*, actor, trip: Trip, comment: str = "") -> Trip:
    """The trip will not take place (only before it starts)."""
    return transition(actor=actor, case=trip, to_status=Trip.Status.CANCELLED, comment=comment)
