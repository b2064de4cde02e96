"""From the outline to the structure and the catalogue: nodes, reporting lines, lists of tasks.

Units are named in any grammatical case ("Biura Współpracy Zagranicznej", "Dyrektorowi Kancelarii
Prezydenta"); a name is resolved by its symbol when it carries one, else by comparing lemmas word
by word with the names the text declares in the nominative (the list of units, the lists of
subordinates, "funkcjonuje Stanowisko …"). A phrase that is only a kind word ("W strukturze
Referatu") names the unit whose catalogue opens the enclosing §. A head's title ("Dyrektorowi
Kancelarii Prezydenta") names the unit it heads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _

from .. import analysis
from .clauses import SYMBOL, ClauseHandlers, reference, split_symbol
from .header import POLISH_DATE_RE, polish_date
from .mapping import Mapping, key_by_rule, key_unique
from .model import Message, Node
from .syntax import Element, Outline

SYMBOL_IN_BRACKETS_RE = re.compile(rf"\((?P<symbol>{SYMBOL})\)$")
DAYS_AFTER_RE = re.compile(r"po upływie (\d+) dni od dnia podpisania")


@dataclass
class Provision:
    """A § without ust., or one ust.: its lead text, its points and bullets."""

    paragraph: int
    section: int | None
    head: str
    line: int
    points: list[Element]
    bullets: list[Element]

    def ref(self, point: int | None = None, letter: str = "") -> str:
        return reference(self.paragraph, self.section, point, letter)


def provisions(outline: Outline) -> list[Provision]:
    """Every provision of the body in order."""
    result = []
    for paragraph in outline.paragraphs:
        sections = paragraph.of_kind("section")
        if paragraph.text or not sections:
            result.append(
                Provision(
                    paragraph.number,
                    None,
                    paragraph.text,
                    paragraph.line,
                    paragraph.of_kind("point"),
                    paragraph.of_kind("bullet"),
                )
            )
        for section in sections:
            result.append(
                Provision(
                    paragraph.number,
                    section.number,
                    section.text,
                    section.line,
                    section.of_kind("point"),
                    section.of_kind("bullet"),
                )
            )
    return result


class Reader(ClauseHandlers):
    """Reads provisions into nodes and lists; collects errors and warnings with line numbers."""

    def __init__(self, mapping: Mapping, signed_on: date):
        super().__init__()
        self.mapping = mapping
        self.signed_on = signed_on
        root, department = mapping.root, mapping.department
        self.root = Node(root["name"], 0, kind=root["kind"], key=root["key"])
        self.root.short_name = root.get("short_name", "")
        self.root.basis = [root["legal_basis"]] if root.get("legal_basis") else []
        self.department = Node(
            department["name"],
            0,
            symbol=department.get("symbol", ""),
            kind=department["kind"],
            key=department["key"],
            parent=self.root,
        )
        self.department.short_name = department.get("short_name", "")
        self.nodes: list[Node] = [self.root, self.department]
        self.paragraph_owner: dict[int, Node] = {}
        self._order = 0

    # -- messages --------------------------------------------------------------------------

    def error(self, line: int, text: str) -> None:
        self.errors.append(Message(line, text))

    def warn(self, line: int, text: str) -> None:
        self.warnings.append(Message(line, text))

    # -- nodes -----------------------------------------------------------------------------

    def by_symbol(self, symbol: str) -> Node | None:
        return next((node for node in self.nodes if node.symbol == symbol), None)

    def by_name(self, name: str, *, under: Node | None = None) -> Node | None:
        """A node of this name (in any case); with `under`, only one placed there or unplaced."""
        for node in self.nodes:
            placed_elsewhere = under is not None and node.parent not in (None, under)
            if not placed_elsewhere and analysis.same_name(name, node.name):
                return node
        return None

    def declare(
        self, name: str, symbol: str, line: int, *, default_kind: str = "unit", under=None
    ) -> Node:
        """The node with this symbol or name, created if the text has not named it before.

        Without a symbol, a name only stands for a node already declared under the same
        superior (or not yet placed): two posts of the same name in two units are two nodes.
        """
        node = self.by_symbol(symbol) if symbol else self.by_name(name, under=under)
        if node is not None:
            return node
        kind = self.mapping.kind_of(name)
        if not kind:
            kind = default_kind
            self.warn(
                line,
                _("the kind of “%(name)s” is not in the mapping file; taken as “%(kind)s”")
                % {"name": name, "kind": kind},
            )
        node = Node(name, line, symbol=symbol, kind=kind)
        self.nodes.append(node)
        return node

    def resolve(self, phrase: str, *, line: int, paragraph: int | None = None) -> Node | None:
        """The node a phrase names, in whatever case; None (and an error) when none does."""
        phrase = phrase.strip()
        node = self._resolve(phrase, paragraph)
        if node is None:
            self.error(line, _("no unit called “%(name)s” in this text") % {"name": phrase})
        return node

    def _resolve(self, phrase: str, paragraph: int | None) -> Node | None:
        if match := SYMBOL_IN_BRACKETS_RE.search(phrase):
            return self.by_symbol(match.group("symbol"))
        name, symbol = split_symbol(phrase)
        if symbol:
            return self.by_symbol(symbol)
        if node := self.by_name(name):
            return node
        words = name.split()
        if words and self.mapping.is_head_title(words[0]):
            rest = " ".join(words[1:])
            return self._resolve(rest, paragraph) if rest else self.department
        owner = self.paragraph_owner.get(paragraph)
        if len(words) == 1 and owner and analysis.same_name(words[0], owner.name.split()[0]):
            return owner
        return None

    def report(self, node: Node, superior: Node, basis: str, line: int) -> None:
        """Record that `node` reports to `superior` by the provision `basis`."""
        if node.parent is None:
            node.parent = superior
            self._order += 1
            node.line_order = (line, self._order)
        elif node.parent is not superior:
            self.error(
                line,
                _("%(node)s already reports to %(superior)s (%(basis)s)")
                % {"node": node.label, "superior": node.parent.label, "basis": node.legal_basis},
            )
            return
        if basis not in node.basis:
            node.basis.append(basis)

    # -- after reading ---------------------------------------------------------------------

    def finish(self) -> list[Node]:
        """Check every node hangs in the tree; return the nodes in tree order with keys."""
        for node in self.nodes[2:]:
            if node.parent is None:
                self.error(
                    node.line,
                    _("no provision says whom %(node)s reports to") % {"node": node.label},
                )
        ordered = self._tree_order()
        for node in ordered:
            node.in_department = node is not self.department and self._below_department(node)
        self._keys(ordered)
        return ordered

    def _below_department(self, node: Node) -> bool:
        seen = 0
        while node is not None and seen <= len(self.nodes):
            if node.in_department or node.parent is self.department:
                return True
            node, seen = node.parent, seen + 1
        return False

    def _tree_order(self) -> list[Node]:
        children: dict[int, list[Node]] = {}
        for node in self.nodes[1:]:
            if node.parent is not None:
                children.setdefault(id(node.parent), []).append(node)
        ordered, stack = [], [self.root]
        while stack:
            node = stack.pop()
            ordered.append(node)
            below = sorted(children.get(id(node), []), key=lambda n: n.line_order)
            stack.extend(reversed(below))
        for node in self.nodes:
            if node not in ordered and node.parent is not None:
                self.error(node.line, _("%(node)s reports to itself") % {"node": node.label})
        return ordered

    def _keys(self, ordered: list[Node]) -> None:
        taken: set[str] = set()
        for node in ordered:
            if not node.key:
                parent_key = node.parent.key if node.parent else ""
                node.key = self.mapping.key_by_name(node.name) or key_by_rule(
                    node.name, node.symbol, parent_key
                )
                node.key = key_unique(node.key, taken)
            taken.add(node.key)
            node.short_name = (
                node.short_name or self.mapping.short_names.get(node.key, "") or node.name
            )

    def effective_date(self) -> date | None:
        """The day the ordinance enters into force, from its clause; None if it cannot tell."""
        if self.in_force is None:
            self.error(0, _("the text does not say when the ordinance enters into force"))
            return None
        when, line = self.in_force
        if "z dniem podpisania" in when:
            return self.signed_on
        if match := DAYS_AFTER_RE.search(when):
            return self.signed_on + timedelta(days=int(match.group(1)))
        if match := POLISH_DATE_RE.search(when):
            return polish_date(*match.groups())
        self.error(
            line,
            _(
                "the date of entry into force cannot be read from “%(text)s”; give the "
                "date it is in force from"
            )
            % {"text": when},
        )
        return None
