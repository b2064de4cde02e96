"""The steps every change to a trip shares: the locked transition, the sign, files, mail.

A transition locks the row, checks the status table (`Trip.TRANSITIONS`) and the actor's scope
(`Trip.objects.restrict`), bumps the version and writes the event, in the caller's transaction.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from trips.models import Trip, TripAttachment, TripEvent, TripNote

MAX_ATTACHMENT_BYTES = getattr(settings, "CASE_ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024)
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


def transition(*, actor, case: Trip, to_status: str, action: str = "change", comment: str = ""):
    """Move a trip to `to_status` if the table allows it and the actor may; write the event."""
    locked = Trip.objects.restrict(actor, action).select_for_update().filter(pk=case.pk).first()
    if locked is None:
        raise PermissionDenied
    if to_status not in Trip.TRANSITIONS.get(locked.status, ()):
        raise ValidationError(
            _("A trip that is “%(status)s” cannot become “%(to)s”.")
            % {"status": locked.get_status_display(), "to": Trip.Status(to_status).label}
        )
    from_status, locked.status = locked.status, to_status
    locked.version += 1
    locked.save(update_fields=["status", "version", "updated_at"])
    TripEvent.objects.create(
        case=locked, actor=actor, from_status=from_status, to_status=to_status, comment=comment
    )
    return locked


def sign_assign(*, unit, on) -> str:
    """The next sign `{symbol}.{JRWA class}.{number}.{year}` of the trips register."""
    symbol = next(
        (
            node.symbol
            for node in unit.get_ancestors(ascending=True, include_self=True)
            if node.symbol
        ),
        "KP",
    )
    jrwa = getattr(settings, "TRIPS_JRWA_CLASS", "0713")
    prefix = f"{symbol}.{jrwa}."
    suffix = f".{on.year}"
    taken = Trip.objects.select_for_update().filter(sign__startswith=prefix, sign__endswith=suffix)
    numbers = [
        int(m.group(1))
        for s in taken.values_list("sign", flat=True)
        if (m := re.match(rf"^{re.escape(prefix)}(\d+)\.", s))
    ]
    return f"{prefix}{max(numbers, default=0) + 1}{suffix}"


def attachment_store(*, actor, case: Trip, uploaded_file) -> TripAttachment:
    """Keep a file with the trip: at most the size limit, a PDF or an image by its content."""
    if uploaded_file.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("The file “%(name)s” is %(size)s; the limit is %(limit)s.")
            % {
                "name": uploaded_file.name,
                "size": filesizeformat(uploaded_file.size),
                "limit": filesizeformat(MAX_ATTACHMENT_BYTES),
            }
        )
    head = uploaded_file.read(16)
    uploaded_file.seek(0)
    kind = next((ctype for magic, ctype in SIGNATURES if head.startswith(magic)), None)
    if kind is None:
        raise ValidationError(
            _("The file “%(name)s” is not a PDF, PNG or JPEG.") % {"name": uploaded_file.name}
        )
    return TripAttachment.objects.create(
        case=case,
        file=uploaded_file,
        name=uploaded_file.name[:255],
        size=uploaded_file.size,
        content_type=kind,
        uploaded_by=actor,
    )


def mail_on_commit(users, subject: str, body: str) -> None:
    """Mail the users once the transaction has committed (never for a rolled-back change)."""
    addresses = [user.email for user in users if user.email]
    if addresses:
        transaction.on_commit(lambda: send_mail(subject, body, None, addresses, fail_silently=True))


@transaction.atomic
def note_add(*, actor, case: Trip, text: str) -> TripNote:
    """A note by anyone who sees the trip, kept with its author and time."""
    if not Trip.objects.restrict(actor, "view").filter(pk=case.pk).exists():
        raise PermissionDenied
    if not text.strip():
        raise ValidationError(_("Write the note."))
    return TripNote.objects.create(case=case, author=actor, text=text)
