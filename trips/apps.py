from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from kancelaria.registry import NavItem

#: The admin group the trips post is put in to keep the trips reference data (Polish: data).
REFERENCE_DATA_GROUP = "Dane referencyjne — wyjazdy"


class TripsConfig(AppConfig):
    """Foreign business trips handled by the trips post of KP-01 (§ 4 ust. 2)."""

    name = "trips"
    verbose_name = _("Foreign business trips")
    demo_seeders = ["trips.demo.seed_demo_reference_data"]
    demo_case_seeders = ["trips.demo_trips.seed_demo_trips"]
    case_types = ["trips.models.Trip"]
    navigation = [NavItem(40, _("Foreign trips"), "trips:list")]
    admin_groups = {
        REFERENCE_DATA_GROUP: [
            "trips.view_country",
            "trips.add_country",
            "trips.change_country",
            "trips.view_perdiemrate",
            "trips.add_perdiemrate",
            "trips.change_perdiemrate",
            "trips.view_nbptable",
            "trips.add_nbptable",
            "trips.change_nbptable",
            "trips.view_nbprate",
            "trips.add_nbprate",
            "trips.change_nbprate",
            "trips.view_tripssettings",
            "trips.change_tripssettings",
        ]
    }
