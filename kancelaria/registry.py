"""What each app contributes to shared pages, declared on its AppConfig.

An app's config may carry `navigation` (a list of `NavItem`), `search_providers`,
`demo_seeders`, `demo_case_seeders` and `unit_sections` (dotted paths of functions),
`case_types` (dotted paths of case models) and `admin_groups`. Shared pages
read them here, so adding an app touches no shared module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class NavItem:
    """An entry of the main navigation: its order, label and URL name."""

    order: int
    label: str
    url_name: str
    staff_only: bool = False


@dataclass(frozen=True)
class UnitSection:
    """A block an app adds to a unit's page: a template and its context."""

    order: int
    template_name: str
    context: dict


def navigation_items() -> list[NavItem]:
    """Every app's navigation entries, in order."""
    items = [
        item for config in apps.get_app_configs() for item in getattr(config, "navigation", [])
    ]
    return sorted(items, key=lambda item: item.order)


@cache
def _functions(attribute: str) -> tuple:
    paths = [path for config in apps.get_app_configs() for path in getattr(config, attribute, [])]
    if attribute == "case_types":
        return tuple(apps.get_model(*path.rsplit(".models.", 1)) for path in paths)
    return tuple(import_string(path) for path in paths)


def search_providers() -> tuple:
    """Functions `(user, query) -> SearchSection | None` that feed the intranet search."""
    return _functions("search_providers")


def unit_sections() -> tuple:
    """Functions `(request, unit) -> UnitSection | None` adding a section to a unit's page."""
    return _functions("unit_sections")


def demo_seeders() -> tuple:
    """Functions `(*, password) -> None` that add each app's demo data, in app order."""
    return _functions("demo_seeders")


def demo_case_seeders() -> tuple:
    """Functions `(*, password) -> None` adding each app's demo cases (after the demo users)."""
    return _functions("demo_case_seeders")


def case_types() -> tuple:
    """Every case model of every app, in app order ("my work", counts, search, reminders)."""
    return _functions("case_types")


def admin_groups() -> dict[str, list[str]]:
    """Admin groups (Polish names, data) and their "app.codename" permissions, from every app."""
    groups: dict[str, list[str]] = {}
    for config in apps.get_app_configs():
        for name, perms in getattr(config, "admin_groups", {}).items():
            groups.setdefault(name, []).extend(perms)
    return groups
