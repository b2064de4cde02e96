"""What changes between two states of the office: units and tasks, readable by a person.

A state is either an ordinance as imported (its nodes, lists and tasks) or the structure in force
now (the live tree and the catalogue of the ordinance last applied). Units are the same unit when
they are the same row of the tree (the importer's match); tasks are paired, in this order:

1. the same unit and the same wording: unchanged, or "renumbered" if only its § / ust. / pkt /
   lit. changed;
2. the same wording in another unit: "moved" from one unit to another;
3. the same unit and a similar wording (60 % of the words in sequence): "reworded";
4. a very similar wording (85 %) in another unit: "moved" (and reworded);
5. what is left is "removed" or "added".

Wording is compared with line breaks and runs of spaces collapsed and the final ";", "." or ","
ignored (a point that moves to the end of a list ends with "." instead of ";").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.utils.translation import gettext as _

from orgunits import selectors as orgunit_selectors
from orgunits.models import Ordinance, OrgUnit

from . import selectors
from .models import OrdinanceUnit, Task, TaskList

EVERY_UNIT = "*"
REWORDED = 0.6
MOVED_REWORDED = 0.85
UNIT_CHANGES = ("added", "abolished", "renamed", "moved")
TASK_CHANGES = ("added", "removed", "reworded", "moved", "renumbered")


@dataclass(frozen=True)
class UnitState:
    """A unit in a state: `identity` is "u<pk>" for a unit of the tree, "n<key>" for a new one."""

    identity: str
    key: str
    symbol: str
    name: str
    parent: str | None
    doubtful: bool = False

    @property
    def label(self) -> str:
        return f"{self.symbol} {self.name}" if self.symbol else self.name


@dataclass(frozen=True)
class TaskState:
    """A task in a state: its unit's identity ("*": every unit), reference and wording."""

    owner: str
    reference: str
    text: str
    position: int

    @property
    def wording(self) -> str:
        return " ".join(self.text.split()).rstrip(" ;.,")


@dataclass
class State:
    """Units by identity and tasks in order; `title` says which state it is."""

    title: str
    units: dict[str, UnitState]
    tasks: list[TaskState]

    def owner_label(self, identity: str, *, plain: bool = False) -> str:
        """A unit's label; "every unit" (or "*" in plain data) for the common duties."""
        if identity == EVERY_UNIT:
            return EVERY_UNIT if plain else _("every unit")
        unit = self.units.get(identity)
        return unit.label if unit else identity


def _node_identity(node: OrdinanceUnit) -> str:
    rejected = node.decision == OrdinanceUnit.Decision.REJECTED
    return f"u{node.unit_id}" if node.unit_id and not rejected else f"n{node.key}"


def _tasks(tasks, identities: dict[int, str]) -> list[TaskState]:
    return [
        TaskState(identities.get(t.owner_id, EVERY_UNIT), t.reference, t.text, t.position)
        for t in tasks
    ]


def _duties(ordinance: Ordinance, identities: dict[int, str]) -> list[TaskState]:
    lists = TaskList.objects.filter(ordinance=ordinance).exclude(duty="")
    return [
        TaskState(identities.get(tl.owner_id, EVERY_UNIT), tl.reference, tl.duty, -tl.position - 1)
        for tl in lists
    ]


def state_of_ordinance(ordinance: Ordinance) -> State:
    """The structure and catalogue an ordinance sets (three queries)."""
    nodes = list(OrdinanceUnit.objects.filter(ordinance=ordinance).select_related("parent"))
    identities = {node.pk: _node_identity(node) for node in nodes}
    units = {
        identities[n.pk]: UnitState(
            identities[n.pk],
            n.key,
            n.symbol,
            n.name,
            identities.get(n.parent_id),
            n.is_doubtful,
        )
        for n in nodes
    }
    tasks = _duties(ordinance, identities) + _tasks(
        Task.objects.filter(ordinance=ordinance).order_by("position"), identities
    )
    return State(ordinance.legal_name, units, tasks)


def state_in_force() -> State:
    """The live structure and the catalogue in force (four queries)."""
    live = [u for u in orgunit_selectors.units_in_tree_order() if u.kind != OrgUnit.Kind.EXTERNAL]
    units = {
        f"u{u.pk}": UnitState(
            f"u{u.pk}", u.key, u.symbol, u.name, f"u{u.parent_id}" if u.parent_id else None
        )
        for u in live
    }
    ordinance = selectors.ordinance_in_force()
    if ordinance is None:
        return State(_("the structure in force"), units, [])
    nodes = OrdinanceUnit.objects.filter(ordinance=ordinance).values_list("pk", "unit_id")
    identities = {pk: f"u{unit_id}" for pk, unit_id in nodes}
    tasks = _duties(ordinance, identities) + _tasks(
        Task.objects.filter(ordinance=ordinance).order_by("position"), identities
    )
    return State(_("the structure in force"), units, tasks)


@dataclass
class Change:
    """One change: what it was (`before`) and what it becomes (`after`)."""

    kind: str
    before: object | None = None
    after: object | None = None


