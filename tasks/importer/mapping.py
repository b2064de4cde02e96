"""What an ordinance's text does not say, read from `fixtures/structure-mapping.json`.

The text names units but carries no keys, no root, no kinds and not the Kancelaria's own node
and symbol "KP". The mapping file gives: the root (the Mayor) and the department node (KP), the
kind of a node by the first word of its name ("Biuro" → unit, "Stanowisko" → post …), the keys of
the nodes that have no symbol, by name, and short names by key.

Key rule for a node the mapping does not know (the administrator may change it in the draft
before approving):

1. a node with a symbol: the symbol in lower case ("KP-06" → ``kp-06``);
2. otherwise: its superior's key, a hyphen, and the first three words of its name after the
   kind word and "ds.", in ASCII ("Stanowisko ds. Komunikacji Społecznej" under KP-06 →
   ``kp-06-komunikacji-spolecznej``), at most 64 characters;
3. a key already used by any unit, archived ones included, or by another node of the draft gets
   "-2", "-3" … (keys are never reused).

A node that matches an existing unit keeps that unit's key, whatever the rule would give.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.text import slugify

from .. import analysis

MAPPING_FILE = "structure-mapping.json"
KEY_LENGTH = 64
ASCII_FOLD = str.maketrans({"ł": "l", "Ł": "L"})


@dataclass(frozen=True)
class Mapping:
    """The contents of the mapping file."""

    root: dict
    department: dict
    kinds: dict[str, str]
    keys: dict[str, str]
    short_names: dict[str, str]
    head_titles: tuple[str, ...]
    seed: dict = field(default_factory=dict)

    def kind_of(self, name: str) -> str:
        """The kind of a node by the first kind word of its name ("" if the mapping has none)."""
        for word in name.split():
            for lemma in analysis.lemmas(word.strip(".,;")):
                if lemma in self.kinds:
                    return self.kinds[lemma]
        return ""

    def key_by_name(self, name: str) -> str:
        """The key the mapping gives a node by its name (the root and KP included), or ""."""
        name = " ".join(name.split())
        for node in (self.root, self.department):
            if node["name"] == name:
                return node["key"]
        return self.keys.get(name, "")

    def is_head_title(self, word: str) -> bool:
        return bool(set(analysis.lemmas(word)) & set(self.head_titles))


def mapping_load(path: Path | None = None) -> Mapping:
    """Read the mapping file (by default the one in `fixtures/`)."""
    path = path or Path(settings.KANCELARIA_FIXTURES_DIR) / MAPPING_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    return Mapping(
        root=data["root"],
        department=data["department"],
        kinds={k.lower(): v for k, v in data["kinds"].items()},
        keys=data.get("keys", {}),
        short_names=data.get("short_names", {}),
        head_titles=tuple(t.lower() for t in data.get("head_titles", [])),
        seed=data.get("seed", {}),
    )


def key_by_rule(name: str, symbol: str, parent_key: str) -> str:
    """Rules 1 and 2 of the module docstring (uniqueness is rule 3, applied by the caller)."""
    if symbol:
        return slugify(symbol)[:KEY_LENGTH]
    words = name.split()[1:]
    words = [word for word in words if word.lower() not in {"ds.", "ds"}][:3]
    slug = slugify(" ".join(words).translate(ASCII_FOLD))
    return f"{parent_key}-{slug}"[:KEY_LENGTH].strip("-")


def key_unique(key: str, taken: set[str]) -> str:
    """Rule 3: the key itself if free, otherwise the first free "-2", "-3" …"""
    if key not in taken:
        return key
    counter = 2
    while True:
        suffix = f"-{counter}"
        candidate = key[: KEY_LENGTH - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        counter += 1
