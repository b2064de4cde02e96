from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from kancelaria.registry import NavItem
from orgunits.apps import STRUCTURE_ADMINS


class TasksConfig(AppConfig):
    """The ordinance's task catalogue, its importer and "who handles this?"."""

    name = "tasks"
    verbose_name = _("Task catalogue")
    navigation = [NavItem(20, _("Tasks"), "tasks:catalogue")]
    search_providers = ["tasks.providers.search_tasks"]
    unit_sections = ["tasks.views.unit_section"]
    admin_groups = {
        STRUCTURE_ADMINS: [
            "tasks.add_ordinanceimport",
            "tasks.change_ordinanceimport",
            "tasks.view_ordinanceimport",
            "tasks.approve_ordinanceimport",
            "tasks.view_ordinanceunit",
            "tasks.view_ordinanceevent",
            "tasks.view_tasklist",
            "tasks.view_task",
            "tasks.add_synonym",
            "tasks.change_synonym",
            "tasks.delete_synonym",
            "tasks.view_synonym",
        ]
    }
