"""Fixtures of the org chart's tests: the day they run on, KP-03 moved as the admin moves it."""

from datetime import date

import pytest

from orgunits import services

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
