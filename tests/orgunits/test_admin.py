"""The restructuring admin: keyboard form and drag and drop, both through the services."""

from datetime import date

import pytest
from django.urls import reverse

from orgunits import selectors
from orgunits.models import Ordinance, OrgUnit, StructureSnapshot
from tests.htmlforms import form_data

TODAY = date(2026, 11, 26)


@pytest.fixture
def admin_client(client, demo_user, today_is):
    today_is(TODAY)
    client.force_login(demo_user("admin"))
    return client


def change_url(unit):
    return reverse("admin:orgunits_orgunit_change", args=[unit.pk])


def submit_change(client, unit, **changes):
    """Open the unit's change form, edit some fields, submit it as the browser would."""
    page = client.get(change_url(unit))
    assert page.status_code == 200
    data = form_data(page.content.decode(), "orgunit_form")
    data.update({name: str(value) for name, value in changes.items()})
    return client.post(change_url(unit), data)


def move_by_drag_and_drop(client, unit, target, position):
    return client.post(
        reverse("admin:orgunits_orgunit_changelist"),
        {"cmd": "move_node", "cut_item": unit.pk, "pasted_on": target.pk, "position": position},
    )


def parent_key(key):
    return OrgUnit.objects.get(key=key).parent.key


def test_the_administrator_moves_kp03_with_the_keyboard_form(admin_client, demo):
    response = submit_change(
        admin_client, demo["kp-03"], parent=demo["kp-z2"].pk, change_note="Decyzja Dyrektora"
    )
    assert response.status_code == 302
    assert parent_key("kp-03") == "kp-z2"
    snapshot = selectors.snapshot_in_force(TODAY)
    assert (snapshot.basis, snapshot.note) == ("zmiana bieżąca", "Decyzja Dyrektora")
    assert snapshot.created_by.username == "admin"


def test_the_administrator_moves_kp03_by_drag_and_drop(admin_client, demo):
    response = move_by_drag_and_drop(admin_client, demo["kp-03"], demo["kp-z2"], "last-child")
    assert response.content.startswith(b"OK")
    assert parent_key("kp-03") == "kp-z2"
    snapshot = selectors.snapshot_in_force(TODAY)
    assert snapshot.basis == "zmiana bieżąca"
    assert (
        OrgUnit.objects.get(key="kp-03").history.order_by("-history_id")[0].history_user.username
        == "admin"
    )


def test_after_the_move_the_unit_page_the_snapshot_list_and_the_dated_tree_agree(
    admin_client, demo
):
    move_by_drag_and_drop(admin_client, demo["kp-03"], demo["kp-z2"], "last-child")
    unit_page = admin_client.get("/units/KP-03/").content.decode()
    assert "II Zastępca Dyrektora" in unit_page.split('id="chain-heading"')[1].split("</ol>")[0]
    snapshots = admin_client.get("/snapshots/").content.decode()
    assert "I Zastępca Dyrektora → II Zastępca Dyrektora" in snapshots
    day_before = admin_client.get("/units/?date=2026-11-25")
    kp03_branch = day_before.content.decode().split('id="tree-children-kp-z1"')[1].split("</ul>")[0]
    assert "KP-03" in kp03_branch


def refused_in_admin(client, unit, message, **changes):
    snapshots = StructureSnapshot.objects.count()
    before = OrgUnit.objects.values_list("key", "parent_id", "symbol", "is_active").order_by("key")
    before = list(before)
    response = submit_change(client, unit, **changes)
    assert response.status_code == 200
    assert message in response.content.decode()
    after = OrgUnit.objects.values_list("key", "parent_id", "symbol", "is_active").order_by("key")
    assert list(after) == before
    assert StructureSnapshot.objects.count() == snapshots


def test_a_cycle_is_refused_in_the_form(admin_client, demo):
    refused_in_admin(
        admin_client,
        demo["kp"],
        "Komórka nie może podlegać sobie ani komórce, która jej podlega",
        parent=demo["kp-03"].pk,
    )


def test_a_duplicate_symbol_is_refused_in_the_form(admin_client, demo):
    refused_in_admin(admin_client, demo["kp-02"], "Symbol KP-04 ma już komórka", symbol="KP-04")


def test_archiving_a_unit_with_active_subordinates_is_refused_in_the_form(admin_client, demo):
    data_without_active = {"is_active": ""}
    refused_in_admin(
        admin_client,
        demo["kp-04"],
        "Nie można zarchiwizować komórki, której podlegają aktywne komórki",
        **data_without_active,
    )


