"""The permission matrix every case type plugs into: an independent oracle and one checker.

The oracle is written out by hand from DESIGN §3 (the reporting lines of 318/2026) and the demo
users of DESIGN §6 (`kancelaria.demo.DEMO_USERS`). It never calls `restrict`, `orgunits.access` or
the tree: `PARENT` is a literal map of the 14 keys and `HOME` a literal map of who sits where. If
the application and this file disagree, one of them is wrong, and the test says which URL, user and
unit.

- `expected(username, owner_key, action, linked_keys=(), parents=PARENT)` — `view`: an assignment
  on the owning unit, on a linked unit or on an ancestor of one of them; `change`: the same on the
  owning unit's line only, observers excluded. Nobody without an assignment (`admin`, superuser
  or not) sees anything.
- `expected_view(username, unit_key)` / `expected_change(username, unit_key)` — the same for a
  case owned by `unit_key` with no links.
- `expected_approver(person, unit_key)` — DESIGN §5 rule 2 on the hand-written heads: walk up from
  the unit to the first node whose head is not the person.
- `PARENT_AFTER_KP03_MOVE` and `move_kp03_under_the_second_deputy()` — the restructure variant:
  the move goes through `orgunits.services` (as the admin does it), the oracle uses the moved map.

How a case type plugs in (`tests/inquiries/test_permission_matrix.py`, `tests/trips/…`)::

    from tests.cases import matrix

    URLS = [
        matrix.MatrixUrl("detail", lambda case: case.get_absolute_url()),
        matrix.MatrixUrl("edit", lambda case: f"{case.get_absolute_url()}edit/", action="change"),
        matrix.MatrixUrl(
            "approve", lambda case: f"{case.get_absolute_url()}approve/", "post", "approve"
        ),
        matrix.MatrixUrl("pdf", lambda case: f"{case.get_absolute_url()}pdf/", ok=(200,)),
    ]

    def test_every_url_answers_as_the_reporting_lines_say(demo, login, cases_by_unit):
        # cases_by_unit: {owner_key: case} — one case (or a list) owned by each of the 13 nodes
        matrix.check(login, URLS, cases_by_unit)

    def test_after_kp03_moves_under_the_second_deputy(demo, login, cases_by_unit):
        parents = matrix.move_kp03_under_the_second_deputy()
        matrix.check(login, URLS, cases_by_unit, parents=parents)

`login` is the fixture of tests/conftest.py (username → logged-in client); any callable that
returns a client for a username will do. For cases linked to other units pass
`linked_keys=lambda case: [...]` (keys of the linked units, read from the test's own data); for
approve URLs pass `person=lambda case: username` when the person is not `case.created_by`.
In scope a URL must answer one of `MatrixUrl.ok` (default 200 or 302; add 400 for a form posted
empty); out of scope exactly 404. All mismatches are reported at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

VIEW, CHANGE, APPROVE = "view", "change", "approve"

# DESIGN §3: who reports to whom (key → key of the superior); the Mayor is the root.
PARENT: dict[str, str | None] = {
    "prezydent": None,
    "kp": "prezydent",
    "kp-z1": "kp",
    "kp-03": "kp-z1",
    "kp-03-foto": "kp-03",
    "kp-z2": "kp",
    "kp-01": "kp-z2",
    "kp-01-wyjazdy": "kp-01",
    "kp-02": "kp",
    "kp-04": "kp",
    "kp-04-prawne": "kp-04",
    "kp-04-budzet": "kp-04",
    "po": "prezydent",
    "kp-05": "po",
}
PARENT_AFTER_KP03_MOVE = {**PARENT, "kp-03": "kp-z2"}
UNIT_KEYS = tuple(PARENT)
CASE_OWNERS = tuple(key for key in UNIT_KEYS if key != "prezydent")  # the 13 nodes below the root

# DESIGN §6: the demo users, where they sit and in which role; `admin` has no assignment.
HOME: dict[str, tuple[str, str] | None] = {
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
    "admin": None,
}
USERNAMES = tuple(HOME)
HEADS = {home[0]: username for username, home in HOME.items() if home and home[1] == "head"}
CHANGE_ROLES = ("head", "substitute", "staff")


def line_of(unit_key: str, parents: dict = PARENT) -> list[str]:
    """The unit and every unit above it, bottom up."""
    chain = []
    while unit_key is not None:
        chain.append(unit_key)
        unit_key = parents[unit_key]
    return chain


def _on_line(username: str, unit_key: str, action: str, parents: dict) -> bool:
    home = HOME.get(username)
    if home is None:
        return False
    unit, role = home
    if action == CHANGE and role not in CHANGE_ROLES:
        return False
    return unit in line_of(unit_key, parents)


def expected(
    username: str,
    owner_key: str,
    action: str,
    linked_keys: Iterable[str] = (),
    parents: dict = PARENT,
) -> bool:
    """Whether the user may `view` or `change` a case owned by `owner_key` (DESIGN §5 rule 1)."""
    if action == CHANGE:
        return _on_line(username, owner_key, CHANGE, parents)
    if action == VIEW:
        return any(_on_line(username, key, VIEW, parents) for key in (owner_key, *linked_keys))
    raise ValueError(f"The oracle decides view and change; approve: expected_approver ({action})")


def expected_view(username: str, unit_key: str, parents: dict = PARENT) -> bool:
    return expected(username, unit_key, VIEW, parents=parents)


def expected_change(username: str, unit_key: str, parents: dict = PARENT) -> bool:
    return expected(username, unit_key, CHANGE, parents=parents)


def expected_scope(username: str, action: str, parents: dict = PARENT) -> set[str]:
    """Every unit whose cases the user may `view` / `change`."""
    return {key for key in UNIT_KEYS if expected(username, key, action, parents=parents)}


def expected_approver(person: str, unit_key: str, parents: dict = PARENT) -> str | None:
    """DESIGN §5 rule 2: the first head up from the unit who is not the person."""
    for key in line_of(unit_key, parents):
        head = HEADS.get(key)
        if head is not None and head != person:
            return head
    return None


def move_kp03_under_the_second_deputy() -> dict:
    """Move KP-03 under the II Deputy the way the admin does; return the oracle's parent map."""
    from orgunits import selectors, services
    from orgunits.models import OrgUnit

    services.orgunit_move(
        actor=None,
        unit=OrgUnit.objects.get(key="kp-03"),
        target=OrgUnit.objects.get(key="kp-z2"),
        position="last-child",
        effective=services.EffectiveDate(selectors.today(), "Przeniesienie KP-03"),
    )
    return PARENT_AFTER_KP03_MOVE


