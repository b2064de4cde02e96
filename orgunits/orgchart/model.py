"""The chart's own tree, built from the structure's rows: what is drawn, where, and inside what.

Decisions written down here:

- The tree is the tree of reporting lines, exactly as the rows give it. "Belongs to department"
  only decides the frames: siblings that belong to a department sitting beside it (PO beside KP)
  are put right after it, so that one frame can hold them while their lines still go to their
  own superior.
- A post (stanowisko) without posts or units below it is drawn inside its unit's box; a post that
  has subordinates is drawn as a box of its own, styled as a post.
- External units (deputy mayors, other departments named by an ordinance) are left out unless
  asked for, and so is everything below them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..structure import StructureRow

AUTHORITY = "authority"
DEPARTMENT = "department"
MANAGEMENT = "management"
UNIT = "unit"
POST = "post"
PLENIPOTENTIARY = "plenipotentiary"
EXTERNAL = "external"


@dataclass(eq=False)
class ChartNode:
    """A node to draw: its row, the boxes below it and the posts drawn inside it.

    On a printed page split over several sheets, `stub_page` marks a box whose subordinates
    continue on that page, and `continued_from` the box that continues another page's stub.
    """

    row: StructureRow
    children: list[ChartNode] = field(default_factory=list)
    posts: list[ChartNode] = field(default_factory=list)
    parent: ChartNode | None = field(default=None, repr=False)
    stub_page: int | None = None
    continued_from: int | None = None
    origin: ChartNode | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        return self.row.key

    @property
    def kind(self) -> str:
        return self.row.kind

    @property
    def label(self) -> str:
        return self.row.display_name

    @property
    def source(self) -> ChartNode:
        """The node of the whole chart that this (possibly truncated) copy stands for."""
        return self.origin or self

    def walk(self):
        """This node and every node below it, boxes and posts, in preorder (iterative)."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))
            stack.extend(reversed(node.posts))

    def ancestors(self) -> list[ChartNode]:
        """The superiors of this node in the whole chart, from the top down."""
        chain, node = [], self.source.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]


def _nodes_from_rows(rows: list[StructureRow], *, external: bool) -> tuple[dict, list]:
    nodes: dict[str, ChartNode] = {}
    roots: list[ChartNode] = []
    present = {row.key for row in rows}
    for row in rows:
        if row.kind == EXTERNAL and not external:
            continue
        if row.parent in present and row.parent not in nodes:
            continue  # its superior was left out, so it is too
        node = ChartNode(row)
        nodes[row.key] = node
        parent = nodes.get(row.parent)
        if parent is None:
            roots.append(node)
        else:
            node.parent = parent
            parent.children.append(node)
    return nodes, roots


def _absorb_posts(nodes: dict[str, ChartNode]) -> None:
    for node in nodes.values():
        inside = [c for c in node.children if c.kind == POST and not c.children]
        if inside and node.kind != POST:
            node.posts = inside
            node.children = [c for c in node.children if c not in inside]


def _group_by_department(node: ChartNode) -> None:
    """Put siblings that belong to a department right after that department (stable)."""
    departments = {c.key for c in node.children if c.kind == DEPARTMENT}
    if not departments:
        return
    attached = {
        c.key: c.row.department
        for c in node.children
        if c.row.department in departments and c.key != c.row.department
    }
    ordered = []
    for child in node.children:
        if child.key in attached:
            continue
        ordered.append(child)
        ordered.extend(c for c in node.children if attached.get(c.key) == child.key)
    node.children = ordered


def chart_forest(
    rows: list[StructureRow], *, root: str | None = None, external: bool = False
) -> list[ChartNode]:
    """The chart's roots: the whole structure, or the subtree of the unit keyed `root`.

    `rows` come parents first (as `orgunits.structure` gives them). O(n).
    """
    nodes, roots = _nodes_from_rows(rows, external=external)
    if root is not None and root not in nodes:  # an external unit, or one below it, asked for
        nodes, roots = _nodes_from_rows(rows, external=True)
    if root is not None:
        top = nodes[root]
        top.parent = None
        roots = [top]
    _absorb_posts(nodes)
    for node in nodes.values():
        _group_by_department(node)
    return roots


def find_row(rows: list[StructureRow], identifier: str) -> StructureRow | None:
    """The row a URL names: by symbol (any case), otherwise by key."""
    wanted = identifier.strip()
    for row in rows:
        if row.symbol and row.symbol.lower() == wanted.lower():
            return row
    return next((row for row in rows if row.key == wanted.lower()), None)


def truncated(node: ChartNode, depth: int) -> ChartNode:
    """A copy of the subtree keeping `depth` levels of boxes; a cut box becomes a stub."""
    copy = replace(node, children=[], origin=node.source, parent=None)
    if depth <= 1:
        copy.stub_page = 0 if node.children else None
        return copy
    copy.children = [truncated(child, depth - 1) for child in node.children]
    return copy


def levels(node: ChartNode) -> int:
    """How many levels of boxes the subtree has (posts drawn inside do not count)."""
    deepest, stack = 0, [(node, 1)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in current.children)
    return deepest
