"""The chart as nested lists: the text alternative of the drawing, for screen readers and all."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..structure import StructureRow
from .boxes import head_text
from .model import ChartNode


@dataclass
class OutlineItem:
    """One entry of the nested list: the unit, its kind and head, where it belongs, below it."""

    label: str
    url: str
    kind: str
    head: str
    belongs_to: str
    items: list[OutlineItem] = field(default_factory=list)


def _belongs_to(node: ChartNode, superior: ChartNode | None, labels: dict[str, str]) -> str:
    """The department a node belongs to, when its superior does not tell (PO: to KP)."""
    department = node.row.department
    if not department or department == node.key:
        return ""
    if superior is not None and department in (superior.key, superior.row.department):
        return ""
    return labels.get(department, "")


def outline(forest: list[ChartNode], rows: list[StructureRow]) -> list[OutlineItem]:
    """Nested items for the whole forest, posts listed first under their unit."""
    labels = {row.key: row.display_name for row in rows}
    top: list[OutlineItem] = []
    pending = [(node, None, top) for node in reversed(forest)]
    while pending:
        node, superior, siblings = pending.pop()
        item = OutlineItem(
            node.label,
            node.row.url,
            str(node.row.kind_label),
            head_text(node),
            _belongs_to(node, superior, labels),
        )
        siblings.append(item)
        below = [*node.posts, *node.children]
        pending.extend((child, node, item.items) for child in reversed(below))
    return top
