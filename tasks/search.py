"""Who handles this? The catalogue in force ranked for a question in everyday Polish.

The question and every task are compared by lemmas (`analysis`: Morfeusz, every lemma of every
word), so "flagami" finds "flagi" and "delegacji" finds "delegacjami". The question's words and
phrases are expanded with the office's synonyms and abbreviations (`Synonym`, edited in the
admin): a phrase of the question that is one of a group's phrases stands for all of them
("delegacja" ↔ "wyjazd służbowy"). Ranking is BM25 computed here in Python over the tasks and the
lead-ins that state a duty themselves (§ 7 ust. 2) or refer to a separate act (§ 8): the same
numbers on PostgreSQL and SQLite by construction. Ties go to the task that comes first in the
ordinance. The words that matched are highlighted as they stand in the text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import analysis, selectors
from .models import Synonym, Task, TaskList

K1 = 1.2
B = 0.5
SYNONYM_WEIGHT = 0.9
UNIT_WEIGHT = 0.3
LIMIT = 20
MAX_WORDS = 12

Term = frozenset  # the lemmas of one word of the question


@dataclass
class Alternative:
    """One way of saying a concept: its words (lemma sets) and its weight."""

    terms: tuple[Term, ...]
    weight: float = 1.0


@dataclass
class Concept:
    """A word or phrase of the question and the ways of saying it (synonyms)."""

    text: str
    alternatives: list[Alternative]


@dataclass
class Document:
    """A task or a lead-in as plain values: its text, stored index, place, its unit's name."""

    model: type[Task] | type[TaskList]
    pk: int
    text: str
    stored: list
    position: int
    unit_words: list[analysis.Word] = field(default_factory=list)

    @property
    def words(self) -> list[analysis.Word]:
        return analysis.from_index(self.stored)

    def text_lemmas(self) -> list:
        return [entry[2] for entry in self.stored]

    def unit_lemmas(self) -> list:
        return [word.lemmas for word in self.unit_words]


@dataclass
class Hit:
    """A ranked document, its score and the lemma sets that matched in it."""

    document: Document
    score: float
    matched: set[Term] = field(default_factory=set)
    item: Task | TaskList | None = None  # loaded for the hits shown only

    @property
    def highlighted(self) -> SafeString:
        return highlight(self.document.text, self.document.words, self.matched)


# --- the question ----------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _phrase_terms(phrase: str) -> tuple[Term, ...]:
    return tuple(Term(word.lemmas) for word in analysis.words(phrase))


def _synonym_groups() -> list[list[tuple[Term, ...]]]:
    groups = []
    for synonym in Synonym.objects.all():
        phrases = [_phrase_terms(p) for p in synonym.phrase_list]
        groups.append([p for p in phrases if p])
    return groups


def _window_matches(words, start: int, phrase: tuple[Term, ...]) -> bool:
    window = words[start : start + len(phrase)]
    return len(window) == len(phrase) and all(
        set(word.lemmas) & term for word, term in zip(window, phrase, strict=True)
    )


def _find_phrase(words, groups, start: int):
    """The longest synonym phrase starting at `start`: (group, phrase) or None."""
    best = None
    for group in groups:
        for phrase in group:
            longer = best is None or len(phrase) > len(best[1])
            if longer and _window_matches(words, start, phrase):
                best = (group, phrase)
    return best


def query_concepts(query: str, groups) -> list[Concept]:
    """The question as concepts: synonym phrases first (longest), then its other content words."""
    words = analysis.words(query)[:MAX_WORDS]
    concepts, index = [], 0
    while index < len(words):
        found = _find_phrase(words, groups, index)
        if found:
            group, phrase = found
            text = query[words[index].start : words[index + len(phrase) - 1].end]
            alternatives = [Alternative(p, 1.0 if p == phrase else SYNONYM_WEIGHT) for p in group]
            concepts.append(Concept(text, alternatives))
            index += len(phrase)
            continue
        word = words[index]
        if not analysis.STOP_LEMMAS.intersection(word.lemmas):
            text = query[word.start : word.end]
            concepts.append(Concept(text, [Alternative((Term(word.lemmas),))]))
        index += 1
    return concepts


# --- the documents ---------------------------------------------------------------------------


def documents(ordinance) -> list[Document]:
    """The tasks of the catalogue and the lead-ins worth finding, as values (two queries)."""
    tasks = Task.objects.filter(ordinance=ordinance).values_list(
        "pk", "text", "words", "position", "owner__name"
    )
    lists = (
        TaskList.objects.filter(ordinance=ordinance)
        .exclude(words=[])
        .values_list("pk", "duty", "lead_in", "separate_act", "words", "owner__name")
    )
    result = [
        Document(Task, pk, text, words, position, _unit_words(name))
        for pk, text, words, position, name in tasks
    ]
    result += [
        Document(TaskList, pk, lead_in if separate else duty, words, -1, _unit_words(name))
        for pk, duty, lead_in, separate, words, name in lists
    ]
    return result


def items_load(hits: list[Hit]) -> None:
    """Attach the model instances to the hits shown, with their units (two queries)."""
    for model, related in ((Task, ("owner__unit", "parent")), (TaskList, ("owner__unit",))):
        wanted = [hit for hit in hits if hit.document.model is model]
        if wanted:
            pks = [hit.document.pk for hit in wanted]
            found = model.objects.select_related(*related).in_bulk(pks)
            for hit in wanted:
                hit.item = found[hit.document.pk]


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[analysis.Word, ...]:
    return tuple(analysis.words(name))


