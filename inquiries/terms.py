"""The kinds of § 9 pkt 2 cases and their answer terms, as the statutes count them.

A pure module (no database): the services keep `Case.deadline` with these rules, the pages
and the tests read them. Terms run from the day the office received the letter; a term in days
or months whose last day is a Saturday, a Sunday or a statutory holiday ends on the next working
day (`kancelaria.deadlines`, KPA art. 57).

- councillor's interpellation or question: 14 days (art. 24 ust. 6 ustawy o samorządzie
  gminnym); the question and the answer are published (art. 24 ust. 8);
- City Council committee motion: the term of the city statute, kept in the setting
  `INQUIRIES_COMMITTEE_MOTION_DAYS` (30 days unless the office sets otherwise);
- MP's or senator's intervention: a notice of how the matter is handled within 14 days
  (art. 20 ustawy o wykonywaniu mandatu posła i senatora), then the answer by the term agreed,
  which the user enters with the notice;
- public-information request: 14 days, extendable up to two months from receipt with a notice
  giving the reason (art. 13 ustawy o dostępie do informacji publicznej).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from kancelaria.deadlines import add_days, add_months

DEFAULT_COMMITTEE_MOTION_DAYS = 30
INTERPELLATION_DAYS = 14
MP_NOTICE_DAYS = 14
PUBLIC_INFORMATION_DAYS = 14
PUBLIC_INFORMATION_EXTENSION_MONTHS = 2


class Kind(models.TextChoices):
    """What arrived: each kind has its own statutory answer term."""

    INTERPELLATION = "interpellation", _("Councillor's interpellation or question")
    COMMITTEE_MOTION = "committee_motion", _("City Council committee motion")
    MP_INTERVENTION = "mp_intervention", _("MP's or senator's intervention")
    PUBLIC_INFORMATION = "public_information", _("Public-information request")


@dataclass(frozen=True)
class KindRule:
    """The legal basis of a kind and what its term allows."""

    basis: Promise
    published: bool = False
    notice_first: bool = False
    extendable: bool = False


RULES: dict[str, KindRule] = {
    Kind.INTERPELLATION: KindRule(
        _("art. 24 sec. 6 and 8 of the Municipal Self-Government Act"), published=True
    ),
    Kind.COMMITTEE_MOTION: KindRule(_("the City Statute (term set by the office)")),
    Kind.MP_INTERVENTION: KindRule(
        _("art. 20 of the Act on the Exercise of the Mandate of an MP and a Senator"),
        notice_first=True,
    ),
    Kind.PUBLIC_INFORMATION: KindRule(
        _("art. 13 of the Act on Access to Public Information"), extendable=True
    ),
}


def committee_motion_days() -> int:
    """The committee-motion term in days, as the office confirmed it against the city statute."""
    return int(getattr(settings, "INQUIRIES_COMMITTEE_MOTION_DAYS", DEFAULT_COMMITTEE_MOTION_DAYS))


def answer_term(kind: str, received_on: date) -> date | None:
    """The statutory answer term; None for an MP's intervention (its term is agreed later)."""
    if kind == Kind.INTERPELLATION:
        return add_days(received_on, INTERPELLATION_DAYS)
    if kind == Kind.COMMITTEE_MOTION:
        return add_days(received_on, committee_motion_days())
    if kind == Kind.PUBLIC_INFORMATION:
        return add_days(received_on, PUBLIC_INFORMATION_DAYS)
    if kind == Kind.MP_INTERVENTION:
        return None
    raise ValueError(f"Unknown kind of inquiry: {kind!r}")


def notice_term(kind: str, received_on: date) -> date | None:
    """By when an MP or senator must hear how the intervention is handled; None otherwise."""
    if kind != Kind.MP_INTERVENTION:
        return None
    return add_days(received_on, MP_NOTICE_DAYS)


def first_deadline(kind: str, received_on: date) -> date:
    """The deadline a newly registered case carries: the answer, or the MP notice first."""
    return notice_term(kind, received_on) or answer_term(kind, received_on)


def extension_limit(kind: str, received_on: date) -> date | None:
    """The latest term an extension may set (two months from receipt); None: not extendable."""
    if not RULES[kind].extendable:
        return None
    return add_months(received_on, PUBLIC_INFORMATION_EXTENSION_MONTHS)


def is_published(kind: str) -> bool:
    """Whether the question and the answer are to be published (interpellations)."""
    return RULES[kind].published
