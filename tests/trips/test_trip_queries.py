"""The register and a trip's page cost the same number of queries for 1 trip as for 50."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from trips import services
from trips.models import Trip, TripAttachment

from .trip_helpers import registered


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _many(demo, demo_user, count):
    return [registered(demo, demo_user) for _ in range(count)]


def test_the_register_costs_the_same_for_1_and_50_trips(
    demo, demo_user, login, django_assert_num_queries
):
    # given one trip, the register's and the exports' costs are measured
    trip = registered(demo, demo_user)
    client = login("kp01-wyjazdy")
    filtered = f"?year=2026&status=draft&sort=sign&unit={trip.traveller_unit_id}"
    urls = ["/trips/?page=1", f"/trips/{filtered}", f"/trips/export.csv{filtered}"]
    urls.append("/trips/export.xlsx")
    costs = [_count(client, url) for url in urls]
    # when 49 more are registered (the page shows 25 of them)
    _many(demo, demo_user, 49)
    # then every page and export costs exactly as much
    for url, cost in zip(urls, costs, strict=True):
        with django_assert_num_queries(cost):
            client.get(url)


def test_a_trip_page_costs_the_same_with_many_events_notes_and_files(
    demo, demo_user, login, django_assert_num_queries
):
    # given a submitted trip with one note and one file
    trip = registered(demo, demo_user)
    post = demo_user("kp01-wyjazdy")
    trip = services.trip_submit(actor=post, trip=trip)
    client = login("kp01-wyjazdy")

    def add(index):
        client.post(f"/trips/{trip.pk}/notes/", {"text": f"Notatka {index}"})
        scan = SimpleUploadedFile(f"f{index}.pdf", b"%PDF-1.4 x", "application/pdf")
        client.post(f"/trips/{trip.pk}/files/", {"file": scan})

    add(0)
    before = _count(client, f"/trips/{trip.pk}/")
    # when 49 more notes and files are added
    for index in range(1, 50):
        add(index)
    # then the page costs the same
    with django_assert_num_queries(before):
        client.get(f"/trips/{trip.pk}/")
    assert (trip.notes.count(), trip.attachments.count()) == (50, 50)


def test_a_60_mb_scan_is_refused_in_polish_and_nothing_is_saved(demo, demo_user, login):
    trip = registered(demo, demo_user, traveller=None)
    services.trip_submit(actor=demo_user("kp01-wyjazdy"), trip=trip)
    scan = SimpleUploadedFile(
        "skan.pdf", b"%PDF-1.4\n" + b"0" * (60 * 1024 * 1024), "application/pdf"
    )
    response = login("kp01-wyjazdy").post(
        f"/trips/{trip.pk}/order/",
        {
            "given_by": "Przewodniczący Rady",
            "given_on": "2026-03-01",
            "reference": "BRM.1",
            "scan": scan,
        },
    )
    assert response.status_code == 200
    assert "dopuszczalny rozmiar to 20,0" in response.content.decode()
    trip.refresh_from_db()
    assert (trip.status, trip.order_reference) == ("submitted", "")
    assert not TripAttachment.objects.exists()
    assert Trip.objects.count() == 1
