"""Mail about an inquiry, queued to go out only once the change is committed."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext_lazy as _

SUBJECTS = {
    "submitted": _("Draft answer awaiting your approval: %(sign)s"),
    "approved": _("Draft answer approved: %(sign)s"),
    "returned": _("Draft answer returned for corrections: %(sign)s"),
}
BODY = _("%(subject)s\n\nCase: %(sign)s — %(title)s\nTerm: %(deadline)s\n%(url)s\n")


def _message(event: str, inquiry) -> tuple[str, str]:
    subject = str(SUBJECTS[event]) % {"sign": inquiry.sign}
    body = str(BODY) % {
        "subject": subject,
        "sign": inquiry.sign,
        "title": inquiry.subject,
        "deadline": inquiry.deadline.isoformat() if inquiry.deadline else "—",
        "url": getattr(settings, "KANCELARIA_BASE_URL", "") + inquiry.get_absolute_url(),
    }
    return subject, body


def on_commit_to(user, event: str, inquiry) -> None:
    """Queue one message to `user` about `inquiry`; nothing when they have no address."""
    if user is None or not user.email:
        return
    subject, body = _message(event, inquiry)
    recipient = user.email
    transaction.on_commit(
        lambda: send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
    )
