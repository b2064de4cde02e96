"""Every inquiry URL × every demo user × an inquiry owned by each of the 13 nodes below the root.

The expected answer comes from DESIGN §3's reporting lines (the shared oracle of
`tests/cases/matrix.py`), never from `restrict`: in scope 200/302 (400 for a form sent empty),
out of scope 404. Approval is for the approver the reporting lines name (DESIGN §5 rule 2), and
for nobody else.
"""

from datetime import date

import pytest

from inquiries import services
from inquiries.demo import DRAFTERS
from tests.cases import matrix

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
# DESIGN §5 rule 2 with the demo users: who approves a draft of each unit's drafter.
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
    ("detail", lambda case: case.get_absolute_url(), "get"),
    ("unit register", lambda case: f"/inquiries/unit/{case.unit.key}/", "get"),
    ("register filtered", lambda case: f"/inquiries/?unit={case.unit.key}", "get"),
    ("print", lambda case: f"/inquiries/print/?unit={case.unit.key}", "get"),
]
CHANGE_URLS = [
    ("draft form", lambda case: f"{case.get_absolute_url()}draft/", "get"),
    ("submit", lambda case: f"{case.get_absolute_url()}submit/", "post"),
    ("send", lambda case: f"{case.get_absolute_url()}send/", "post"),
    ("extend", lambda case: f"{case.get_absolute_url()}extend/", "post"),
]
APPROVE_URLS = [
    ("return", lambda case: f"{case.get_absolute_url()}return/", "post"),
    ("approve", lambda case: f"{case.get_absolute_url()}approve/", "post"),
]


@pytest.fixture
def submitted_everywhere(demo, demo_user, today_is):
    """One inquiry per node below the root, its draft waiting for approval."""
    today_is(date(2026, 4, 20))
    cases = {}
    for key, username in DRAFTERS.items():
        actor = demo_user(username)
        case = services.inquiry_register(
            actor=actor,
            unit=demo[key],
            kind="public_information",
            received_on=date(2026, 4, 17),
            sender="Jan Kowalski",
            subject=f"Wniosek do {key}",
        )
        case = services.inquiry_draft_save(
            actor=actor, inquiry=case, draft="Odpowiedź", version=case.version
        )
        cases[key] = services.inquiry_submit(actor=actor, inquiry=case)
    return cases


def _status(client, method, url):
    return getattr(client, method)(url).status_code


def _mismatches(client, cases, username, urls, expected):
    found = []
    for key, case in cases.items():
        for name, build, method in urls:
            status = _status(client, method, build(case))
            allowed = expected(username, key)
            if (status == 404) == allowed or status not in (200, 302, 400, 404):
                found.append((name, key, status, allowed))
    return found


@pytest.mark.parametrize("username", USERNAMES)
def test_every_inquiry_url_answers_as_the_reporting_lines_say(
    submitted_everywhere, client, demo_user, username
):
    # given the user is logged in and an inquiry of every unit waits for approval
    client.force_login(demo_user(username))
    cases = submitted_everywhere
    # then view, change and approve URLs answer 200/302 in scope and 404 out of it
    mismatches = _mismatches(client, cases, username, VIEW_URLS, matrix.expected_view)
    mismatches += _mismatches(client, cases, username, CHANGE_URLS, matrix.expected_change)
    mismatches += _mismatches(
        client, cases, username, APPROVE_URLS, lambda user, key: APPROVER[key] == user
    )
    assert mismatches == []


@pytest.mark.parametrize("username", USERNAMES)
def test_the_whole_register_lists_exactly_the_cases_of_the_users_lines(
    submitted_everywhere, client, demo_user, username
):
    client.force_login(demo_user(username))
    page = client.get("/inquiries/").content.decode()
    listed = {key for key, case in submitted_everywhere.items() if case.sign in page}
    assert listed == {key for key in DRAFTERS if matrix.expected_view(username, key)}


def test_po_and_kp05_cases_are_hidden_from_the_director_deputies_and_kp_staff(
    submitted_everywhere, client, demo_user
):
    hidden_from = ("dyrektor", "zastepca1", "zastepca2", "kp01", "kp02", "kp03", "kp04", "admin")
    for username in hidden_from:
        client.force_login(demo_user(username))
        for key in ("po", "kp-05"):
            url = submitted_everywhere[key].get_absolute_url()
            assert client.get(url).status_code == 404, (username, key)
    for username in ("prezydent", "po", "kp05"):
        client.force_login(demo_user(username))
        assert client.get(submitted_everywhere["kp-05"].get_absolute_url()).status_code == 200
