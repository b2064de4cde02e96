"""Trips made through the services, for tests of the case, its pages and its prints."""

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from trips import services
from trips.models import Country

WARSAW = ZoneInfo("Europe/Warsaw")


def at(day: int, hour: int, minute: int = 0, month: int = 3, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WARSAW)


def trip_data(demo, traveller, **fields) -> services.TripData:
    """A KP-04 employee's trip to Berlin in March 2026, unless told otherwise."""
    values = {
        "traveller": traveller,
        "traveller_name": traveller.get_full_name() if traveller else "Jan Radny",
        "traveller_category": "staff" if traveller else "councillor",
        "traveller_unit": demo["kp-04"] if traveller else None,
        "cities": "Berlin",
        "purpose": "Konferencja miast partnerskich",
        "inviting_party": "Senat Berlina",
        "planned_departure": at(12, 5),
        "planned_return": at(15, 19),
        "transport": "plane",
        "funding": "budget",
        "countries": [Country.objects.get(iso_code="DE")],
        "estimates": [("lodging", Decimal("510.00"), "EUR")],
    }
    values.update(fields)
    return services.TripData(**values)


def registered(demo, demo_user, traveller="kp04", **fields):
    """A draft trip registered by the trips post."""
    user = demo_user(traveller) if traveller else None
    return services.trip_register(
        actor=demo_user("kp01-wyjazdy"), data=trip_data(demo, user, **fields)
    )


def approved(demo, demo_user, **fields):
    trip = registered(demo, demo_user, **fields)
    trip = services.trip_submit(actor=demo_user("kp01-wyjazdy"), trip=trip)
    return services.trip_approve(actor=demo_user("dyrektor"), trip=trip)


def returned(demo, demo_user, **fields):
    """Back on 15.03.2026: left 12.03 05:00, took off 07:00, landed 15.03 17:00, home 18:30."""
    post = demo_user("kp01-wyjazdy")
    trip = services.trip_start(actor=post, trip=approved(demo, demo_user, **fields))
    return services.trip_return_record(
        actor=post,
        trip=trip,
        departed_at=at(12, 5),
        border_out_at=at(12, 7),
        border_in_at=at(15, 17),
        returned_at=at(15, 18, 30),
    )
