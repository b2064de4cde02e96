"""Search providers for units and people (the structure is visible to every member of staff)."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _

from kancelaria.search import SearchResult, SearchSection

from . import selectors
from .models import OrgUnit

LIMIT = 20


def _words(query: str) -> list[str]:
    return [word for word in query.split() if len(word) > 1][:8]


def search_units(user, query: str) -> SearchSection:
    """Active units whose symbol, key or name contains every word of the query."""
    condition = Q()
    for word in _words(query):
        condition &= (
            Q(symbol__icontains=word)
            | Q(key__icontains=word)
            | Q(name__icontains=word)
            | Q(short_name__icontains=word)
        )
    units = (
        selectors.units_in_tree_order().filter(condition) if condition else OrgUnit.objects.none()
    )
    results = [
        SearchResult(unit.display_name, unit.get_absolute_url(), unit.get_kind_display())
        for unit in units[:LIMIT]
    ]
    return SearchSection(_("Units"), results, len(results))


def search_people(user, query: str) -> SearchSection:
    """People with an active assignment whose name or login matches every word of the query."""
    condition = Q()
    for word in _words(query):
        condition &= (
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(username__icontains=word)
        )
    if not condition:
        return SearchSection(_("People"), [])
    people = (
        get_user_model()
        .objects.filter(condition, is_active=True)
        .order_by("last_name", "first_name")[:LIMIT]
    )
    units = selectors.people_by_unit_for_users(people)
    results = []
    for person in people:
        where = units.get(person.pk, [])
        description = ", ".join(f"{a.unit.display_name} ({a.get_role_display()})" for a in where)
        url = where[0].unit.get_absolute_url() if where else ""
        results.append(SearchResult(person.get_full_name() or person.username, url, description))
    return SearchSection(_("People"), results, len(results))
