"""A director opens the structure in a real browser; the pages pass axe-core's WCAG 2.1 AA."""


def test_director_browses_the_tree_and_a_unit_without_accessibility_violations(
    page, log_in, axe_violations
):
    # given the director is logged in
    log_in("dyrektor")
    # when they open the tree of units
    page.goto(f"{page.base_url}/units/")
    # then the whole structure is there and the page has no WCAG 2.1 A/AA violation
    assert page.locator(".tree__link").count() == 14
    assert axe_violations(page) == []
    # when they open KP-03
    page.get_by_role("link", name="KP-03 Biuro Współpracy Krajowej").click()
    page.wait_for_url("**/units/KP-03/")
    # then its chain of superiors runs up to the Mayor
    chain = page.locator("ol.chain li").all_inner_texts()
    assert chain == ["I Zastępca Dyrektora", "KP Kancelaria Prezydenta", "Prezydent Miasta Krakowa"]
    assert axe_violations(page) == []


def test_a_branch_of_the_tree_collapses_and_expands_by_keyboard(page, log_in):
    log_in("dyrektor")
    page.goto(f"{page.base_url}/units/")
    toggle = page.locator("button[aria-controls='tree-children-kp-04']")
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.locator("#tree-children-kp-04").is_hidden()
    page.keyboard.press("Enter")
    assert page.locator("#tree-children-kp-04").is_visible()
