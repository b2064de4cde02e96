"""The structure administrator imports an ordinance in the admin, reviews it, approves, applies."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from orgunits.models import Ordinance, OrgUnit
from tasks.models import OrdinanceUnit

IMPORT_URL = "/admin/tasks/ordinanceimport/add/"


def _decisions(ordinance, decision: str) -> dict:
    """The form's decision fields, each doubtful match given the same decision."""
    pending = OrdinanceUnit.objects.filter(ordinance=ordinance).exclude(match_note="")
    return {f"decision_{node.pk}": decision for node in pending}


def _upload(client, content: bytes, **fields):
    data = {"number": "25/2027", "signed_on": "2027-01-15", **fields}
    data["text_file"] = SimpleUploadedFile("zarzadzenie.txt", content, "text/plain")
    return client.post(IMPORT_URL, data)


@pytest.fixture
def admin_client(login):
    return login("admin")


def test_the_administrator_imports_an_ordinance_and_sees_what_will_change(
    admin_client, edited_text
):
    response = _upload(admin_client, edited_text.encode())
    ordinance = Ordinance.objects.get(number="25/2027")
    assert response.status_code == 302
    assert response.url == f"/admin/tasks/ordinanceimport/{ordinance.pk}/change/"
    page = admin_client.get(response.url).content.decode()
    assert "KP-06 Referat Komunikacji Społecznej" in page
    assert "ta sama komórka pod nową nazwą?" in page
    node = OrdinanceUnit.objects.get(ordinance=ordinance, symbol="KP-02")
    assert f'name="decision_{node.pk}"' in page
    assert f'<label for="id_decision_{node.pk}" class="visually-hidden">' in page


def test_approving_needs_every_doubtful_match_decided(admin_client, edited_text):
    _upload(admin_client, edited_text.encode())
    ordinance = Ordinance.objects.get(number="25/2027")
    url = f"/admin/tasks/ordinanceimport/{ordinance.pk}/change/"
    response = admin_client.post(url, {**_decisions(ordinance, "pending"), "_approve": "1"})
    assert response.status_code == 200
    assert Ordinance.objects.get(pk=ordinance.pk).status == Ordinance.Status.DRAFT
    response = admin_client.post(url, {**_decisions(ordinance, "confirmed"), "_approve": "1"})
    assert response.status_code == 302
    assert Ordinance.objects.get(pk=ordinance.pk).status == Ordinance.Status.APPROVED


def test_the_administrator_applies_an_approved_ordinance_at_once_on_its_day(
    login, edited_text, today_is
):
    today_is(date(2027, 1, 15))
    admin_client = login("admin")
    _upload(admin_client, edited_text.encode())
    ordinance = Ordinance.objects.get(number="25/2027")
    url = f"/admin/tasks/ordinanceimport/{ordinance.pk}/change/"
    kp06 = OrdinanceUnit.objects.get(ordinance=ordinance, symbol="KP-06")
    decisions = _decisions(ordinance, "confirmed")
    admin_client.post(url, {**decisions, f"key_{kp06.pk}": "kp-komunikacja", "_approve": "1"})
    response = admin_client.post(url, {"_apply": "1"})
    assert response.status_code == 302
    assert Ordinance.objects.get(pk=ordinance.pk).status == Ordinance.Status.APPLIED
    assert OrgUnit.objects.get(key="kp-komunikacja").symbol == "KP-06"


def test_a_text_that_cannot_be_read_is_reported_by_line_and_nothing_is_stored(
    admin_client, edited_text
):
    broken = edited_text.replace("(KP-06)\nnależy:", "(KP-09)\nnależy:")
    response = _upload(admin_client, broken.encode())
    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert any(error.startswith("wiersz 42: ") and "(KP-09)" in error for error in errors), errors
    assert not Ordinance.objects.filter(number="25/2027").exists()


def test_a_file_not_in_utf8_is_refused(admin_client, edited_text):
    response = _upload(admin_client, edited_text.replace("\uf02d", "-").encode("cp1250"))
    assert "UTF-8" in str(response.context["form"].errors["text_file"])
    assert not Ordinance.objects.filter(number="25/2027").exists()


def test_staff_outside_the_administrators_group_cannot_import(login, edited_text):
    client = login("kp04")
    assert _upload(client, edited_text.encode()).status_code == 302  # to the admin login
    assert not Ordinance.objects.filter(number="25/2027").exists()