def test_a_future_date_is_refused_in_the_form(admin_client, demo):
    refused_in_admin(
        admin_client,
        demo["kp-02"],
        "Zmianę z datą przyszłą wprowadza się projektem zarządzenia",
        name="Referat Nowy",
        effective_from="2026-12-01",
    )


def test_a_cycle_by_drag_and_drop_is_refused_with_a_polish_message(admin_client, demo):
    response = move_by_drag_and_drop(admin_client, demo["kp"], demo["kp-04-prawne"], "last-child")
    assert response.content.startswith(b"FAIL")
    assert parent_key("kp") == "prezydent"
    assert StructureSnapshot.objects.count() == 1
    page = admin_client.get(reverse("admin:orgunits_orgunit_changelist")).content.decode()
    assert "Komórka nie może podlegać sobie ani komórce, która jej podlega" in page


def test_dropping_beside_the_root_is_refused(admin_client, demo):
    response = move_by_drag_and_drop(admin_client, demo["po"], demo["prezydent"], "right")
    assert response.content.startswith(b"FAIL")
    assert parent_key("po") == "prezydent"


def test_units_cannot_be_deleted_only_archived(admin_client, demo):
    delete = admin_client.get(reverse("admin:orgunits_orgunit_delete", args=[demo["kp-02"].pk]))
    changelist = admin_client.get(reverse("admin:orgunits_orgunit_changelist"))
    assert delete.status_code == 403
    assert "delete_selected" not in changelist.content.decode()


def test_archiving_an_empty_post_through_the_form_works(admin_client, demo):
    response = submit_change(admin_client, demo["kp-03-foto"], is_active="")
    assert response.status_code == 302
    unit = OrgUnit.objects.get(key="kp-03-foto")
    assert (unit.is_active, unit.archived_on) == (False, TODAY)


def test_an_assignment_added_inline_goes_through_the_service(admin_client, demo, demo_user):
    page = admin_client.get(change_url(demo["kp-02"]))
    data = form_data(page.content.decode(), "orgunit_form")
    index = int(data["assignments-TOTAL_FORMS"])
    data.update(
        {
            "assignments-TOTAL_FORMS": str(index + 1),
            f"assignments-{index}-user": str(demo_user("kp04").pk),
            f"assignments-{index}-role": "staff",
            f"assignments-{index}-valid_from": "2026-11-26",
            f"assignments-{index}-valid_to": "2026-11-25",
        }
    )
    response = admin_client.post(change_url(demo["kp-02"]), data)
    assert response.status_code == 200
    assert "Przydział nie może kończyć się przed rozpoczęciem" in response.content.decode()
    assert not demo["kp-02"].assignments.filter(user__username="kp04").exists()


@pytest.mark.parametrize("username", ["dyrektor", "kp02"])
def test_people_outside_the_administrators_group_cannot_restructure(client, demo_user, username):
    user = demo_user(username)
    user.is_staff = True
    user.save()
    client.force_login(user)
    response = client.get(reverse("admin:orgunits_orgunit_changelist"))
    assert response.status_code == 403


def test_a_structure_administrator_cannot_make_anyone_a_superuser(admin_client, demo_user):
    page = admin_client.get(reverse("admin:auth_user_change", args=[demo_user("kp02").pk]))
    assert page.status_code == 200
    assert 'name="is_superuser"' not in page.content.decode()


def test_ordinances_are_read_only_in_the_admin(admin_client, demo):
    # Given the 318/2026 ordinance, loaded through the importer
    ordinance = Ordinance.objects.get()
    # When the structure administrator tries to add or edit an ordinance by hand
    add = admin_client.get(reverse("admin:orgunits_ordinance_add"))
    change = admin_client.post(
        reverse("admin:orgunits_ordinance_change", args=[ordinance.pk]), {"number": "1/2026"}
    )
    # Then the admin refuses both (ordinances arrive only through the importer's draft)
    assert add.status_code == 403
    assert change.status_code == 403
    ordinance.refresh_from_db()
    assert ordinance.number != "1/2026"
    # And the ordinance can still be read
    view = admin_client.get(reverse("admin:orgunits_ordinance_change", args=[ordinance.pk]))
    assert view.status_code == 200
