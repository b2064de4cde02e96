"""The generic case pages: what is out of scope is not found, files only through the case."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kancelaria.cases import services
from orgunits.models import Assignment
from tests.casetypes.factories import dossier_create
from tests.factories import AssignmentFactory, OrgUnitFactory

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.7\n%%EOF\n"


@pytest.fixture
def units():
    dept = OrgUnitFactory(key="dept", symbol="DP")
    return {"dept": dept, "a": OrgUnitFactory(parent=dept), "b": OrgUnitFactory(parent=dept)}


@pytest.fixture
def memo(units):
    author = AssignmentFactory(unit=units["a"]).user
    memo = dossier_create(unit=units["a"], created_by=author, subject="Interpelacja o zieleni")
    services.case_transition(actor=author, case=memo, to_status="submitted", comment="Gotowe")
    services.note_add(actor=author, case=memo, text="Pilne")
    services.attachment_add(
        actor=author, case=memo, uploaded_file=SimpleUploadedFile("pismo.pdf", PDF_BYTES)
    )
    memo.refresh_from_db()
    return memo


def _client(client, unit, role=Assignment.Role.STAFF):
    client.force_login(AssignmentFactory(unit=unit, role=role).user)
    return client


def test_list_shows_only_the_cases_in_scope(client, units, memo):
    dossier_create(unit=units["b"], created_by=memo.created_by, subject="Sprawa obcej komórki")
    page = _client(client, units["a"]).get("/dossiers/")
    assert page.status_code == 200
    assert "Interpelacja o zieleni" in page.text
    assert "Sprawa obcej komórki" not in page.text


def test_detail_shows_the_timeline_the_files_and_the_notes(client, units, memo):
    page = _client(client, units["dept"], Assignment.Role.HEAD).get(f"/dossiers/{memo.pk}/")
    assert page.status_code == 200
    assert "Gotowe" in page.text and "Pilne" in page.text and "pismo.pdf" in page.text
    assert "otwarta → <strong>do zatwierdzenia</strong>" in page.text  # statuses by name


def test_out_of_scope_answers_exactly_like_a_missing_case(client, units, memo):
    outsider = _client(client, units["b"], Assignment.Role.HEAD)
    hidden = outsider.get(f"/dossiers/{memo.pk}/")
    missing = outsider.get("/dossiers/999999/")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.text == missing.text


@pytest.mark.parametrize(("where", "status"), [("a", 200), ("dept", 200), ("b", 404)])
def test_a_file_is_downloaded_only_by_who_sees_the_case(client, units, memo, where, status):
    attachment = memo.attachments.get()
    response = _client(client, units[where]).get(f"/dossiers/{memo.pk}/files/{attachment.pk}/")
    assert response.status_code == status
    if status == 200:
        assert b"".join(response.streaming_content) == PDF_BYTES
        assert response["Content-Type"] == "application/pdf"
        assert "attachment" in response["Content-Disposition"]


def test_a_file_of_another_case_is_not_found_through_this_one(client, units, memo):
    other = dossier_create(unit=units["a"], created_by=memo.created_by)
    attachment = memo.attachments.get()
    response = _client(client, units["a"]).get(f"/dossiers/{other.pk}/files/{attachment.pk}/")
    assert response.status_code == 404


def test_the_case_file_has_no_public_url(memo):
    attachment = memo.attachments.get()
    with pytest.raises(ValueError):
        attachment.file.url  # noqa: B018


def test_an_exe_renamed_pdf_is_refused_on_the_page_with_a_polish_message(client, units, memo):
    upload = SimpleUploadedFile("faktura.pdf", b"MZ\x90\x00\x03\x00\x00\x00")
    page = _client(client, units["a"]).post(
        f"/dossiers/{memo.pk}/files/", {"file": upload}, follow=True
    )
    assert "faktura.pdf" in page.text and "nie odpowiada" in page.text
    assert memo.attachments.count() == 1


def test_a_note_is_added_from_the_case_page(client, units, memo):
    page = _client(client, units["a"]).post(
        f"/dossiers/{memo.pk}/notes/", {"text": "Oddzwonić"}, follow=True
    )
    assert page.status_code == 200
    assert memo.notes.filter(text="Oddzwonić").exists()


def test_someone_of_another_line_cannot_add_a_note(client, units, memo):
    observer = _client(client, units["b"], Assignment.Role.HEAD)
    assert observer.post(f"/dossiers/{memo.pk}/notes/", {"text": "x"}).status_code == 404
    assert not memo.notes.filter(text="x").exists()
