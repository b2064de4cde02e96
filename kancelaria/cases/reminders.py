"""Daily reminders: each person's overdue and soon-due cases, mailed once a day.

A person is claimed for the day by inserting their `ReminderLog` row; the unique (user, day)
constraint lets exactly one run, on one server, win. The claim and the mail share a
transaction: a mail that fails to go out releases the claim for the next run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from kancelaria.registry import case_types
from orgunits.access import APPROVE, CHANGE
from orgunits.models import Assignment

from .models import ReminderLog


@dataclass(frozen=True)
class ReminderItem:
    """One case in a reminder: overdue or due soon."""

    case: object
    overdue: bool


def reminder_items(user, today: date, days: int) -> list[ReminderItem]:
    """The open cases the user handles or approves whose term passed or falls within `days`."""
    items: dict[tuple, ReminderItem] = {}
    last_day = today + timedelta(days=days)
    for model in case_types():
        for action in (CHANGE, APPROVE):
            found = (
                model.objects.restrict(user, action)
                .open()
                .filter(deadline__lte=last_day)
                .order_by("deadline", "pk")
            )
            for case in found:
                items[(model._meta.label, case.pk)] = ReminderItem(case, case.deadline < today)
    return sorted(items.values(), key=lambda item: (item.case.deadline, item.case.sign))


def reminder_recipients(today: date):
    """People with an active assignment and an e-mail address."""
    users = Assignment.objects.active(today).values("user")
    return get_user_model().objects.filter(pk__in=users, is_active=True).exclude(email="")


def _send(user, items: list[ReminderItem], today: date) -> None:
    context = {
        "user": user,
        "today": today,
        "overdue": [item.case for item in items if item.overdue],
        "soon": [item.case for item in items if not item.overdue],
        "site_url": settings.KANCELARIA_SITE_URL,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Cases waiting for you: %(count)s") % {"count": len(items)}
        body = render_to_string("kancelaria/mail/reminder.txt", context)
    send_mail(subject, body, None, [user.email])


def reminder_send(*, user, today: date, days: int) -> int:
    """Mail the user their day's reminder, once a day; the number of cases mailed (0: none)."""
    items = reminder_items(user, today, days)
    if not items:
        return 0
    try:
        with transaction.atomic():
            ReminderLog.objects.create(user=user, day=today, items=len(items))
            _send(user, items, today)
    except IntegrityError:
        return 0  # already sent today, by this run earlier or by another server
    return len(items)
