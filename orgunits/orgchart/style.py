"""How each kind of box looks, in one table, and the sizes the layout works with (pt).

Kinds differ by outline (thickness, dashes, corners) as well as by fill, so that the chart reads
the same printed in black and white and nothing is told by colour alone; the legend names them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from . import fonts
from .model import (
    AUTHORITY,
    DEPARTMENT,
    EXTERNAL,
    MANAGEMENT,
    PLENIPOTENTIARY,
    POST,
    UNIT,
)


@dataclass(frozen=True)
class BoxStyle:
    """The look of one kind of box, and what the legend calls it."""

    fill: str
    stroke: str
    stroke_width: float
    radius: float
    dash: str
    ink: str
    bold_name: bool
    width: float
    legend: str


INK = "#1b1f24"
MUTED = "#4a5562"
BRAND = "#0b4a8b"
LINE = "#1b1f24"

KINDS: dict[str, BoxStyle] = {
    AUTHORITY: BoxStyle("#0b4a8b", "#08325e", 2.0, 3, "", "#ffffff", True, 176, _("The Mayor")),
    DEPARTMENT: BoxStyle(
        "#d5e3f4", BRAND, 2.2, 7, "", INK, True, 140, _("Department, headed by its director")
    ),
    MANAGEMENT: BoxStyle(
        "#e9f0f9", BRAND, 1.2, 7, "", INK, True, 136, _("Management post (deputy director)")
    ),
    PLENIPOTENTIARY: BoxStyle(
        "#f7eed6", "#6b4a00", 1.2, 7, "", INK, False, 140, _("Plenipotentiary of the Mayor")
    ),
    UNIT: BoxStyle("#ffffff", INK, 1.0, 0, "", INK, False, 136, _("Organisational unit")),
    POST: BoxStyle("#f1f3f6", MUTED, 0.8, 0, "3 2", INK, False, 136, _("Post (stanowisko)")),
    EXTERNAL: BoxStyle("#ffffff", MUTED, 1.0, 0, "1 2", MUTED, False, 136, _("External unit")),
}
FRAME_FILL = "#f4f7fb"
FRAME_STROKE = BRAND
FRAME_DASH = "7 3"


def box_style(kind: str) -> BoxStyle:
    return KINDS.get(kind, KINDS[UNIT])


# Sizes in pt. The smallest text is 7.5 pt, so a page may shrink the chart to 93 % at most and
# still print no text below 7 pt.
PAD_X = 7.0
PAD_Y = 6.0
POST_INSET = 5.0
POST_GAP = 4.0
POST_PAD = 4.0
STACK_INDENT = 16.0
STACK_GAP = 8.0
STACK_MIN = 3
FRAME_PAD_X = 9.0
FRAME_PAD_TOP = 10.0
FRAME_PAD_BOTTOM = 6.0
MARGIN = 3.0

SYMBOL_FONT = fonts.condensed_bold(9.5)
NAME_FONT = fonts.condensed(8.5)
NAME_BOLD_FONT = fonts.condensed_bold(8.5)
POST_FONT = fonts.condensed(8.0)
HEAD_FONT = fonts.oblique(7.5)
MARKER_FONT = fonts.condensed_bold(7.5)
FRAME_FONT = fonts.condensed_bold(8.0)
LEGEND_FONT = fonts.condensed(8.0)
SMALLEST_TEXT = 7.5
