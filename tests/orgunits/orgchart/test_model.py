"""The chart's tree from the structure's rows: what is drawn, inside what, in which order."""

from dataclasses import replace

from orgunits.orgchart.model import chart_forest, find_row, truncated
from orgunits.orgchart.sample import kancelaria_rows


def _keys(nodes):
    return [node.key for node in nodes]


def test_the_mayor_is_the_root_with_kp_and_po_below():
    [mayor] = chart_forest(kancelaria_rows())
    assert mayor.key == "prezydent"
    assert _keys(mayor.children) == ["kp", "po"]


def test_leaf_posts_go_inside_their_unit():
    [mayor] = chart_forest(kancelaria_rows())
    kp04 = next(node for node in mayor.children[0].children if node.key == "kp-04")
    assert _keys(kp04.posts) == ["kp-04-prawne", "kp-04-budzet"]
    assert kp04.children == []


def test_what_belongs_to_a_department_is_put_beside_it():
    # given an external unit listed between KP and PO under the Mayor
    rows = kancelaria_rows()
    mayor_row = rows[0]
    external = replace(mayor_row, key="ext", parent="prezydent", kind="external", name="Skarbnik")
    rows = [*rows[:12], external, *rows[12:]]
    # when external units are drawn
    [mayor] = chart_forest(rows, external=True)
    # then PO still comes right after KP, the department it belongs to
    assert _keys(mayor.children) == ["kp", "po", "ext"]
    # and without them, the external unit is left out
    [mayor] = chart_forest(rows)
    assert _keys(mayor.children) == ["kp", "po"]


def test_a_unit_is_found_by_symbol_in_any_case_or_by_key():
    rows = kancelaria_rows()
    assert find_row(rows, "kp-03").key == "kp-03"
    assert find_row(rows, "KP-03").key == "kp-03"
    assert find_row(rows, "kp-z1").key == "kp-z1"
    assert find_row(rows, "nie-ma") is None


def test_a_cut_copy_marks_the_boxes_whose_subordinates_continue_elsewhere():
    [mayor] = chart_forest(kancelaria_rows())
    copy = truncated(mayor, 2)
    assert _keys(copy.children) == ["kp", "po"]
    assert all(child.stub_page is not None for child in copy.children)
    assert all(child.children == [] for child in copy.children)
    assert mayor.children[0].children  # the whole chart is untouched
