"""The chart for print: the drawing as SVG without its text, the text set over it as HTML.

WeasyPrint draws SVG text one letter at a time, which takes seconds for a city hall's chart;
the same lines set as absolutely positioned HTML text are laid out once per line, come out as
ordinary selectable PDF text, and land where the SVG would have put them: each line's baseline
sits at its box's measured baseline (the fonts' ascent is 0.928 em with `line-height: normal`),
centred on its box or starting at its left edge.
"""

from __future__ import annotations

from html import escape

from . import style
from .boxes import TextLine
from .layout import Drawing
from .svg import _n, box_look, chart_svg, frame_label_top

ASCENT = 0.928


def _font(line: TextLine, scale: float) -> str:
    font = line.font
    return f"{font.style} {font.weight} {_n(font.size * scale)}pt/normal '{font.family}'"


def text_html(line: TextLine, left: float, top: float, scale: float, *, colour: str, width=None):
    """One line of text; `width` given: centred across it, else starting at `left` (pt)."""
    y = (top + line.baseline - ASCENT * line.font.size) * scale
    span = f";width:{_n(width * scale)}pt;text-align:center" if width else ""
    return (
        f'<p class="t" style="left:{_n(left * scale)}pt;top:{_n(y)}pt{span};'
        f'font:{_font(line, scale)};color:{colour}">{escape(line.text)}</p>'
    )


def _texts(drawing: Drawing, scale: float):
    for box in drawing.all_boxes():
        colour = box_look(box).ink
        for line in box.content.lines:
            yield text_html(line, box.x, box.y, scale, colour=colour, width=box.width)
    for frame in drawing.frames:
        top = frame_label_top(frame)
        for line in frame.label.lines:
            yield text_html(line, frame.x + 6, top, scale, colour=style.BRAND)


def canvas(svg: str, texts, width: float, height: float) -> str:
    """A box of the given size (pt) holding an SVG and the text set over it."""
    return (
        f'<div class="canvas" style="width:{_n(width)}pt;height:{_n(height)}pt">'
        f"{svg}{''.join(texts)}</div>"
    )


def printed_chart(drawing: Drawing, scale: float) -> str:
    """The chart as HTML for WeasyPrint, `scale` times its size."""
    width, height = drawing.width * scale, drawing.height * scale
    svg = chart_svg(drawing, links=False, scale=scale, text=False)
    return canvas(svg, _texts(drawing, scale), width, height)
