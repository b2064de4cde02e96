"""Text measurement with the vendored DejaVu fonts, and line wrapping that never cuts a word.

SVG does not wrap text, so every line of a box is decided here, measured with the very font files
that the PDF embeds (`templates/generic/pdf/base.html`) and the web page declares
(`static/css/kancelaria.css`). The chart's SVG on screen and its text in the PDF (`printed`)
turn pair kerning and ligatures off (`font-kerning: none`), so a line's width is exactly the sum
of its characters' advance widths, read here with fontTools; the fonts' ascent and descent, read
here too, tell where a line's baseline falls in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "static" / "vendor" / "fonts"


@cache
def _advances(filename: str) -> tuple[dict[str, float], float]:
    """Advance width per character in em, and the width of a character the font lacks."""
    font = TTFont(FONT_DIR / filename, lazy=True)
    per_em = font["head"].unitsPerEm
    hmtx = font["hmtx"].metrics
    advances = {chr(code): hmtx[glyph][0] / per_em for code, glyph in font.getBestCmap().items()}
    return advances, hmtx[".notdef"][0] / per_em


@cache
def _extent(filename: str) -> tuple[float, float]:
    """The font's ascent and descent in em (its `hhea` metrics, which Pango lays lines with)."""
    font = TTFont(FONT_DIR / filename, lazy=True)
    per_em = font["head"].unitsPerEm
    return font["hhea"].ascent / per_em, -font["hhea"].descent / per_em


@dataclass(frozen=True)
class Font:
    """A font as the SVG names it (family, weight, style, size in pt) and the file it uses."""

    family: str
    weight: str
    style: str
    filename: str
    size: float

    def width(self, text: str) -> float:
        """The width of `text` set in this font, in pt."""
        advances, missing = _advances(self.filename)
        return sum(advances.get(char, missing) for char in text) * self.size

    @property
    def line_height(self) -> float:
        return self.size * 1.22

    @property
    def ascent(self) -> float:
        """How far the font's glyphs may rise above the baseline, in pt."""
        return _extent(self.filename)[0] * self.size

    @property
    def descent(self) -> float:
        """How far they may reach below it, in pt."""
        return _extent(self.filename)[1] * self.size


def condensed(size: float) -> Font:
    return Font("DejaVu Sans Condensed", "normal", "normal", "DejaVuSansCondensed.ttf", size)


def condensed_bold(size: float) -> Font:
    return Font("DejaVu Sans Condensed", "bold", "normal", "DejaVuSansCondensed-Bold.ttf", size)


def oblique(size: float) -> Font:
    return Font("DejaVu Sans", "normal", "italic", "DejaVuSans-Oblique.ttf", size)


# --- wrapping ----------------------------------------------------------------------------------


class _Words:
    """The words of a text with their widths; a line's width is their sum plus the spaces."""

    def __init__(self, text: str, font: Font):
        self.words = text.split()
        self.widths = [font.width(word) for word in self.words]
        self.space = font.width(" ")

    def greedy(self, limit: float) -> list[tuple[int, int]]:
        """Lines as (first, end) word ranges, each as full as `limit` allows."""
        lines: list[tuple[int, int]] = []
        start, width = 0, 0.0
        for index, word_width in enumerate(self.widths):
            candidate = width + self.space + word_width
            if index == start:
                width = word_width
            elif candidate > limit:
                lines.append((start, index))
                start, width = index, word_width
            else:
                width = candidate
        if self.words:
            lines.append((start, len(self.words)))
        return lines

    def widest(self, lines: list[tuple[int, int]]) -> float:
        return max(sum(self.widths[a:b]) + self.space * (b - a - 1) for a, b in lines)


def wrap(text: str, font: Font, limit: float) -> list[str]:
    """Break `text` at spaces into balanced lines no wider than `limit`.

    A word longer than `limit` stays whole on a line of its own; boxes are made at least as wide
    as their longest word (`widest_word`), so no word is ever cut or hyphenated.
    """
    return list(_wrap(text, font, limit))


@lru_cache(maxsize=8192)
def _wrap(text: str, font: Font, limit: float) -> tuple[str, ...]:
    """`wrap`, remembered: planning a printout draws the same boxes many times over."""
    words = _Words(text, font)
    if not words.words:
        return ()
    lines = words.greedy(limit)
    low, high = words.widest(lines) / len(lines), words.widest(lines)
    for _ in range(12):
        middle = (low + high) / 2
        if len(words.greedy(middle)) > len(lines):
            low = middle
        else:
            high = middle
    return tuple(" ".join(words.words[a:b]) for a, b in words.greedy(high))


@lru_cache(maxsize=8192)
def widest_word(text: str, font: Font) -> float:
    """The width of the longest word of `text`."""
    return max((font.width(word) for word in text.split()), default=0.0)


def forget_wrapped() -> None:
    """Forget the remembered wraps and widths (a benchmark measuring them afresh)."""
    _wrap.cache_clear()
    widest_word.cache_clear()
