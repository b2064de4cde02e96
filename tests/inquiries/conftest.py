"""Inquiry fixtures: a case registered, drafted, submitted … by the demo users, via the services."""

from datetime import date

import pytest

from inquiries import services
from inquiries.terms import Kind


@pytest.fixture
def register(demo, demo_user):
    """Register an inquiry as a demo user for a unit (by key), the way the form does."""

    def _register(username="kp05", unit_key="kp-05", **fields):
        values = {
            "kind": Kind.PUBLIC_INFORMATION,
            "received_on": date(2026, 4, 17),
            "sender": "Stowarzyszenie Watchdog Kraków",
            "subject": "Wydatki na delegacje zagraniczne w 2025 r.",
            "text": "Proszę o udostępnienie informacji.",
        }
        values.update(fields)
        return services.inquiry_register(actor=demo_user(username), unit=demo[unit_key], **values)

    return _register


@pytest.fixture
def drafted(register, demo_user):
    """An inquiry with a draft answer, by its unit's staff member."""

    def _drafted(username="kp05", unit_key="kp-05", draft="Odpowiedź: w załączeniu.", **fields):
        inquiry = register(username, unit_key, **fields)
        return services.inquiry_draft_save(
            actor=demo_user(username), inquiry=inquiry, draft=draft, version=inquiry.version
        )

    return _drafted


@pytest.fixture
def submitted(drafted, demo_user):
    """An inquiry whose draft waits for approval."""

    def _submitted(username="kp05", unit_key="kp-05", **fields):
        inquiry = drafted(username, unit_key, **fields)
        return services.inquiry_submit(actor=demo_user(username), inquiry=inquiry)

    return _submitted


@pytest.fixture
def approved(submitted, demo_user):
    """An inquiry whose draft the approver accepted."""

    def _approved(username="kp05", unit_key="kp-05", **fields):
        inquiry = submitted(username, unit_key, **fields)
        return services.inquiry_approve(actor=inquiry.approver, inquiry=inquiry)

    return _approved
