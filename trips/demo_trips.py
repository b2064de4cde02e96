"""Demo trips at every status, made through the services as the trips post would make them.

Countries come from the shipped rate file (Niemcy, Francja, Austria, Belgia, Litwa); the demo
NBP rate of the euro is marked as demo data. Runs once: nothing is added when trips exist.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction

from orgunits.models import OrgUnit

from . import services
from .models import Country, Journey, NbpTable, Trip
from .settlement import Advance, Destination, Lodging, SettlementInput
from .settlement import Journey as Route

WARSAW = ZoneInfo("Europe/Warsaw")
DEMO_TABLE = ("200/A/NBP/2026", date(2026, 10, 15), Decimal("4.2500"))


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=WARSAW)


def _register(post, kp04, country: str, start: date, **fields) -> Trip:
    unit = OrgUnit.objects.get(key="kp-04")
    values = {
        "traveller": kp04,
        "traveller_name": kp04.get_full_name(),
        "traveller_category": Trip.Category.STAFF,
        "traveller_unit": unit,
        "cities": "Berlin",
        "purpose": "Udział w konferencji miast partnerskich",
        "inviting_party": "Miasto partnerskie",
        "planned_departure": _at(start, 6),
        "planned_return": _at(start + timedelta(days=3), 20),
        "transport": Trip.Transport.PLANE,
        "funding": Trip.Funding.BUDGET,
        "countries": [Country.objects.get(iso_code=country)],
        "estimates": [("lodging", Decimal("450.00"), "EUR"), ("transport", Decimal("1400"), "PLN")],
    }
    values.update(fields)
    return services.trip_register(actor=post, data=services.TripData(**values))


def _advance_to(trip: Trip, status: str, post, director) -> Trip:
    order = ["submitted", "approved", "under_way", "returned", "settlement_submitted", "settled"]
    order += ["report_submitted", "closed"]
    steps = order[: order.index(status) + 1] if status in order else []
    for step in steps:
        trip = _step(trip, step, post, director)
    return trip


def _settlement(trip: Trip) -> SettlementInput:
    route = Route(
        trip.departed_at,
        trip.border_out_at,
        trip.border_in_at,
        trip.returned_at,
        (Destination(trip.destinations.first().country.iso_code, breakfasts=2),),
    )
    first_night = trip.border_out_at.astimezone(WARSAW).date()
    return SettlementInput(
        route,
        lodgings=(Lodging(route.destinations[0].country, trip.cities, first_night, 2),),
        advances=(Advance("EUR", Decimal("200.00"), DEMO_TABLE[1]),),
    )


def _step(trip: Trip, step: str, post, director) -> Trip:
    if step == "submitted":
        return services.trip_submit(actor=post, trip=trip)
    if step == "approved":
        return services.trip_approve(actor=director, trip=trip)
    if step == "under_way":
        return services.trip_start(actor=post, trip=trip)
    if step == "returned":
        out, back = trip.planned_departure, trip.planned_return
        return services.trip_return_record(
            actor=post,
            trip=trip,
            departed_at=out,
            border_out_at=out + timedelta(hours=2),
            border_in_at=back - timedelta(hours=2),
            returned_at=back,
        )
    if step == "settlement_submitted":
        return services.trip_settlement_submit(actor=post, trip=trip, data=_settlement(trip))
    if step == "settled":
        return services.trip_settle(actor=post, trip=trip)
    if step == "report_submitted":
        text = "Sprawozdanie z wyjazdu: cel osiągnięty, ustalenia przekazano do KP-01."
        return services.trip_report_submit(actor=post, trip=trip, text=text)
    return services.trip_close(actor=post, trip=trip)


PLAN = (
    ("draft", "DE", date(2026, 12, 7), "Berlin"),
    ("submitted", "FR", date(2026, 12, 14), "Paryż"),
    ("approved", "AT", date(2026, 12, 1), "Wiedeń"),
    ("under_way", "BE", date(2026, 11, 24), "Bruksela"),
    ("returned", "DE", date(2026, 10, 19), "Norymberga"),
    ("settlement_submitted", "LT", date(2026, 10, 26), "Wilno"),
    ("settled", "DE", date(2026, 10, 20), "Lipsk"),
    ("report_submitted", "AT", date(2026, 10, 21), "Graz"),
    ("closed", "FR", date(2026, 10, 16), "Lyon"),
)


@transaction.atomic
def seed_demo_trips(*, password: str) -> None:
    """Trips at every status, a rejected and a cancelled one, a councillor's and a delegation."""
    if Trip.objects.exists():
        return
    users = get_user_model().objects.in_bulk(
        ["kp01-wyjazdy", "kp04", "dyrektor"], field_name="username"
    )
    if len(users) < 3:
        return
    post, kp04, director = users["kp01-wyjazdy"], users["kp04"], users["dyrektor"]
    if not Country.objects.filter(iso_code__in=[country for _s, country, _d, _c in PLAN]).exists():
        services.perdiem_rates_load()  # the shipped rates, when a test emptied the tables
    number, day, mid = DEMO_TABLE
    if not NbpTable.objects.filter(number=number).exists():
        services.nbp_rate_enter(
            actor=post, currency="EUR", table_number=number, table_date=day, mid=mid
        )
        NbpTable.objects.filter(number=number).update(source_name="dane demonstracyjne")
    for status, country, start, city in PLAN:
        _advance_to(_register(post, kp04, country, start, cities=city), status, post, director)
    rejected = _register(post, kp04, "BE", date(2026, 12, 20), cities="Gandawa")
    rejected = services.trip_submit(actor=post, trip=rejected)
    services.trip_reject(
        actor=director, trip=rejected, comment="Brak środków w zadaniu budżetowym."
    )
    cancelled = _register(post, kp04, "DE", date(2026, 12, 28), cities="Drezno")
    services.trip_cancel(actor=post, trip=cancelled, comment="Organizator odwołał wydarzenie.")
    _councillor_delegation(post)


def _councillor_delegation(post) -> None:
    journey = Journey.objects.create(
        name="Delegacja Rady Miasta do Norymbergi",
        programme="Forum miast partnerskich",
        created_by=post,
    )
    for name in ("Jan Radny", "Anna Radna"):
        trip = services.trip_register(
            actor=post,
            data=services.TripData(
                traveller_name=name,
                traveller_category=Trip.Category.COUNCILLOR,
                cities="Norymberga",
                purpose="Forum miast partnerskich",
                planned_departure=_at(date(2026, 12, 9), 6),
                planned_return=_at(date(2026, 12, 11), 22),
                transport=Trip.Transport.BUS,
                funding=Trip.Funding.MIXED,
                countries=[Country.objects.get(iso_code="DE")],
                journey=journey,
            ),
        )
        trip = services.trip_submit(actor=post, trip=trip)
        services.trip_order_record(
            actor=post,
            trip=trip,
            given_by="Przewodniczący Rady Miasta Krakowa",
            given_on=date(2026, 11, 20),
            reference="BRM.0012.7.2026",
        )
