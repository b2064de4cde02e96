"""The intranet's one search box: each app contributes a section of results."""

from __future__ import annotations

from dataclasses import dataclass, field

from .registry import search_providers

MAX_QUERY_LENGTH = 200


@dataclass
class SearchResult:
    """One hit: what it is, where it leads, a line of context.

    `snippet`, when given, is safe HTML shown instead of the description (e.g. the text with the
    matched words in <mark>); the provider escapes everything it did not mark up itself.
    """

    title: str
    url: str
    description: str = ""
    snippet: str = ""


@dataclass
class SearchSection:
    """The hits of one kind (units, people, tasks, cases …), best first."""

    title: str
    results: list[SearchResult] = field(default_factory=list)
    total: int = 0
    more_url: str = ""


def search_all(user, query: str) -> list[SearchSection]:
    """Ask every provider; drop empty sections. Providers apply their own `restrict`."""
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    if not query:
        return []
    sections = [provider(user, query) for provider in search_providers()]
    return [section for section in sections if section and section.results]
