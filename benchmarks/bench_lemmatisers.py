"""Morfeusz 2, simplemma and pystempel compared on the question list: hit rate and speed.

The search is run as the application runs it (synonyms, BM25, unit names) with each
lemmatiser in turn standing in for `tasks.analysis.lemmas`; the catalogue is re-indexed in memory
with it. A lemmatiser that is not installed is skipped. Figures: the README.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path

from .support import scratch_database

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "tasks" / "data" / "questions.tsv"


def _questions():
    rows = []
    for line in QUESTIONS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            question, accepted, *_ = line.split("\t")
            rows.append((question, {ref.strip() for ref in accepted.split("|")}))
    return rows


def _morfeusz():
    import morfeusz2

    from tasks.analysis import SKIPPED_TAGS

    analyser = morfeusz2.Morfeusz(generate=False, expand_tags=False)

    def lemmatise(form):
        found = {
            lemma.split(":", 1)[0].lower(): None
            for _s, _e, (_orth, lemma, tag, *_r) in analyser.analyse(form)
            if not tag.startswith(SKIPPED_TAGS)
        }
        return tuple(found) or (form.lower(),)

    return lemmatise


def _simplemma():
    import simplemma

    return lambda form: (simplemma.lemmatize(form.lower(), lang="pl").lower(),)


def _pystempel():
    from pystempel import Stemmer

    stemmer = Stemmer.polimorf()
    return lambda form: ((stemmer(form.lower()) or form).lower(),)


def _load(factory):
    """The lemmatiser, the seconds and MiB its loading took (None if not installed)."""
    from functools import lru_cache

    started, memory = time.perf_counter(), _rss()
    try:
        lemmatise = lru_cache(maxsize=100_000)(factory())
        lemmatise("rozliczeń")
    except ImportError:
        return None, 0.0, 0.0
    return lemmatise, time.perf_counter() - started, _rss() - memory


@contextmanager
def _standing_in(lemmatise):
    """The search with another lemmatiser; the catalogue re-lemmatised with it as well."""
    from tasks import analysis, search

    original, original_documents = analysis.lemmas, search.documents

    def documents(ordinance):
        docs = original_documents(ordinance)
        for doc in docs:
            doc.stored = analysis.index(doc.text)
        return docs

    analysis.lemmas, search.documents = lemmatise, documents
    caches = (search._catalogue_index, search._phrase_terms, search._name_words)
    for cache in caches:
        cache.cache_clear()
    try:
        yield search
    finally:
        analysis.lemmas, search.documents = original, original_documents
        for cache in caches:
            cache.cache_clear()


def _score(search, questions) -> tuple[int, int, float]:
    started = time.perf_counter()
    hits = top3 = 0
    for query, accepted in questions:
        found = [hit.item.reference for hit in search.catalogue_search(query).hits]
        hits += bool(found) and found[0] in accepted
        top3 += bool(accepted & set(found[:3]))
    return hits, top3, (time.perf_counter() - started) / len(questions) * 1000


def _measure(name: str, factory, questions) -> None:
    lemmatise, loaded, memory = _load(factory)
    if lemmatise is None:
        print(f"   {name}: not installed")
        return
    with _standing_in(lemmatise) as search:
        hits, top3, per_query = _score(search, questions)
    count = len(questions)
    print(
        f"   {name}: hit@1 {hits}/{count} ({hits / count:.1%}), hit@3 {top3}/{count}; "
        f"loading {loaded:.2f} s, +{memory:.0f} MiB; {per_query:.0f} ms per question "
        "(index built once per lemmatiser)"
    )


def _rss() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _as_installed(questions) -> None:
    from tasks.search import catalogue_search

    started = time.perf_counter()
    for query, _accepted in questions:
        catalogue_search(query)
    per_query = (time.perf_counter() - started) / len(questions) * 1000
    print(f"   the application as installed (stored index): {per_query:.1f} ms per question")


def run() -> None:
    from tasks.services import ordinance_load_seed

    questions = _questions()
    with scratch_database():
        ordinance_load_seed()
        _as_installed(questions)
        for name, factory in (
            ("Morfeusz 2 (all lemmas)", _morfeusz),
            ("simplemma", _simplemma),
            ("pystempel (polimorf)", _pystempel),
        ):
            _measure(name, factory, questions)
