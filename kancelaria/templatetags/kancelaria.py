"""Template helpers shared by every app."""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def person(user) -> str:
    """A user's full name, their login when the name is empty, "system" for no user."""
    if user is None:
        return _("system")
    return user.get_full_name() or user.get_username()


@register.simple_tag
def pdf_static(path: str) -> str:
    """A static asset as a local file URI, for PDF templates (WeasyPrint reads no network)."""
    from kancelaria.pdf import static_file_uri

    return static_file_uri(path)
