"""The shared case steps as the trip services use them (`kancelaria.cases.services`).

`transition` is `case_transition` with a trip's own message for a refused step; files, notes,
signs and mail are the shared ones.
"""

from __future__ import annotations

from kancelaria.cases.services import attachment_add, case_sign_assign, case_transition
from kancelaria.cases.services import mail_on_commit as _mail_on_commit
from kancelaria.cases.services import note_add as _note_add
from trips.models import Trip, TripAttachment, TripNote


def transition(*, actor, case: Trip, to_status: str, action: str = "change", comment: str = ""):
    """Move a trip along its transition table, locked, checked and recorded."""
    return case_transition(
        actor=actor, case=case, to_status=to_status, action=action, comment=comment
    )


def sign_assign(*, case: Trip) -> None:
    """The trip's sign: the trips post's symbol (KP-01), the trips' JRWA class, number, year."""
    case_sign_assign(case=case)


def attachment_store(*, actor, case: Trip, uploaded_file) -> TripAttachment:
    """Keep a checked file with the trip (size limit, type told from the content)."""
    return attachment_add(actor=actor, case=case, uploaded_file=uploaded_file)


def note_add(*, actor, case: Trip, text: str) -> TripNote:
    """A note by anyone who sees the trip."""
    return _note_add(actor=actor, case=case, text=text)


def mail_on_commit(users, subject: str, body: str) -> None:
    """Mail the users once the transaction has committed."""
    _mail_on_commit(recipients=users, subject=subject, body=body)
