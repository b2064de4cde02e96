"""Daily reminders: overdue and soon-due cases, mailed once a day to each person."""

from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError

from kancelaria.cases import reminders
from kancelaria.models import ReminderLog
from orgunits.models import Assignment
from tests.casetypes.factories import dossier_create
from tests.factories import AssignmentFactory, OrgUnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(today_is):
    today_is(date(2026, 11, 26))
    dept = OrgUnitFactory(key="dept", symbol="DP")
    unit = OrgUnitFactory(key="unit", symbol="UN", parent=dept)
    clerk = AssignmentFactory(unit=unit).user
    observer = AssignmentFactory(unit=dept, role=Assignment.Role.OBSERVER).user
    late = dossier_create(
        unit=unit, created_by=clerk, subject="Po terminie", deadline=date(2026, 11, 20)
    )
    soon = dossier_create(
        unit=unit, created_by=clerk, subject="Wkrótce", deadline=date(2026, 11, 29)
    )
    dossier_create(unit=unit, created_by=clerk, subject="Za miesiąc", deadline=date(2026, 12, 28))
    dossier_create(
        unit=unit,
        created_by=clerk,
        subject="Zamknięta",
        deadline=date(2026, 11, 2),
        status="closed",
    )
    return {"clerk": clerk, "observer": observer, "late": late, "soon": soon}


def test_a_person_gets_their_overdue_and_soon_due_cases_in_one_polish_mail(office):
    # when the daily run goes
    call_command("send_reminders")
    # then the clerk gets one mail: the overdue and the soon-due case, not the far or closed one
    assert [message.to for message in mail.outbox] == [[office["clerk"].email]]
    body = mail.outbox[0].body
    assert "Po terminie:" in body and office["late"].sign in body
    assert "Wkrótce" in body and "29 listopada 2026" in body
    assert "Za miesiąc" not in body and "Zamknięta" not in body
    assert mail.outbox[0].subject == "Sprawy czekające na Ciebie: 2"


def test_a_second_run_the_same_day_sends_nothing_and_the_next_day_sends_again(office, today_is):
    call_command("send_reminders")
    call_command("send_reminders")
    assert len(mail.outbox) == 1
    today_is(date(2026, 11, 27))
    call_command("send_reminders")
    assert len(mail.outbox) == 2


def test_the_days_ahead_are_configurable(office):
    call_command("send_reminders", days=1)
    assert "Wkrótce" not in mail.outbox[0].body


def test_dry_run_lists_who_would_get_what_and_sends_nothing(office, capsys):
    call_command("send_reminders", "--dry-run")
    assert mail.outbox == []
    assert not ReminderLog.objects.exists()
    assert office["late"].sign in capsys.readouterr().out


def test_a_claim_taken_by_another_server_sends_nothing(office, monkeypatch):
    # given another server has claimed the clerk for today a moment ago
    def taken(**fields):
        raise IntegrityError("reminder_once_a_day")

    monkeypatch.setattr(ReminderLog.objects, "create", taken)
    # when this server runs, then it sends nothing
    assert reminders.reminder_send(user=office["clerk"], today=date(2026, 11, 26), days=3) == 0
    assert mail.outbox == []


def test_a_failed_mail_releases_the_claim_for_the_next_run(office, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("SMTP down")

    monkeypatch.setattr(reminders, "send_mail", broken)
    with pytest.raises(ConnectionError):
        reminders.reminder_send(user=office["clerk"], today=date(2026, 11, 26), days=3)
    assert not ReminderLog.objects.exists()
