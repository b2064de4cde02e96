"""A diff made readable: rows for the diff page and the admin's draft review."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .diff import TASK_CHANGES, UNIT_CHANGES, Diff


@dataclass
class Row:
    """One line of the diff page: the old and the new side, ready to print."""

    kind: str
    before_unit: str = ""
    before_ref: str = ""
    after_unit: str = ""
    after_ref: str = ""
    text: SafeString | str = ""
    doubtful: bool = False


def word_diff(old: str, new: str) -> SafeString:
    """The new wording with removed words in <del> and added words in <ins>."""
    a, b = old.split(), new.split()
    parts = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b).get_opcodes():
        if op in ("replace", "delete"):
            parts.append(f"<del>{escape(' '.join(a[i1:i2]))}</del>")
        if op in ("replace", "insert"):
            parts.append(f"<ins>{escape(' '.join(b[j1:j2]))}</ins>")
        if op == "equal":
            parts.append(escape(" ".join(a[i1:i2])))
    return mark_safe(" ".join(parts))  # noqa: S308 - every word is escaped above


def _unit_rows(diff: Diff, kind: str) -> list[Row]:
    rows = []
    for change in diff.units[kind]:
        before, after = change.before, change.after
        row = Row(kind, doubtful=bool(after and after.doubtful))
        if before:
            row.before_unit = before.label
            row.before_ref = diff.before.owner_label(before.parent) if before.parent else "—"
        if after:
            row.after_unit = after.label
            row.after_ref = diff.after.owner_label(after.parent) if after.parent else "—"
        rows.append(row)
    return rows


def _task_rows(diff: Diff, kind: str) -> list[Row]:
    rows = []
    for change in diff.tasks[kind]:
        before, after = change.before, change.after
        row = Row(kind)
        if before:
            row.before_unit = diff.before.owner_label(before.owner)
            row.before_ref = before.reference
            row.text = before.text
        if after:
            row.after_unit = diff.after.owner_label(after.owner)
            row.after_ref = after.reference
            row.text = after.text
        if before and after and before.wording != after.wording:
            row.text = word_diff(before.text, after.text)
        rows.append(row)
    return rows


def diff_display(diff: Diff) -> dict:
    """Rows by kind of change, counts and the titles of both sides."""
    units = {kind: _unit_rows(diff, kind) for kind in UNIT_CHANGES}
    tasks = {kind: _task_rows(diff, kind) for kind in TASK_CHANGES}
    return {
        "before": diff.before.title,
        "after": diff.after.title,
        "units": units,
        "tasks": tasks,
        "unchanged": diff.unchanged,
        "is_empty": diff.is_empty,
        "data": diff.as_data(),
    }
