"""Fixtures shared by the whole suite: the 318/2026 structure and the demo users."""

from datetime import date

import pytest
from django.conf import settings

from kancelaria.demo import seed_demo
from orgunits import services
from orgunits.models import OrgUnit

DEMO_PASSWORD = "demo-test-password"


@pytest.fixture
def structure(db):
    """The 318/2026 structure, loaded the way the application loads it; units by key."""
    services.structure_load_fixture()
    return {unit.key: unit for unit in OrgUnit.objects.all()}


@pytest.fixture
def demo(db):
    """The structure and the demo users of DESIGN §6 and each app's reference data (no cases)."""
    seed_demo(password=DEMO_PASSWORD, cases=False)
    return {unit.key: unit for unit in OrgUnit.objects.all()}


@pytest.fixture
def demo_user(demo, django_user_model):
    """A demo user by name: `demo_user("dyrektor")`."""
    return lambda username: django_user_model.objects.get(username=username)


@pytest.fixture
def login(client, demo_user):
    """Log the test client in as a demo user and return it."""

    def _login(username):
        client.force_login(demo_user(username))
        return client

    return _login


@pytest.fixture
def today_is(time_machine):
    """Freeze the clock on a Warsaw date: `today_is(date(2026, 11, 26))`."""

    def _freeze(day: date, hour: int = 10):
        from datetime import datetime
        from zoneinfo import ZoneInfo

        time_machine.move_to(
            datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo(settings.TIME_ZONE)),
            tick=False,
        )

    return _freeze
