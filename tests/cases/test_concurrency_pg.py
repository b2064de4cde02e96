"""Concurrency on PostgreSQL: simultaneous registrations, distinct signs; stale edits conflict."""

import threading

import pytest
from django.db import connection, transaction

from kancelaria.cases import services
from tests.casetypes.factories import dossier_create
from tests.casetypes.models import Dossier
from tests.factories import AssignmentFactory, OrgUnitFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite serialises)"
    ),
]

THREADS = 4


def _run_together(work, count: int = THREADS) -> list:
    """Run `work(index)` in `count` threads released at the same instant; results or errors."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(index):
        try:
            barrier.wait(timeout=10)
            results[index] = work(index)
        except Exception as error:  # noqa: BLE001 - the test inspects what each thread met
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_people_registering_at_the_same_instant_get_distinct_signs():
    # given one unit and its clerk (the counter row does not exist yet)
    unit = OrgUnitFactory(key="unit", symbol="UN")
    clerk = AssignmentFactory(unit=unit).user

    # when four people register a case at the same instant
    def register(index):
        with transaction.atomic():
            return dossier_create(unit=unit, created_by=clerk, subject=f"Sprawa {index}").sign

    signs = _run_together(register)
    # then every registration succeeded with its own number
    assert all(isinstance(sign, str) for sign in signs), signs
    assert sorted(int(sign.split(".")[2]) for sign in signs) == [1, 2, 3, 4]


def test_of_two_stale_edits_the_second_gets_the_conflict_and_nothing_is_overwritten():
    # given a dossier both people opened at version 1
    unit = OrgUnitFactory(key="unit", symbol="UN")
    clerk = AssignmentFactory(unit=unit).user
    case = dossier_create(unit=unit, created_by=clerk)
    comments = ["pierwszy", "drugi"]

    # when both submit it at the same instant from their stale copies
    def submit(index):
        stale = Dossier.objects.get(pk=case.pk)
        return services.case_transition(
            actor=clerk, case=stale, to_status="submitted", comment=comments[index], version=1
        )

    outcomes = _run_together(submit, count=2)
    # then exactly one went through and the other was told of the conflict
    conflicts = [o for o in outcomes if isinstance(o, services.CaseConflict)]
    saved = [o for o in outcomes if isinstance(o, Dossier)]
    assert (len(saved), len(conflicts)) == (1, 1), outcomes
    case.refresh_from_db()
    assert (case.status, case.version) == ("submitted", 2)
    assert [event.comment for event in case.events.all()] == [saved[0].events.get().comment]
