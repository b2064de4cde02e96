"""The intranet search finds cases by sign, subject and the type's own fields, through restrict."""

import pytest

from orgunits.models import Assignment
from tests.casetypes.factories import dossier_create
from tests.factories import AssignmentFactory, OrgUnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cases():
    mine = OrgUnitFactory(key="mine", symbol="MI")
    other = OrgUnitFactory(key="other", symbol="OT")
    clerk = AssignmentFactory(unit=mine).user
    outsider = AssignmentFactory(unit=other, role=Assignment.Role.HEAD).user
    found = dossier_create(unit=mine, created_by=clerk, subject="Interpelacja w sprawie drzew")
    return {"clerk": clerk, "outsider": outsider, "case": found}


@pytest.mark.parametrize("query", ["drzew", "interpelacja DRZEW", "MI.0001.1"])
def test_a_case_is_found_by_its_subject_words_or_its_sign(client, cases, query):
    client.force_login(cases["clerk"])
    html = client.get("/search/", {"q": query}).text
    assert cases["case"].sign in html
    assert cases["case"].get_absolute_url() in html


def test_a_case_out_of_scope_is_never_found(client, cases):
    client.force_login(cases["outsider"])
    html = client.get("/search/", {"q": cases["case"].sign}).text
    assert cases["case"].get_absolute_url() not in html
    assert "Interpelacja w sprawie drzew" not in html
