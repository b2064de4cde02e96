"""The chart for print: a picture of its boxes and lines, with the text set over it as HTML.

WeasyPrint draws SVG text one letter at a time, so the text is HTML and comes out as ordinary
selectable PDF text. WeasyPrint's time then goes on the boxes of the HTML (each one parsed,
styled, laid out and drawn on its own: about a millisecond apiece) and on the lines of text
(half of that each), so the text is set in as few boxes as carry its fonts:

- the picture (`picture`) is one `<img>` per page, an SVG `data:` URI drawn as vectors, not
  inline SVG, whose every shape would be an HTML element to parse and style as well;
- the lines of a box that follow one another are one positioned element, its lines kept apart by
  line breaks (`white-space: pre`: WeasyPrint breaks no line itself, `fonts.wrap` decided them);
- a box's text changes font between its runs of lines (symbol, name, head); the first run and
  the last are set by the element's `::before` and `::after` from `data-` attributes, block
  pseudo-elements that cost less than elements or spans would; a fourth run ("continued from
  page …" above the symbol) starts another element;
- each font (with its size and colour) is a CSS class, named once per document (`css`).

A line box is as tall as its font's line height (`fonts.Font.line_height`), its baseline where
CSS puts it: half the leading above the ascent. Each element is placed so that its first
baseline lies exactly where `boxes` measured it; a line in another size than the first line is
then off by 0.026 em of the difference in size (0.05 pt at most), which nobody sees.
"""

from __future__ import annotations

import base64
from html import escape
from itertools import groupby

from . import style
from .boxes import BASELINE, TextLine
from .fonts import Font
from .layout import Drawing
from .picture import picture_svg
from .svg import _n, box_look, frame_label_top

# The runs of lines one element sets: its ::before, its own text, its ::after.
PARTS = 3


def _css_baseline(font: Font) -> float:
    """Where CSS puts the baseline in a line box of the font's line height, from its top."""
    return (font.line_height + font.ascent - font.descent) / 2


def _follows(previous: TextLine, line: TextLine) -> bool:
    """Whether `line` takes the room right below `previous` (as `boxes.Column` stacks them)."""
    top = line.baseline - BASELINE * line.font.size
    bottom = previous.baseline - BASELINE * previous.font.size + previous.font.line_height
    return abs(top - bottom) < 0.01


def runs(lines: list[TextLine]) -> list[list[TextLine]]:
    """The lines split where a gap (posts drawn in between) interrupts them."""
    result: list[list[TextLine]] = []
    for line in lines:
        if result and _follows(result[-1][-1], line):
            result[-1].append(line)
        else:
            result.append([line])
    return result


def _widest(lines: list[TextLine]) -> float:
    return max(line.font.width(line.text) for line in lines)


def _text(lines: list[TextLine]) -> str:
    return escape("\n".join(line.text for line in lines))


class Typesetter:
    """Sets the chart's lines as HTML, naming each font once as a CSS class (`css`)."""

    def __init__(self) -> None:
        self.fonts: dict[tuple[str, ...], int] = {}
        self.pseudo: set[tuple[str, int]] = set()

    def font_number(self, line: TextLine, scale: float, colour: str) -> int:
        font = line.font
        size, height = _n(font.size * scale), _n(font.line_height * scale)
        key = (font.style, font.weight, size, height, font.family, colour)
        return self.fonts.setdefault(key, len(self.fonts))

    def css(self) -> str:
        """The rules of the fonts used so far: `.fN` for an element, `.bN`/`.aN` for its
        ::before and ::after."""
        rules = []
        for (italic, weight, size, height, family, colour), number in self.fonts.items():
            font = f"font: {italic} {weight} {size}pt/{height}pt {family}; color: {colour}"
            rules.append(f".f{number} {{ {font} }}")
            for part, pseudo in (("b", "before"), ("a", "after")):
                if (part, number) in self.pseudo:
                    content = f"content: attr(data-{part}); display: block"
                    rules.append(f".{part}{number}::{pseudo} {{ {content}; {font} }}")
        return "\n".join(rules)

    def run(self, lines: list[TextLine], left: float, top: float, scale: float, **how) -> str:
        """Lines that follow one another in a box whose top-left corner is (`left`, `top`).

        `how`: `colour`, and `width` to centre each line across it (else they start at `left`).
        """
        groups = [
            (number, list(group))
            for number, group in groupby(
                lines, key=lambda line: self.font_number(line, scale, how["colour"])
            )
        ]
        return "".join(
            self.element(groups[start : start + PARTS], left, top, scale, how.get("width"))
            for start in range(0, len(groups), PARTS)
        )

    def element(self, groups, left: float, top: float, scale: float, width) -> str:
        """One element for up to three runs of lines in one font each; `width` centres them.

        An element without a width would make WeasyPrint work its width out from the text
        (twice); the text's width is known, so it is given.
        """
        all_lines = [line for _number, lines in groups for line in lines]
        first = all_lines[0]
        y = (top + first.baseline - _css_baseline(first.font)) * scale
        classes, data = ["t", "c"] if width else ["t"], ""
        if len(groups) > 1:
            number, lines = groups.pop(0)
            classes.append(f"b{number}")
            data += f' data-b="{_text(lines)}"'
            self.pseudo.add(("b", number))
        if len(groups) > 1:
            number, lines = groups.pop()
            classes.append(f"a{number}")
            data += f' data-a="{_text(lines)}"'
            self.pseudo.add(("a", number))
        number, lines = groups[0]
        classes.append(f"f{number}")
        return (
            f'<div class="{" ".join(classes)}"{data} style="left:{_n(left * scale)}pt;'
            f'top:{_n(y)}pt;width:{_n((width or _widest(all_lines) + 1) * scale)}pt">'
            f"{_text(lines)}</div>"
        )

    def texts(self, drawing: Drawing, scale: float):
        for box in drawing.all_boxes():
            colour = box_look(box).ink
            for lines in runs(box.content.lines):
                yield self.run(lines, box.x, box.y, scale, colour=colour, width=box.width)
        for frame in drawing.frames:
            top = frame_label_top(frame)
            for lines in runs(frame.label.lines):
                yield self.run(lines, frame.x + 6, top, scale, colour=style.BRAND)

    def chart(self, drawing: Drawing, scale: float) -> str:
        """The chart as HTML for WeasyPrint, `scale` times its size."""
        width, height = drawing.width * scale, drawing.height * scale
        svg = picture_svg(drawing, scale)
        return canvas(svg, self.texts(drawing, scale), width, height)


def canvas(svg: str, texts, width: float, height: float) -> str:
    """A box of the given size (pt) holding an SVG picture and the text set over it."""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return (
        f'<div class="canvas" style="width:{_n(width)}pt;height:{_n(height)}pt">'
        f'<img alt="" src="data:image/svg+xml;base64,{data}">{"".join(texts)}</div>'
    )
