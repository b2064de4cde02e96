"""Which existing unit is each node of an imported ordinance (DESIGN §3).

Tried in order, parents before children, each unit matched at most once:

1. the same symbol (an active unit); doubtful when the kind differs or the name changed so much
   (fewer than half of its words kept) that the symbol may have passed to another unit;
2. the same key (from the mapping file or the key rule); doubtful when the kind differs;
3. the same superior, kind and name; a similar name (half of the words or more) under the same
   superior and of the same kind is doubtful (a renamed unit?);
4. the same kind and name under another superior: doubtful (a moved unit?);
5. otherwise a new unit, whose key follows the key rule (`importer.mapping`).

Doubtful matches wait for the administrator's decision in the draft. Matched units keep their
keys, so assignments, grants and cases follow them when the ordinance is applied.
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
        self.used: set[int] = set()
        self.result: dict[int, Matched] = {}

    def free(self):
        return [unit for unit in self.live if unit.pk not in self.used]

    def by_symbol(self, node: Node) -> Matched | None:
        unit = next((u for u in self.free() if node.symbol and u.symbol == node.symbol), None)
        if unit is None:
            return None
        note = ""
        if unit.kind != node.kind:
            note = _("the kind changes from “%(old)s” to “%(new)s”") % {
                "old": unit.get_kind_display(),
                "new": OrgUnit.Kind(node.kind).label,
            }
        elif analysis.name_similarity(unit.name, node.name) < SIMILAR:
            note = _("the name changes from “%(old)s”: the same unit renamed?") % {"old": unit.name}
        return Matched(unit, Match.SYMBOL, note)

    def by_key(self, node: Node) -> Matched | None:
        unit = next((u for u in self.free() if u.key == node.key), None)
        if unit is None:
            return None
        note = ""
        if unit.kind != node.kind or (unit.symbol and unit.symbol != node.symbol):
            note = _("the key is that of “%(old)s”: the same unit?") % {"old": unit.display_name}
        return Matched(unit, Match.KEY, note)

    def by_name(self, node: Node) -> Matched | None:
        parent = self.result.get(id(node.parent)) if node.parent else None
        superior = parent.unit if parent else None
        siblings = [
            u
            for u in self.free()
            if superior and u.parent_id == superior.pk and u.kind == node.kind
        ]
        for unit in siblings:
            if _same_text(unit.name, node.name):
                return Matched(unit, Match.NAME)
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

    def match(self, node: Node) -> Matched:
        for rule in (self.by_symbol, self.by_key, self.by_name, self.elsewhere):
            if found := rule(node):
                self.used.add(found.unit.pk)
                return found
        return Matched(None, Match.NEW)


def match_nodes(nodes: list[Node], mapping: Mapping) -> dict[int, Matched]:
    """Match every node (given in tree order); fix the keys: matched ones keep the unit's."""
    matcher = _Matcher()
    for node in nodes:
        matcher.result[id(node)] = matcher.match(node)
    keys_new(nodes, matcher.result, mapping)
    return matcher.result


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
