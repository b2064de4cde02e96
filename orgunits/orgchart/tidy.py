"""A tidy top-down tree layout in linear time (Walker's algorithm as improved by Buchheim,
Jünger and Leipert, 2002), for boxes of any width and height.

Parents are centred over their children, the order of children is kept, no two boxes of a row
overlap, and each subtree is pushed as close to its left neighbour as the contours of the two
subtrees allow (so small subtrees tuck in between large ones). Rows are layered: every box of a
depth starts at the same y, and a row is as tall as its tallest box. The algorithm is iterative
(no recursion limit) and knows nothing of org units: it places `TidyNode`s.

Each node has an `anchor`, the x (from its left edge) where lines meet it: the centre of a
simple box, elsewhere for a compound node (a framed block, a stacked list).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(eq=False)
class TidyNode:
    """A box to place: its size, where lines attach, its children; `x`, `y` are the results."""

    width: float
    height: float
    children: list[TidyNode] = field(default_factory=list)
    anchor: float | None = None
    payload: object = None
    x: float = 0.0
    y: float = 0.0
    depth: int = 0
    # absolute position when this tree is drawn inside another one (set by the caller)
    ax: float = 0.0
    ay: float = 0.0
    # working state of the algorithm
    parent: TidyNode | None = field(default=None, repr=False)
    number: int = 0
    prelim: float = 0.0
    mod: float = 0.0
    shift: float = 0.0
    change: float = 0.0
    thread: TidyNode | None = field(default=None, repr=False)
    ancestor: TidyNode | None = field(default=None, repr=False)

    def __post_init__(self):
        if self.anchor is None:
            self.anchor = self.width / 2


@dataclass(frozen=True)
class Spacing:
    """Gaps in pt: between siblings, between neighbouring subtrees, between rows."""

    siblings: float = 12.0
    subtrees: float = 18.0
    rows: float = 32.0


def _prepare(root: TidyNode) -> list[TidyNode]:
    """Reset the working state; return the nodes in preorder."""
    order, stack = [], [root]
    root.parent, root.depth = None, 0
    while stack:
        node = stack.pop()
        order.append(node)
        node.prelim = node.mod = node.shift = node.change = 0.0
        node.thread, node.ancestor = None, node
        for number, child in enumerate(node.children):
            child.parent, child.number, child.depth = node, number, node.depth + 1
        stack.extend(reversed(node.children))
    return order


def _left_sibling(node: TidyNode) -> TidyNode | None:
    return node.parent.children[node.number - 1] if node.parent and node.number else None


def _next_left(node: TidyNode) -> TidyNode | None:
    return node.children[0] if node.children else node.thread


def _next_right(node: TidyNode) -> TidyNode | None:
    return node.children[-1] if node.children else node.thread


def _distance(left: TidyNode, right: TidyNode, gap: float) -> float:
    """The least distance between the anchors of two boxes side by side in a row."""
    return (left.width - left.anchor) + right.anchor + gap


def _move_subtree(left: TidyNode, right: TidyNode, shift: float) -> None:
    subtrees = right.number - left.number
    right.change -= shift / subtrees
    right.shift += shift
    left.change += shift / subtrees
    right.prelim += shift
    right.mod += shift


def _execute_shifts(node: TidyNode) -> None:
    shift = change = 0.0
    for child in reversed(node.children):
        child.prelim += shift
        child.mod += shift
        change += child.change
        shift += child.shift + change


def _greatest_ancestor(inner: TidyNode, node: TidyNode, default: TidyNode) -> TidyNode:
    return inner.ancestor if inner.ancestor.parent is node.parent else default


def _apportion(node: TidyNode, default: TidyNode, spacing: Spacing) -> TidyNode:
    """Push the subtree of `node` right of its left siblings' subtrees, contour by contour."""
    sibling = _left_sibling(node)
    if sibling is None:
        return default
    in_right = out_right = node
    in_left, out_left = sibling, node.parent.children[0]
    s_in_right, s_out_right = in_right.mod, out_right.mod
    s_in_left, s_out_left = in_left.mod, out_left.mod
    while _next_right(in_left) and _next_left(in_right):
        in_left, in_right = _next_right(in_left), _next_left(in_right)
        out_left, out_right = _next_left(out_left), _next_right(out_right)
        out_right.ancestor = node
        shift = (
            in_left.prelim
            + s_in_left
            - (in_right.prelim + s_in_right)
            + _distance(in_left, in_right, spacing.subtrees)
        )
        if shift > 0:
            _move_subtree(_greatest_ancestor(in_left, node, default), node, shift)
            s_in_right += shift
            s_out_right += shift
        s_in_left += in_left.mod
        s_in_right += in_right.mod
        s_out_left += out_left.mod
        s_out_right += out_right.mod
    if _next_right(in_left) and not _next_right(out_right):
        out_right.thread = _next_right(in_left)
        out_right.mod += s_in_left - s_out_right
    if _next_left(in_right) and not _next_left(out_left):
        out_left.thread = _next_left(in_right)
        out_left.mod += s_in_right - s_out_left
        default = node
    return default


