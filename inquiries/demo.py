"""Demo inquiries: several for each of the 13 nodes below the root, at every status.

Each case goes through the same services a user's would, so signs, events and terms are real.
The drafter of a unit is the demo user of that unit or of the nearest unit above it with one.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from orgunits.access import approver_for
from orgunits.models import OrgUnit

from . import services, terms
from .models import Inquiry
from .terms import Kind
from .workflow import Status

DRAFTERS = {
    "kp": "dyrektor",
    "kp-z1": "zastepca1",
    "kp-03": "kp03",
    "kp-03-foto": "kp03",
    "kp-z2": "zastepca2",
    "kp-01": "kp01",
    "kp-01-wyjazdy": "kp01-wyjazdy",
    "kp-02": "kp02",
    "kp-04": "kp04",
    "kp-04-prawne": "kp04",
    "kp-04-budzet": "kp04",
    "po": "po",
    "kp-05": "kp05",
}
# Every status, in the order a case reaches them.
STAGES = (
    Status.REGISTERED,
    Status.DRAFTING,
    Status.AWAITING_APPROVAL,
    Status.RETURNED,
    Status.APPROVED,
    Status.SENT,
    Status.CLOSED,
)
LETTERS = {
    Kind.INTERPELLATION: ("Radny Jan Malinowski", "Interpelacja w sprawie {topic}"),
    Kind.COMMITTEE_MOTION: ("Komisja Budżetowa Rady Miasta Krakowa", "Wniosek w sprawie {topic}"),
    Kind.MP_INTERVENTION: ("Poseł na Sejm RP Maria Zawadzka", "Interwencja w sprawie {topic}"),
    Kind.PUBLIC_INFORMATION: ("Stowarzyszenie Watchdog Kraków", "Wniosek o informację: {topic}"),
}
TOPICS = (
    "kosztów obsługi wizyt delegacji zagranicznych",
    "kalendarza spotkań Prezydenta z mieszkańcami",
    "honorowych patronatów udzielonych w 2026 r.",
    "wydatków na materiały promocyjne",
    "obsługi korespondencji Kancelarii",
    "terminów odpowiedzi na wnioski mieszkańców",
    "zasad udostępniania informacji publicznej",
)


def seed_inquiries(**_kwargs) -> None:
    """Demo inquiries for every node below the root (skipped when some exist already)."""
    if Inquiry.objects.exists():
        return
    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__in=set(DRAFTERS.values()))
    }
    kinds = list(Kind)
    for index, unit in enumerate(OrgUnit.objects.filter(key__in=DRAFTERS).order_by("lft")):
        drafter = users.get(DRAFTERS[unit.key])
        if drafter is None:
            continue
        for stage_index in range(len(STAGES)):
            kind = kinds[(index + stage_index) % len(kinds)]
            _seed_one(drafter, unit, kind, stage_index, age=3 + 4 * stage_index + index % 5)


def _seed_one(drafter, unit, kind, stage_index: int, *, age: int) -> Inquiry:
    today = timezone.localdate()
    sender, subject = LETTERS[kind]
    topic = TOPICS[stage_index % len(TOPICS)]
    inquiry = services.inquiry_register(
        actor=drafter,
        unit=unit,
        kind=kind,
        received_on=today - timedelta(days=age),
        sender=sender,
        subject=subject.format(topic=topic),
        text=f"Uprzejmie proszę o informację w sprawie {topic}".rstrip(".") + ".",
    )
    inquiry = _term_events(drafter, inquiry, stage_index)
    steps = _steps(drafter, unit, today, age)
    for step in steps[:stage_index]:
        inquiry = step(inquiry)
    return inquiry


def _term_events(drafter, inquiry: Inquiry, stage_index: int) -> Inquiry:
    """Some MP interventions have had their notice, some requests their term extended."""
    received = inquiry.received_on
    if inquiry.kind == Kind.MP_INTERVENTION and stage_index >= 2:
        return services.inquiry_notice_sent(
            actor=drafter,
            inquiry=inquiry,
            sent_on=received + timedelta(days=5),
            agreed_term=received + timedelta(days=45),
        )
    if inquiry.kind == Kind.PUBLIC_INFORMATION and stage_index in (1, 3):
        return services.inquiry_extend(
            actor=drafter,
            inquiry=inquiry,
            new_term=terms.extension_limit(inquiry.kind, received),
            reason="Wniosek wymaga zebrania danych z kilku komórek za kilka lat.",
        )
    return inquiry


def _steps(drafter, unit, today, age: int) -> list:
    """The moves to a stage: draft, submit, return, resubmit and approve, send, close."""
    approver = approver_for(drafter, unit)

    def draft(case):
        text = "W odpowiedzi na pismo uprzejmie informuję, że sprawa jest rozpatrywana."
        return services.inquiry_draft_save(
            actor=drafter, inquiry=case, draft=text, version=case.version
        )

    def submit(case):
        return services.inquiry_submit(actor=drafter, inquiry=case)

    def send_back(case):
        return services.inquiry_return(
            actor=approver, inquiry=case, comment="Proszę uzupełnić podstawę prawną."
        )

    def approve(case):
        case = services.inquiry_submit(actor=drafter, inquiry=case)
        return services.inquiry_approve(actor=approver, inquiry=case)

    def send(case):
        sent_on = today - timedelta(days=max(age - 10, 0))
        return services.inquiry_send(actor=drafter, inquiry=case, sent_on=sent_on)

    def close(case):
        return services.inquiry_close(actor=drafter, inquiry=case)

    return [draft, submit, send_back, approve, send, close]
