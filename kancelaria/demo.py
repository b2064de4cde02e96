"""Demo data for trying the intranet: the 318/2026 structure, the demo users, each app's cases.

`seed_demo` is idempotent; the `seed_demo` command wraps it and refuses to run with DEBUG off.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction

from orgunits import services as orgunit_services
from orgunits.apps import STRUCTURE_ADMINS
from orgunits.models import Assignment, OrgUnit

from .groups import groups_ensure
from .registry import demo_case_seeders, demo_seeders

DEMO_START = date(2026, 2, 18)


@dataclass(frozen=True)
class DemoUser:
    """A demo account and where it sits in the structure (no unit: an administrator)."""

    username: str
    first_name: str
    last_name: str
    unit_key: str | None
    role: str = Assignment.Role.STAFF


DEMO_USERS = (
    DemoUser("prezydent", "Adam", "Nowakowski", "prezydent", Assignment.Role.HEAD),
    DemoUser("dyrektor", "Barbara", "Kowalska", "kp", Assignment.Role.HEAD),
    DemoUser("zastepca1", "Celina", "Wiśniewska", "kp-z1", Assignment.Role.HEAD),
    DemoUser("zastepca2", "Dariusz", "Wójcik", "kp-z2", Assignment.Role.HEAD),
    DemoUser("kp01", "Ewa", "Kamińska", "kp-01", Assignment.Role.HEAD),
    DemoUser("po", "Feliks", "Lewandowski", "po", Assignment.Role.HEAD),
    DemoUser("kp01-wyjazdy", "Grażyna", "Zielińska", "kp-01-wyjazdy"),
    DemoUser("kp02", "Henryk", "Szymański", "kp-02"),
    DemoUser("kp03", "Irena", "Woźniak", "kp-03"),
    DemoUser("kp04", "Jacek", "Dąbrowski", "kp-04"),
    DemoUser("kp05", "Katarzyna", "Kozłowska", "kp-05"),
    DemoUser("admin", "Anna", "Administratorska", None),
)


def _user(spec: DemoUser, password: str):
    user, created = get_user_model().objects.get_or_create(
        username=spec.username,
        defaults={
            "first_name": spec.first_name,
            "last_name": spec.last_name,
            "email": f"{spec.username}@kancelaria.example",
        },
    )
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
    return user


def _assign(user, spec: DemoUser) -> None:
    if spec.unit_key is None:
        return
    unit = OrgUnit.objects.get(key=spec.unit_key)
    if not Assignment.objects.filter(user=user, unit=unit).exists():
        orgunit_services.assignment_create(
            actor=None, user=user, unit=unit, role=spec.role, valid_from=DEMO_START
        )


@transaction.atomic
def seed_demo(*, password: str, cases: bool = True) -> None:
    """Load the structure when missing, the demo users with their roles, then each app's data.

    `cases=False` leaves out the demo cases (the test suite's `demo` fixture stays quick).
    """
    orgunit_services.structure_load_fixture()
    groups = groups_ensure()
    for spec in DEMO_USERS:
        user = _user(spec, password)
        _assign(user, spec)
        if spec.unit_key is None and not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
            user.groups.add(groups[STRUCTURE_ADMINS])
    for seeder in demo_seeders():
        seeder(password=password)
    if cases:
        for seeder in demo_case_seeders():
            seeder(password=password)