@dataclass
class Diff:
    """The changes from one state to another, by kind."""

    before: State
    after: State
    units: dict[str, list[Change]] = field(default_factory=dict)
    tasks: dict[str, list[Change]] = field(default_factory=dict)
    unchanged: int = 0

    @property
    def is_empty(self) -> bool:
        return not any(self.units.values()) and not any(self.tasks.values())

    def structure_summary(self) -> str:
        """One line about the units, for the structure's record."""
        parts = []
        labels = {
            "added": _("new units"),
            "abolished": _("abolished"),
            "renamed": _("renamed"),
            "moved": _("moved to another superior"),
        }
        for kind in UNIT_CHANGES:
            changes = self.units.get(kind, [])
            if changes:
                names = ", ".join((c.after or c.before).label for c in changes)
                parts.append(f"{labels[kind]}: {names}")
        title = self.after.title
        return f"{title}: " + "; ".join(parts) if parts else title

    def as_data(self) -> dict:
        """Plain data (JSON-ready): what a person reads on the diff page, in short."""
        return {
            "units": {
                kind: [self._unit_line(c) for c in self.units[kind]] for kind in UNIT_CHANGES
            },
            "tasks": {
                kind: [self._task_line(c) for c in self.tasks[kind]] for kind in TASK_CHANGES
            },
        }

    def _unit_line(self, change: Change) -> str:
        before, after = change.before, change.after
        if change.kind == "added":
            parent = self.after.owner_label(after.parent) if after.parent else "—"
            return f"{after.label} ← {parent}"
        if change.kind == "abolished":
            return before.label
        if change.kind == "renamed":
            return f"{before.label} → {after.label}"
        old = self.before.owner_label(before.parent)
        return f"{after.label}: {old} → {self.after.owner_label(after.parent)}"

    def _task_line(self, change: Change) -> str:
        before, after = change.before, change.after
        if change.kind == "added":
            return f"{self.after.owner_label(after.owner, plain=True)}, {after.reference}"
        old = f"{self.before.owner_label(before.owner, plain=True)}, {before.reference}"
        if change.kind == "removed":
            return old
        if change.kind in ("reworded", "renumbered"):
            return f"{old} → {after.reference}"
        return f"{old} → {self.after.owner_label(after.owner, plain=True)}, {after.reference}"


def _units(before: State, after: State) -> dict[str, list[Change]]:
    result = {kind: [] for kind in UNIT_CHANGES}
    for identity, unit in after.units.items():
        old = before.units.get(identity)
        if old is None:
            result["added"].append(Change("added", None, unit))
            continue
        if (old.name, old.symbol) != (unit.name, unit.symbol):
            result["renamed"].append(Change("renamed", old, unit))
        if old.parent != unit.parent:
            result["moved"].append(Change("moved", old, unit))
    for identity, unit in before.units.items():
        if identity not in after.units:
            result["abolished"].append(Change("abolished", unit, None))
    return result


def _similarity(first: TaskState, second: TaskState) -> float:
    return SequenceMatcher(None, first.wording.split(), second.wording.split()).ratio()


class _TaskPairing:
    def __init__(self, before: list[TaskState], after: list[TaskState]):
        self.removed, self.added = list(before), list(after)
        self.result = {kind: [] for kind in TASK_CHANGES}
        self.unchanged = 0

    def _take(self, old: TaskState, new: TaskState, kind: str | None) -> None:
        self.removed.remove(old)
        self.added.remove(new)
        if kind:
            self.result[kind].append(Change(kind, old, new))
        else:
            self.unchanged += 1

    def exact(self, same_owner: bool) -> None:
        for new in list(self.added):
            old = next(
                (
                    o
                    for o in self.removed
                    if o.wording == new.wording and (o.owner == new.owner) == same_owner
                ),
                None,
            )
            if old is None:
                continue
            if not same_owner:
                self._take(old, new, "moved")
            else:
                self._take(old, new, None if old.reference == new.reference else "renumbered")

    def similar(self, same_owner: bool, threshold: float, kind: str) -> None:
        pairs = [
            (_similarity(old, new), index, old, new)
            for index, (old, new) in enumerate(
                (o, n)
                for o in self.removed
                for n in self.added
                if (o.owner == n.owner) == same_owner
            )
        ]
        for score, _index, old, new in sorted(pairs, key=lambda p: (-p[0], p[1])):
            if score < threshold:
                break
            if old in self.removed and new in self.added:
                self._take(old, new, kind)

    def run(self) -> tuple[dict[str, list[Change]], int]:
        self.exact(same_owner=True)
        self.exact(same_owner=False)
        self.similar(True, REWORDED, "reworded")
        self.similar(False, MOVED_REWORDED, "moved")
        self.result["removed"] = [Change("removed", old, None) for old in self.removed]
        self.result["added"] = [Change("added", None, new) for new in self.added]
        for kind in ("moved", "renumbered", "reworded"):
            self.result[kind].sort(key=lambda c: c.after.position)
        return self.result, self.unchanged


def diff_compute(before: State, after: State) -> Diff:
    """The changes from `before` to `after` (see the module docstring for the rules)."""
    tasks, unchanged = _TaskPairing(before.tasks, after.tasks).run()
    return Diff(before, after, _units(before, after), tasks, unchanged)
