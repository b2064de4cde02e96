"""Polish text analysis: words with their place in the text, and every lemma each may have.

PostgreSQL ships no Polish dictionary, so lemmas are computed here, in Python, with Morfeusz 2 and
its SGJP dictionary: once when a catalogue is imported (stored with each task) and once per query.
Morfeusz gives every lemma a form may have ("spotkanie" → spotkanie, spotkać; "rozliczeń" →
rozliczenie, rozliczyć); all of them are kept. Why Morfeusz and not simplemma or pystempel:
the README, “Who handles this?” (hit rate and speed of the three on the question list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

WORD_RE = re.compile(r"\w+")
SKIPPED_TAGS = ("aglt", "interp")

# Words that carry no subject in a question ("kto zajmuje się …", "gdzie załatwię …").
_STOP_WORDS = """
    a aby albo ale bez być by co czy dla do gdzie i ich jak jaki jakiś jeśli już kiedy kto
    który lub mieć mi mój móc można na nad nie o od oraz po pod przez przy się sobie ten to
    tu u w we wszystek z za ze że zajmować zająć odpowiadać odpowiedzialny chcieć potrzebować
    musieć trzeba załatwić załatwiać obsługiwać prowadzić sprawa który
"""
STOP_LEMMAS = frozenset(_STOP_WORDS.split())


@dataclass(frozen=True)
class Word:
    """A word of a text: where it stands (start, end) and its lemmas, lower case."""

    start: int
    end: int
    lemmas: tuple[str, ...]


@cache
def _morfeusz():
    import morfeusz2

    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


@lru_cache(maxsize=100_000)
def lemmas(form: str) -> tuple[str, ...]:
    """Every lemma of a word form, lower case; the form itself when the dictionary lacks it."""
    found: dict[str, None] = {}
    for _start, _end, interpretation in _morfeusz().analyse(form):
        _orth, lemma, tag = interpretation[:3]
        if tag.startswith(SKIPPED_TAGS):
            continue
        base = lemma.split(":", 1)[0].lower()
        if base:
            found[base] = None
    return tuple(found) or (form.lower(),)


def words(text: str) -> list[Word]:
    """The words of a text with their lemmas, in order."""
    return [Word(m.start(), m.end(), lemmas(m.group())) for m in WORD_RE.finditer(text)]


def content_words(text: str) -> list[Word]:
    """The words of a question that carry its subject (question words and particles dropped)."""
    return [w for w in words(text) if not STOP_LEMMAS.intersection(w.lemmas)]


def name_signature(name: str) -> tuple[frozenset[str], ...]:
    """A unit's name as a sequence of lemma sets, to compare names in different cases.

    "Biura Współpracy Zagranicznej" and "Biuro Współpracy Zagranicznej" have the same signature
    word by word (their lemma sets intersect); a four-letter prefix stands in for a word the
    dictionary does not know.
    """
    return tuple(
        frozenset(lemmas(w.group()) + (w.group().lower()[:4],)) for w in WORD_RE.finditer(name)
    )


def same_name(first: str, second: str) -> bool:
    """Whether two unit names are the same name, whatever grammatical case each is in."""
    a, b = name_signature(first), name_signature(second)
    return len(a) == len(b) and all(x & y for x, y in zip(a, b, strict=True))


def name_similarity(first: str, second: str) -> float:
    """How alike two names are (0–1): the share of words they have in common, by lemma."""
    a, b = name_signature(first), name_signature(second)
    if not a or not b:
        return 0.0
    common = sum(1 for x in a if any(x & y for y in b))
    return common / max(len(a), len(b))


def index(text: str) -> list[list]:
    """A text's words as stored with a task for the search: [start, end, [lemma, …]] each."""
    return [[word.start, word.end, list(word.lemmas)] for word in words(text)]


def from_index(stored: list[list]) -> list[Word]:
    """The words of a stored index."""
    return [Word(start, end, tuple(found)) for start, end, found in stored]
