from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TasksConfig(AppConfig):
    """The ordinance's task catalogue and "who handles this?"."""

    name = "tasks"
    verbose_name = _("Task catalogue")
