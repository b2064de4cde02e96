"""What waits for a person across every case type: to approve, to handle, overdue, due soon.

Each list reads through `restrict`; the cost is one query for every count of every case type,
and one per non-empty list, whatever the number of cases. The counts are computed once per request
and shared by "my work" and the navigation badge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db.models import F, Func, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kancelaria.registry import case_types
from orgunits.access import APPROVE, CHANGE

from .views import case_type_label

LIST_LIMIT = 20
WEEK_DAYS = 7

KINDS = (
    ("to_approve", _("To approve")),
    ("to_handle", _("To handle")),
    ("overdue", _("Overdue")),
    ("due_soon", _("Due this week")),
)


@dataclass
class WorkList:
    """One list of "my work": its key, heading, the first rows and the full count."""

    key: str
    label: str
    count: int
    rows: list = field(default_factory=list)


@dataclass
class WorkSection:
    """The lists of one case type."""

    label: str
    lists: list[WorkList]

    @property
    def total(self) -> int:
        return sum(work_list.count for work_list in self.lists)


def work_querysets(model, user, today: date) -> dict:
    """The four lists of one case type for the user, as lazy querysets."""
    changeable = model.objects.restrict(user, CHANGE).open()
    return {
        "to_approve": model.objects.restrict(user, APPROVE),
        "to_handle": changeable.exclude(status__in=model.AWAITING_APPROVAL),
        "overdue": changeable.filter(deadline__lt=today),
        "due_soon": changeable.filter(
            deadline__gte=today, deadline__lt=today + timedelta(days=WEEK_DAYS)
        ),
    }


def _count(queryset) -> Subquery:
    """A scalar subquery counting the rows of a queryset (COUNT without GROUP BY)."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted[:1]), 0)


def work_counts(request) -> dict:
    """Counts per case type and in total, in one query, once per request (navigation, my work)."""
    cached = getattr(request, "_case_work_counts", None)
    if cached is not None:
        return cached
    user, today = request.user, timezone.localdate()
    per_type = {}
    models = case_types() if user.is_authenticated else ()
    if models:
        expressions = {
            f"c{index}_{key}": _count(queryset)
            for index, model in enumerate(models)
            for key, queryset in work_querysets(model, user, today).items()
        }
        row = get_user_model().objects.filter(pk=user.pk).values(**expressions).get()
        per_type = {
            model: {key: row[f"c{index}_{key}"] for key, _label in KINDS}
            for index, model in enumerate(models)
        }
    totals = {key: sum(counts[key] for counts in per_type.values()) for key, _label in KINDS}
    cached = {"per_type": per_type, "totals": totals}
    request._case_work_counts = cached
    return cached


def work_sections(request) -> list[WorkSection]:
    """ "My work": per case type with anything waiting, its lists with the first rows."""
    counts = work_counts(request)
    today = timezone.localdate()
    sections = []
    for model, type_counts in counts["per_type"].items():
        if not any(type_counts.values()):
            continue
        querysets = work_querysets(model, request.user, today)
        lists = []
        for key, label in KINDS:
            rows = []
            if type_counts[key]:
                ordered = querysets[key].select_related("unit")
                ordered = ordered.order_by(F("deadline").asc(nulls_last=True), "pk")
                rows = list(ordered[:LIST_LIMIT])
            lists.append(WorkList(key=key, label=label, count=type_counts[key], rows=rows))
        sections.append(WorkSection(label=case_type_label(model), lists=lists))
    return sections
