from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    """The case every unit owns (§ 9 pkt 2): interpellations, motions, interventions, requests."""

    name = "inquiries"
    verbose_name = _("Inquiries")
