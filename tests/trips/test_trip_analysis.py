"""Late settlements and reports, the register's filters and the periodic analysis."""

from datetime import date
from decimal import Decimal

from trips import services

from .test_trip_pages import SETTLEMENT
from .trip_helpers import registered, returned


def test_an_unsettled_trip_past_its_term_is_late_with_its_days(demo, demo_user, login, today_is):
    # given a trip back on 15.03.2026, settlement and report due on Monday 30.03
    trip = returned(demo, demo_user)
    client = login("kp01-wyjazdy")
    # when it is 30.03 (the last day) nothing is late yet
    today_is(date(2026, 3, 30))
    assert trip.sign not in client.get("/trips/late/").content.decode()
    # when it is 3.04 the settlement and the report are 4 days late
    today_is(date(2026, 4, 3))
    page = client.get("/trips/late/").content.decode()
    assert page.count(trip.sign) == 2
    assert "<td>4</td>" in page
    # and the register's "late" filter shows it, "on time" does not
    assert trip.sign in client.get("/trips/?timeliness=late").content.decode()
    assert trip.sign not in client.get("/trips/?timeliness=on_time").content.decode()


def test_the_register_filters_by_category_country_and_quarter(demo, demo_user, login):
    staff = registered(demo, demo_user)
    councillor = registered(demo, demo_user, traveller=None)
    client = login("kp01-wyjazdy")
    page = client.get("/trips/?category=councillor").content.decode()
    assert councillor.sign in page and staff.sign not in page
    page = client.get("/trips/?year=2026&quarter=2").content.decode()
    assert staff.sign not in page
    page = client.get("/trips/?year=2026&quarter=1&sort=traveller").content.decode()
    assert staff.sign in page and councillor.sign in page


def test_the_analysis_counts_trips_and_costs_and_draws_charts(demo, demo_user, login, today_is):
    # given one settled trip (1 869,39 PLN) and a councillor's draft, both in March 2026
    trip = returned(demo, demo_user)
    client = login("kp01-wyjazdy")
    client.post(f"/trips/{trip.pk}/settlement/", SETTLEMENT)
    today_is(date(2026, 3, 20))
    services.trip_settle(actor=demo_user("kp01-wyjazdy"), trip=trip)
    registered(demo, demo_user, traveller=None)
    # when the analysis of the first quarter is asked for
    response = client.get("/trips/analysis/?start=2026-01-01&end=2026-03-31")
    analysis = response.context["a"]
    # then it counts two trips by category, Germany twice, and the costs in PLN
    assert (analysis.trips, analysis.travellers) == (2, 2)
    assert dict(analysis.by_country) == {"Niemcy": 2}
    assert analysis.average_days_to_settle == Decimal("5.0")
    per_diem_pln = dict(analysis.costs_pln_by_kind)["diety za granicą"]
    assert per_diem_pln == Decimal("671.10")  # 156,80 EUR at 4,28
    page = response.content.decode()
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"') == 3
    pdf = client.get("/trips/analysis.pdf?start=2026-01-01&end=2026-03-31")
    assert pdf.content.startswith(b"%PDF")
