"""The printed chart's picture: its boxes, lines and frames as few SVG shapes as draw them.

WeasyPrint draws an SVG shape by shape, working out each one's style anew (a city hall's 13
pages have some 1,400 rectangles and lines). What looks alike is therefore one `<path>`: all
frames, all reporting lines, and the boxes of each look, each box a closed sub-path drawn from
its top-left corner clockwise as a `<rect>` is (so that dashes fall the same way). The layers
keep the screen SVG's order (`svg.chart_svg`): frames, lines, boxes, then the posts inside them.
The text is set over the picture as HTML (`printed`).
"""

from __future__ import annotations

from . import style
from .layout import Box, Drawing
from .svg import _n, box_look


def rectangle(x: float, y: float, width: float, height: float, radius: float = 0.0) -> str:
    """A rectangle as a closed sub-path, corners rounded by `radius`."""
    r = min(radius, width / 2, height / 2)
    if not r:
        return f"M{_n(x)},{_n(y)}h{_n(width)}v{_n(height)}h{_n(-width)}z"
    arc = f"a{_n(r)},{_n(r)} 0 0 1 "
    return (
        f"M{_n(x + r)},{_n(y)}h{_n(width - 2 * r)}{arc}{_n(r)},{_n(r)}"
        f"v{_n(height - 2 * r)}{arc}{_n(-r)},{_n(r)}h{_n(2 * r - width)}{arc}{_n(-r)},{_n(-r)}"
        f"v{_n(2 * r - height)}{arc}{_n(r)},{_n(-r)}z"
    )


def _path(data: list[str], fill: str, stroke: str, width: float, dash: str = "") -> str:
    if not data:
        return ""
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<path d="{"".join(data)}" fill="{fill}" stroke="{stroke}"'
        f' stroke-width="{_n(width)}"{dashes}/>'
    )


def _boxes(boxes: list[Box]) -> str:
    """The boxes, one path per look, in the order the looks first appear."""
    looks: dict[tuple, list[str]] = {}
    for box in boxes:
        look = box_look(box)
        key = (look.fill, look.stroke, look.stroke_width, look.dash)
        shape = rectangle(box.x, box.y, box.width, box.height, look.radius)
        looks.setdefault(key, []).append(shape)
    return "".join(_path(data, *key) for key, data in looks.items())


def picture_svg(drawing: Drawing, scale: float) -> str:
    """The drawing without its text, printed `scale` times its size (in pt)."""
    frames = [rectangle(f.x, f.y, f.width, f.height, 4) for f in drawing.frames]
    lines = ["M" + "L".join(f"{_n(x)},{_n(y)}" for x, y in line.points) for line in drawing.lines]
    width, height = _n(drawing.width), _n(drawing.height)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(drawing.width * scale)}pt"'
        f' height="{_n(drawing.height * scale)}pt" viewBox="0 0 {width} {height}">'
        + _path(frames, style.FRAME_FILL, style.FRAME_STROKE, 1, style.FRAME_DASH)
        + _path(lines, "none", style.LINE, 1)
        + _boxes(drawing.boxes)
        + _boxes([inner for box in drawing.boxes for inner in box.inner])
        + "</svg>"
    )
