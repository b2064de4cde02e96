"""What the importer reads from an ordinance's text: plain data, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Message:
    """A problem found in the text, with the line it is on (0: the text as a whole)."""

    line: int
    text: str

    def __str__(self):
        return f"{self.line}: {self.text}" if self.line else self.text


class OrdinanceTextError(Exception):
    """The text cannot be read fully; nothing is imported. Carries every problem found."""

    def __init__(self, messages: list[Message]):
        self.messages = sorted(messages, key=lambda m: m.line)
        super().__init__("\n".join(str(m) for m in self.messages))


@dataclass
class Node:
    """A node of the structure as the ordinance states it (the root and KP from the mapping)."""

    name: str
    line: int
    symbol: str = ""
    kind: str = ""
    key: str = ""
    short_name: str = ""
    parent: Node | None = None
    in_department: bool = False
    basis: list[str] = field(default_factory=list)
    line_order: tuple[int, int] = (0, 0)

    @property
    def legal_basis(self) -> str:
        return ", ".join(self.basis)

    @property
    def label(self) -> str:
        return f"{self.symbol} {self.name}" if self.symbol else self.name


@dataclass
class Item:
    """A numbered point or a lettered sub-point of a catalogue, with its canonical text."""

    point: int
    letter: str
    text: str
    line: int
    exhaustive: bool = True
    subpoints: list[Item] = field(default_factory=list)


@dataclass
class TaskListData:
    """A list of tasks: its owner (None: every unit), reference, lead-in and points."""

    owner: Node | None
    paragraph: int
    section: int | None
    lead_in: str
    line: int
    duty: str = ""
    exhaustive: bool = True
    separate_act: bool = False
    items: list[Item] = field(default_factory=list)


@dataclass
class ReadOrdinance:
    """Everything read from one ordinance's text."""

    number: str
    signed_on: date
    title: str
    effective_from: date | None = None
    supersedes_number: str = ""
    preamble: str = ""
    nodes: list[Node] = field(default_factory=list)
    lists: list[TaskListData] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    skipped_lines: list[Message] = field(default_factory=list)

    def points(self) -> int:
        return sum(len(task_list.items) for task_list in self.lists)

    def subpoints(self) -> int:
        return sum(len(item.subpoints) for lst in self.lists for item in lst.items)
