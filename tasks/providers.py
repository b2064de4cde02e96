"""The catalogue's part in the intranet's one search box (`/search/`)."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from kancelaria.search import SearchResult, SearchSection

from .search import catalogue_search

LIMIT = 5


def _unit_label(item) -> str:
    owner = item.owner
    if owner is None:
        return _("every unit")
    return owner.unit.display_name if owner.unit else owner.display_name


def search_tasks(user, query: str) -> SearchSection:
    """The best tasks for the question: reference and unit, the matched words highlighted."""
    outcome = catalogue_search(query, limit=LIMIT)
    results = []
    for hit in outcome.hits:
        item = hit.item
        owner = item.owner
        url = owner.unit.get_absolute_url() if owner and owner.unit else reverse("tasks:catalogue")
        title = f"{_unit_label(item)} — {item.reference}"
        results.append(SearchResult(title, url, hit.document.text, hit.highlighted))
    more = f"{reverse('tasks:catalogue')}?{urlencode({'q': query})}"
    return SearchSection(_("Tasks"), results, outcome.total, more_url=more)
