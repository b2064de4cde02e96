from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PatronageConfig(AppConfig):
    """Honorary patronage applications handled by KP-03 (§ 6 ust. 1 pkt 6)."""

    name = "patronage"
    verbose_name = _("Honorary patronage")
