"""The chart's geometry, read back from the SVG: boxes apart, lines joining the right boxes (PO's
to the Mayor), posts inside their units, frames around what belongs to a department, and no
name cut; for the Kancelaria as loaded, after a move, and for a 400-unit city hall."""

from orgunits import selectors, services
from orgunits.orgchart.charts import ChartQuery, chart_load
from orgunits.orgchart.layout import drawing
from orgunits.orgchart.model import chart_forest
from orgunits.orgchart.pages import printout, screen_drawing
from orgunits.orgchart.sample import city_hall_rows
from orgunits.orgchart.svg import chart_svg

from .checks import assert_sound, line_ends
from .geometry import read_chart


def _chart(**params):
    chart = chart_load(ChartQuery.parse(params))
    svg = chart_svg(screen_drawing(chart.forest, heads=chart.query.heads))
    return chart, read_chart(svg)


def test_the_kancelaria_chart_is_sound(demo):
    chart, drawn = _chart()
    assert set(drawn.boxes) == {row.key for row in chart.rows}
    assert_sound(drawn, chart.rows)


def test_the_reporting_lines_are_exactly_those_of_the_ordinance(demo):
    _chart_, drawn = _chart()
    joined = {line_ends(drawn, line) for line in drawn.lines}
    assert joined == {
        ("prezydent", "kp"),
        ("prezydent", "po"),
        ("kp", "kp-z1"),
        ("kp", "kp-z2"),
        ("kp", "kp-02"),
        ("kp", "kp-04"),
        ("kp-z1", "kp-03"),
        ("kp-z2", "kp-01"),
        ("po", "kp-05"),
    }


def test_po_is_inside_the_kancelarias_frame_but_its_line_ends_at_the_mayor(demo):
    _chart_, drawn = _chart()
    frame = drawn.frames["kp"]
    assert frame.contains(drawn.boxes["po"].rect)
    assert frame.contains(drawn.boxes["kp-05"].rect)
    assert not frame.contains(drawn.boxes["prezydent"].rect)
    [line] = [line for line in drawn.lines if line_ends(drawn, line)[1] == "po"]
    assert drawn.boxes["prezydent"].rect.on_bottom_edge(line.points[0])


def test_posts_are_drawn_inside_their_units_and_look_different(demo):
    _chart_, drawn = _chart()
    posts = {
        "kp-03-foto": "kp-03",
        "kp-01-wyjazdy": "kp-01",
        "kp-04-prawne": "kp-04",
        "kp-04-budzet": "kp-04",
    }
    for post, unit in posts.items():
        assert drawn.boxes[post].kind == "inside"
        assert drawn.boxes[unit].rect.contains(drawn.boxes[post].rect)
    assert drawn.boxes["kp-04"].kind == "unit"
    assert drawn.boxes["kp-z1"].kind == "management"


def test_the_mayor_is_on_top(demo):
    _chart_, drawn = _chart()
    mayor = drawn.boxes["prezydent"].rect
    assert all(mayor.bottom < box.rect.y for key, box in drawn.boxes.items() if key != "prezydent")


def test_heads_names_are_shown_or_left_out(demo):
    _chart_, with_heads = _chart()
    _chart_, without = _chart(heads="0")
    assert with_heads.boxes["kp"].text("head") == "Dyrektor: Barbara Kowalska"
    assert with_heads.boxes["kp-z1"].text("head") == "Celina Wiśniewska"
    assert without.boxes["kp"].text("head") == ""


def test_after_moving_kp03_under_the_second_deputy_the_chart_follows(kp03_moved):
    chart, drawn = _chart()
    assert_sound(drawn, chart.rows)
    joined = {line_ends(drawn, line) for line in drawn.lines}
    assert ("kp-z2", "kp-03") in joined
    assert ("kp-z1", "kp-03") not in joined


def test_a_units_subtree_is_drawn_alone(demo):
    chart, drawn = _chart(unit="KP-01")
    assert set(drawn.boxes) == {"kp-01", "kp-01-wyjazdy"}
    assert_sound(drawn, chart.rows)


def test_external_units_are_left_out_unless_asked_for(kancelaria):
    services.orgunit_create(
        actor=None,
        data={
            "key": "zastepca-prezydenta-1",
            "kind": "external",
            "name": "I Zastępca Prezydenta",
            "parent": kancelaria["prezydent"],
        },
        effective=services.EffectiveDate(selectors.today(), ""),
    )
    _chart_, usual = _chart()
    chart, asked = _chart(external="1")
    assert "zastepca-prezydenta-1" not in usual.boxes
    assert asked.boxes["zastepca-prezydenta-1"].kind == "external"
    assert_sound(asked, chart.rows)


def test_a_400_unit_city_hall_is_sound_on_screen():
    rows = city_hall_rows(400)
    picture = screen_drawing(chart_forest(rows))
    drawn = read_chart(chart_svg(picture))
    assert len(drawn.boxes) == 400
    assert_sound(drawn, rows)


def test_every_page_of_a_split_city_hall_is_sound():
    rows = city_hall_rows(400)
    result = printout(chart_forest(rows))
    for page in result.pages:
        drawn = read_chart(chart_svg(page.drawing, links=False))
        assert_sound(drawn, rows)


def test_the_ordinary_layout_of_a_city_hall_is_sound_too():
    rows = city_hall_rows(120)
    drawn = read_chart(chart_svg(drawing(chart_forest(rows))))
    assert_sound(drawn, rows)
