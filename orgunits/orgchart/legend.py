"""The legend: a sample of each kind of box on the chart, the frame, the line, the page marker."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from . import style
from .boxes import TextLine
from .layout import Drawing
from .printed import Typesetter, canvas
from .svg import TEXT_STYLE, _n, text_element

SAMPLE_W, SAMPLE_H = 26.0, 13.0
ROW_H = 18.0
ITEM_GAP = 18.0
LABEL = SAMPLE_W + 5  # a sample and the room after it, before its caption
# Spaces from a caption to the next one: as near as they come to the next sample and a gap.
SPACES = round((LABEL + ITEM_GAP) / style.LEGEND_FONT.width(" "))


@dataclass
class Legend:
    """The legend for print (samples in SVG, captions as text set over it), its size in pt."""

    svg: str
    texts: list[tuple[TextLine, float, float]]
    width: float
    height: float
    captions: list[str]

    def html(self, typesetter: Typesetter) -> str:
        """The legend as HTML for WeasyPrint (see `printed`)."""
        texts = (typesetter.run([line], x, y, 1.0, colour=style.INK) for line, x, y in self.texts)
        return canvas(self.svg, texts, self.width, self.height)


def _sample_box(kind: str, x: float, y: float) -> str:
    look = style.box_style(kind)
    dash = f' stroke-dasharray="{look.dash}"' if look.dash else ""
    radius = f' rx="{_n(min(look.radius, 4))}"' if look.radius else ""
    return (
        f'<rect x="{_n(x)}" y="{_n(y)}" width="{SAMPLE_W}" height="{SAMPLE_H}"{radius}'
        f' fill="{look.fill}" stroke="{look.stroke}" stroke-width="{_n(look.stroke_width)}"{dash}/>'
    )


def _sample_frame(x: float, y: float) -> str:
    return (
        f'<rect x="{_n(x)}" y="{_n(y)}" width="{SAMPLE_W}" height="{SAMPLE_H}" rx="3"'
        f' fill="{style.FRAME_FILL}" stroke="{style.FRAME_STROKE}" stroke-width="1"'
        f' stroke-dasharray="{style.FRAME_DASH}"/>'
    )


def _sample_line(x: float, y: float) -> str:
    middle = y + SAMPLE_H / 2
    points = f"{_n(x + 4)},{_n(y)} {_n(x + 4)},{_n(middle)} {_n(x + SAMPLE_W)},{_n(middle)}"
    return f'<polyline points="{points}" fill="none" stroke="{style.LINE}" stroke-width="1"/>'


def _sample_marker(x: float, y: float) -> str:
    box = _sample_box("unit", x, y)
    line = TextLine("→ 2", style.MARKER_FONT, SAMPLE_H / 2 + 2.6, "marker")
    return box + text_element(line, x + SAMPLE_W / 2, y, anchor="middle", fill=style.INK)


def _items(drawing: Drawing, *, pages: bool) -> list[tuple[str, object]]:
    kinds = {box.node.kind for box in drawing.boxes}
    items = [(str(look.legend), kind) for kind, look in style.KINDS.items() if kind in kinds]
    if any(box.inner for box in drawing.boxes):
        items.append((_("Post within its unit"), "post"))
    if drawing.frames:
        items.append((_("Frame: what belongs to the department"), _sample_frame))
    if drawing.lines:
        items.append((_("Reporting line (to the superior)"), _sample_line))
    if pages:
        items.append((_("Continues on the page given in the box"), _sample_marker))
    return items


def _draw(sample, x: float, y: float) -> str:
    return sample(x, y) if callable(sample) else _sample_box(sample, x, y)


@dataclass
class LegendItem:
    """One entry of the legend for a web page: its caption and its sample as a small SVG."""

    caption: str
    sample: str


def legend_items(drawing: Drawing, *, pages: bool = False) -> list[LegendItem]:
    """The legend's entries one by one (the web page lists them as text with a sample)."""
    size = f'width="{_n(SAMPLE_W + 2)}" height="{_n(SAMPLE_H + 2)}"'
    return [
        LegendItem(
            caption,
            f'<svg xmlns="http://www.w3.org/2000/svg" {size} aria-hidden="true"'
            f' viewBox="-1 -1 {_n(SAMPLE_W + 2)} {_n(SAMPLE_H + 2)}" style="{TEXT_STYLE}">'
            f"{_draw(sample, 0, 0)}</svg>",
        )
        for caption, sample in _items(drawing, pages=pages)
    ]


def legend(drawing: Drawing, width: float, *, pages: bool = False) -> Legend:
    """A legend for what `drawing` shows, flowing in rows no wider than `width`.

    Printed on every page, the legend sets each row's captions as one line of text, kept apart
    by `SPACES` spaces that leave room for the next item's sample: two elements for WeasyPrint
    to lay out on a page rather than one per item.
    """
    font = style.LEGEND_FONT
    gap = SPACES * font.width(" ")
    parts, rows, x, y, used = [], [], 0.0, 0.0, 0.0
    items = _items(drawing, pages=pages)
    for caption, sample in items:
        item_width = LABEL + font.width(caption)
        if x and x + item_width > width:
            x, y = 0.0, y + ROW_H
        if not x:
            rows.append((y, []))
        parts.append(_draw(sample, x, y + 1))
        rows[-1][1].append(caption)
        used = max(used, x + item_width)
        x += font.width(caption) + gap
    texts = [
        (TextLine((" " * SPACES).join(captions), font, 10.5, "legend"), LABEL, top)
        for top, captions in rows
    ]
    height = y + ROW_H if items else 0.0
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="orgchart-legend" aria-hidden="true"'
        f' width="{_n(used)}pt" height="{_n(height)}pt" viewBox="0 0 {_n(used)} {_n(height)}"'
        f' style="{TEXT_STYLE}">{"".join(parts)}</svg>'
    )
    return Legend(svg, texts, used, height, [caption for caption, _sample in items])
