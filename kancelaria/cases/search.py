"""The cases section of the intranet search: sign, subject and each type's `search_fields`."""

from __future__ import annotations

from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from kancelaria.registry import case_types
from kancelaria.search import SearchResult, SearchSection
from orgunits.access import VIEW

from .views import case_type_label, status_labels

LIMIT = 20


def _condition(model, words: list[str]) -> Q:
    """Every word found in the sign, the subject or one of the type's own search fields."""
    fields = ("sign", "subject", *getattr(model, "search_fields", ()))
    condition = Q()
    for word in words:
        any_field = Q()
        for name in fields:
            any_field |= Q(**{f"{name}__icontains": word})
        condition &= any_field
    return condition


def _result(model, case, labels: dict) -> SearchResult:
    parts = [str(case_type_label(model)), str(labels.get(case.status, case.status))]
    if case.deadline:
        parts.append(_("term %(day)s") % {"day": date_format(case.deadline, "j E Y")})
    return SearchResult(f"{case.sign} — {case.subject}", case.get_absolute_url(), " · ".join(parts))


def search_cases(user, query: str) -> SearchSection:
    """Cases of every type the user may see (`restrict`), newest first, one query per type."""
    words = [word for word in query.split() if len(word) > 1][:8]
    section = SearchSection(_("Cases"))
    if not words:
        return section
    for model in case_types():
        found = (
            model.objects.restrict(user, VIEW)
            .filter(_condition(model, words))
            .order_by("-created_at", "-pk")[:LIMIT]
        )
        labels = status_labels(model)
        section.results.extend(_result(model, case, labels) for case in found)
    section.total = len(section.results)
    return section
