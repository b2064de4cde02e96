"""Reads of the catalogue: the ordinance in force, its lists and tasks, a unit's scope of tasks.

The catalogue is public inside the office (it is an ordinance), so every member of staff reads it
whole; no `restrict` is needed. Each function costs a fixed number of queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from orgunits import selectors as orgunit_selectors
from orgunits.models import Ordinance, OrgUnit

from .models import OrdinanceUnit, Task, TaskList

# Nodes bound by the duties common to every unit (§ 9): the units, posts and the plenipotentiary
# the ordinance lists, not the Mayor, the department as a whole or the deputy directors.
COMMON_DUTY_KINDS = (OrgUnit.Kind.UNIT, OrgUnit.Kind.POST, OrgUnit.Kind.PLENIPOTENTIARY)


def ordinance_in_force(day: date | None = None) -> Ordinance | None:
    """The ordinance whose catalogue is in force: the last one applied, by effective date."""
    day = day or orgunit_selectors.today()
    return (
        Ordinance.objects.filter(
            status=Ordinance.Status.APPLIED, effective_from__lte=day, import_record__isnull=False
        )
        .order_by("-effective_from", "-applied_at", "-pk")
        .first()
    )


def imported_ordinances() -> list[Ordinance]:
    """Every ordinance read by the importer, newest first (for the diff's choices)."""
    return list(
        Ordinance.objects.filter(import_record__isnull=False).order_by(
            "-effective_from", "-signed_on"
        )
    )


@dataclass
class ListView:
    """A list of tasks with its points; each point carries its sub-points."""

    task_list: TaskList
    points: list[Task] = field(default_factory=list)


def _lists(ordinance: Ordinance, owner_filter: dict) -> list[ListView]:
    lists = list(
        TaskList.objects.filter(ordinance=ordinance, **owner_filter)
        .select_related("owner__unit")
        .order_by("position")
    )
    views = {task_list.pk: ListView(task_list) for task_list in lists}
    tasks = Task.objects.filter(task_list__in=lists).order_by("position")
    points: dict[int, Task] = {}
    for task in tasks:
        task.sub = []
        if task.parent_id:
            points[task.parent_id].sub.append(task)
        else:
            points[task.pk] = task
            views[task.task_list_id].points.append(task)
    return list(views.values())


def catalogue(ordinance: Ordinance) -> list[ListView]:
    """The whole catalogue in ordinance order (two queries)."""
    return _lists(ordinance, {})


@dataclass
class Scope:
    """A unit's scope of tasks: its own lists, its posts' lists, the common duties."""

    ordinance: Ordinance | None
    node: OrdinanceUnit | None
    own: list[ListView]
    posts: list[ListView]
    common: list[ListView]

    @property
    def is_empty(self) -> bool:
        return not (self.own or self.posts or self.common)


def unit_scope(unit: OrgUnit, ordinance: Ordinance | None = None) -> Scope:
    """What the ordinance in force gives a unit to do (four queries)."""
    ordinance = ordinance or ordinance_in_force()
    node = (
        OrdinanceUnit.objects.filter(ordinance=ordinance, unit=unit).first() if ordinance else None
    )
    if node is None:
        return Scope(ordinance, None, [], [], [])
    posts = OrdinanceUnit.objects.filter(parent=node, kind=OrgUnit.Kind.POST)
    lists = _lists(ordinance, {"owner__in": [node, *posts]})
    own = [v for v in lists if v.task_list.owner_id == node.pk]
    mine = [v for v in lists if v.task_list.owner_id != node.pk]
    common = _lists(ordinance, {"owner__isnull": True}) if node.kind in COMMON_DUTY_KINDS else []
    return Scope(ordinance, node, own, mine, common)
