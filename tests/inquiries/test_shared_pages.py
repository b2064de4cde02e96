"""Inquiries in what every case type shares: my work, the navigation badge, reminders."""

from datetime import date

import pytest
from django.core.management import call_command


@pytest.fixture(autouse=True)
def _today(today_is):
    today_is(date(2026, 4, 20))


def test_a_draft_waiting_for_po_is_on_po_s_work_and_nowhere_on_the_director_s(submitted, login):
    # given kp05's draft waits for po's approval
    inquiry = submitted("kp05", "kp-05")
    # then po finds it on "my work", under the inquiries, to approve
    page = login("po").get("/").content.decode()
    assert "Interpelacje i wnioski" in page
    assert inquiry.get_absolute_url() in page
    # and the Director does not see it there
    assert inquiry.sign not in login("dyrektor").get("/").content.decode()


def test_an_overdue_inquiry_is_on_the_drafter_s_work_and_in_the_badge(register, login):
    # given a KP-02 interpellation received on 2 March, due 16 March, not answered
    inquiry = register("kp02", "kp-02", kind="interpellation", received_on=date(2026, 3, 2))
    response = login("kp02").get("/")
    # then kp02's work lists it among the overdue cases
    assert inquiry.sign in response.content.decode()
    assert response.wsgi_request._case_work_counts["totals"]["overdue"] == 1


def test_the_daily_reminder_mails_the_overdue_inquiry_once(register, mailoutbox):
    inquiry = register("kp02", "kp-02", kind="interpellation", received_on=date(2026, 3, 2))
    call_command("send_reminders")
    call_command("send_reminders")
    mine = [m for m in mailoutbox if m.to == ["kp02@kancelaria.example"]]
    assert len(mine) == 1
    assert inquiry.sign in mine[0].body


def test_the_search_finds_an_inquiry_by_sign_or_sender_only_within_ones_lines(register, login):
    inquiry = register("kp05", "kp-05", sender="Stowarzyszenie Watchdog Kraków")
    for query in (inquiry.sign, "Watchdog"):
        assert inquiry.get_absolute_url() in login("po").get(f"/search/?q={query}").content.decode()
        page = login("dyrektor").get(f"/search/?q={query}").content.decode()
        assert inquiry.get_absolute_url() not in page
