"""The services of § 9 pkt 2: register, draft, approve up the line, send, extend, notify."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404

from inquiries import services
from inquiries.models import Inquiry
from inquiries.terms import Kind
from inquiries.workflow import Status
from kancelaria.cases.services import CaseConflict


@pytest.fixture(autouse=True)
def _today(today_is):
    today_is(date(2026, 4, 20))


def test_request_received_on_friday_before_may_day_is_due_on_monday_4_may(register):
    # given kp05 registers a public-information request received on Friday 17 April 2026
    inquiry = register("kp05", "kp-05", received_on=date(2026, 4, 17))
    # then its term is 4 May 2026 (1 May a holiday, 2 May a Saturday, 3 May a holiday)
    inquiry.refresh_from_db()
    assert inquiry.deadline == date(2026, 5, 4)
    assert inquiry.status == Status.REGISTERED
    assert inquiry.sign.startswith("KP-05.")
    assert [(e.from_status, e.to_status) for e in inquiry.events.all()] == [("", Status.REGISTERED)]


def test_an_interpellation_is_marked_for_publication(register):
    inquiry = register("kp02", "kp-02", kind=Kind.INTERPELLATION)
    assert inquiry.publish
    assert not register("kp02", "kp-02").publish


@pytest.mark.parametrize(
    ("username", "unit_key"), [("kp05", "kp-02"), ("dyrektor", "po"), ("admin", "kp")]
)
def test_nobody_registers_for_a_unit_outside_their_line_and_nothing_is_saved(
    register, username, unit_key
):
    with pytest.raises(ValidationError) as error:
        register(username, unit_key)
    assert "nie możesz rejestrować" in str(error.value).lower()
    assert not Inquiry.objects.exists()


def test_a_letter_received_tomorrow_is_refused(register):
    with pytest.raises(ValidationError, match="przyszłości"):
        register(received_on=date(2026, 4, 21))
    assert not Inquiry.objects.exists()


def test_two_stale_saves_of_the_draft_the_second_gets_a_conflict_and_nothing_is_lost(
    register, demo_user
):
    # given two people opened the same case at version 1
    inquiry = register()
    opened_at = inquiry.version
    services.inquiry_draft_save(
        actor=demo_user("kp05"), inquiry=inquiry, draft="Pierwsza wersja", version=opened_at
    )
    # when the second saves with the version they opened
    with pytest.raises(CaseConflict):
        services.inquiry_draft_save(
            actor=demo_user("po"), inquiry=inquiry, draft="Druga wersja", version=opened_at
        )
    # then the first draft stands
    inquiry.refresh_from_db()
    assert inquiry.draft == "Pierwsza wersja"
    assert inquiry.status == Status.DRAFTING


def test_submitting_stores_the_approver_of_the_line_and_mails_them_after_commit(
    drafted, demo_user, mailoutbox, django_capture_on_commit_callbacks
):
    inquiry = drafted("kp05", "kp-05")
    with django_capture_on_commit_callbacks(execute=True):
        inquiry = services.inquiry_submit(actor=demo_user("kp05"), inquiry=inquiry)
    assert inquiry.status == Status.AWAITING_APPROVAL
    assert inquiry.approver == demo_user("po")
    assert [m.to for m in mailoutbox] == [["po@kancelaria.example"]]
    assert inquiry.sign in mailoutbox[0].subject


@pytest.mark.parametrize(
    ("drafter", "unit_key", "approver"),
    [
        ("kp02", "kp-02", "dyrektor"),
        ("kp04", "kp-04-prawne", "dyrektor"),
        ("kp03", "kp-03", "zastepca1"),
        ("kp01-wyjazdy", "kp-01-wyjazdy", "kp01"),
        ("kp01", "kp-01", "zastepca2"),
        ("dyrektor", "kp", "prezydent"),
        ("po", "po", "prezydent"),
        ("kp05", "kp-05", "po"),
    ],
)
def test_the_draft_goes_up_the_reporting_line(submitted, drafter, unit_key, approver):
    assert submitted(drafter, unit_key).approver.username == approver


def test_a_draft_cannot_be_submitted_empty(register, demo_user):
    inquiry = register()
    with pytest.raises(ValidationError, match="projekt odpowiedzi"):
        services.inquiry_submit(actor=demo_user("kp05"), inquiry=inquiry)


@pytest.mark.parametrize("username", ["kp05", "dyrektor", "prezydent", "zastepca1", "admin"])
def test_only_the_stored_approver_approves(submitted, demo_user, username):
    # given kp05's draft waits for po
    inquiry = submitted("kp05", "kp-05")
    # then nobody else may approve it (not the drafter, not the Mayor above po)
    with pytest.raises(Http404):
        services.inquiry_approve(actor=demo_user(username), inquiry=inquiry)
    inquiry.refresh_from_db()
    assert inquiry.status == Status.AWAITING_APPROVAL


def test_nobody_approves_their_own_draft(submitted, demo_user):
    # given the Director drafts for KP; the Mayor approves
    inquiry = submitted("dyrektor", "kp")
    # when the stored approver is, say, the Director (a structure change) and they drafted it
    Inquiry.objects.filter(pk=inquiry.pk).update(approver=demo_user("dyrektor"))
    # then it is not theirs to approve
    assert not Inquiry.objects.restrict(demo_user("dyrektor"), "approve").exists()


def test_approval_mails_the_drafter(
    submitted, demo_user, mailoutbox, django_capture_on_commit_callbacks
):
    inquiry = submitted("kp05", "kp-05")
    with django_capture_on_commit_callbacks(execute=True):
        inquiry = services.inquiry_approve(actor=demo_user("po"), inquiry=inquiry)
    assert inquiry.status == Status.APPROVED
    assert inquiry.approved_at is not None
    assert [m.to for m in mailoutbox] == [["kp05@kancelaria.example"]]


def test_a_returned_draft_says_what_to_correct_and_goes_back_for_approval(
    submitted, demo_user, mailoutbox, django_capture_on_commit_callbacks
):
    inquiry = submitted("kp05", "kp-05")
    with pytest.raises(ValidationError):
        services.inquiry_return(actor=demo_user("po"), inquiry=inquiry, comment=" ")
    with django_capture_on_commit_callbacks(execute=True):
        inquiry = services.inquiry_return(
            actor=demo_user("po"), inquiry=inquiry, comment="Dodać podstawę prawną."
        )
    assert inquiry.status == Status.RETURNED
    assert mailoutbox[0].to == ["kp05@kancelaria.example"]
    inquiry = services.inquiry_draft_save(
        actor=demo_user("kp05"), inquiry=inquiry, draft="Poprawiona", version=inquiry.version
    )
    inquiry = services.inquiry_submit(actor=demo_user("kp05"), inquiry=inquiry)
    assert inquiry.status == Status.AWAITING_APPROVAL
    assert inquiry.events.filter(comment="Dodać podstawę prawną.").exists()


def test_an_answer_goes_out_only_once_approved(drafted, approved, demo_user):
    # given a draft not approved yet
    inquiry = drafted()
    # then it cannot be recorded as sent
    with pytest.raises(ValidationError):
        services.inquiry_send(actor=demo_user("kp05"), inquiry=inquiry, sent_on=date(2026, 4, 20))
    # given an approved one, it can, and the term stops running
    inquiry = services.inquiry_send(
        actor=demo_user("kp05"), inquiry=approved(), sent_on=date(2026, 4, 20)
    )
    assert inquiry.status == Status.SENT
    assert inquiry.sent_on == date(2026, 4, 20)
    assert not inquiry.is_overdue(date(2026, 6, 1))


def test_an_answer_cannot_be_dated_before_the_letter(approved, demo_user):
    inquiry = approved()
    with pytest.raises(ValidationError, match="wpłynęło"):
        services.inquiry_send(actor=demo_user("kp05"), inquiry=inquiry, sent_on=date(2026, 4, 1))
    inquiry.refresh_from_db()
    assert inquiry.status == Status.APPROVED


def test_a_public_information_term_extends_once_to_two_months_with_a_reason(register, demo_user):
    inquiry = register(received_on=date(2026, 4, 17))
    kp05 = demo_user("kp05")
    # beyond two months from receipt (17 June 2026) is refused
    with pytest.raises(ValidationError, match="dwóch miesięcy"):
        services.inquiry_extend(
            actor=kp05, inquiry=inquiry, new_term=date(2026, 6, 18), reason="Dużo danych"
        )
    # without a reason too
    with pytest.raises(ValidationError):
        services.inquiry_extend(actor=kp05, inquiry=inquiry, new_term=date(2026, 6, 17), reason="")
    inquiry = services.inquiry_extend(
        actor=kp05, inquiry=inquiry, new_term=date(2026, 6, 17), reason="Dużo danych"
    )
    assert inquiry.deadline == date(2026, 6, 17)
    assert inquiry.events.filter(comment__contains="Dużo danych").exists()
    # and only once
    with pytest.raises(ValidationError):
        services.inquiry_extend(
            actor=kp05, inquiry=inquiry, new_term=date(2026, 6, 17), reason="Znowu"
        )


def test_an_interpellation_term_is_not_extendable(register, demo_user):
    inquiry = register("kp02", "kp-02", kind=Kind.INTERPELLATION)
    with pytest.raises(ValidationError, match="informacji publicznej"):
        services.inquiry_extend(
            actor=demo_user("kp02"), inquiry=inquiry, new_term=date(2026, 6, 1), reason="x"
        )


def test_an_mp_intervention_runs_to_the_notice_then_to_the_term_agreed(register, demo_user):
    # given an MP's intervention received on 2 April 2026
    inquiry = register("kp02", "kp-02", kind=Kind.MP_INTERVENTION, received_on=date(2026, 4, 2))
    # then the notice is due within 14 days
    assert inquiry.deadline == date(2026, 4, 16)
    assert inquiry.awaits_notice
    # when the notice goes out agreeing an answer by 15 May
    inquiry = services.inquiry_notice_sent(
        actor=demo_user("kp02"),
        inquiry=inquiry,
        sent_on=date(2026, 4, 10),
        agreed_term=date(2026, 5, 15),
    )
    # then the term is the one agreed
    assert inquiry.deadline == date(2026, 5, 15)
    assert not inquiry.awaits_notice
    with pytest.raises(ValidationError):
        services.inquiry_notice_sent(
            actor=demo_user("kp02"),
            inquiry=inquiry,
            sent_on=date(2026, 4, 10),
            agreed_term=date(2026, 5, 20),
        )


def test_acting_on_a_case_outside_ones_line_is_not_found(register, demo_user):
    inquiry = register("kp05", "kp-05")
    with pytest.raises(Http404):
        services.inquiry_draft_save(
            actor=demo_user("dyrektor"), inquiry=inquiry, draft="x", version=inquiry.version
        )
