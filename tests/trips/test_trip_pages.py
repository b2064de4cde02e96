"""The trip pages: who sees what, the settlement entered through the form, prints, exports."""

from decimal import Decimal

import pytest

from trips.models import NbpRate, NbpTable, Trip

from .trip_helpers import approved, registered, returned


def test_the_register_shows_a_trip_to_the_trips_post_and_the_travellers_line_only(
    demo, demo_user, login
):
    trip = registered(demo, demo_user)
    for username, status in [("kp01-wyjazdy", 200), ("kp04", 200), ("dyrektor", 200)]:
        assert login(username).get(f"/trips/{trip.pk}/").status_code == status
    for username in ("zastepca1", "kp03", "kp05"):
        assert login(username).get(f"/trips/{trip.pk}/").status_code == 404
        assert trip.sign not in login(username).get("/trips/").content.decode()


def test_only_the_approver_sees_the_buttons_and_a_refused_post_changes_nothing(
    demo, demo_user, login, client
):
    trip = registered(demo, demo_user)
    from trips import services

    services.trip_submit(actor=demo_user("kp01-wyjazdy"), trip=trip)
    page = login("dyrektor").get(f"/trips/{trip.pk}/").content.decode()
    assert f"/trips/{trip.pk}/decide/approve/" in page
    page = login("kp01-wyjazdy").get(f"/trips/{trip.pk}/").content.decode()
    assert f"/trips/{trip.pk}/decide/approve/" not in page
    # the traveller himself and another line cannot order it
    for username in ("kp04", "zastepca1", "kp01-wyjazdy"):
        assert login(username).post(f"/trips/{trip.pk}/decide/approve/").status_code == 404
    trip.refresh_from_db()
    assert trip.status == "submitted"
    login("dyrektor").post(f"/trips/{trip.pk}/decide/approve/")
    trip.refresh_from_db()
    assert (trip.status, trip.approved_by.username) == ("approved", "dyrektor")


def test_the_trip_form_registers_a_trip_and_refuses_a_return_before_departure(
    demo, demo_user, login
):
    client = login("kp01-wyjazdy")
    germany = Trip._meta.apps.get_model("trips", "Country").objects.get(iso_code="DE")
    form = {
        "traveller": demo_user("kp04").pk,
        "traveller_category": "staff",
        "traveller_unit": demo["kp-04"].pk,
        "country_0": germany.pk,
        "cities": "Berlin",
        "purpose": "Konferencja",
        "planned_departure": "2026-03-12T05:00",
        "planned_return": "2026-03-11T19:00",
        "transport": "plane",
        "funding": "budget",
        "estimate_currency": "EUR",
        "estimate_lodging": "510.00",
    }
    response = client.post("/trips/new/", form)
    assert response.status_code == 200
    assert "Powrót musi nastąpić po wyjeździe." in response.content.decode()
    assert not Trip.objects.exists()
    form["planned_return"] = "2026-03-15T19:00"
    response = client.post("/trips/new/", form)
    trip = Trip.objects.get()
    assert response.url == f"/trips/{trip.pk}/"
    assert trip.traveller_unit.key == "kp-04"


def test_someone_off_the_trips_post_cannot_register(demo, login):
    assert login("kp04").get("/trips/new/").status_code == 404


def test_csv_and_xlsx_exports_carry_the_same_filtered_rows(demo, demo_user, login):
    trip = registered(demo, demo_user)
    other = registered(demo, demo_user, traveller=None)
    client = login("kp01-wyjazdy")
    csv = client.get("/trips/export.csv?category=staff").content.decode("utf-8-sig")
    assert trip.sign in csv and other.sign not in csv
    xlsx = client.get("/trips/export.xlsx?category=councillor")
    from io import BytesIO

    from openpyxl import load_workbook

    rows = list(load_workbook(BytesIO(xlsx.content)).active.values)
    assert [row[0] for row in rows[1:]] == [other.sign]


SETTLEMENT = {
    "departure": "2026-03-12T05:00",
    "border_out": "2026-03-12T07:00",
    "border_in": "2026-03-15T17:00",
    "arrival": "2026-03-15T18:30",
    "domestic_breakfasts": "0",
    "domestic_lunches": "0",
    "domestic_dinners": "0",
    "dest_0_breakfasts": "2",
    "dest_0_lunches": "0",
    "dest_0_dinners": "0",
    "lodging-0-town": "Berlin",
    "lodging-0-country": "DE",
    "lodging-0-first_night": "2026-03-12",
    "lodging-0-nights": "3",
    "lodging-0-invoice_amount": "480.00",
    "lodging-0-invoice_currency": "EUR",
    "receipt-0-kind": "ticket",
    "receipt-0-description": "Bilet lotniczy KRK–BER–KRK",
    "receipt-0-amount": "1200.00",
    "receipt-0-currency": "PLN",
    "advance_amount": "500.00",
    "advance_currency": "EUR",
    "advance_paid_on": "2026-03-10",
    "local_transport": "on",
    "payout_date": "2026-03-20",
    "rate-0-currency": "EUR",
    "rate-0-table_number": "048/A/NBP/2026",
    "rate-0-table_date": "2026-03-10",
    "rate-0-mid": "4.2800",
}


