"""The org chart: the Kancelaria's and a generated 400-unit city hall's, drawn and printed.

Targets on the office's 2-core machine: the Kancelaria's chart ≤ 0.5 s, the city hall's ≤ 2 s.
Everything runs from rows in memory (`orgunits.orgchart.sample`), so no database is needed.
The layout is linear in the number of units: the figures for 100, 400 and 1,600 units show the
time per unit staying flat, for the whole drawing (text measured and wrapped, tidy tree,
placement) and for the tidy tree engine alone.
"""

from __future__ import annotations

import random
import time

from django.utils import translation

from orgunits.orgchart.documents import Heading, render_printout
from orgunits.orgchart.layout import drawing
from orgunits.orgchart.model import chart_forest
from orgunits.orgchart.pages import printout, screen_drawing
from orgunits.orgchart.sample import city_hall_rows, kancelaria_rows
from orgunits.orgchart.svg import chart_svg
from orgunits.orgchart.tidy import TidyNode, layout

from .support import measure

HEADS = {
    "prezydent": ["Adam Nowakowski"],
    "kp": ["Barbara Kowalska"],
    "kp-z1": ["Celina Wiśniewska"],
    "kp-z2": ["Dariusz Wójcik"],
    "kp-01": ["Ewa Kamińska"],
    "po": ["Feliks Lewandowski"],
}
HEADING = Heading("Kancelaria Prezydenta Miasta Krakowa", "Schemat organizacyjny", "Stan na dzień")


def _pdf(rows) -> bytes:
    return render_printout(printout(chart_forest(rows)), HEADING)


def _svg(rows) -> str:
    return chart_svg(screen_drawing(chart_forest(rows)))


def _best(func, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def _random_tree(size: int) -> TidyNode:
    rng = random.Random(size)  # noqa: S311 - benchmark data
    nodes = [TidyNode(136.0, 40.0)]
    for _ in range(size - 1):
        parent = nodes[rng.randrange(max(0, len(nodes) - 40), len(nodes))]
        parent.children.append(TidyNode(rng.choice((136.0, 176.0)), rng.choice((40.0, 70.0))))
        nodes.append(parent.children[-1])
    return nodes[0]


def _layout_figures() -> None:
    for size in (100, 400, 1600):
        forest = chart_forest(city_hall_rows(size))
        whole = _best(lambda forest=forest: drawing(forest, compact=True))
        tree = _random_tree(size)
        engine = _best(lambda tree=tree: layout(tree))
        print(
            f"   layout, {size:>5} units: drawing {whole * 1000:7.1f} ms"
            f" ({whole / size * 1e6:5.1f} µs/unit), tidy tree alone {engine * 1000:6.2f} ms"
            f" ({engine / size * 1e6:5.2f} µs/unit)"
        )


def run() -> None:
    translation.activate("pl")
    kancelaria, city_hall = kancelaria_rows(HEADS), city_hall_rows(400)
    _pdf(kancelaria)  # fonts loaded once, as in a running server
    measure("Kancelaria (14 nodes), the page's SVG", lambda: _svg(kancelaria))
    measure("Kancelaria (14 nodes), PDF, A4 (target ≤ 0.5 s)", lambda: _pdf(kancelaria))
    measure("City hall (400 nodes), the page's SVG (target ≤ 2 s)", lambda: _svg(city_hall))
    measure(
        "City hall (400 nodes), pages planned and drawn", lambda: printout(chart_forest(city_hall))
    )
    pages = len(printout(chart_forest(city_hall)).pages)
    measure(f"City hall (400 nodes), PDF, {pages} A3 pages", lambda: _pdf(city_hall), repeat=2)
    _layout_figures()
