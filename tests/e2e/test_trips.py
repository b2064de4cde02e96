"""A trip from registration to the printed settlement, tried in the browser as the office would."""

import re
from decimal import Decimal
from io import BytesIO

from pypdf import PdfReader

from trips import services
from trips.models import Trip


def _csrf_post(page, url):
    """A POST as a hand-crafted request from the signed-in browser (with its CSRF token)."""
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    return page.request.post(url, headers={"X-CSRFToken": token, "Referer": page.base_url})


def _register(page):
    page.goto(f"{page.base_url}/trips/")
    page.get_by_role("link", name="Zarejestruj wyjazd").click()
    page.get_by_label("Podróżujący z kontem w systemie").select_option(
        label="Jacek Dąbrowski (kp04)"
    )
    page.get_by_label("Kategoria podróżującego").select_option(label="pracownik UMK")
    page.get_by_label("Komórka podróżującego").select_option(label="KP-04 Referat Organizacyjny")
    page.get_by_label("Państwo docelowe 1").select_option(label="Niemcy (DE)")
    page.get_by_label("Miejscowości").fill("Berlin")
    page.get_by_role("textbox", name="Cel", exact=True).fill("Konferencja miast partnerskich")
    page.get_by_label("Planowany wyjazd").fill("2026-03-12T05:00")
    page.get_by_label("Planowany powrót").fill("2026-03-15T19:00")
    page.get_by_label("Środek transportu").select_option(label="samolot")
    page.get_by_label("Przewidywany koszt: noclegi").fill("510")
    page.get_by_role("button", name="Zarejestruj").click()
    page.get_by_role("button", name="Przekaż do polecenia wyjazdu").click()
    return Trip.objects.latest("pk")


def _settle(page, trip):
    page.get_by_role("button", name="Podróżujący wyjechał").click()
    page.get_by_role("link", name="Zarejestruj powrót").click()
    page.fill("#id_departed_at", "2026-03-12T05:00")
    page.get_by_label("Przekroczenie granicy w drodze za granicę").fill("2026-03-12T07:00")
    page.get_by_label("Przekroczenie granicy w drodze powrotnej").fill("2026-03-15T17:00")
    page.fill("#id_returned_at", "2026-03-15T18:30")
    page.get_by_role("button", name="Zapisz").click()
    page.get_by_role("link", name="Wprowadź rozliczenie").click()
    page.get_by_label("Zapewnione śniadania (Niemcy)").fill("2")
    page.fill("#id_lodging-0-town", "Berlin")
    page.fill("#id_lodging-0-first_night", "2026-03-12")
    page.fill("#id_lodging-0-nights", "3")
    page.fill("#id_lodging-0-invoice_amount", "480.00")
    page.fill("#id_lodging-0-invoice_currency", "EUR")
    page.fill("#id_receipt-0-description", "Bilet lotniczy")
    page.fill("#id_receipt-0-amount", "1200.00")
    page.get_by_label("Wypłacona zaliczka").fill("500.00")
    page.get_by_label("Waluta zaliczki").fill("EUR")
    page.get_by_label("Data wypłaty zaliczki").fill("2026-03-10")
    page.get_by_label("Dzień wypłaty rozliczenia").fill("2026-03-20")
    page.fill("#id_rate-0-currency", "EUR")
    page.fill("#id_rate-0-table_number", "048/A/NBP/2026")
    page.fill("#id_rate-0-table_date", "2026-03-10")
    page.fill("#id_rate-0-mid", "4.2800")
    page.get_by_role("button", name="Oblicz i złóż rozliczenie").click()


def test_a_kp04_trip_to_germany_is_ordered_by_the_director_and_settled_as_computed_by_hand(
    page, log_in, axe_violations
):
    # given the shipped rates (a browser test's database is emptied between tests) and the
    # trips post registering kp04's trip to Berlin and sending it for the order
    services.perdiem_rates_load()
    log_in("kp01-wyjazdy")
    trip = _register(page)
    assert axe_violations(page) == []
    detail = f"{page.base_url}/trips/{trip.pk}/"
    # when the I Deputy (another line) tries: the trip is not there, and a forged POST is refused
    page.context.clear_cookies()
    log_in("zastepca1")
    assert page.goto(detail).status == 404
    assert _csrf_post(page, f"{detail}decide/approve/").status == 404
    trip.refresh_from_db()
    assert trip.status == "submitted"
    # when the Director, the approver of KP-04, orders it
    page.context.clear_cookies()
    log_in("dyrektor")
    page.goto(detail)
    page.get_by_role("button", name="Zatwierdź (polecam wyjazd)").click()
    trip.refresh_from_db()
    assert (trip.status, trip.approved_by.username) == ("approved", "dyrektor")
    # when the trips post records the return and enters the settlement
    page.context.clear_cookies()
    log_in("kp01-wyjazdy")
    page.goto(detail)
    _settle(page, trip)
    page.wait_for_url(detail)
    assert axe_violations(page) == []
    # then the printed settlement shows what a hand calculation gives:
    # per-diem 3 × 49 + 1/2 × 49 − 2 × 15% × 49 = 156,80 EUR; local transport 4 × 4,90 = 19,60;
    # hotel 480,00 (limit 3 × 170); EUR due 656,40 − advance 500,00 = 156,40 EUR × 4,28 = 669,39
    # PLN; plus the ticket 1 200,00 PLN: 1 869,39 PLN to pay
    per_diem = 3 * Decimal(49) + Decimal(49) / 2 - 2 * Decimal("0.15") * 49
    eur_balance = per_diem + 4 * Decimal("4.90") + Decimal("480.00") - Decimal("500.00")
    total = (eur_balance * Decimal("4.28")).quantize(Decimal("0.01")) + Decimal("1200.00")
    pdf = page.request.get(f"{detail}settlement.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf.body())).pages)
    text = re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d{3},)", "", text)
    for figure in (per_diem, Decimal("19.60"), Decimal("480.00"), eur_balance, total):
        assert f"{figure:.2f}".replace(".", ",") in text, figure
    assert "048/A/NBP/2026" in text and trip.sign in text
    assert total == Decimal("1869.39")
