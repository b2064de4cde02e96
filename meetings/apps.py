from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    """Meeting requests to the Mayor handled by KP-02 (§ 5)."""

    name = "meetings"
    verbose_name = _("Meeting requests")
