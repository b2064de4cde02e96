"""Which existing unit is each node of an imported ordinance (DESIGN §3).

Two passes over the nodes, parents before children, each unit matched at most once. First the
certain matches:

1. the same symbol, the same kind, and at least half of the name's words kept;
2. the same key (from the mapping file or the key rule), kind and superior, and at least half of
   the name's words kept;
3. the same superior, kind and name.

Then, among the units left, the doubtful ones, which wait for the administrator's decision:
the same symbol with another kind or a name changed by more than half (renamed? or the symbol
passed on?), the same key under another superior (moved?), a similar name (half of the words or
more) of the same kind under the same superior (renamed?), the same kind and name under another
superior (moved?). What is left is a new unit, whose key follows the key rule
(`importer.mapping`). Certain matches come first so that no node takes, by a doubtful rule, a
unit another node is certainly.

Matched units keep their keys, so assignments, grants and cases follow them when the ordinance
is applied.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from orgunits import selectors
from orgunits.models import OrgUnit

from . import analysis
from .importer import Mapping, Node
from .importer.mapping import key_by_rule, key_unique
from .models import OrdinanceUnit

SIMILAR = 0.5
Match = OrdinanceUnit.Match


@dataclass
class Matched:
    """The unit a node was matched to (None: new), by which rule, and why it is doubtful."""

    unit: OrgUnit | None
    rule: str
    note: str = ""

    @property
    def doubtful(self) -> bool:
        return bool(self.note)


def _same_text(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


class _Matcher:
    def __init__(self):
        self.live = [u for u in selectors.units_in_tree_order() if u.kind != OrgUnit.Kind.EXTERNAL]
        self.by_pk = {unit.pk: unit for unit in self.live}
        self.used: set[int] = set()
        self.result: dict[int, Matched] = {}

    def free(self):
        return [unit for unit in self.live if unit.pk not in self.used]

    def superior(self, node: Node) -> OrgUnit | None:
        """The unit the node's superior was matched to (None: the root, or not matched)."""
        found = self.result.get(id(node.parent)) if node.parent else None
        return found.unit if found else None

    def same_superior(self, node: Node, unit: OrgUnit) -> bool:
        if node.parent is None:
            return unit.parent_id is None
        superior = self.superior(node)
        return superior is not None and unit.parent_id == superior.pk

    # -- certain ---------------------------------------------------------------------------

    def _certain_symbol(self, node: Node, unit: OrgUnit) -> bool:
        return (
            bool(node.symbol)
            and unit.symbol == node.symbol
            and unit.kind == node.kind
            and analysis.name_similarity(unit.name, node.name) >= SIMILAR
        )

    def _certain_key(self, node: Node, unit: OrgUnit) -> bool:
        return (
            unit.key == node.key
            and unit.kind == node.kind
            and unit.symbol in ("", node.symbol)
            and self.same_superior(node, unit)
            and analysis.name_similarity(unit.name, node.name) >= SIMILAR
        )

    def _certain_name(self, node: Node, unit: OrgUnit) -> bool:
        return (
            unit.kind == node.kind
            and self.same_superior(node, unit)
            and _same_text(unit.name, node.name)
        )

    def certain(self, node: Node) -> Matched | None:
        rules = (
            (self._certain_symbol, Match.SYMBOL),
            (self._certain_key, Match.KEY),
            (self._certain_name, Match.NAME),
        )
        for test, rule in rules:
            unit = next((u for u in self.free() if test(node, u)), None)
            if unit is not None:
                return Matched(unit, rule)
        return None

    # -- doubtful --------------------------------------------------------------------------

    def by_symbol(self, node: Node) -> Matched | None:
        unit = next((u for u in self.free() if node.symbol and u.symbol == node.symbol), None)
        if unit is None:
            return None
        if unit.kind != node.kind:
            note = _("the kind changes from “%(old)s” to “%(new)s”") % {
                "old": unit.get_kind_display(),
                "new": OrgUnit.Kind(node.kind).label,
            }
        else:
            note = _("the name changes from “%(old)s”: the same unit renamed?") % {"old": unit.name}
        return Matched(unit, Match.SYMBOL, note)

    def by_key(self, node: Node) -> Matched | None:
        unit = next((u for u in self.free() if u.key == node.key), None)
        if unit is None:
            return None
        old_superior = self.by_pk.get(unit.parent_id)
        if unit.kind == node.kind and old_superior and not self.same_superior(node, unit):
            note = _("moved from under “%(old)s”?") % {"old": old_superior.display_name}
        else:
            note = _("the key is that of “%(old)s”: the same unit?") % {"old": unit.display_name}
        return Matched(unit, Match.KEY, note)

    def by_name(self, node: Node) -> Matched | None:
        superior = self.superior(node)
        siblings = [
            u
            for u in self.free()
            if superior and u.parent_id == superior.pk and u.kind == node.kind
        ]
        scored = [(analysis.name_similarity(u.name, node.name), u) for u in siblings]
        best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        if best[1] is not None and best[0] >= SIMILAR:
            note = _("renamed from “%(old)s”?") % {"old": best[1].name}
            return Matched(best[1], Match.SIMILAR, note)
        return None

    def elsewhere(self, node: Node) -> Matched | None:
        for unit in self.free():
            if unit.kind == node.kind and _same_text(unit.name, node.name):
                note = _("moved from under another superior?")
                return Matched(unit, Match.ELSEWHERE, note)
        return None

    def doubtful(self, node: Node) -> Matched:
        for rule in (self.by_symbol, self.by_key, self.by_name, self.elsewhere):
            if found := rule(node):
                return found
        return Matched(None, Match.NEW)

    def take(self, node: Node, found: Matched) -> None:
        self.result[id(node)] = found
        if found.unit is not None:
            self.used.add(found.unit.pk)


def match_nodes(nodes: list[Node], mapping: Mapping) -> dict[int, Matched]:
    """Match every node (given in tree order); fix the keys: matched ones keep the unit's."""
    matcher = _Matcher()
    for node in nodes:
        if found := matcher.certain(node):
            matcher.take(node, found)
    for node in nodes:
        if id(node) not in matcher.result:
            matcher.take(node, matcher.doubtful(node))
    keys_new(nodes, matcher.result, mapping)
    return {id(node): matcher.result[id(node)] for node in nodes}


def keys_new(nodes: list[Node], result: dict[int, Matched], mapping: Mapping) -> None:
    """Give matched nodes their unit's key and new nodes a key by the rule, never a used one."""
    taken = set(OrgUnit.objects.values_list("key", flat=True))
    for node in nodes:
        matched = result[id(node)]
        if matched.unit is not None:
            node.key = matched.unit.key
    taken |= {node.key for node in nodes if result[id(node)].unit is not None}
    for node in nodes:
        if result[id(node)].unit is None:
            parent_key = node.parent.key if node.parent else ""
            wanted = mapping.key_by_name(node.name) or key_by_rule(
                node.name, node.symbol, parent_key
            )
            node.key = key_unique(wanted, taken)
            taken.add(node.key)
