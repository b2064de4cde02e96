"""What a box says and how big it is: symbol, name (wrapped, never cut), head, posts inside.

Every line is measured with the font it will be set in (`fonts`), so the text of a box always
fits inside it; the box is widened when a single word would not fit its kind's usual width.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import fonts, style
from .model import DEPARTMENT, UNIT, ChartNode

# A line's baseline lies this many em below the top of the room it takes (`Font.line_height`).
BASELINE = 0.93


@dataclass(frozen=True)
class TextLine:
    """One line of text, centred on the box; `baseline` is measured from the box's top."""

    text: str
    font: fonts.Font
    baseline: float
    role: str


@dataclass
class Content:
    """The lines of a box, its size, and the posts drawn inside it (with their offsets)."""

    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)
    posts: list[tuple[ChartNode, Content, float]] = field(default_factory=list)


class Column:
    """Stacks wrapped lines from the top of a box."""

    def __init__(self, width: float, top: float):
        self.width = width
        self.y = top
        self.lines: list[TextLine] = []

    def add(self, text: str, font: fonts.Font, role: str) -> None:
        for line in fonts.wrap(text, font, self.width):
            self.lines.append(TextLine(line, font, self.y + font.size * BASELINE, role))
            self.y += font.line_height


def head_text(node: ChartNode) -> str:
    """The head's name as the box shows it: with the title for a department or a unit."""
    names = ", ".join(node.row.heads)
    if not names:
        return ""
    if node.kind == DEPARTMENT:
        return _("Director: %(names)s") % {"names": names}
    if node.kind == UNIT:
        return _("Head: %(names)s") % {"names": names}
    return names


def _box_width(node: ChartNode, heads: bool) -> float:
    kind = style.box_style(node.kind)
    words = [fonts.widest_word(node.row.name, style.NAME_BOLD_FONT)]
    words.append(fonts.widest_word(node.row.symbol, style.SYMBOL_FONT))
    if heads:
        words.append(fonts.widest_word(head_text(node), style.HEAD_FONT))
    for post in node.posts:
        words.append(fonts.widest_word(post.row.name, style.POST_FONT) + 2 * style.POST_INSET)
    return max(kind.width, max(words) + 2 * style.PAD_X)


def _name_font(node: ChartNode) -> fonts.Font:
    if style.box_style(node.kind).bold_name and not node.row.symbol:
        return style.NAME_BOLD_FONT
    return style.NAME_FONT


def _marker(node: ChartNode, column: Column, *, top: bool) -> None:
    """The "continued" lines of a split chart; page 0 means "not numbered yet" (while pages
    are planned), set as 99 so that the line takes the room the real number will."""
    if top and node.continued_from is not None:
        text = _("continued from page %(page)s") % {"page": node.continued_from or 99}
        column.add(text, style.MARKER_FONT, "marker")
    if not top and node.stub_page is not None:
        text = _("continued on page %(page)s") % {"page": node.stub_page or 99}
        column.add(text, style.MARKER_FONT, "marker")


def _post_content(post: ChartNode, width: float, heads: bool) -> Content:
    column = Column(width - 2 * style.POST_PAD, style.POST_PAD)
    column.add(post.row.name, style.POST_FONT, "name")
    if heads and post.row.heads:
        column.add(head_text(post), style.HEAD_FONT, "head")
    return Content(width, column.y + style.POST_PAD - 2, column.lines)


def box_content(node: ChartNode, *, heads: bool = True) -> Content:
    """The lines and size of a node's box, posts inside included."""
    width = _box_width(node, heads)
    column = Column(width - 2 * style.PAD_X, style.PAD_Y)
    _marker(node, column, top=True)
    if node.row.symbol:
        column.add(node.row.symbol, style.SYMBOL_FONT, "symbol")
    column.add(node.row.name, _name_font(node), "name")
    if heads and node.row.heads:
        column.add(head_text(node), style.HEAD_FONT, "head")
    posts = []
    for post in node.posts:
        column.y += style.POST_GAP
        inner = _post_content(post, width - 2 * style.POST_INSET, heads)
        posts.append((post, inner, column.y))
        column.y += inner.height
    if node.posts:
        column.y += style.POST_GAP - 2
    _marker(node, column, top=False)
    return Content(width, column.y + style.PAD_Y - 2, column.lines, posts)
