"""The inquiry pages as their users meet them: registers, the form, a case and its buttons."""

from datetime import date

import pytest

from inquiries.models import Inquiry
from inquiries.terms import Kind
from inquiries.workflow import Status
from tests.htmlforms import form_data


@pytest.fixture(autouse=True)
def _today(today_is):
    today_is(date(2026, 4, 20))


def test_kp05_registers_a_request_and_sees_its_deadline_on_the_page(login):
    client = login("kp05")
    # given the register form, filled as a user would
    response = client.get("/inquiries/new/")
    assert response.status_code == 200
    data = form_data(response.content.decode(), "inquiry-form")
    data.update(
        kind=Kind.PUBLIC_INFORMATION,
        unit=str(Inquiry._meta.get_field("unit").related_model.objects.get(key="kp-05").pk),
        received_on="2026-04-17",
        sender="Jan Kowalski",
        subject="Rejestr umów 2025",
    )
    # when it is sent
    response = client.post("/inquiries/new/", data)
    # then the case exists and its page shows the term: Monday 4 May 2026
    inquiry = Inquiry.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/inquiries/{inquiry.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "4 maja 2026 (poniedziałek)" in page
    assert inquiry.sign in page


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"subject": ""}, "To pole jest wymagane."),
        ({"received_on": "2026-04-21"}, "Data nie może być z przyszłości."),
        ({"received_on": "17.04.2026x"}, "Wpisz poprawną datę."),
    ],
)
def test_bad_input_on_the_register_form_gets_a_polish_message_and_saves_nothing(
    login, demo, change, message
):
    client = login("kp05")
    data = {
        "kind": Kind.PUBLIC_INFORMATION,
        "unit": demo["kp-05"].pk,
        "received_on": "2026-04-17",
        "sender": "Jan Kowalski",
        "subject": "Rejestr umów 2025",
    }
    data.update(change)
    response = client.post("/inquiries/new/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Inquiry.objects.exists()


def test_the_form_offers_only_the_units_of_ones_line(login, demo):
    # kp05 drafts for KP-05 only; a unit of another line is an invalid choice
    response = login("kp05").post(
        "/inquiries/new/",
        {
            "kind": Kind.INTERPELLATION,
            "unit": demo["kp-02"].pk,
            "received_on": "2026-04-17",
            "sender": "Radny",
            "subject": "Pytanie",
        },
    )
    assert response.status_code == 400
    assert not Inquiry.objects.exists()


def test_without_any_unit_there_is_no_register_form(login):
    assert login("admin").get("/inquiries/new/").status_code == 404


def test_the_drafter_sees_submit_and_the_approver_sees_approve_and_return(
    drafted, client, demo_user
):
    inquiry = drafted("kp05", "kp-05")
    url = inquiry.get_absolute_url()
    client.force_login(demo_user("kp05"))
    page = client.get(url).content.decode()
    assert "Przekaż do akceptacji" in page and "Zaakceptuj projekt" not in page
    client.post(f"{url}submit/")
    page = client.get(url).content.decode()
    assert "Zaakceptuj projekt" not in page  # nobody approves their own draft
    client.force_login(demo_user("po"))
    page = client.get(url).content.decode()
    assert "Zaakceptuj projekt" in page and "Zwróć do poprawy" in page
    response = client.post(f"{url}approve/", {"comment": ""})
    assert response.status_code == 302
    assert Inquiry.objects.get().status == Status.APPROVED


def test_a_drafter_posting_approve_is_answered_not_found(submitted, client, demo_user):
    inquiry = submitted("kp05", "kp-05")
    client.force_login(demo_user("kp05"))
    assert client.post(f"{inquiry.get_absolute_url()}approve/").status_code == 404
    assert Inquiry.objects.get().status == Status.AWAITING_APPROVAL


def test_returning_without_saying_why_is_refused_in_polish(submitted, client, demo_user):
    inquiry = submitted("kp05", "kp-05")
    client.force_login(demo_user("po"))
    response = client.post(f"{inquiry.get_absolute_url()}return/", {"comment": ""})
    assert response.status_code == 400
    assert "To pole jest wymagane." in response.content.decode()
    assert Inquiry.objects.get().status == Status.AWAITING_APPROVAL


def test_a_stale_draft_save_shows_the_conflict_and_keeps_the_other_text(
    register, client, demo_user
):
    inquiry = register()
    client.force_login(demo_user("kp05"))
    url = f"{inquiry.get_absolute_url()}draft/"
    client.post(url, {"draft": "Pierwsza", "version": inquiry.version})
    response = client.post(url, {"draft": "Druga", "version": inquiry.version})
    assert response.status_code == 400
    assert "zmienił" in response.content.decode()
    assert Inquiry.objects.get().draft == "Pierwsza"


def test_an_overdue_case_is_marked_in_the_register(register, login):
    register(received_on=date(2026, 3, 2))  # due 16 March
    register(received_on=date(2026, 4, 17))  # due 4 May
    page = login("kp05").get("/inquiries/").content.decode()
    assert page.count("register__overdue") == 1


def test_the_register_filters_by_unit_and_a_unit_out_of_scope_is_not_found(register, login):
    register("kp05", "kp-05")
    register("kp02", "kp-02")
    client = login("prezydent")
    assert client.get("/inquiries/").context["page"].paginator.count == 2
    assert client.get("/inquiries/?unit=kp-02").context["page"].paginator.count == 1
    assert login("dyrektor").get("/inquiries/?unit=kp-05").status_code == 404


def test_the_unit_page_shows_its_open_inquiries_to_its_line_only(register, login):
    inquiry = register("kp05", "kp-05")
    assert inquiry.sign in login("po").get("/units/KP-05/").content.decode()
    assert inquiry.sign not in login("dyrektor").get("/units/KP-05/").content.decode()
    assert login("dyrektor").get("/inquiries/unit/KP-05/").status_code == 404
    assert inquiry.sign in login("kp05").get("/inquiries/unit/KP-05/").content.decode()


def test_the_print_view_lists_the_register(register, login):
    inquiry = register("kp05", "kp-05")
    page = login("kp05").get("/inquiries/print/?unit=kp-05").content.decode()
    assert inquiry.sign in page and "Rejestr" in page


def _many(register, n):
    for day in range(n):
        register(received_on=date(2026, 3, 1 + day % 28), subject=f"Sprawa {day}")


@pytest.mark.parametrize("count", [1, 50])
def test_the_register_costs_the_same_queries_for_1_or_50_inquiries(
    register, login, django_assert_num_queries, count
):
    _many(register, count)
    client = login("kp05")
    with django_assert_num_queries(QUERIES_LIST):
        client.get("/inquiries/")


@pytest.mark.parametrize("count", [1, 50])
def test_a_unit_page_costs_the_same_queries_for_1_or_50_inquiries(
    register, login, django_assert_num_queries, count
):
    _many(register, count)
    client = login("kp05")
    with django_assert_num_queries(QUERIES_UNIT):
        client.get("/inquiries/unit/KP-05/")


QUERIES_LIST = 8
QUERIES_UNIT = 8


@pytest.mark.parametrize("count", [1, 50])
def test_the_printed_register_costs_the_same_queries_for_1_or_50_inquiries(
    register, login, django_assert_num_queries, count
):
    _many(register, count)
    client = login("kp05")
    with django_assert_num_queries(QUERIES_PRINT):
        response = client.get("/inquiries/print/")
    assert response.content.decode().count("<tr") == count + 1


def test_the_navigation_leads_to_the_register(login):
    page = login("kp02").get("/").content.decode()
    assert '<a href="/inquiries/">Interpelacje i wnioski</a>' in page


QUERIES_PRINT = 3
