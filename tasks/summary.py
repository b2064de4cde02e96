"""The summary of an import: what `import_ordinance --json` prints and the draft page shows."""

from __future__ import annotations

from .importer import ReadOrdinance, reference
from .matching import Matched

EVERY_UNIT = "*"


def _unit(node, matched: Matched | None) -> dict:
    data = {
        "key": node.key,
        "symbol": node.symbol,
        "name": node.name,
        "kind": node.kind,
        "superior": node.parent.key if node.parent else None,
        "in_department": node.in_department,
        "legal_basis": node.legal_basis,
    }
    if matched is not None:
        data["match"] = matched.rule
        data["existing_unit"] = matched.unit.key if matched.unit else None
        data["doubtful"] = matched.note
    return data


def _list(task_list) -> dict:
    return {
        "unit": task_list.owner.key if task_list.owner else EVERY_UNIT,
        "reference": reference(task_list.paragraph, task_list.section),
        "points": len(task_list.items),
        "subpoints": sum(len(item.subpoints) for item in task_list.items),
        "exhaustive": task_list.exhaustive,
        "separate_act": task_list.separate_act,
        "duty": task_list.duty,
    }


def import_summary(read: ReadOrdinance, matches: dict[int, Matched] | None = None) -> dict:
    """Units with keys and superiors, points and sub-points per unit, warnings (JSON-ready)."""
    matches = matches or {}
    points, subpoints = read.points(), read.subpoints()
    return {
        "ordinance": {
            "number": read.number,
            "signed_on": read.signed_on.isoformat(),
            "effective_from": read.effective_from.isoformat() if read.effective_from else None,
            "title": read.title,
            "supersedes": read.supersedes_number,
        },
        "units": [_unit(node, matches.get(id(node))) for node in read.nodes],
        "lists": [_list(task_list) for task_list in read.lists],
        "items": {"points": points, "subpoints": subpoints, "total": points + subpoints},
        "warnings": [str(message) for message in read.warnings],
        "skipped_lines": [str(message) for message in read.skipped_lines],
    }
