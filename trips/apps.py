from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TripsConfig(AppConfig):
    """Foreign business trips handled by the trips post of KP-01 (§ 4 ust. 2)."""

    name = "trips"
    verbose_name = _("Foreign business trips")
