"""Reading a chart back from its SVG: boxes (rectangles and text lines), lines, frames."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from orgunits.orgchart import fonts

SVG = "{http://www.w3.org/2000/svg}"
EPS = 0.05


@dataclass
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right - EPS
            and other.x < self.right - EPS
            and self.y < other.bottom - EPS
            and other.y < self.bottom - EPS
        )

    def contains(self, other: Rect) -> bool:
        return (
            self.x - EPS <= other.x
            and other.right <= self.right + EPS
            and self.y - EPS <= other.y
            and other.bottom <= self.bottom + EPS
        )

    def on_bottom_edge(self, point) -> bool:
        x, y = point
        return abs(y - self.bottom) < EPS and self.x < x < self.right

    def on_top_edge(self, point) -> bool:
        x, y = point
        return abs(y - self.y) < EPS and self.x < x < self.right

    def on_left_edge(self, point) -> bool:
        x, y = point
        return abs(x - self.x) < EPS and self.y < y < self.bottom

    def crossed_by(self, start, end) -> bool:
        """Whether an axis-parallel segment passes through the inside of the rectangle."""
        (x1, y1), (x2, y2) = start, end
        low_x, high_x, low_y, high_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
        return (
            low_x < self.right - EPS
            and high_x > self.x + EPS
            and low_y < self.bottom - EPS
            and high_y > self.y + EPS
        )


@dataclass
class TextLine:
    text: str
    role: str
    x: float
    y: float
    anchor: str
    font: fonts.Font

    @property
    def extent(self) -> tuple[float, float]:
        width = self.font.width(self.text)
        left = self.x - width / 2 if self.anchor == "middle" else self.x
        return left, left + width


@dataclass
class Box:
    key: str
    kind: str
    rect: Rect
    lines: list[TextLine] = field(default_factory=list)
    href: str = ""

    def text(self, role: str) -> str:
        return " ".join(line.text for line in self.lines if line.role == role)


@dataclass
class Polyline:
    superior: str
    subordinate: str
    points: list[tuple[float, float]]


@dataclass
class Chart:
    boxes: dict[str, Box]
    lines: list[Polyline]
    frames: dict[str, Rect]
    width: float
    height: float

    def outer(self) -> list[Box]:
        return [box for box in self.boxes.values() if box.kind != "inside"]

    def touching(self, point, edge: str) -> list[Box]:
        test = {"bottom": Rect.on_bottom_edge, "top": Rect.on_top_edge, "left": Rect.on_left_edge}
        return [box for box in self.outer() if test[edge](box.rect, point)]


FONT_FILES = {
    ("DejaVu Sans Condensed", "normal", "normal"): "DejaVuSansCondensed.ttf",
    ("DejaVu Sans Condensed", "bold", "normal"): "DejaVuSansCondensed-Bold.ttf",
    ("DejaVu Sans", "normal", "italic"): "DejaVuSans-Oblique.ttf",
}


def _font(element) -> fonts.Font:
    family = element.get("font-family")
    weight = element.get("font-weight", "normal")
    style = element.get("font-style", "normal")
    filename = FONT_FILES[(family, weight, style)]
    return fonts.Font(family, weight, style, filename, float(element.get("font-size")))


def _rect(element) -> Rect:
    values = [float(element.get(name)) for name in ("x", "y", "width", "height")]
    return Rect(*values)


def _box(group, href: str) -> Box:
    kind = next(c for c in group.get("class").split() if c.startswith("oc-box--"))[8:]
    box = Box(group.get("data-key"), kind, _rect(group.find(f"{SVG}rect")), href=href)
    for text in group.iter(f"{SVG}text"):
        role = next(c for c in text.get("class").split() if c.startswith("oc-text--"))[9:]
        x, y = float(text.get("x")), float(text.get("y"))
        line = TextLine(text.text, role, x, y, text.get("text-anchor"), _font(text))
        box.lines.append(line)
    return box


def _points(value: str) -> list[tuple[float, float]]:
    return [tuple(float(n) for n in pair.split(",")) for pair in value.split()]


def read_chart(svg: str) -> Chart:
    """Parse the SVG the chart writer produced (page or PDF variant)."""
    root = ET.fromstring(svg)  # noqa: S314 - our own output, read back in tests
    boxes = {}
    for link in root.iter(f"{SVG}a"):
        group = link.find(f"{SVG}g")
        boxes[group.get("data-key")] = _box(group, link.get("href"))
    for group in root.iter(f"{SVG}g"):
        if "oc-box" in (group.get("class") or "").split() and group.get("data-key") not in boxes:
            boxes[group.get("data-key")] = _box(group, "")
    lines = [
        Polyline(p.get("data-superior"), p.get("data-subordinate"), _points(p.get("points")))
        for p in root.iter(f"{SVG}polyline")
    ]
    frames = {
        r.get("data-department"): _rect(r)
        for r in root.iter(f"{SVG}rect")
        if r.get("data-department")
    }
    width, height = (float(v) for v in root.get("viewBox").split()[2:])
    return Chart(boxes, lines, frames, width, height)


PATH_TOKEN = re.compile(r"([MLHVAZmlhvaz])([^MLHVAZmlhvaz]*)")


def _subpaths(data: str) -> list[list[tuple[float, float]]]:
    """The points each sub-path of an SVG path visits (arcs by their end points)."""
    subpaths: list[list[tuple[float, float]]] = []
    x = y = 0.0
    for command, args in PATH_TOKEN.findall(data):
        numbers = [float(n) for n in re.findall(r"-?[\d.]+", args)]
        if command in "Mm":
            x, y = numbers if command == "M" else (x + numbers[0], y + numbers[1])
            subpaths.append([(x, y)])
            continue
        if command in "Zz":
            continue
        if command == "L":
            x, y = numbers
        elif command == "h":
            x += numbers[0]
        elif command == "v":
            y += numbers[0]
        elif command == "a":
            x, y = x + numbers[5], y + numbers[6]
        else:
            raise AssertionError(f"unexpected path command {command}")
        subpaths[-1].append((x, y))
    return subpaths


def _bounds(points) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


@dataclass
class Picture:
    """The printed picture read back: each path's fill and the rectangles or lines it draws."""

    rectangles: list[tuple[str, tuple[float, float, float, float]]]
    lines: list[list[tuple[float, float]]]


def read_picture(svg: str) -> Picture:
    root = ET.fromstring(svg)  # noqa: S314 - our own output, read back in tests
    rectangles, lines = [], []
    for path in root.iter(f"{SVG}path"):
        for points in _subpaths(path.get("d")):
            if path.get("fill") == "none":
                lines.append(points)
            else:
                rectangles.append((path.get("fill"), _bounds(points)))
    return Picture(rectangles, lines)
