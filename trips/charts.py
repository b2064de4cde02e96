"""Bar charts drawn on the server as SVG (no script, no CDN), for the page and the PDF.

Each chart carries its title and a text description for screen readers; the same figures are
in a table beside it.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 190
BAR_WIDTH = 300
VALUE_WIDTH = 110
COLOURS = ("#1f5f99", "#2e7d4f", "#8a5a00", "#6b3fa0", "#a23b3b")


def _value_text(value, unit: str) -> str:
    if isinstance(value, Decimal):
        text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    else:
        text = str(value)
    return f"{text} {unit}".strip()


def bar_chart(title: str, items: list[tuple[str, int | Decimal]], *, unit: str = "") -> SafeString:
    """A horizontal bar chart of labelled values, as an accessible inline SVG."""
    top = max((value for _label, value in items), default=0) or 1
    height = max(len(items), 1) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    description = "; ".join(f"{label}: {_value_text(v, unit)}" for label, v in items)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-label="{escape(title)}: {escape(description)}">',
        f"<title>{escape(title)}</title>",
        f"<desc>{escape(description)}</desc>",
    ]
    for index, (label, value) in enumerate(items):
        y = GAP + index * (BAR_HEIGHT + GAP)
        length = max(int(BAR_WIDTH * float(value) / float(top)), 1 if value else 0)
        colour = COLOURS[index % len(COLOURS)]
        parts += [
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end" '
            f'font-size="12" font-family="DejaVu Sans, sans-serif">{escape(label[:30])}</text>',
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length}" height="{BAR_HEIGHT}" '
            f'fill="{colour}"/>',
            f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 15}" font-size="12" '
            f'font-family="DejaVu Sans, sans-serif">{escape(_value_text(value, unit))}</text>',
        ]
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped
