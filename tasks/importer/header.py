"""The head of an ordinance: its number, date, title and preamble, up to "§ 1."."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from .lines import Line, canonical
from .model import Message

NUMBER_RE = re.compile(r"\bZARZĄDZENIE\s+NR\s+(\S+)", re.IGNORECASE)
DATE_RE = re.compile(r"\bZ\s+DNIA\s+(\d{1,2})\s+(\w+)\s+(\d{4})\s*R\b", re.IGNORECASE)
TITLE_RE = re.compile(r"\b(w sprawie .*?)\s*(?=Na podstawie\b|$)")
PREAMBLE_RE = re.compile(r"\b(Na podstawie\b.*)$")
FIRST_PARAGRAPH_RE = re.compile(r"^§\s*1\.")
MONTHS = (
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
)
POLISH_DATE_RE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4}) r\.", re.IGNORECASE)


@dataclass
class Head:
    """What the head of the text says; `body` is the lines from "§ 1." on."""

    number: str = ""
    signed_on: date | None = None
    title: str = ""
    preamble: str = ""
    body: list[Line] | None = None


def polish_date(day: str, month: str, year: str) -> date | None:
    """A date written the Polish way ("18 lutego 2026"); None if it is not one."""
    try:
        return date(int(year), MONTHS.index(month.lower()) + 1, int(day))
    except ValueError:
        return None


def _head_lines(lines: list[Line], head: Head, errors: list[Message]) -> None:
    """Read the head as one text: a heading or date may be broken over lines like any text."""
    text = canonical(" ".join(line.text for line in lines))
    if match := NUMBER_RE.search(text):
        head.number = match.group(1)
    if match := DATE_RE.search(text):
        head.signed_on = polish_date(*match.groups())
        if head.signed_on is None:
            errors.append(Message(lines[0].number, _("the date “%s” is not a date") % match[0]))
    if match := TITLE_RE.search(text):
        head.title = match.group(1)
    if match := PREAMBLE_RE.search(text):
        head.preamble = match.group(1)


def read_head(lines: list[Line]) -> tuple[Head, list[Message]]:
    """Split the lines at "§ 1." and read the number, date, title and preamble before it."""
    head = Head()
    errors: list[Message] = []
    start = next((i for i, line in enumerate(lines) if FIRST_PARAGRAPH_RE.match(line.text)), None)
    if start is None:
        errors.append(Message(0, _("no “§ 1.” found: this is not the text of an ordinance")))
        return head, errors
    if start:
        _head_lines(lines[:start], head, errors)
    head.body = lines[start:]
    first = lines[0].number if lines else 1
    if not head.number:
        errors.append(Message(first, _("expected a heading “ZARZĄDZENIE NR …” before § 1.")))
    if head.signed_on is None and not errors:
        errors.append(Message(first, _("expected the date “Z DNIA … r.” before § 1.")))
    if not head.preamble.endswith("co następuje:"):
        errors.append(
            Message(
                lines[start].number,
                _("expected the preamble ending “zarządza się, co następuje:” before § 1."),
            )
        )
    return head, errors