def _finish(node: TidyNode, spacing: Spacing) -> None:
    """Walker's first walk for one node, once all its children are done."""
    sibling = _left_sibling(node)
    if node.children:
        _execute_shifts(node)
        first, last = node.children[0], node.children[-1]
        midpoint = (first.prelim + last.prelim) / 2
        if sibling is not None:
            node.prelim = sibling.prelim + _distance(sibling, node, spacing.siblings)
            node.mod = node.prelim - midpoint
        else:
            node.prelim = midpoint
    elif sibling is not None:
        node.prelim = sibling.prelim + _distance(sibling, node, spacing.siblings)


def layout(root: TidyNode, spacing: Spacing = Spacing()) -> tuple[float, float]:
    """Place every node (`x`, `y` of its top-left corner); return the drawing's width and height.

    The drawing starts at (0, 0). Time and memory are linear in the number of nodes.
    """
    order = _prepare(root)
    _walk_first(order, spacing)
    return _walk_second(order, spacing)


def _walk_first(order: list[TidyNode], spacing: Spacing) -> None:
    """Walker's first walk, iteratively: children are finished left to right, then the parent.

    A node is finished (its preliminary x set) and then apportioned against its left siblings
    before its right sibling's subtree starts, exactly as the recursive formulation does.
    """
    defaults: dict[int, TidyNode] = {}
    stack: list[tuple[TidyNode, bool]] = [(order[0], False)]
    while stack:
        node, expanded = stack.pop()
        if not expanded and node.children:
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.children))
            continue
        _finish(node, spacing)
        parent = node.parent
        if parent is not None:
            default = defaults.get(id(parent), parent.children[0])
            defaults[id(parent)] = _apportion(node, default, spacing)


def _walk_second(order: list[TidyNode], spacing: Spacing) -> tuple[float, float]:
    """Absolute positions: x from the accumulated modifiers, y from the layered rows."""
    row_heights: dict[int, float] = {}
    sums = {id(order[0]): 0.0}
    for node in order:
        offset = sums[id(node)]
        node.x = node.prelim + offset - node.anchor
        for child in node.children:
            sums[id(child)] = offset + node.mod
        row_heights[node.depth] = max(row_heights.get(node.depth, 0.0), node.height)
    tops, top = {}, 0.0
    for depth in sorted(row_heights):
        tops[depth] = top
        if row_heights[depth]:  # a zero-height row is a virtual root that holds a forest
            top += row_heights[depth] + spacing.rows
    left = min(node.x for node in order)
    right = max(node.x + node.width for node in order)
    for node in order:
        node.x -= left
        node.y = tops[node.depth]
    return right - left, top - spacing.rows
