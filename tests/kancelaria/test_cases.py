"""What every case shares, tested on a minimal case type: signs, transitions, conflicts, files."""

from datetime import date

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404

from kancelaria.cases import services
from tests.casetypes.factories import dossier_create
from tests.casetypes.models import Dossier


@pytest.mark.parametrize(
    ("unit_key", "sign"),
    [
        ("kp-03", "KP-03.0001.1.2026"),
        ("kp-03-foto", "KP-03.0001.1.2026"),  # a post is signed with its unit's symbol
        ("kp-z1", "KP.0001.1.2026"),  # the deputy's node has none: the Kancelaria's
        ("kp-05", "KP-05.0001.1.2026"),
    ],
)
def test_a_case_is_signed_with_its_nearest_symbol(demo, demo_user, today_is, unit_key, sign):
    today_is(date(2026, 11, 26))
    case = dossier_create(unit=demo[unit_key], created_by=demo_user("dyrektor"))
    assert case.sign == sign


def test_the_prefix_signs_cases_of_a_node_with_no_symbol_above(demo, demo_user, today_is):
    today_is(date(2026, 11, 26))
    case = dossier_create(unit=demo["prezydent"], created_by=demo_user("prezydent"))
    assert case.sign == "KP.0001.1.2026"


def test_numbers_run_per_symbol_and_start_again_each_year(demo, demo_user, today_is):
    author = demo_user("kp03")
    today_is(date(2026, 12, 31))
    signs = [dossier_create(unit=demo["kp-03"], created_by=author).sign for _ in range(2)]
    other = dossier_create(unit=demo["kp-02"], created_by=author).sign
    today_is(date(2027, 1, 2))
    next_year = dossier_create(unit=demo["kp-03"], created_by=author).sign
    assert signs == ["KP-03.0001.1.2026", "KP-03.0001.2.2026"]
    assert other == "KP-02.0001.1.2026"
    assert next_year == "KP-03.0001.1.2027"


def test_a_transition_allowed_by_the_table_is_recorded(demo, demo_user):
    # given an open dossier of KP-03
    kp03 = demo_user("kp03")
    case = dossier_create(unit=demo["kp-03"], created_by=kp03)
    # when its author submits it
    moved = services.case_transition(actor=kp03, case=case, to_status="submitted", comment="ok")
    # then the status and version change and the timeline says who did it
    assert (moved.status, moved.version) == ("submitted", 2)
    event = moved.events.get()
    assert (event.actor, event.from_status, event.to_status) == (kp03, "open", "submitted")


def test_a_transition_outside_the_table_is_refused_and_changes_nothing(demo, demo_user):
    kp03 = demo_user("kp03")
    case = dossier_create(unit=demo["kp-03"], created_by=kp03)
    with pytest.raises(ValidationError):
        services.case_transition(actor=kp03, case=case, to_status="closed")
    case.refresh_from_db()
    assert (case.status, case.version, case.events.count()) == ("open", 1, 0)


@pytest.mark.parametrize("username", ["kp02", "zastepca2", "po", "admin"])
def test_nobody_outside_the_line_moves_a_case(demo, demo_user, username):
    case = dossier_create(unit=demo["kp-03"], created_by=demo_user("kp03"))
    with pytest.raises(Http404):
        services.case_transition(actor=demo_user(username), case=case, to_status="submitted")


def test_a_stale_copy_gets_the_conflict_and_overwrites_nothing(demo, demo_user):
    # given two people who opened the same dossier at version 1
    kp03 = demo_user("kp03")
    case = dossier_create(unit=demo["kp-03"], created_by=kp03)
    services.case_transition(actor=kp03, case=case, to_status="submitted", version=1)
    # when the second one sends the change made on the old copy
    with pytest.raises(services.CaseConflict) as raised:
        services.case_transition(
            actor=demo_user("zastepca1"), case=case, to_status="open", version=1
        )
    # then they are told in Polish and the first change stands
    assert "w międzyczasie" in raised.value.messages[0]
    case.refresh_from_db()
    assert (case.status, case.version) == ("submitted", 2)


def test_mail_goes_only_after_the_commit(demo, demo_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.mail_on_commit(
            recipients=[demo_user("po")], subject="Sprawa do zatwierdzenia", body="…"
        )
        assert mail.outbox == []
    assert len(callbacks) == 1
    assert mail.outbox[0].to == ["po@kancelaria.example"]


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


def test_a_real_pdf_is_attached(demo, demo_user):
    kp03 = demo_user("kp03")
    case = dossier_create(unit=demo["kp-03"], created_by=kp03)
    attachment = services.attachment_add(
        actor=kp03, case=case, uploaded_file=SimpleUploadedFile("pismo.pdf", PDF)
    )
    assert (attachment.content_type, attachment.size) == ("application/pdf", len(PDF))
    assert attachment.file.read() == PDF


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("wniosek.pdf", b"MZ\x90\x00\x03" + b"\x00" * 64, "nie jest prawdziwym plikiem"),
        ("program.exe", b"MZ\x90\x00", "Nie można załączać plików tego typu"),
        ("skan.pdf", b"%PDF-" + b"0" * (60 * 1024 * 1024), "jest za duży"),
    ],
)
def test_a_bad_file_gets_a_polish_message_and_nothing_is_saved(
    demo, demo_user, name, content, message
):
    kp03 = demo_user("kp03")
    case = dossier_create(unit=demo["kp-03"], created_by=kp03)
    with pytest.raises(ValidationError) as raised:
        services.attachment_add(
            actor=kp03, case=case, uploaded_file=SimpleUploadedFile(name, content)
        )
    assert message in raised.value.messages[0]
    assert case.attachments.count() == 0


@pytest.mark.parametrize(
    ("username", "sees"),
    [
        ("kp03", True),
        ("zastepca1", True),
        ("dyrektor", True),
        ("prezydent", True),
        ("zastepca2", False),
        ("kp02", False),
        ("po", False),
        ("admin", False),
    ],
)
def test_a_case_is_seen_along_its_owning_units_line(demo, demo_user, username, sees):
    case = dossier_create(unit=demo["kp-03"], created_by=demo_user("kp03"))
    visible = Dossier.objects.restrict(demo_user(username), "view")
    assert visible.filter(pk=case.pk).exists() is sees


def test_a_linked_units_line_sees_but_does_not_change(demo, demo_user):
    # given a KP-03 dossier on which KP-02 is asked for an opinion
    case = dossier_create(unit=demo["kp-03"], created_by=demo_user("kp03"))
    case.links.create(unit=demo["kp-02"], reason="opinion")
    kp02 = demo_user("kp02")
    # then KP-02 sees it and cannot change it
    assert Dossier.objects.restrict(kp02, "view").filter(pk=case.pk).exists()
    assert not Dossier.objects.restrict(kp02, "change").filter(pk=case.pk).exists()


def test_restrict_costs_one_query_whatever_the_number_of_cases(
    demo, demo_user, django_assert_num_queries
):
    kp03 = demo_user("kp03")
    for _ in range(30):
        dossier_create(unit=demo["kp-03"], created_by=kp03)
    director = demo_user("dyrektor")
    with django_assert_num_queries(1):
        assert len(list(Dossier.objects.restrict(director, "view"))) == 30