def _unit_words(name: str | None) -> list[analysis.Word]:
    return list(_name_words(name)) if name else []


# --- ranking ---------------------------------------------------------------------------------


class _Field:
    """BM25 over one field of the documents (the text, or the unit's name).

    An inverted index (lemma → document → word positions) is built per question, so a term
    costs only the documents that contain it.
    """

    def __init__(self, docs: list[Document], lemma_lists):
        self.count = len(docs)
        self.row = {id(doc): index for index, doc in enumerate(docs)}
        self.lengths: list[int] = []
        self.inverted: dict[str, dict[int, set[int]]] = {}
        for index, doc in enumerate(docs):
            lemma_list = lemma_lists(doc)
            self.lengths.append(len(lemma_list))
            for position, lemmas in enumerate(lemma_list):
                for lemma in lemmas:
                    self.inverted.setdefault(lemma, {}).setdefault(index, set()).add(position)
        self.average = (sum(self.lengths) / self.count if self.count else 0.0) or 1.0
        self._tfs: dict[Term, dict[int, int]] = {}

    def tfs(self, term: Term) -> dict[int, int]:
        """How many words of each document carry one of the term's lemmas."""
        if term not in self._tfs:
            merged: dict[int, set[int]] = {}
            for lemma in term:
                for index, positions in self.inverted.get(lemma, {}).items():
                    merged.setdefault(index, set()).update(positions)
            self._tfs[term] = {index: len(positions) for index, positions in merged.items()}
        return self._tfs[term]

    def idf(self, term: Term) -> float:
        df = len(self.tfs(term))
        return math.log(1 + (self.count - df + 0.5) / (df + 0.5))

    def bm25(self, doc: Document, term: Term) -> float:
        index = self.row[id(doc)]
        tf = self.tfs(term).get(index, 0)
        if not tf:
            return 0.0
        norm = K1 * (1 - B + B * self.lengths[index] / self.average)
        return self.idf(term) * tf * (K1 + 1) / (tf + norm)

    def concept(self, doc: Document, concept: Concept) -> tuple[float, set[Term]]:
        best, matched = 0.0, set()
        for alternative in concept.alternatives:
            terms = [t for t in alternative.terms if not analysis.STOP_LEMMAS & t]
            scores = [self.bm25(doc, term) for term in terms or alternative.terms]
            if all(scores):
                score = alternative.weight * sum(scores)
                if score > best:
                    best, matched = score, set(alternative.terms)
        return best, matched


class _Index:
    """Both fields of a catalogue; built once per applied ordinance and process (see below)."""

    def __init__(self, docs: list[Document]):
        self.docs = docs
        self.text = _Field(docs, Document.text_lemmas)
        self.unit = _Field(docs, Document.unit_lemmas)

    def concept(self, doc: Document, concept: Concept) -> tuple[float, set[Term]]:
        score, matched = self.text.concept(doc, concept)
        unit_score, _matched = self.unit.concept(doc, concept)
        return score + UNIT_WEIGHT * unit_score, matched


def rank(docs: list[Document] | _Index, concepts: list[Concept]) -> list[Hit]:
    """Documents with a positive score, best first; ties in ordinance order."""
    index = docs if isinstance(docs, _Index) else _Index(docs)
    hits = []
    for doc in index.docs:
        hit = Hit(doc, 0.0)
        for concept in concepts:
            score, matched = index.concept(doc, concept)
            hit.score += score
            hit.matched |= matched
        if hit.score > 0:
            hits.append(hit)
    return sorted(hits, key=lambda h: (-round(h.score, 9), h.document.position))


def highlight(text: str, words: list[analysis.Word], matched: set[Term]) -> SafeString:
    """The text, escaped, with the words whose lemmas matched wrapped in <mark>."""
    parts, cursor = [], 0
    for word in words:
        if any(term.intersection(word.lemmas) for term in matched):
            parts.append(escape(text[cursor : word.start]))
            parts.append(f"<mark>{escape(text[word.start : word.end])}</mark>")
            cursor = word.end
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of the text is escaped above


@dataclass
class Outcome:
    """What a search found: the hits (best first), how many, the ordinance searched."""

    query: str
    hits: list[Hit]
    total: int
    ordinance: object | None


@lru_cache(maxsize=2)
def _catalogue_index(ordinance_pk: int, number: str, applied_at) -> _Index:
    """The index of an applied ordinance's catalogue, which never changes once applied.

    Cached per process by ordinance and the moment it was applied: a newly applied ordinance
    has another key, so no worker ever ranks an outdated catalogue. Synonyms are not part of it
    (they expand the question), so an edited synonym counts at once.
    """
    from orgunits.models import Ordinance

    return _Index(documents(Ordinance(pk=ordinance_pk)))


def catalogue_search(query: str, *, limit: int = LIMIT) -> Outcome:
    """Rank the catalogue in force for a question (at most six queries, whatever its size)."""
    query = " ".join(query.split())[:200]
    ordinance = selectors.ordinance_in_force()
    if not query or ordinance is None:
        return Outcome(query, [], 0, ordinance)
    concepts = query_concepts(query, _synonym_groups())
    index = _catalogue_index(ordinance.pk, ordinance.number, ordinance.applied_at)
    hits = rank(index, concepts) if concepts else []
    shown = hits[:limit]
    items_load(shown)
    return Outcome(query, shown, len(hits), ordinance)
