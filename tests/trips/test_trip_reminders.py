"""A trip left unsettled past its term is in the next reminder run and counted on the late list."""

from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command, get_commands

from .trip_helpers import returned

pytestmark = pytest.mark.skipif(
    "send_reminders" not in get_commands(), reason="send_reminders is not installed yet"
)


def test_an_unsettled_trip_past_its_term_is_reminded_and_counted(demo, demo_user, login, today_is):
    # given a trip back on 15.03.2026, its settlement due on Monday 30.03, still not entered
    trip = returned(demo, demo_user)
    # when the reminders run on 31.03 and again on 1.04 (and twice that day)
    for day in (date(2026, 3, 31), date(2026, 4, 1), date(2026, 4, 1)):
        today_is(day)
        call_command("send_reminders")
    # then the trips post was mailed about the trip, once a day
    to_post = [m for m in mail.outbox if "kp01-wyjazdy@kancelaria.example" in m.to]
    assert len(to_post) == 2
    assert trip.sign in to_post[0].body
    # and on 3.04 the late list shows it 4 days late with two reminders sent
    today_is(date(2026, 4, 3))
    page = login("kp01-wyjazdy").get("/trips/late/").content.decode()
    assert trip.sign in page and "<td>4</td>\n      <td>2</td>" in page
