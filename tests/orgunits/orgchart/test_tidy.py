"""The tidy tree layout: parents over their children, order kept, nothing overlaps, any shape."""

from hypothesis import given, settings
from hypothesis import strategies as st

from orgunits.orgchart.tidy import Spacing, TidyNode, layout

SPACING = Spacing(siblings=12.0, subtrees=18.0, rows=30.0)


@st.composite
def trees(draw):
    """A random tree: each node's superior is drawn among the nodes made before it."""
    size = draw(st.integers(min_value=1, max_value=80))
    widths = st.sampled_from([40.0, 90.0, 136.0, 176.0])
    heights = st.sampled_from([20.0, 44.0, 90.0])
    nodes = [TidyNode(draw(widths), draw(heights))]
    for index in range(1, size):
        parent = nodes[draw(st.integers(min_value=0, max_value=index - 1))]
        node = TidyNode(draw(widths), draw(heights))
        parent.children.append(node)
        nodes.append(node)
    return nodes


def _rows(nodes):
    rows = {}
    for node in nodes:
        rows.setdefault(node.depth, []).append(node)
    return rows


@settings(max_examples=150, deadline=None)
@given(trees())
def test_no_two_boxes_of_a_row_come_closer_than_the_sibling_gap(nodes):
    # when any tree is laid out
    layout(nodes[0], SPACING)
    # then, row by row, each box keeps at least the gap from its neighbour
    for row in _rows(nodes).values():
        row.sort(key=lambda node: node.x)
        for left, right in zip(row, row[1:], strict=False):
            assert left.x + left.width + SPACING.siblings <= right.x + 1e-6


@settings(max_examples=150, deadline=None)
@given(trees())
def test_every_parent_is_centred_over_its_children_kept_in_order(nodes):
    layout(nodes[0], SPACING)
    for node in nodes:
        if not node.children:
            continue
        first, last = node.children[0], node.children[-1]
        middle = (first.x + first.anchor + last.x + last.anchor) / 2
        assert abs(node.x + node.anchor - middle) < 1e-6
        positions = [child.x for child in node.children]
        assert positions == sorted(positions)


@settings(max_examples=100, deadline=None)
@given(trees())
def test_the_drawing_starts_at_zero_and_holds_every_box_in_layered_rows(nodes):
    width, height = layout(nodes[0], SPACING)
    assert min(node.x for node in nodes) == 0
    assert max(node.x + node.width for node in nodes) <= width + 1e-6
    for depth, row in _rows(nodes).items():
        tops = {node.y for node in row}
        assert len(tops) == 1
        assert max(node.y + node.height for node in row) <= height + 1e-6
        if depth:
            above = _rows(nodes)[depth - 1]
            assert row[0].y >= max(n.y + n.height for n in above) + SPACING.rows - 1e-6


def test_a_small_subtree_tucks_in_between_two_large_ones():
    # given a root whose middle child is a leaf between two wide subtrees
    def wide():
        return TidyNode(100, 20, [TidyNode(100, 20) for _ in range(3)])

    left, middle, right = wide(), TidyNode(100, 20), wide()
    root = TidyNode(100, 20, [left, middle, right])
    # when laid out
    layout(root, SPACING)
    # then the leaf sits between them, and the wide subtrees are only as far apart as their
    # bottom rows require (the leaf does not push them apart)
    assert left.x < middle.x < right.x
    left_bottom = left.children[-1].x + left.children[-1].width
    assert right.children[0].x - left_bottom == SPACING.subtrees
