"""The trip case through its services: who orders it, the terms, refused input."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from trips import services
from trips.models import Trip, TripEvent

from .trip_helpers import approved, at, registered, returned


def test_registered_trip_is_owned_by_the_trips_post_and_linked_to_the_travellers_unit(
    demo, demo_user
):
    # when the trips post registers a KP-04 employee's trip
    trip = registered(demo, demo_user)
    # then the post owns it, KP-04 is linked as the traveller's unit and the sign is given
    assert trip.unit.key == "kp-01-wyjazdy"
    assert [(link.unit.key, link.reason) for link in trip.links.all()] == [("kp-04", "traveller")]
    assert trip.sign == "KP-01.0713.1.2026"
    assert trip.status == Trip.Status.DRAFT


def test_the_director_orders_a_kp04_trip_and_the_first_deputy_cannot(demo, demo_user):
    # given a submitted trip of kp04
    trip = registered(demo, demo_user)
    trip = services.trip_submit(actor=demo_user("kp01-wyjazdy"), trip=trip)
    # then the I Deputy (another line) and the traveller himself are refused
    for username in ("zastepca1", "kp04", "kp01-wyjazdy"):
        with pytest.raises(PermissionDenied):
            services.trip_approve(actor=demo_user(username), trip=trip)
    # and the Director orders it
    trip = services.trip_approve(actor=demo_user("dyrektor"), trip=trip)
    assert (trip.status, trip.approved_by.username) == ("approved", "dyrektor")
    statuses = list(TripEvent.objects.filter(case=trip).values_list("to_status", flat=True))
    assert statuses == ["draft", "submitted", "approved"]


def test_return_sets_the_settlement_and_report_terms(demo, demo_user):
    trip = returned(demo, demo_user)
    # then the settlement is due 14 days after the return day, the report after the set term;
    # both fall on Sunday 29.03.2026 and move to Monday
    assert trip.settlement_due == date(2026, 3, 30)
    assert trip.report_due == date(2026, 3, 30)
    assert trip.deadline == date(2026, 3, 30)


def test_the_report_term_is_the_one_the_administrator_set(demo, demo_user):
    services.trips_settings_update(actor=demo_user("admin"), report_term_days=21)
    trip = returned(demo, demo_user)
    # 15.03 + 21 days = Sunday 5.04, Easter Monday 6.04.2026 is a holiday: Tuesday 7.04
    assert (trip.settlement_due, trip.report_due) == (date(2026, 3, 30), date(2026, 4, 7))


def test_return_before_departure_is_refused_and_nothing_changes(demo, demo_user):
    post = demo_user("kp01-wyjazdy")
    trip = services.trip_start(actor=post, trip=approved(demo, demo_user))
    with pytest.raises(ValidationError) as error:
        services.trip_return_record(
            actor=post,
            trip=trip,
            departed_at=at(12, 5),
            border_out_at=at(12, 4),
            border_in_at=at(12, 3),
            returned_at=at(11, 18),
        )
    assert "powrót" in str(error.value).lower()
    trip.refresh_from_db()
    assert (trip.status, trip.returned_at) == ("under_way", None)


def test_a_country_with_no_rate_stops_the_registration(demo, demo_user):
    from trips.models import Country

    nowhere = Country.objects.create(iso_code="XX", name="Kraina bez stawki")
    with pytest.raises(ValidationError) as error:
        registered(demo, demo_user, countries=[nowhere])
    assert "Kraina bez stawki" in str(error.value)
    assert not Trip.objects.exists()


def test_a_negative_estimated_cost_is_refused(demo, demo_user):
    from decimal import Decimal

    with pytest.raises(ValidationError) as error:
        registered(demo, demo_user, estimates=[("other", Decimal("-5.00"), "EUR")])
    assert "ujemn" in str(error.value)
    assert not Trip.objects.exists()


def test_a_councillors_order_is_recorded_from_outside_and_not_by_himself(demo, demo_user):
    trip = registered(demo, demo_user, traveller=None)
    post = demo_user("kp01-wyjazdy")
    trip = services.trip_submit(actor=post, trip=trip)
    with pytest.raises(ValidationError):
        services.trip_order_record(
            actor=post, trip=trip, given_by="Jan Radny", given_on=date(2026, 3, 1), reference="x"
        )
    trip = services.trip_order_record(
        actor=post,
        trip=trip,
        given_by="Przewodniczący Rady Miasta Krakowa",
        given_on=date(2026, 3, 1),
        reference="BRM.0012.1.2026",
    )
    assert (trip.status, trip.order_reference) == ("approved", "BRM.0012.1.2026")
