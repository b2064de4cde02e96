"""Fixtures of the org chart's tests: the day they run on, KP-03 moved as the admin moves it,
a generated city hall printed once for all the tests that read its PDF."""

from datetime import date

import pytest

from orgunits import services
from orgunits.orgchart.documents import Heading, render_printout
from orgunits.orgchart.model import chart_forest
from orgunits.orgchart.pages import printout
from orgunits.orgchart.sample import city_hall_rows

TODAY = date(2026, 11, 26)


@pytest.fixture
def kancelaria(demo, today_is):
    """The demo structure, on 26 November 2026."""
    today_is(TODAY)
    return demo


@pytest.fixture
def kp03_moved(kancelaria):
    """KP-03 moved under the II Deputy Director today, a current change (no ordinance)."""
    services.orgunit_update(
        actor=None,
        unit=kancelaria["kp-03"],
        data={"parent": kancelaria["kp-z2"]},
        effective=services.EffectiveDate(TODAY, "Przeniesienie KP-03"),
    )
    return kancelaria


@pytest.fixture(scope="session")
def city_hall():
    """A generated 400-unit city hall: its rows, its printout and the printed PDF."""
    rows = city_hall_rows(400)
    result = printout(chart_forest(rows))
    pdf = render_printout(result, Heading("Urząd Miasta Krakowa", "Schemat organizacyjny", "—"))
    return rows, result, pdf
