"""The structure administrator restructures in the browser: by drag and drop and by keyboard."""

from orgunits.models import OrgUnit, StructureSnapshot


def row_of(page, text):
    return page.locator("#result_list tbody tr", has_text=text).first


def parent_key(key):
    return OrgUnit.objects.get(key=key).parent.key


def test_the_administrator_drags_kp03_under_the_second_deputy(page, log_in):
    # given the administrator sees the draggable tree
    log_in("admin")
    page.goto(f"{page.base_url}/admin/orgunits/orgunit/")
    handle = row_of(page, "KP-03 Biuro").locator("div.drag-handle")
    target = row_of(page, "KP-01 Biuro").bounding_box()
    start = handle.bounding_box()
    # when they drag KP-03 onto the top edge of KP-01 (before it, among the II Deputy's units)
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(target["x"] + 200, target["y"] + target["height"] / 6, steps=12)
    with page.expect_navigation():
        page.mouse.up()
    # then KP-03 reports to the II Deputy, and the change is on record, dated today
    assert parent_key("kp-03") == "kp-z2"
    assert StructureSnapshot.objects.order_by("-id").first().basis == "zmiana bieżąca"
    assert "Przeniesiono" in page.locator(".messagelist").inner_text()


def test_the_administrator_moves_kp03_with_the_keyboard_only(page, log_in):
    log_in("admin")
    kp03 = OrgUnit.objects.get(key="kp-03")
    page.goto(f"{page.base_url}/admin/orgunits/orgunit/{kp03.pk}/change/")
    # the superior is a select reachable by Tab; choose the II Deputy by typing, save with Enter
    page.locator("#id_parent").focus()
    page.keyboard.type("------ II")
    page.locator("#id_change_note").focus()
    page.keyboard.type("Przeniesienie decyzją Dyrektora")
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/orgunits/orgunit/")
    assert parent_key("kp-03") == "kp-z2"
    assert (
        StructureSnapshot.objects.order_by("-id").first().note == "Przeniesienie decyzją Dyrektora"
    )
