"""Template context every page needs: the navigation and who is signed in, with their units."""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from orgunits import selectors

from .cases.work import work_counts
from .registry import navigation_items


def _nav(request):
    path = request.path
    entries = []
    for item in navigation_items():
        if item.staff_only and not request.user.is_staff:
            continue
        url = reverse(item.url_name)
        active = path == url if url == "/" else path.startswith(url)
        entry = {"label": item.label, "url": url, "active": active}
        if item.url_name == "home":
            entry["work"] = work_counts(request)["totals"]
        entries.append(entry)
    return entries


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "nav_items": SimpleLazyObject(lambda: _nav(request)),
        "my_assignments": SimpleLazyObject(lambda: list(selectors.user_assignments(user))),
    }
