"""The SVG of a drawing: boxes (links on screen), reporting lines, frames; plain presentation
attributes only, which both browsers and WeasyPrint render the same way.

Each box is a `<g class="oc-box" data-key=…>` with its `<rect>` and `<text>` lines, each line a
`<polyline class="oc-line" data-superior=… data-subordinate=…>`, each frame a
`<rect class="oc-frame" data-department=…>`: the tests read the geometry back from these.
"""

from __future__ import annotations

from html import escape

from django.utils.translation import gettext as _

from . import style
from .boxes import TextLine, head_text
from .layout import Box, Drawing, Frame, Line

# Text is set exactly as `fonts` measures it: no pair kerning, no ligatures.
TEXT_STYLE = "font-kerning:none;font-variant-ligatures:none"


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _attr(value: str) -> str:
    return escape(str(value), quote=True)


def text_element(line: TextLine, x: float, top: float, *, anchor: str, fill: str) -> str:
    font = line.font
    weight = f' font-weight="{font.weight}"' if font.weight != "normal" else ""
    italic = f' font-style="{font.style}"' if font.style != "normal" else ""
    return (
        f'<text x="{_n(x)}" y="{_n(top + line.baseline)}" font-family="{font.family}"'
        f'{weight}{italic} font-size="{_n(font.size)}" text-anchor="{anchor}" fill="{fill}"'
        f' class="oc-text oc-text--{line.role}">{escape(line.text)}</text>'
    )


def _rect(box: Box, look: style.BoxStyle) -> str:
    dash = f' stroke-dasharray="{look.dash}"' if look.dash else ""
    radius = f' rx="{_n(look.radius)}"' if look.radius else ""
    return (
        f'<rect x="{_n(box.x)}" y="{_n(box.y)}" width="{_n(box.width)}"'
        f' height="{_n(box.height)}"{radius} fill="{look.fill}" stroke="{look.stroke}"'
        f' stroke-width="{_n(look.stroke_width)}"{dash}/>'
    )


def box_description(box: Box) -> str:
    """What a screen reader says for a box: its name, kind and head."""
    row = box.node.row
    parts = [row.display_name, row.kind_label]
    if head_text(box.node):
        parts.append(head_text(box.node))
    if box.node.stub_page:
        parts.append(_("continued on page %(page)s") % {"page": box.node.stub_page})
    return ", ".join(str(part) for part in parts if part)


def box_look(box: Box) -> style.BoxStyle:
    return style.box_style("post" if box.is_post_inside else box.node.kind)


def _box(box: Box, *, links: bool) -> str:
    look = box_look(box)
    kind = "inside" if box.is_post_inside else box.node.kind
    centre = box.x + box.width / 2
    texts = "".join(
        text_element(line, centre, box.y, anchor="middle", fill=look.ink)
        for line in box.content.lines
    )
    body = (
        f'<g class="oc-box oc-box--{kind}" data-key="{_attr(box.key)}">'
        f"{_rect(box, look)}{texts}</g>"
    )
    if not links:
        return body
    label = _attr(box_description(box))
    return (
        f'<a href="{_attr(box.node.row.url)}" aria-label="{label}"><title>{label}</title>{body}</a>'
    )


def _line(line: Line) -> str:
    points = " ".join(f"{_n(x)},{_n(y)}" for x, y in line.points)
    return (
        f'<polyline class="oc-line" data-superior="{_attr(line.superior)}"'
        f' data-subordinate="{_attr(line.subordinate)}" points="{points}" fill="none"'
        f' stroke="{style.LINE}" stroke-width="1"/>'
    )


def frame_label_top(frame: Frame) -> float:
    return frame.y + frame.height - frame.label.height - 3


def _frame(frame: Frame) -> str:
    rect = (
        f'<rect class="oc-frame" data-department="{_attr(frame.department.key)}"'
        f' x="{_n(frame.x)}" y="{_n(frame.y)}" width="{_n(frame.width)}"'
        f' height="{_n(frame.height)}" rx="4" fill="{style.FRAME_FILL}"'
        f' stroke="{style.FRAME_STROKE}" stroke-width="1" stroke-dasharray="{style.FRAME_DASH}"/>'
    )
    top = frame_label_top(frame)
    label = "".join(
        text_element(line, frame.x + 6, top, anchor="start", fill=style.BRAND)
        for line in frame.label.lines
    )
    return rect + label


def chart_svg(drawing: Drawing, *, links: bool = True, label: str = "") -> str:
    """The chart as an SVG element, 1 px per pt (the printed chart is drawn by `picture`)."""
    size = f'width="{_n(drawing.width)}" height="{_n(drawing.height)}"'
    role = f' role="group" aria-label="{_attr(label)}"' if links else ' aria-hidden="true"'
    frames = "".join(_frame(frame) for frame in drawing.frames)
    lines = "".join(_line(line) for line in drawing.lines)
    boxes = "".join(_box(box, links=links) for box in drawing.boxes)
    inner = "".join(_box(box, links=links) for outer in drawing.boxes for box in outer.inner)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="orgchart-svg"{role} {size}'
        f' viewBox="0 0 {_n(drawing.width)} {_n(drawing.height)}" style="{TEXT_STYLE}">'
        f'<g class="oc-frames" aria-hidden="true">{frames}</g>'
        f'<g class="oc-lines" aria-hidden="true">{lines}</g>'
        f'<g class="oc-boxes">{boxes}{inner}</g></svg>'
    )
