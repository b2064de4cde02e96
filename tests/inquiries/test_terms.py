"""Answer terms as the statutes count them: from receipt, a last day off work moves on."""

from datetime import date

import pytest

from inquiries import terms
from inquiries.terms import Kind


def test_request_received_on_friday_with_14th_day_on_may_day_is_due_monday_4_may():
    # given a public-information request received on Friday 17 April 2026
    received = date(2026, 4, 17)
    # when its answer term is counted: the 14th day is Friday 1 May (a holiday), then
    # Saturday 2 May and Sunday 3 May (Constitution Day)
    term = terms.answer_term(Kind.PUBLIC_INFORMATION, received)
    # then the term ends on the next working day
    assert term == date(2026, 5, 4)


@pytest.mark.parametrize(
    ("kind", "received", "expected"),
    [
        (Kind.INTERPELLATION, date(2026, 3, 2), date(2026, 3, 16)),
        (Kind.PUBLIC_INFORMATION, date(2026, 3, 2), date(2026, 3, 16)),
        (Kind.COMMITTEE_MOTION, date(2026, 3, 2), date(2026, 4, 1)),
        (Kind.INTERPELLATION, date(2026, 3, 7), date(2026, 3, 23)),  # 21 Mar is a Saturday
    ],
)
def test_answer_term_counts_calendar_days_from_receipt(kind, received, expected):
    assert terms.answer_term(kind, received) == expected


def test_committee_motion_term_follows_the_setting_the_office_confirmed(settings):
    # given the city statute gives committees 21 days
    settings.INQUIRIES_COMMITTEE_MOTION_DAYS = 21
    # then a motion received on 2 March is due on 23 March
    assert terms.answer_term(Kind.COMMITTEE_MOTION, date(2026, 3, 2)) == date(2026, 3, 23)


def test_mp_intervention_first_runs_to_the_notice_and_has_no_statutory_answer_term():
    received = date(2026, 3, 2)
    assert terms.answer_term(Kind.MP_INTERVENTION, received) is None
    assert terms.notice_term(Kind.MP_INTERVENTION, received) == date(2026, 3, 16)
    assert terms.first_deadline(Kind.MP_INTERVENTION, received) == date(2026, 3, 16)
    assert terms.notice_term(Kind.INTERPELLATION, received) is None


def test_only_a_public_information_request_extends_up_to_two_months_from_receipt():
    # 17 June 2026 + 2 months = 17 August 2026, a Monday
    assert terms.extension_limit(Kind.PUBLIC_INFORMATION, date(2026, 6, 17)) == date(2026, 8, 17)
    # 15 June 2026 + 2 months = 15 August (Assumption, a Saturday) → Monday 17 August
    assert terms.extension_limit(Kind.PUBLIC_INFORMATION, date(2026, 6, 15)) == date(2026, 8, 17)
    assert terms.extension_limit(Kind.INTERPELLATION, date(2026, 6, 15)) is None


def test_only_interpellations_are_published():
    assert terms.is_published(Kind.INTERPELLATION)
    assert not any(terms.is_published(kind) for kind in Kind if kind != Kind.INTERPELLATION)
