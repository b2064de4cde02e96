"""The outline of an ordinance's body: §, ust., pkt, lit. and bullets, numbered in sequence.

A line opens a new element only when its marker is the next one expected ("5)" after "4)",
"b)" after "a)", "3." after "2.", "§ 6." after "§ 5."). A marker that is not expected is ordinary
text when the line before it runs on (a point broken in mid-sentence, "…poz. 1153,⏎1436) zarządza
się"); after a finished sentence it is an error naming the line and what was expected. The body
ends at the signature block (a line in capitals after a finished sentence) or an attachment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .lines import Line, canonical
from .model import Message

PARAGRAPH_RE = re.compile(r"^§\s*(\d+)\.\s*(.*)$")
SECTION_RE = re.compile(r"^(\d+)\.(?:\s+(.*))?$")
POINT_RE = re.compile(r"^(\d+)\)\s*(.*)$")
LETTER_RE = re.compile(r"^([a-z])\)\s*(.*)$")
BULLET_RE = re.compile(r"^[\uf02d\uf0b7\u2022\u25aa]\s*(.*)$")
ATTACHMENT_RE = re.compile(r"^Załącznik\b")
SENTENCE_END = (";", ".", ":")


@dataclass
class Element:
    """A § (paragraph), ust. (section), pkt (point), lit. (letter) or bullet, with its text."""

    kind: str
    number: int | str | None
    line: int
    parts: list[str] = field(default_factory=list)
    children: list[Element] = field(default_factory=list)

    @property
    def text(self) -> str:
        return canonical(" ".join(self.parts))

    def of_kind(self, kind: str) -> list[Element]:
        return [child for child in self.children if child.kind == kind]


@dataclass
class Outline:
    """The paragraphs of the body, the signature lines after it, and the errors found."""

    paragraphs: list[Element]
    signature: list[Line]
    errors: list[Message]


def _is_signature(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 10 and text == text.upper() and " " in text) or bool(
        ATTACHMENT_RE.match(text)
    )


class _Parser:
    """A small state machine over the body's lines; see the module docstring for the rules."""

    LEVELS = ("paragraph", "section", "point", "letter", "bullet")

    def __init__(self):
        self.paragraphs: list[Element] = []
        self.open: dict[str, Element | None] = dict.fromkeys(self.LEVELS)
        self.errors: list[Message] = []

    # -- helpers ---------------------------------------------------------------------------

    def _deepest(self) -> Element | None:
        for level in reversed(self.LEVELS):
            if self.open[level] is not None:
                return self.open[level]
        return None

    def _runs_on(self, comma_ends: bool = False) -> bool:
        """Whether the text so far stops in mid-sentence (so a stray marker is just text).

        A lettered sub-point ends with a comma, so after one (or before a letter) a comma ends
        the sentence too.
        """
        deepest = self._deepest()
        if deepest is None:
            return False
        ends = SENTENCE_END + ((",",) if comma_ends or deepest.kind == "letter" else ())
        return not deepest.text.endswith(ends)

    def _open(self, level: str, element: Element, parent: Element | None) -> None:
        index = self.LEVELS.index(level)
        for deeper in self.LEVELS[index:]:
            self.open[deeper] = None
        self.open[level] = element
        (parent.children if parent else self.paragraphs).append(element)

    def _unexpected(self, line: Line, expected: str, found: str, comma_ends=False) -> bool:
        """Record an out-of-sequence marker (unless the line before runs on); True if taken."""
        if self._runs_on(comma_ends):
            return False
        self.errors.append(
            Message(
                line.number,
                _("expected %(expected)s, found “%(found)s”")
                % {"expected": expected, "found": found},
            )
        )
        return True

    # -- markers ---------------------------------------------------------------------------

    def paragraph(self, line: Line, text: str) -> bool:
        match = PARAGRAPH_RE.match(text)
        if not match:
            return False
        number = int(match.group(1))
        expected = self.paragraphs[-1].number + 1 if self.paragraphs else 1
        if number != expected and not self._unexpected(line, f"§ {expected}.", f"§ {number}."):
            return False
        self._open("paragraph", Element("paragraph", number, line.number), None)
        if match.group(2):
            self.dispatch(line, match.group(2))
        return True

    def section(self, line: Line, text: str) -> bool:
        match = SECTION_RE.match(text)
        paragraph = self.open["paragraph"]
        if not match or paragraph is None:
            return False
        number = int(match.group(1))
        sections = paragraph.of_kind("section")
        if sections:
            expected = sections[-1].number + 1
        elif not paragraph.parts and not paragraph.children:
            expected = 1
        else:
            return number > 1 and self._unexpected(line, _("no ust. in this §"), f"{number}.")
        if number != expected and not self._unexpected(line, f"ust. {expected}.", f"{number}."):
            return False
        self._open("section", Element("section", number, line.number), paragraph)
        if match.group(2):
            self.dispatch(line, match.group(2))
        return True

    def point(self, line: Line, text: str) -> bool:
        match = POINT_RE.match(text)
        container = self.open["section"] or self.open["paragraph"]
        if not match or container is None:
            return False
        number = int(match.group(1))
        points = container.of_kind("point")
        expected = points[-1].number + 1 if points else 1
        if number != expected and not self._unexpected(line, f"pkt {expected})", f"{number})"):
            return False
        self._open("point", Element("point", number, line.number, [match.group(2)]), container)
        return True

    def letter(self, line: Line, text: str) -> bool:
        match = LETTER_RE.match(text)
        point = self.open["point"]
        if not match:
            return False
        letter = match.group(1)
        if point is None:
            return self._unexpected(line, _("a numbered point before it"), f"{letter})")
        letters = point.of_kind("letter")
        expected = chr(ord(letters[-1].number) + 1) if letters else "a"
        wrong = letter != expected
        if wrong and not self._unexpected(line, f"lit. {expected})", f"{letter})", True):
            return False
        self._open("letter", Element("letter", letter, line.number, [match.group(2)]), point)
        return True

    def bullet(self, line: Line, text: str) -> bool:
        match = BULLET_RE.match(text)
        parent = self.open["point"] or self.open["section"] or self.open["paragraph"]
        if not match or parent is None:
            return False
        self._open("bullet", Element("bullet", None, line.number, [match.group(1)]), parent)
        return True

    def dispatch(self, line: Line, text: str) -> None:
        for marker in (self.paragraph, self.section, self.point, self.letter, self.bullet):
            if marker(line, text):
                return
        deepest = self._deepest()
        if deepest is None:
            self.errors.append(Message(line.number, _("text before § 1.")))
        else:
            deepest.parts.append(text)


def parse_body(lines: list[Line]) -> Outline:
    """The outline of the body (from "§ 1." on); stops at the signature block."""
    parser = _Parser()
    for index, line in enumerate(lines):
        if parser.paragraphs and not parser._runs_on() and _is_signature(line.text):
            return Outline(parser.paragraphs, lines[index:], parser.errors)
        parser.dispatch(line, line.text)
    return Outline(parser.paragraphs, [], parser.errors)
