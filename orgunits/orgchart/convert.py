"""Chart nodes to tidy-layout nodes: single boxes, stacks (indented lists) and framed blocks.

- A stack lists a box's subordinates one under another, indented, with a line down the left
  (as office charts list the units of a department). A box is stacked when it has at least
  `STACK_MIN` subordinates and none of them has subordinates of its own. In the compact layout,
  used for charts too big for one A3 page, a department and every box that belongs to one also
  lists its whole subtree that way (unless a framed department lies below it), so that the wide
  lower levels of a city hall become narrow columns.
- A block is a department with its subtree and the siblings attached to it (PO beside KP), laid
  out as a tidy tree of its own and framed; it is one node of the outer layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import style
from .boxes import Column, Content, box_content
from .model import DEPARTMENT, ChartNode
from .tidy import Spacing, TidyNode, layout

SPACING = Spacing(siblings=12.0, subtrees=18.0, rows=30.0)


@dataclass
class Single:
    """A box (with any posts inside it) in the tidy tree."""

    node: ChartNode
    content: Content


@dataclass
class StackMember:
    node: ChartNode
    content: Content
    level: int
    superior: ChartNode


@dataclass
class Stack:
    """A box and its subordinates listed below it, indented by level."""

    node: ChartNode
    content: Content
    members: list[StackMember]


@dataclass
class Block:
    """A department's frame: its own tidy tree (`inner`, with `roots`) and its label."""

    department: ChartNode
    inner: TidyNode
    roots: list[TidyNode]
    label: Content


def _groups(nodes: list[ChartNode]) -> list[list[ChartNode]]:
    """Siblings in order, a department together with the siblings that belong to it."""
    groups: list[list[ChartNode]] = []
    for node in nodes:
        attached = groups and groups[-1][0].kind == DEPARTMENT
        if attached and node.row.department == groups[-1][0].key:
            groups[-1].append(node)
        else:
            groups.append([node])
    return groups


def _framed(group: list[ChartNode]) -> bool:
    head = group[0]
    return head.kind == DEPARTMENT and (len(group) > 1 or bool(head.children))


def _frames_below(roots: list[ChartNode]) -> set[int]:
    """Ids of the nodes that have a framed department somewhere below them (one pass)."""
    marked: set[int] = set()
    order = [node for root in roots for node in _preorder(root)]
    for node in reversed(order):
        for group in _groups(node.children):
            if _framed(group) or any(id(member) in marked for member in group):
                marked.add(id(node))
                break
    return marked


def _preorder(root: ChartNode):
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


class Converter:
    """Turns chart nodes into tidy nodes for one drawing."""

    def __init__(self, roots: list[ChartNode], *, heads: bool, compact: bool, cache=None):
        self.heads, self.compact = heads, compact
        self.cache = cache
        self.framed_below = _frames_below(roots) if compact else set()
        self.root = TidyNode(0.0, 0.0, children=self.children(roots))

    def content(self, node: ChartNode) -> Content:
        if self.cache is None:
            return box_content(node, heads=self.heads)
        key = (id(node.source), node.stub_page is not None, node.continued_from is not None)
        if key not in self.cache:
            self.cache[key] = box_content(node, heads=self.heads)
        return self.cache[key]

    def children(self, nodes: list[ChartNode]) -> list[TidyNode]:
        return [
            self.block(group) if _framed(group) else self.node(group[0]) for group in _groups(nodes)
        ]

    def stacked(self, node: ChartNode) -> bool:
        if not node.children:
            return False
        listed = node.kind == DEPARTMENT or node.row.department is not None
        if self.compact and listed and id(node) not in self.framed_below:
            return True
        simple = all(not child.children for child in node.children)
        return simple and len(node.children) >= style.STACK_MIN

    def node(self, node: ChartNode) -> TidyNode:
        content = self.content(node)
        if self.stacked(node):
            return self.stack(node, content)
        payload = Single(node, content)
        return TidyNode(content.width, content.height, self.children(node.children), None, payload)

    def stack(self, node: ChartNode, content: Content) -> TidyNode:
        members: list[StackMember] = []
        pending = [(child, 1, node) for child in reversed(node.children)]
        while pending:
            member, level, superior = pending.pop()
            members.append(StackMember(member, self.content(member), level, superior))
            pending.extend((child, level + 1, member) for child in reversed(member.children))
        indent = style.STACK_INDENT
        width = max([content.width] + [m.level * indent + m.content.width for m in members])
        height = content.height + sum(style.STACK_GAP + m.content.height for m in members)
        return TidyNode(width, height, [], content.width / 2, Stack(node, content, members))

    def block(self, group: list[ChartNode]) -> TidyNode:
        roots = [self.node(member) for member in group]
        inner = TidyNode(0.0, 0.0, children=roots)
        inner_width, inner_height = layout(inner, SPACING)
        label = frame_label(group[0], inner_width)
        width = inner_width + 2 * style.FRAME_PAD_X
        height = style.FRAME_PAD_TOP + inner_height + style.FRAME_PAD_BOTTOM + label.height
        left, right = roots[0], roots[-1]
        anchor = style.FRAME_PAD_X + (left.x + left.anchor + right.x + right.anchor) / 2
        return TidyNode(width, height, [], anchor, Block(group[0], inner, roots, label))


def frame_label(department: ChartNode, width: float) -> Content:
    """The department's name, wrapped to the frame's inner width."""
    column = Column(width, 0.0)
    column.add(department.label, style.FRAME_FONT, "frame")
    return Content(width, column.y, column.lines)
