"""The trips post keeps the reference data in the admin, others cannot; uploads: all or nothing."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from trips.apps import REFERENCE_DATA_GROUP
from trips.models import Country, NbpTable, PerDiemRate

DATA = Path(__file__).parent / "data"
PAGES = [
    "admin:trips_country_changelist",
    "admin:trips_perdiemrate_changelist",
    "admin:trips_nbptable_changelist",
    "admin:trips_nbprate_changelist",
    "admin:trips_nbptable_import",
]


def test_the_trips_post_is_in_the_reference_data_group(demo_user):
    user = demo_user("kp01-wyjazdy")
    assert user.is_staff
    assert user.groups.filter(name=REFERENCE_DATA_GROUP).exists()
    assert user.has_perm("trips.change_perdiemrate") and user.has_perm("trips.add_nbptable")
    assert not user.has_perm("trips.delete_perdiemrate")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(
    ("username", "status"), [("kp01-wyjazdy", 200), ("admin", 403), ("kp02", 302)]
)
def test_reference_data_pages_open_for_the_trips_post_only(login, page, username, status):
    # admin: staff without this group; kp02: not staff at all (sent to the admin login)
    response = login(username).get(reverse(page))
    assert response.status_code == status


def test_the_settings_page_opens_the_one_row_and_saves_the_report_term(login):
    client = login("kp01-wyjazdy")
    response = client.get(reverse("admin:trips_tripssettings_changelist"))
    assert response.status_code == 302
    response = client.post(response.url, {"report_term_days": "30"})
    assert response.status_code == 302
    from trips import selectors

    assert selectors.report_term_days() == 30


def test_the_report_term_must_be_a_sensible_number_of_days(login):
    client = login("kp01-wyjazdy")
    url = client.get(reverse("admin:trips_tripssettings_changelist")).url
    response = client.post(url, {"report_term_days": "0"})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors


def test_a_good_file_is_imported_from_the_admin(login):
    client = login("kp01-wyjazdy")
    upload = SimpleUploadedFile("a052z260316.xml", (DATA / "a052z260316.xml").read_bytes())
    response = client.post(reverse("admin:trips_nbptable_import"), {"file": upload}, follow=True)
    assert NbpTable.objects.get().number == "052/A/NBP/2026"
    assert NbpTable.objects.get().created_by.username == "kp01-wyjazdy"
    assert "nowe tabele: 1" in response.content.decode()


def test_a_broken_file_shows_each_problem_with_its_line_and_saves_nothing(login):
    client = login("kp01-wyjazdy")
    content = (DATA / "archiwum_tab_a_2026.csv").read_bytes().replace(b"4,2677", b"4;2677x")
    upload = SimpleUploadedFile("archiwum_tab_a_2026.csv", content)
    response = client.post(reverse("admin:trips_nbptable_import"), {"file": upload})
    assert response.status_code == 200
    problems = [str(problem) for problem in response.context["problems"]]
    assert problems and all(problem.startswith("wiersz 4") for problem in problems)
    assert not NbpTable.objects.exists()


def test_a_dry_run_from_the_admin_saves_nothing(login):
    client = login("kp01-wyjazdy")
    upload = SimpleUploadedFile("api-tables-a.json", (DATA / "api-tables-a.json").read_bytes())
    client.post(reverse("admin:trips_nbptable_import"), {"file": upload, "dry_run": "on"})
    assert not NbpTable.objects.exists()


def test_a_new_dated_rate_is_added_to_a_country_and_its_history_kept(login, demo_user):
    client = login("kp01-wyjazdy")
    germany = Country.objects.get(iso_code="DE")
    data = {
        "country": germany.pk,
        "currency": "EUR",
        "per_diem": "53.00",
        "hotel_limit": "180.00",
        "valid_from": "2027-01-01",
        "source": "Dz.U. 2026 poz. 999 (przykład)",
    }
    response = client.post(reverse("admin:trips_perdiemrate_add"), data)
    assert response.status_code == 302
    rate = PerDiemRate.objects.get(country=germany, valid_from="2027-01-01")
    assert rate.history.first().history_user == demo_user("kp01-wyjazdy")


def test_a_second_rate_for_the_same_country_and_day_is_refused(login):
    client = login("kp01-wyjazdy")
    germany = Country.objects.get(iso_code="DE")
    data = {
        "country": germany.pk,
        "currency": "EUR",
        "per_diem": "50.00",
        "hotel_limit": "170.00",
        "valid_from": "2022-11-29",
        "source": "duplikat",
    }
    response = client.post(reverse("admin:trips_perdiemrate_add"), data)
    assert response.status_code == 200
    assert PerDiemRate.objects.filter(country=germany).count() == 1


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


@pytest.mark.parametrize(
    "page", ["admin:trips_country_changelist", "admin:trips_perdiemrate_changelist"]
)
def test_the_rate_lists_cost_the_same_queries_however_many_rows(login, page):
    client = login("kp01-wyjazdy")
    url = reverse(page) + "?all="
    before = queries(client, url)
    # when 50 more countries with a rate each are added
    for number in range(50):
        code = f"{'XZ'[number // 26]}{chr(65 + number % 26)}"
        country = Country.objects.create(iso_code=code, name=f"Kraj testowy {number}")
        PerDiemRate.objects.create(
            country=country, currency="EUR", per_diem="40.00", hotel_limit="100.00", source="test"
        )
    # then the page costs the same number of queries
    assert queries(client, url) == before


def test_a_table_entered_by_hand_gets_its_rates_and_a_consistent_date(login):
    client = login("kp01-wyjazdy")
    data = {
        "number": "060/A/NBP/2026",
        "effective_date": "27.03.2026",
        "rates-TOTAL_FORMS": "1",
        "rates-INITIAL_FORMS": "0",
        "rates-0-currency": "EUR",
        "rates-0-currency_name": "euro",
        "rates-0-units": "1",
        "rates-0-mid": "4,2811",
    }
    response = client.post(reverse("admin:trips_nbptable_add"), data)
    assert response.status_code == 302
    table = NbpTable.objects.get(number="060/A/NBP/2026")
    assert table.rates.get().mid == Decimal("4.2811")
    assert table.created_by.username == "kp01-wyjazdy"
    # a number of another year is refused
    response = client.post(
        reverse("admin:trips_nbptable_add"), {**data, "number": "061/A/NBP/2025"}
    )
    assert response.status_code == 200
    assert not NbpTable.objects.filter(number="061/A/NBP/2025").exists()
