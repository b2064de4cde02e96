"""Checks on a chart's geometry, read back from its SVG, against the structure's rows."""

from itertools import combinations

from .geometry import EPS, Chart


def reporting_pairs(chart: Chart, rows) -> set[tuple[str, str]]:
    """(superior, subordinate) for every drawn node whose superior is drawn too (the data)."""
    return {
        (row.parent, row.key)
        for row in rows
        if row.key in chart.boxes and row.parent in chart.boxes
    }


def assert_no_box_overlaps(chart: Chart) -> None:
    outer = chart.outer()
    for first, second in combinations(outer, 2):
        assert not first.rect.overlaps(second.rect), (first.key, second.key)


def assert_posts_inside_their_units(chart: Chart, rows) -> None:
    superior = {row.key: row.parent for row in rows}
    inside = [box for box in chart.boxes.values() if box.kind == "inside"]
    for box in inside:
        assert chart.boxes[superior[box.key]].rect.contains(box.rect), box.key
    for first, second in combinations(inside, 2):
        assert not first.rect.overlaps(second.rect), (first.key, second.key)


def line_ends(chart: Chart, line) -> tuple[str, str]:
    """The boxes a line joins, found from its geometry alone."""
    start, end = line.points[0], line.points[-1]
    tops = chart.touching(start, "bottom")
    bottoms = chart.touching(end, "top") + chart.touching(end, "left")
    assert len(tops) == 1 and len(bottoms) == 1, (line.superior, line.subordinate)
    return tops[0].key, bottoms[0].key


def assert_lines_join_the_right_boxes(chart: Chart, rows) -> None:
    expected = reporting_pairs(chart, rows)
    inside = {key for key, box in chart.boxes.items() if box.kind == "inside"}
    joined = set()
    for line in chart.lines:
        ends = line_ends(chart, line)
        assert ends == (line.superior, line.subordinate)
        joined.add(ends)
    assert joined == {pair for pair in expected if pair[1] not in inside}


def assert_lines_cross_no_other_box(chart: Chart) -> None:
    for line in chart.lines:
        ends = {line.superior, line.subordinate}
        for start, end in zip(line.points, line.points[1:], strict=False):
            assert start[0] == end[0] or start[1] == end[1], "lines run across and down only"
            for box in chart.outer():
                if box.key not in ends:
                    assert not box.rect.crossed_by(start, end), (line.subordinate, box.key)


def assert_no_name_is_cut(chart: Chart, rows) -> None:
    """Every word of every name is in its box's lines, in order, and each line fits the box."""
    names = {row.key: row.name for row in rows}
    for key, box in chart.boxes.items():
        assert box.text("name") == " ".join(names[key].split()), key
        for line in box.lines:
            left, right = line.extent
            assert box.rect.x + EPS < left and right < box.rect.right - EPS, (key, line.text)
            top, bottom = line.y - line.font.size * 0.93, line.y + line.font.size * 0.24
            assert box.rect.y < top and bottom < box.rect.bottom, (key, line.text)


def assert_frames_hold_their_departments(chart: Chart, rows) -> None:
    """A frame holds its department and everything drawn that belongs to it, and nothing else."""
    belongs = {row.key: row.department for row in rows}
    for department, frame in chart.frames.items():
        for box in chart.outer():
            member = box.key == department or belongs.get(box.key) == department
            held = frame.contains(box.rect)
            assert held == member, (department, box.key)


def assert_sound(chart: Chart, rows) -> None:
    assert_no_box_overlaps(chart)
    assert_posts_inside_their_units(chart, rows)
    assert_lines_join_the_right_boxes(chart, rows)
    assert_lines_cross_no_other_box(chart)
    assert_no_name_is_cut(chart, rows)
    assert_frames_hold_their_departments(chart, rows)
