"""Files and notes of an inquiry: kept with the case, read only by those who see it."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from inquiries.models import Inquiry

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _today(today_is):
    today_is(date(2026, 4, 20))


def test_a_file_is_downloaded_by_the_line_of_the_unit_and_by_no_one_else(
    register, client, demo_user
):
    # given kp05 adds the scan of the letter to a KP-05 case
    inquiry = register()
    client.force_login(demo_user("kp05"))
    upload = SimpleUploadedFile("pismo.pdf", PDF, content_type="application/pdf")
    response = client.post(f"{inquiry.get_absolute_url()}files/", {"file": upload})
    assert response.status_code == 302
    attachment = inquiry.attachments.get()
    url = f"{inquiry.get_absolute_url()}files/{attachment.pk}/"
    # then kp05 and po download it
    assert b"".join(client.get(url).streaming_content) == PDF
    client.force_login(demo_user("po"))
    assert client.get(url).status_code == 200
    # and the Director gets "not found", as for a file that does not exist
    client.force_login(demo_user("dyrektor"))
    assert client.get(url).status_code == 404
    assert client.get(f"{inquiry.get_absolute_url()}files/999/").status_code == 404


def test_a_file_of_another_case_is_not_reachable_through_a_case_one_sees(
    register, client, demo_user
):
    hidden = register("kp05", "kp-05")
    client.force_login(demo_user("kp05"))
    upload = SimpleUploadedFile("pismo.pdf", PDF, content_type="application/pdf")
    client.post(f"{hidden.get_absolute_url()}files/", {"file": upload})
    visible = register("kp02", "kp-02")
    attachment = hidden.attachments.get()
    client.force_login(demo_user("kp02"))
    assert client.get(f"{visible.get_absolute_url()}files/{attachment.pk}/").status_code == 404


def test_a_note_is_added_and_an_empty_one_refused(register, client, demo_user):
    inquiry = register()
    client.force_login(demo_user("kp05"))
    url = f"{inquiry.get_absolute_url()}notes/"
    assert client.post(url, {"text": "Zapytać KP-04 o dane."}).status_code == 302
    response = client.post(url, {"text": " "}, follow=True)
    assert "Notatka nie może być pusta." in response.content.decode()
    assert [n.text for n in Inquiry.objects.get().notes.all()] == ["Zapytać KP-04 o dane."]
    client.force_login(demo_user("dyrektor"))
    assert client.post(url, {"text": "x"}).status_code == 404


def _register_with(client, demo, upload):
    return client.post(
        "/inquiries/new/",
        {
            "kind": "public_information",
            "unit": demo["kp-05"].pk,
            "received_on": "2026-04-17",
            "sender": "Jan Kowalski",
            "subject": "Rejestr umów",
            "attachment": upload,
        },
    )


def _attachment_error(response) -> str:
    html = response.content.decode()
    start = html.index('id="id_attachment-errors"')
    return html[start : html.index("</ul>", start)]


def test_an_exe_renamed_pdf_is_refused_in_polish_and_nothing_is_registered(
    login, demo, django_capture_on_commit_callbacks
):
    # given a program renamed to look like a scan
    upload = SimpleUploadedFile("skan.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf")
    # when it is sent with the register form
    response = _register_with(login("kp05"), demo, upload)
    # then the form explains, in Polish, and no case is registered
    assert response.status_code == 400
    assert "plik" in _attachment_error(response).lower()
    assert not Inquiry.objects.exists()


def test_a_file_over_the_limit_is_refused_and_nothing_is_registered(login, demo, settings):
    settings.CASE_ATTACHMENT_MAX_BYTES = 1000
    upload = SimpleUploadedFile("skan.pdf", PDF + b"%" * 2000, "application/pdf")
    response = _register_with(login("kp05"), demo, upload)
    assert response.status_code == 400
    assert "plik" in _attachment_error(response).lower()
    assert not Inquiry.objects.exists()
