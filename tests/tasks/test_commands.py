"""`import_ordinance` and `apply_due_ordinances` as the administrator runs them."""

import json
from datetime import date

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from orgunits.models import Ordinance, OrgUnit
from tasks.models import Task

from .conftest import DATA

SEED = str(settings.KANCELARIA_FIXTURES_DIR / "zarzadzenie-318-2026.txt")


def _run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_a_dry_run_with_json_shows_the_111_items_and_14_nodes_and_stores_nothing():
    summary = json.loads(
        _run("import_ordinance", SEED, "--number", "318/2026", "--date", "2026-02-18",
             "--dry-run", "--json")
    )  # fmt: skip
    assert summary["items"] == {"points": 91, "subpoints": 20, "total": 111}
    assert len(summary["units"]) == 14
    assert {u["key"]: u["superior"] for u in summary["units"]}["kp-05"] == "po"
    assert summary["warnings"] == []
    assert Ordinance.objects.count() == 0


@pytest.mark.django_db
def test_apply_loads_the_structure_and_the_catalogue_in_one_step():
    _run("import_ordinance", SEED, "--number", "318/2026", "--date", "2026-02-18", "--apply")
    assert OrgUnit.objects.count() == 14
    assert Task.objects.count() == 111
    assert Ordinance.objects.get().status == Ordinance.Status.APPLIED


def test_importing_the_edited_copy_leaves_a_draft(structure):
    path = str(DATA / "zarzadzenie-edited.txt")
    summary = json.loads(
        _run("import_ordinance", path, "--number", "25/2027", "--date", "2027-01-15", "--json")
    )
    assert (summary["outcome"], summary["status"]) == ("created", "draft")
    kp02 = next(u for u in summary["units"] if u["key"] == "kp-02")
    assert kp02["doubtful"]


@pytest.mark.django_db
def test_a_broken_text_fails_with_the_line_and_stores_nothing(tmp_path, seed_text):
    broken = tmp_path / "broken.txt"
    broken.write_text(seed_text.replace("6) obsługa kontaktów", "7) obsługa kontaktów"), "utf-8")
    with pytest.raises(CommandError, match="wiersz 68: oczekiwano pkt 6\\)"):
        _run("import_ordinance", str(broken), "--number", "318/2026", "--date", "2026-02-18")
    assert Ordinance.objects.count() == 0


@pytest.mark.django_db
def test_a_wrong_date_argument_is_a_clear_error():
    with pytest.raises(CommandError, match="18.02.2026"):
        _run("import_ordinance", SEED, "--number", "318/2026", "--date", "18.02.2026")


def test_apply_due_ordinances_applies_what_is_due_once(structure, edited_text, today_is):
    from tasks import services

    from .conftest import confirm_pending

    draft = services.ordinance_import(actor=None, text=edited_text, number="25/2027").ordinance
    confirm_pending(draft)
    services.ordinance_approve(actor=None, ordinance=draft)
    today_is(date(2027, 1, 15))
    assert "25/2027" in _run("apply_due_ordinances")
    assert "25/2027" not in _run("apply_due_ordinances")