def hand_calculation() -> dict[str, Decimal]:
    """3 days 10 h abroad at 49 EUR, two breakfasts; 4 started days of local transport."""
    per_diem = 3 * Decimal("49") + Decimal("49") / 2 - 2 * Decimal("0.15") * Decimal("49")
    local = 4 * Decimal("4.90")
    hotel = Decimal("480.00")  # within the limit of 3 × 170 EUR
    eur_due = per_diem + local + hotel  # 656.40 EUR
    eur_balance = eur_due - Decimal("500.00")  # 156.40 EUR still owed to the traveller
    eur_balance_pln = (eur_balance * Decimal("4.2800")).quantize(Decimal("0.01"))
    return {
        "per_diem": per_diem,
        "eur_due": eur_due,
        "eur_balance": eur_balance,
        "total_pln": eur_balance_pln + Decimal("1200.00"),  # the ticket in PLN
    }


def test_the_settlement_form_computes_what_the_hand_calculation_gives(demo, demo_user, login):
    trip = returned(demo, demo_user)
    client = login("kp01-wyjazdy")
    response = client.post(f"/trips/{trip.pk}/settlement/", SETTLEMENT)
    assert response.status_code == 302, response.content.decode()[-3000:]
    trip.refresh_from_db()
    expected = hand_calculation()
    assert trip.status == "settlement_submitted"
    assert trip.settlement_total_pln == expected["total_pln"] == Decimal("1869.39")
    [eur] = [b for b in trip.settlement_result["balances"] if b["currency"] == "EUR"]
    assert Decimal(eur["due"]) == expected["eur_due"]
    assert Decimal(eur["balance"]) == expected["eur_balance"]
    assert NbpTable.objects.get(number="048/A/NBP/2026").rates.get().mid == Decimal("4.28")
    pdf = client.get(f"/trips/{trip.pk}/settlement.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"arrival": "2026-03-11T18:30"}, "jest wcześniejszy niż wyjazd"),
        ({"receipt-0-amount": "-5.00"}, "większy od zera"),
    ],
)
def test_a_bad_settlement_saves_nothing(demo, demo_user, login, change, message):
    trip = returned(demo, demo_user)
    response = login("kp01-wyjazdy").post(f"/trips/{trip.pk}/settlement/", {**SETTLEMENT, **change})
    assert response.status_code == 200
    assert message in response.content.decode()
    trip.refresh_from_db()
    assert (trip.status, trip.settlement_result) == ("returned", None)
    assert not NbpRate.objects.filter(table__number="048/A/NBP/2026").exists()


def test_the_order_pdf_prints_for_an_approved_trip(demo, demo_user, login):
    trip = approved(demo, demo_user)
    response = login("kp04").get(f"/trips/{trip.pk}/order.pdf")
    assert response.content.startswith(b"%PDF")
    assert login("zastepca1").get(f"/trips/{trip.pk}/order.pdf").status_code == 404


def test_a_delegation_groups_trips_each_with_its_own_order(demo, demo_user, login):
    # given the trips post registers two councillors travelling together
    client = login("kp01-wyjazdy")
    germany = Trip._meta.apps.get_model("trips", "Country").objects.get(iso_code="DE")
    form = {
        "traveller_name": "Jan Radny",
        "traveller_category": "councillor",
        "country_0": germany.pk,
        "cities": "Norymberga",
        "purpose": "Forum miast partnerskich",
        "programme": "Dzień 1: forum; dzień 2: wizyty studyjne",
        "planned_departure": "2026-12-09T06:00",
        "planned_return": "2026-12-11T22:00",
        "transport": "bus",
        "funding": "mixed",
        "estimate_currency": "EUR",
        "new_journey": "Delegacja Rady Miasta do Norymbergi",
    }
    client.post("/trips/new/", form)
    first = Trip.objects.get()
    form.update(traveller_name="Anna Radna", new_journey="", journey=first.journey_id)
    client.post("/trips/new/", form)
    second = Trip.objects.exclude(pk=first.pk).get()
    # then both belong to the delegation, with their own signs, and each page names the other
    assert first.journey == second.journey and first.sign != second.sign
    assert first.journey.programme.startswith("Dzień 1")
    page = client.get(f"/trips/{first.pk}/").content.decode()
    assert "Anna Radna" in page and second.sign in page
