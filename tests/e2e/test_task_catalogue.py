"""Staff look up who handles a matter; the administrator reviews an ordinance by keyboard."""

from pathlib import Path

from orgunits.models import Ordinance
from tasks import services

EDITED = Path(__file__).resolve().parent.parent / "tasks" / "data" / "zarzadzenie-edited.txt"


def test_a_member_of_staff_asks_who_handles_flags_from_the_header(page, log_in, axe_violations):
    # given a member of staff on their home page
    log_in("kp04")
    # when they type the question into the header's search box and press Enter
    page.fill("#site-search-q", "kto zajmuje się flagami")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    # then the first task found is KP-03's, with the word as it stands in the text marked
    first = page.locator(".results li").filter(has_text="§ 6 ust. 1 pkt 20").first
    assert first.locator("a").inner_text().startswith("KP-03 Biuro Współpracy Krajowej")
    assert first.locator("mark").inner_text() == "flagi"
    assert axe_violations(page) == []
    # and the whole list of results, best first, is one link away
    page.get_by_role("link", name="Wszystkie wyniki: Zadania").click()
    assert page.locator(".hit").first.inner_text().startswith("KP-03 Biuro Współpracy Krajowej")
    assert axe_violations(page) == []


def test_the_catalogue_the_unit_page_and_the_diff_pass_accessibility_checks(
    page, log_in, axe_violations
):
    services.ordinance_import(actor=None, text=EDITED.read_text("utf-8"), number="25/2027")
    log_in("kp01")
    for path in ("/tasks/", "/units/KP-01/", "/tasks/diff/?from=318/2026&to=25/2027"):
        page.goto(f"{page.base_url}{path}")
        assert axe_violations(page) == [], path
    page.get_by_text("111 zadań tylko przenumerowanych").click()
    assert page.locator("details.renumbered table").is_visible()


def test_the_administrator_confirms_a_match_and_approves_by_keyboard(page, log_in):
    ordinance = services.ordinance_import(
        actor=None, text=EDITED.read_text("utf-8"), number="25/2027"
    ).ordinance
    log_in("admin")
    page.goto(f"{page.base_url}/admin/tasks/ordinanceimport/{ordinance.pk}/change/")
    # the doubtful matches are labelled selects; choose "ta sama komórka" by typing, then approve
    for label in (
        "Decyzja: KP-02 Referat Spotkań i Dialogu Społecznego",
        "Decyzja: Stanowisko Fotografa Prezydenta Miasta Krakowa",
    ):
        page.get_by_label(label).focus()
        page.keyboard.type("ta sama")
    page.get_by_role("button", name="Zapisz i zatwierdź").focus()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert "Zatwierdzono." in page.locator(".messagelist").inner_text()
    assert Ordinance.objects.get(pk=ordinance.pk).status == Ordinance.Status.APPROVED
