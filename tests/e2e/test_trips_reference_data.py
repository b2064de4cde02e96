"""The trips post imports an NBP table file in the admin: a broken one first, then the right one."""

from pathlib import Path

from trips.models import NbpTable

DATA = Path(__file__).parent.parent / "trips" / "data"


def imported():
    """NBP tables from files (the demo trips bring one table of their own)."""
    return NbpTable.objects.exclude(source_name="dane demonstracyjne")


def test_a_broken_nbp_file_is_explained_line_by_line_and_the_right_one_imported(
    page, log_in, axe_violations, tmp_path
):
    # given the trips post on the import page, and an archive with a typo in line 4
    log_in("kp01-wyjazdy")
    page.goto(f"{page.base_url}/admin/trips/nbptable/")
    page.get_by_role("link", name="Importuj plik NBP").click()
    broken = tmp_path / "archiwum_tab_a_2026.csv"
    broken.write_bytes(
        (DATA / "archiwum_tab_a_2026.csv").read_bytes().replace(b"3,6688", b"3,66x8")
    )
    # when they upload it
    page.get_by_label("Plik NBP (XML, JSON lub CSV)").set_input_files(str(broken))
    page.get_by_role("button", name="Importuj").click()
    # then the page names the line and what is wrong, and nothing is imported
    alert = page.get_by_role("alert")
    assert "Wiersz 4: kurs średni „3,66x8” nie jest liczbą dodatnią." in alert.inner_text()
    assert not imported().exists()
    assert axe_violations(page) == []
    # when they upload the file as NBP published it
    page.get_by_label("Plik NBP (XML, JSON lub CSV)").set_input_files(
        str(DATA / "archiwum_tab_a_2026.csv")
    )
    page.get_by_role("button", name="Importuj").click()
    # then the three tables are listed
    assert "nowe tabele: 3" in page.locator(".messagelist").inner_text()
    assert page.get_by_role("link", name="043/A/NBP/2026").is_visible()
    assert imported().count() == 3
