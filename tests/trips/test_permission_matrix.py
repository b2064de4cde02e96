"""Every trip URL × every demo user × a trip of a traveller from each node below the root.

A trip is owned by the trips post and linked to the traveller's unit. The expected answer comes
from DESIGN §3's reporting lines (the shared oracle of `tests/cases/matrix.py`), never from
`restrict`: seeing is for the line of the trips post or of the traveller's unit; changing for the
trips post's line; ordering for the approver of the traveller's unit (DESIGN §5 rule 2) only.
In scope 200/302 (400 for a form sent empty), out of scope 404.
"""

import pytest

from tests.factories import AssignmentFactory, UserFactory
from trips import services
from trips.models import Trip

from .trip_helpers import trip_data

matrix = pytest.importorskip("tests.cases.matrix")

USERNAMES = (
    "prezydent",
    "dyrektor",
    "zastepca1",
    "zastepca2",
    "kp01",
    "po",
    "kp01-wyjazdy",
    "kp02",
    "kp03",
    "kp04",
    "kp05",
    "admin",
)
OWNER = "kp-01-wyjazdy"
#: The traveller from each unit (a new staff member where the demo has nobody).
TRAVELLER = {
    "kp": "dyrektor",
    "kp-z1": "zastepca1",
    "kp-03": "kp03",
    "kp-03-foto": None,
    "kp-z2": "zastepca2",
    "kp-01": "kp01",
    "kp-01-wyjazdy": "kp01-wyjazdy",
    "kp-02": "kp02",
    "kp-04": "kp04",
    "kp-04-prawne": None,
    "kp-04-budzet": None,
    "po": "po",
    "kp-05": "kp05",
}
#: DESIGN §5 rule 2 with the demo users: who orders a trip of a traveller of each unit.
APPROVER = {
    "kp": "prezydent",
    "kp-z1": "dyrektor",
    "kp-03": "zastepca1",
    "kp-03-foto": "zastepca1",
    "kp-z2": "dyrektor",
    "kp-01": "zastepca2",
    "kp-01-wyjazdy": "kp01",
    "kp-02": "dyrektor",
    "kp-04": "dyrektor",
    "kp-04-prawne": "dyrektor",
    "kp-04-budzet": "dyrektor",
    "po": "prezydent",
    "kp-05": "po",
}

VIEW_URLS = [
    ("detail", lambda trip: f"/trips/{trip.pk}/", "get"),
    ("order pdf", lambda trip: f"/trips/{trip.pk}/order.pdf", "get"),
    ("note", lambda trip: f"/trips/{trip.pk}/notes/", "post"),
]
CHANGE_URLS = [
    ("return form", lambda trip: f"/trips/{trip.pk}/return/", "get"),
    ("order form", lambda trip: f"/trips/{trip.pk}/order/", "get"),
    ("settlement form", lambda trip: f"/trips/{trip.pk}/settlement/", "get"),
    ("attachment", lambda trip: f"/trips/{trip.pk}/attachments/", "post"),
    ("start", lambda trip: f"/trips/{trip.pk}/step/start/", "post"),
]
APPROVE_URLS = [
    ("reject", lambda trip: f"/trips/{trip.pk}/decide/reject/", "post"),
    ("approve", lambda trip: f"/trips/{trip.pk}/decide/approve/", "post"),
]


@pytest.fixture
def submitted_everywhere(demo, demo_user):
    """One submitted trip per node below the root, its traveller staff of that node."""
    post = demo_user("kp01-wyjazdy")
    trips = {}
    for key, username in TRAVELLER.items():
        if username:
            traveller = demo_user(username)
        else:
            traveller = UserFactory(username=f"pracownik-{key}")
            AssignmentFactory(user=traveller, unit=demo[key])
        data = trip_data(demo, traveller, traveller_unit=demo[key])
        trip = services.trip_register(actor=post, data=data)
        trips[key] = services.trip_submit(actor=post, trip=trip)
    return trips


def _mismatches(client, trips, urls, allowed):
    found = []
    for key, trip in trips.items():
        for name, build, method in urls:
            status = getattr(client, method)(build(trip)).status_code
            if (status == 404) == allowed(key) or status not in (200, 302, 400, 404):
                found.append((name, key, status, allowed(key)))
    return found


@pytest.mark.parametrize("username", USERNAMES)
def test_every_trip_url_answers_as_the_reporting_lines_say(
    submitted_everywhere, client, demo_user, username
):
    # given the user is logged in and a trip of a traveller of every unit awaits its order
    client.force_login(demo_user(username))
    trips = submitted_everywhere

    def sees(key):
        return matrix.expected_view(username, OWNER) or matrix.expected_view(username, key)

    # then view, change and approve URLs answer 200/302 in scope and 404 out of it
    mismatches = _mismatches(client, trips, VIEW_URLS, sees)
    mismatches += _mismatches(
        client, trips, CHANGE_URLS, lambda key: matrix.expected_change(username, OWNER)
    )
    mismatches += _mismatches(client, trips, APPROVE_URLS, lambda key: APPROVER[key] == username)
    assert mismatches == []


@pytest.mark.parametrize("username", USERNAMES)
def test_the_register_lists_exactly_the_trips_the_reporting_lines_show(
    submitted_everywhere, client, demo_user, username
):
    client.force_login(demo_user(username))
    listed = client.get("/trips/export.csv").content.decode("utf-8-sig")
    shown = {key for key, trip in submitted_everywhere.items() if trip.sign + ";" in listed}
    expected = {
        key
        for key in submitted_everywhere
        if matrix.expected_view(username, OWNER) or matrix.expected_view(username, key)
    }
    assert shown == expected
    assert Trip.objects.count() == len(TRAVELLER)
