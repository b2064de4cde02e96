from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from .registry import NavItem


class KancelariaConfig(AppConfig):
    """What every case shares: the abstract case, deadlines, "my work", search, PDF helper."""

    name = "kancelaria"
    verbose_name = _("Office")
    navigation = [
        NavItem(0, _("My work"), "home"),
        NavItem(90, _("Administration"), "admin:index", staff_only=True),
    ]
    search_providers = ["kancelaria.cases.search.search_cases"]

    def ready(self):
        from django.db.models.signals import post_migrate

        from .groups import on_post_migrate

        post_migrate.connect(on_post_migrate, dispatch_uid="kancelaria_groups")
