from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from kancelaria.registry import NavItem


class InquiriesConfig(AppConfig):
    """The case every unit owns (§ 9 pkt 2): interpellations, motions, interventions, requests."""

    name = "inquiries"
    verbose_name = _("Inquiries")
    navigation = [NavItem(30, _("Inquiries"), "inquiries:list")]
    unit_sections = ["inquiries.views.unit_section"]
    case_types = ["inquiries.models.Inquiry"]
    demo_case_seeders = ["inquiries.demo.seed_inquiries"]