@dataclass(frozen=True)
class MatrixUrl:
    """One URL of a case type: how to build it from a case, the method and the action it needs."""

    name: str
    build: Callable
    method: str = "get"
    action: str = VIEW
    ok: tuple[int, ...] = (200, 302)
    data: dict = field(default_factory=dict)


def _allowed(url: MatrixUrl, username, owner_key, case, linked_keys, person, parents) -> bool:
    if url.action == APPROVE:
        return expected_approver(person(case), owner_key, parents) == username
    return expected(username, owner_key, url.action, linked_keys(case), parents)


def _cases(cases_by_unit: dict):
    for owner_key, found in cases_by_unit.items():
        for case in found if isinstance(found, list | tuple) else [found]:
            yield owner_key, case


def mismatches(
    client_factory: Callable,
    urls: Iterable[MatrixUrl],
    cases_by_unit: dict,
    *,
    usernames: Iterable[str] = USERNAMES,
    linked_keys: Callable = lambda case: (),
    person: Callable = lambda case: case.created_by.username,
    parents: dict = PARENT,
) -> list[tuple]:
    """Every (user, url, owner, status, allowed) that does not answer as the oracle says."""
    found = []
    for username in usernames:
        client = client_factory(username)
        for owner_key, case in _cases(cases_by_unit):
            for url in urls:
                allowed = _allowed(url, username, owner_key, case, linked_keys, person, parents)
                status = getattr(client, url.method)(url.build(case), url.data).status_code
                if (status in url.ok) if allowed else status == 404:
                    continue
                found.append((username, url.name, owner_key, status, allowed))
    return found


def check(client_factory: Callable, urls: Iterable[MatrixUrl], cases_by_unit: dict, **options):
    """Assert that every URL × demo user × case answers 200/302 in scope and 404 out of it."""
    urls = list(urls)
    wrong = mismatches(client_factory, urls, cases_by_unit, **options)
    assert wrong == [], "(user, url, owner, status, allowed):\n" + "\n".join(map(str, wrong))
