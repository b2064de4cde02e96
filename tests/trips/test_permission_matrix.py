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
URLS = [
    matrix.MatrixUrl("detail", lambda trip: f"/trips/{trip.pk}/"),
    matrix.MatrixUrl("order pdf", lambda trip: f"/trips/{trip.pk}/order.pdf", ok=(200,)),
    matrix.MatrixUrl("note", lambda trip: f"/trips/{trip.pk}/notes/", "post"),
    matrix.MatrixUrl("return form", lambda trip: f"/trips/{trip.pk}/return/", action="change"),
    matrix.MatrixUrl("order form", lambda trip: f"/trips/{trip.pk}/order/", action="change"),
    matrix.MatrixUrl(
        "settlement form", lambda trip: f"/trips/{trip.pk}/settlement/", action="change"
    ),
    matrix.MatrixUrl("attachment", lambda trip: f"/trips/{trip.pk}/files/", "post", "change"),
    matrix.MatrixUrl("start", lambda trip: f"/trips/{trip.pk}/step/start/", "post", "change"),
]
APPROVE_URLS = [
    matrix.MatrixUrl("reject", lambda trip: f"/trips/{trip.pk}/decide/reject/", "post", "approve"),
    matrix.MatrixUrl(
        "approve", lambda trip: f"/trips/{trip.pk}/decide/approve/", "post", "approve"
    ),
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


def _check(login, trips, parents=matrix.PARENT, urls=URLS):
    # view and change: a trip is owned by the trips post and linked to the traveller's unit
    matrix.check(
        login,
        urls,
        {OWNER: list(trips.values())},
        linked_keys=lambda trip: [trip.traveller_unit.key],
        parents=parents,
    )
    # ordering: the approver of the traveller's unit, for the traveller (DESIGN §5 rule 2)
    matrix.check(
        login, APPROVE_URLS, trips, person=lambda trip: trip.traveller.username, parents=parents
    )


def test_every_trip_url_answers_as_the_reporting_lines_say(submitted_everywhere, login):
    _check(login, submitted_everywhere)


def test_after_kp03_moves_under_the_second_deputy(submitted_everywhere, login):
    # (the pages only: the prints read the trip the same way and cost a PDF each)
    parents = matrix.move_kp03_under_the_second_deputy()
    _check(login, submitted_everywhere, parents, [url for url in URLS if "pdf" not in url.name])


def test_the_register_lists_exactly_the_trips_the_reporting_lines_show(submitted_everywhere, login):
    for username in matrix.USERNAMES:
        listed = login(username).get("/trips/export.csv").content.decode("utf-8-sig")
        shown = {key for key, trip in submitted_everywhere.items() if trip.sign + ";" in listed}
        expected = {
            key for key in submitted_everywhere if matrix.expected(username, OWNER, "view", [key])
        }
        assert shown == expected, username
    assert Trip.objects.count() == len(TRAVELLER)
