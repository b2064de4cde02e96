from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from kancelaria.registry import NavItem

STRUCTURE_ADMINS = "Administratorzy struktury"


class OrgunitsConfig(AppConfig):
    """The office's structure: units, reporting lines, people, dated snapshots, visibility."""

    name = "orgunits"
    verbose_name = _("Structure")
    navigation = [
        NavItem(10, _("Structure"), "orgunits:list"),
        NavItem(15, _("Org chart"), "orgchart"),
    ]
    search_providers = ["orgunits.search.search_units", "orgunits.search.search_people"]
    unit_sections = ["orgunits.orgchart.views.unit_section"]
    admin_groups = {
        STRUCTURE_ADMINS: [
            "orgunits.add_orgunit",
            "orgunits.change_orgunit",
            "orgunits.view_orgunit",
            "orgunits.view_ordinance",
            "orgunits.add_assignment",
            "orgunits.change_assignment",
            "orgunits.view_assignment",
            "orgunits.view_structuresnapshot",
            "orgunits.add_orgunituserobjectpermission",
            "orgunits.delete_orgunituserobjectpermission",
            "orgunits.view_orgunituserobjectpermission",
            "orgunits.add_orgunitgroupobjectpermission",
            "orgunits.delete_orgunitgroupobjectpermission",
            "orgunits.view_orgunitgroupobjectpermission",
            "orgunits.view_unitgrantevent",
            "auth.view_group",
            "auth.add_user",
            "auth.change_user",
            "auth.view_user",
        ]
    }
