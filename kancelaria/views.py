"""Pages every user shares: "my work" and the intranet search."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from orgunits import selectors

from .cases.work import work_sections
from .search import search_all


def home(request):
    """My work: the user's units and what waits for them in every case type."""
    assignments = list(selectors.user_assignments(request.user))
    context = {"assignments": assignments, "work_sections": work_sections(request)}
    return render(request, "kancelaria/home.html", context)


def search(request):
    """Search units, people, tasks and cases from the header's search box."""
    query = request.GET.get("q", "").strip()
    sections = search_all(request.user, query)
    title = _("Search: %(query)s") % {"query": query} if query else _("Search")
    return render(
        request, "kancelaria/search.html", {"query": query, "sections": sections, "title": title}
    )
