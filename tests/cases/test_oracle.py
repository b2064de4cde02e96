"""The harness is proved before a case type leans on it: oracle = scope, checker catches errors."""

from types import SimpleNamespace

import pytest

from kancelaria.demo import DEMO_USERS
from orgunits import access
from orgunits.models import OrgUnit
from tests.cases import matrix


def _scope(user, action):
    ids = access.units_in_scope(user, action)
    return set(OrgUnit.objects.filter(pk__in=ids).values_list("key", flat=True))


def test_the_oracle_knows_every_unit_and_every_demo_user(demo):
    assert set(matrix.UNIT_KEYS) == set(demo)
    assert set(matrix.USERNAMES) == {spec.username for spec in DEMO_USERS}


@pytest.mark.parametrize("username", matrix.USERNAMES)
@pytest.mark.parametrize("action", [matrix.VIEW, matrix.CHANGE])
def test_the_oracle_agrees_with_the_scope_for_every_demo_user(demo, demo_user, username, action):
    assert _scope(demo_user(username), action) == matrix.expected_scope(username, action)


def test_po_and_kp05_are_hidden_from_the_director_deputies_kp_staff_and_admin():
    for username in ("dyrektor", "zastepca1", "zastepca2", "kp01", "kp02", "kp03", "kp04", "admin"):
        assert not matrix.expected_view(username, "po")
        assert not matrix.expected_view(username, "kp-05")
    for username in ("prezydent", "po", "kp05"):
        assert matrix.expected_view(username, "kp-05")


def test_a_linked_unit_gives_sight_but_not_change():
    assert matrix.expected("kp05", "kp-02", matrix.VIEW, linked_keys=["kp-05"])
    assert not matrix.expected("kp05", "kp-02", matrix.CHANGE, linked_keys=["kp-05"])


@pytest.mark.parametrize("username", matrix.USERNAMES)
def test_after_kp03_moves_the_oracle_still_agrees(demo, demo_user, username):
    # when KP-03 moves under the II Deputy through the structure services
    parents = matrix.move_kp03_under_the_second_deputy()
    # then the oracle with the moved parent agrees with the scope for view and change
    for action in (matrix.VIEW, matrix.CHANGE):
        assert _scope(demo_user(username), action) == matrix.expected_scope(
            username, action, parents
        )


def test_the_move_swaps_the_deputies(demo, demo_user):
    parents = matrix.move_kp03_under_the_second_deputy()
    assert not matrix.expected_view("zastepca1", "kp-03", parents)
    assert matrix.expected_view("zastepca2", "kp-03-foto", parents)
    assert "kp-03" not in _scope(demo_user("zastepca1"), matrix.VIEW)
    assert "kp-03" in _scope(demo_user("zastepca2"), matrix.VIEW)


@pytest.mark.parametrize("unit_key", matrix.CASE_OWNERS)
def test_the_oracles_approver_is_approver_for(demo, demo_user, unit_key):
    # for the staff member (or head) who sits in each unit, or the nearest one above
    person = next(
        (name for name, home in matrix.HOME.items() if home and home[0] == unit_key), "kp02"
    )
    approver = access.approver_for(demo_user(person), demo[unit_key])
    assert approver.username == matrix.expected_approver(person, unit_key)


# --- the checker itself ----------------------------------------------------------------------


def _fake_case(owner_key):
    return SimpleNamespace(key=owner_key, created_by=SimpleNamespace(username="kp02"))


CASES = {key: _fake_case(key) for key in matrix.CASE_OWNERS}
URLS = [
    matrix.MatrixUrl("detail", lambda case: f"/view/{case.key}/"),
    matrix.MatrixUrl("edit", lambda case: f"/change/{case.key}/", "post", matrix.CHANGE),
    matrix.MatrixUrl("approve", lambda case: f"/approve/{case.key}/", "post", matrix.APPROVE),
]


class FakeClient:
    """Answers as the application should, or leaks one unit to everybody when told to."""

    def __init__(self, username, leak=None):
        self.username, self.leak = username, leak

    def _answer(self, url):
        _, action, key, _ = url.split("/")
        if key == self.leak:
            return 200
        if action == matrix.APPROVE:
            return 302 if matrix.expected_approver("kp02", key) == self.username else 404
        return 200 if matrix.expected(self.username, key, action) else 404

    def get(self, url, data=None):
        return SimpleNamespace(status_code=self._answer(url))

    post = get


def test_the_checker_passes_an_application_that_follows_the_lines():
    matrix.check(FakeClient, URLS, CASES)


def test_the_checker_reports_a_kp05_case_leaked_to_everybody():
    wrong = matrix.mismatches(lambda name: FakeClient(name, leak="kp-05"), URLS, CASES)
    leaked_to = {username for username, *_ in wrong}
    assert {"dyrektor", "admin", "kp02"} <= leaked_to
    assert ("dyrektor", "detail", "kp-05", 200, False) in wrong
    with pytest.raises(AssertionError):
        matrix.check(lambda name: FakeClient(name, leak="kp-05"), URLS, CASES)
