"""From an extracted text to content lines: whitespace collapsed, page furniture dropped.

A PDF extraction carries page footers (a line holding only the office's web address) and page
numbers. Such a line is dropped when it stands alone between blank lines or next to one (a page
break); the same address inside a point, or a point's line that happens to be the address
itself with text around it, stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .model import Message

URL_LINE_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
PAGE_NUMBER_RE = re.compile(
    r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^(?:strona|str\.)\s*\d{1,3}(?:\s*(?:z|/)\s*\d{1,3})?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    """A content line: its number in the file (1-based) and its text, spaces collapsed."""

    number: int
    text: str


def canonical(text: str) -> str:
    """Collapse line breaks and runs of spaces to single spaces; keep every other character."""
    return " ".join(text.split())


def _furniture(texts: list[str], index: int) -> str:
    """Why the line at `index` is page furniture ("" when it is content)."""
    text = texts[index]
    before = texts[index - 1] if index > 0 else ""
    after = texts[index + 1] if index + 1 < len(texts) else ""
    if before and after:
        return ""
    if URL_LINE_RE.match(text):
        return _("page footer")
    if PAGE_NUMBER_RE.match(text):
        return _("page number")
    return ""


def clean_lines(source: str) -> tuple[list[Line], list[Message]]:
    """The content lines of a text, and the lines dropped as page footers or page numbers."""
    raw = source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    texts = [canonical(line.replace("\f", " ")) for line in raw]
    lines: list[Line] = []
    skipped: list[Message] = []
    for index, text in enumerate(texts):
        if not text:
            continue
        reason = _furniture(texts, index)
        if reason:
            skipped.append(Message(index + 1, f"{reason}: {text}"))
        else:
            lines.append(Line(index + 1, text))
    return lines, skipped
