"""'My work' and the navigation counts: what waits for me, across case types, at bounded cost."""

from datetime import date

import pytest

from orgunits.models import Assignment
from tests.casetypes.factories import dossier_create
from tests.factories import AssignmentFactory, OrgUnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(today_is):
    today_is(date(2026, 11, 26))
    dept = OrgUnitFactory(key="dept", symbol="DP")
    unit = OrgUnitFactory(key="unit", symbol="UN", parent=dept)
    other = OrgUnitFactory(key="other", symbol="OT")
    head = AssignmentFactory(unit=dept, role=Assignment.Role.HEAD).user
    clerk = AssignmentFactory(unit=unit).user
    return {"dept": dept, "unit": unit, "other": other, "head": head, "clerk": clerk}


def _cases(office, count, **fields):
    return [
        dossier_create(unit=office["unit"], created_by=office["clerk"], **fields)
        for _index in range(count)
    ]


def test_my_work_lists_what_to_approve_handle_overdue_and_due_this_week(client, office):
    # given a dossier waiting for the head's approval, an overdue one and one due in three days
    waiting = _cases(office, 1, status="submitted", approver=office["head"], subject="Do podpisu")
    late = _cases(office, 1, deadline=date(2026, 11, 20), subject="Po terminie")
    soon = _cases(office, 1, deadline=date(2026, 11, 29), subject="W tym tygodniu")
    far = _cases(office, 1, deadline=date(2026, 12, 20), subject="Za miesiąc")
    # when the head opens the home page
    client.force_login(office["head"])
    html = client.get("/").text
    # then each list shows its cases with sign, subject, term and status
    sections = html.split("<caption>")
    approve = next(part for part in sections if part.startswith("Do zatwierdzenia"))
    overdue = next(part for part in sections if part.startswith("Po terminie"))
    week = next(part for part in sections if part.startswith("Termin w tym tygodniu"))
    assert waiting[0].sign in approve and "do zatwierdzenia" in approve
    assert late[0].sign in overdue and "20 listopada 2026" in overdue
    assert soon[0].sign in week and far[0].sign not in week
    # and the navigation counts one to approve and one overdue
    assert 'title="Do zatwierdzenia"><span class="visually-hidden">' in html


def test_cases_of_another_line_never_reach_my_work(client, office):
    dossier_create(unit=office["other"], created_by=office["clerk"], subject="Cudza sprawa")
    client.force_login(office["head"])
    html = client.get("/").text
    assert "Cudza sprawa" not in html
    assert "Nic na Ciebie nie czeka" in html


@pytest.mark.parametrize("count", [1, 50])
def test_my_work_costs_the_same_for_1_and_50_cases(
    client, office, count, django_assert_num_queries
):
    # given `count` cases in every list
    _cases(office, count, status="submitted", approver=office["head"], deadline=date(2026, 11, 1))
    _cases(office, count, deadline=date(2026, 11, 27))
    client.force_login(office["head"])
    client.get("/")  # the session is warm
    # when the page is read: session, user, my units (page and header), every count in one
    # query, and one query per non-empty list (to approve, to handle, overdue, due this week)
    with django_assert_num_queries(9):
        response = client.get("/")
    assert response.status_code == 200


def test_anonymous_is_sent_to_the_login_page(client):
    response = client.get("/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
