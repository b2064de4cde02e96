"""`seed_demo`: the demo users of DESIGN §6 where the design puts them; never with DEBUG off."""

import pytest
from django.core.management import CommandError, call_command

from kancelaria.demo import seed_demo
from orgunits.models import Assignment

EXPECTED = {
    "prezydent": ("prezydent", "head"),
    "dyrektor": ("kp", "head"),
    "zastepca1": ("kp-z1", "head"),
    "zastepca2": ("kp-z2", "head"),
    "kp01": ("kp-01", "head"),
    "po": ("po", "head"),
    "kp01-wyjazdy": ("kp-01-wyjazdy", "staff"),
    "kp02": ("kp-02", "staff"),
    "kp03": ("kp-03", "staff"),
    "kp04": ("kp-04", "staff"),
    "kp05": ("kp-05", "staff"),
}


def test_every_demo_user_has_the_role_the_design_gives(demo):
    placed = {
        a.user.username: (a.unit.key, a.role)
        for a in Assignment.objects.active().select_related("user", "unit")
    }
    assert placed == EXPECTED


def test_admin_is_a_structure_administrator_with_no_assignment(demo, demo_user):
    admin = demo_user("admin")
    assert admin.is_staff and not admin.is_superuser
    assert list(admin.groups.values_list("name", flat=True)) == ["Administratorzy struktury"]
    assert admin.has_perm("orgunits.change_orgunit")
    assert not admin.assignments.exists()


def test_demo_users_log_in_with_the_demo_password(client, demo):
    from tests.conftest import DEMO_PASSWORD

    assert client.login(username="kp03", password=DEMO_PASSWORD)


def test_seeding_twice_changes_nothing(demo):
    before = Assignment.objects.count()
    seed_demo(password="another")
    assert Assignment.objects.count() == before


def test_the_command_refuses_to_run_with_debug_off(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
    assert not Assignment.objects.exists()


def test_the_command_seeds_with_debug_on(db, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    assert Assignment.objects.count() == len(EXPECTED)
