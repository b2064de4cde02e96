"""From the chart's tree to positioned boxes, lines and frames (a `Drawing`), in linear time.

The tidy tree layout (`tidy`) places the nodes that `convert` makes: single boxes (posts drawn
inside their unit's box), stacks (subordinates listed one under another) and framed blocks (a
department with what belongs to it, laid out on its own, so no box that does not belong to the
department can fall inside its frame, while lines from outside still go to each member's own
superior).

Lines run from the bottom of the superior's box down to a bus half way between the rows, along
it, and down to the top of each subordinate's box; in a stack they leave the superior's box at
the bottom on the left and enter each subordinate's box from the left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import style
from .boxes import Content
from .convert import SPACING, Block, Converter, Single, Stack
from .model import ChartNode
from .tidy import TidyNode, layout


@dataclass
class Box:
    """A node's box on the drawing; posts drawn inside it are boxes too (`inner`)."""

    node: ChartNode
    x: float
    y: float
    width: float
    height: float
    content: Content
    inner: list[Box] = field(default_factory=list)
    is_post_inside: bool = False

    @property
    def key(self) -> str:
        return self.node.key


@dataclass
class Line:
    """A reporting line from a superior's box to a subordinate's box, as a polyline."""

    superior: str
    subordinate: str
    points: list[tuple[float, float]]


@dataclass
class Frame:
    """The frame around what belongs to a department, with its label at the bottom left."""

    department: ChartNode
    x: float
    y: float
    width: float
    height: float
    label: Content


@dataclass
class Drawing:
    """Everything to draw, in pt, from (0, 0)."""

    width: float
    height: float
    boxes: list[Box]
    lines: list[Line]
    frames: list[Frame]
    compact: bool = False

    def all_boxes(self):
        for box in self.boxes:
            yield box
            yield from box.inner

    @property
    def smallest_text(self) -> float:
        sizes = [line.font.size for box in self.all_boxes() for line in box.content.lines]
        sizes += [line.font.size for frame in self.frames for line in frame.label.lines]
        return min(sizes, default=style.SMALLEST_TEXT)


class _Placer:
    """Walks the laid-out tidy tree and emits boxes, lines and frames in absolute positions."""

    def __init__(self):
        self.boxes: list[Box] = []
        self.lines: list[Line] = []
        self.frames: list[Frame] = []

    def place(self, root: TidyNode, dx: float, dy: float) -> None:
        _position(root, dx, dy)
        self.emit_tree(root)

    def emit_tree(self, root: TidyNode) -> None:
        stack = [root]
        while stack:
            tidy = stack.pop()
            self.emit(tidy)
            stack.extend(tidy.children)

    def emit(self, tidy: TidyNode) -> None:
        payload = tidy.payload
        if isinstance(payload, Single):
            self.box(payload.node, payload.content, tidy.ax, tidy.ay)
            if tidy.children:
                self.bus(tidy)
        elif isinstance(payload, Stack):
            self.stack(payload, tidy.ax, tidy.ay)
        elif isinstance(payload, Block):
            label = payload.label
            frame = Frame(payload.department, tidy.ax, tidy.ay, tidy.width, tidy.height, label)
            self.frames.append(frame)
            self.emit_tree(payload.inner)

    def box(self, node: ChartNode, content: Content, x: float, y: float) -> Box:
        box = Box(node, x, y, content.width, content.height, content)
        for post, inner, offset in content.posts:
            x_inner = x + style.POST_INSET
            box.inner.append(Box(post, x_inner, y + offset, inner.width, inner.height, inner))
            box.inner[-1].is_post_inside = True
        self.boxes.append(box)
        return box

    def stack(self, payload: Stack, x: float, y: float) -> None:
        placed = {id(payload.node): self.box(payload.node, payload.content, x, y)}
        y += payload.content.height
        for member in payload.members:
            y += style.STACK_GAP
            left = x + member.level * style.STACK_INDENT
            box = self.box(member.node, member.content, left, y)
            placed[id(member.node)] = box
            above = placed[id(member.superior)]
            spine, middle = above.x + style.STACK_INDENT / 2, y + box.height / 2
            points = [(spine, above.y + above.height), (spine, middle), (left, middle)]
            self.lines.append(Line(above.key, box.key, points))
            y += box.height

    def bus(self, tidy: TidyNode) -> None:
        superior = tidy.payload.node
        x, bottom = tidy.ax + tidy.anchor, tidy.ay + tidy.payload.content.height
        bus = tidy.children[0].ay - SPACING.rows / 2
        for child in tidy.children:
            for key, cx, top in _attachments(child):
                if abs(cx - x) < 0.01:
                    points = [(x, bottom), (x, top)]
                else:
                    points = [(x, bottom), (x, bus), (cx, bus), (cx, top)]
                self.lines.append(Line(superior.key, key, points))


def _position(root: TidyNode, dx: float, dy: float) -> None:
    """Absolute positions for a laid-out tree and for the trees inside its blocks."""
    stack = [(root, dx, dy)]
    while stack:
        tidy, dx, dy = stack.pop()
        tidy.ax, tidy.ay = tidy.x + dx, tidy.y + dy
        stack.extend((child, dx, dy) for child in tidy.children)
        if isinstance(tidy.payload, Block):
            x, y = tidy.ax + style.FRAME_PAD_X, tidy.ay + style.FRAME_PAD_TOP
            stack.append((tidy.payload.inner, x, y))


def _attachments(tidy: TidyNode) -> list[tuple[str, float, float]]:
    """Where lines from above enter a tidy node: each framed member's top, or the box's top."""
    payload = tidy.payload
    if isinstance(payload, Block):
        return [(root.payload.node.key, root.ax + root.anchor, root.ay) for root in payload.roots]
    return [(payload.node.key, tidy.ax + tidy.anchor, tidy.ay)]


def drawing(
    roots: list[ChartNode], *, heads: bool = True, compact: bool = False, cache=None
) -> Drawing:
    """Lay out the chart of `roots` (one or more trees) and return what to draw.

    `cache` (a dict) keeps box contents between drawings of the same nodes, for trial layouts.
    """
    root = Converter(roots, heads=heads, compact=compact, cache=cache).root
    width, height = layout(root, SPACING)
    placer = _Placer()
    placer.place(root, style.MARGIN, style.MARGIN)
    return Drawing(
        width + 2 * style.MARGIN,
        height + 2 * style.MARGIN,
        placer.boxes,
        placer.lines,
        placer.frames,
        compact,
    )
