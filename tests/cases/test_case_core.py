"""What every case shares: who sees it, its sign, its status moves, conflicts, files and notes."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.test import override_settings

from kancelaria.cases import services
from kancelaria.cases.models import SignCounter
from orgunits.models import Assignment
from tests.casetypes.factories import MemoFactory, MemoLinkFactory
from tests.casetypes.models import Memo
from tests.factories import AssignmentFactory, OrgUnitFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    """A department with two units below it, and a separate office."""
    dept = OrgUnitFactory(key="dept", symbol="DP")
    unit_a = OrgUnitFactory(key="unit-a", symbol="", parent=dept)
    unit_b = OrgUnitFactory(key="unit-b", symbol="UB", parent=dept)
    other = OrgUnitFactory(key="other", symbol="OT")
    return {"dept": dept, "a": unit_a, "b": unit_b, "other": other}


def _person(unit, role=Assignment.Role.STAFF):
    return AssignmentFactory(unit=unit, role=role).user


@pytest.mark.parametrize(
    ("where", "role", "action", "sees"),
    [
        ("a", Assignment.Role.STAFF, "view", True),
        ("dept", Assignment.Role.HEAD, "view", True),
        ("dept", Assignment.Role.OBSERVER, "view", True),
        ("dept", Assignment.Role.OBSERVER, "change", False),
        ("b", Assignment.Role.STAFF, "view", False),
        ("b", Assignment.Role.HEAD, "change", False),
        ("other", Assignment.Role.HEAD, "view", True),  # through the link for an opinion
        ("other", Assignment.Role.HEAD, "change", False),  # a linked unit does not edit the case
        ("a", Assignment.Role.STAFF, "change", True),
    ],
)
def test_restrict_follows_the_reporting_lines_and_links(tree, where, role, action, sees):
    # given a memo of unit A with an opinion asked of the other office
    memo = MemoFactory(unit=tree["a"])
    MemoLinkFactory(case=memo, unit=tree["other"])
    user = _person(tree[where], role)
    # when the user's cases are read
    found = Memo.objects.restrict(user, action)
    # then the memo is there exactly when the reporting lines say so
    assert (memo in found) is sees


def test_superuser_without_an_assignment_sees_no_case(tree):
    MemoFactory(unit=tree["a"])
    admin = UserFactory(is_superuser=True, is_staff=True)
    assert not Memo.objects.restrict(admin, "view").exists()


def test_expired_assignment_grants_nothing(tree, today_is):
    today_is(date(2026, 6, 1))
    MemoFactory(unit=tree["a"])
    user = AssignmentFactory(unit=tree["a"], valid_to=date(2026, 5, 31)).user
    assert not Memo.objects.restrict(user, "view").exists()


def test_approve_is_decided_by_the_case_type(tree):
    approver = _person(tree["dept"], Assignment.Role.HEAD)
    waiting = MemoFactory(unit=tree["a"], status=Memo.Status.SUBMITTED, approver=approver)
    MemoFactory(unit=tree["a"], status=Memo.Status.DRAFT, approver=approver)
    assert list(Memo.objects.restrict(approver, "approve")) == [waiting]


@pytest.mark.parametrize("cases", [1, 30])
def test_restrict_costs_one_query_whatever_the_number_of_cases_and_units(
    tree, cases, django_assert_num_queries
):
    # given many units, assignments and linked cases
    user = _person(tree["dept"], Assignment.Role.HEAD)
    for _index in range(cases):
        unit = OrgUnitFactory(parent=tree["a"])
        AssignmentFactory(unit=unit, user=user)
        MemoLinkFactory(case=MemoFactory(unit=unit), unit=tree["other"])
    # when the list is read, then it is one query
    with django_assert_num_queries(1):
        assert len(list(Memo.objects.restrict(user, "view"))) == cases


def test_sign_uses_the_nearest_symbol_the_jrwa_class_a_number_and_the_year(tree, today_is):
    today_is(date(2026, 3, 2))
    with override_settings(TESTCASES_JRWA_CLASS="0002"):
        first = services.sign_next(unit=tree["a"], jrwa_class=Memo.jrwa_class())
        second = services.sign_next(unit=tree["a"], jrwa_class=Memo.jrwa_class())
    assert (first, second) == ("DP.0002.1.2026", "DP.0002.2.2026")
    assert services.sign_next(unit=tree["b"], jrwa_class="0002") == "UB.0002.1.2026"
    assert SignCounter.objects.get(symbol="DP").last_number == 2


@override_settings(CASE_SIGN_PREFIX="KP")
def test_sign_of_a_unit_without_a_symbol_up_the_tree_uses_the_office_prefix(tree):
    root = OrgUnitFactory(symbol="")
    assert services.sign_next(unit=root, jrwa_class="0001", on=date(2027, 1, 4)) == (
        "KP.0001.1.2027"
    )


def test_a_new_year_starts_the_numbers_again(tree):
    services.sign_next(unit=tree["b"], jrwa_class="0001", on=date(2026, 12, 31))
    assert services.sign_next(unit=tree["b"], jrwa_class="0001", on=date(2027, 1, 4)) == (
        "UB.0001.1.2027"
    )


def test_case_sign_assign_signs_once(tree):
    memo = MemoFactory(unit=tree["b"], sign="")
    services.case_sign_assign(case=memo)
    sign = memo.sign
    services.case_sign_assign(case=memo)
    memo.refresh_from_db()
    assert memo.sign == sign
    assert sign.startswith("UB.")


def test_transition_moves_the_status_bumps_the_version_and_writes_the_event(
    tree, django_capture_on_commit_callbacks
):
    author = _person(tree["a"])
    memo = MemoFactory(unit=tree["a"])
    sent = []
    with django_capture_on_commit_callbacks(execute=True):
        moved = services.case_transition(
            actor=author,
            case=memo,
            to_status=Memo.Status.SUBMITTED,
            comment="Do akceptacji",
            mail=sent.append,
        )
    assert (moved.status, moved.version) == (Memo.Status.SUBMITTED, 2)
    event = memo.events.get()
    assert (event.actor, event.from_status, event.to_status, event.comment) == (
        author,
        "draft",
        "submitted",
        "Do akceptacji",
    )
    assert sent == [moved]


def test_transition_outside_the_table_is_refused_and_nothing_changes(tree):
    author = _person(tree["a"])
    memo = MemoFactory(unit=tree["a"])
    with pytest.raises(ValidationError):
        services.case_transition(actor=author, case=memo, to_status=Memo.Status.CLOSED)
    memo.refresh_from_db()
    assert (memo.status, memo.version, memo.events.count()) == ("draft", 1, 0)


def test_transition_by_someone_out_of_scope_is_not_found(tree):
    memo = MemoFactory(unit=tree["a"])
    outsider = _person(tree["b"], Assignment.Role.HEAD)
    with pytest.raises(Http404):
        services.case_transition(actor=outsider, case=memo, to_status=Memo.Status.SUBMITTED)


def test_a_stale_version_gets_the_conflict_in_polish_and_nothing_is_saved(tree):
    author = _person(tree["a"])
    memo = MemoFactory(unit=tree["a"])
    services.case_transition(actor=author, case=memo, to_status="submitted", version=1)
    with pytest.raises(services.CaseConflict) as raised:
        services.case_transition(actor=author, case=memo, to_status="draft", version=1)
    assert "w międzyczasie" in raised.value.messages[0]
    memo.refresh_from_db()
    assert (memo.status, memo.version) == ("submitted", 2)


PDF_BYTES = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 8


def test_a_pdf_is_kept_in_the_private_storage_with_its_real_type(tree):
    author = _person(tree["a"])
    memo = MemoFactory(unit=tree["a"])
    upload = SimpleUploadedFile("pismo.pdf", PDF_BYTES, content_type="application/octet-stream")
    attachment = services.attachment_add(actor=author, case=memo, uploaded_file=upload)
    assert (attachment.name, attachment.size, attachment.content_type) == (
        "pismo.pdf",
        len(PDF_BYTES),
        "application/pdf",
    )
    assert attachment.file.read() == PDF_BYTES
    assert "pismo" not in attachment.file.name  # a name no one can guess
    assert memo.events.filter(comment__contains="pismo.pdf").exists()


def test_an_exe_renamed_pdf_is_refused_with_a_polish_message(tree):
    author = _person(tree["a"])
    memo = MemoFactory(unit=tree["a"])
    upload = SimpleUploadedFile("faktura.pdf", EXE_BYTES, content_type="application/pdf")
    with pytest.raises(ValidationError) as raised:
        services.attachment_add(actor=author, case=memo, uploaded_file=upload)
    assert "faktura.pdf" in raised.value.messages[0]
    assert "Dozwolone" in raised.value.messages[0]
    assert not memo.attachments.exists()


def test_a_60_mb_file_is_refused_with_a_polish_message(tree):
    author = _person(tree["a"])
    memo = MemoFactory(unit=tree["a"])
    upload = SimpleUploadedFile("skan.pdf", PDF_BYTES + b"0" * (60 * 1024 * 1024))
    with pytest.raises(ValidationError) as raised:
        services.attachment_add(actor=author, case=memo, uploaded_file=upload)
    assert "za duży" in raised.value.messages[0]
    assert "60,0" in raised.value.messages[0]


def test_note_is_added_by_someone_who_handles_the_case(tree):
    author = _person(tree["a"])
    memo = MemoFactory(unit=tree["a"])
    note = services.note_add(actor=author, case=memo, text="  Zadzwonić do radnego  ")
    assert (note.text, note.author) == ("Zadzwonić do radnego", author)
    with pytest.raises(Http404):
        services.note_add(actor=_person(tree["b"]), case=memo, text="x")
