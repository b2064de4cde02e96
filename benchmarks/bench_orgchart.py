"""The org chart: the Kancelaria's and a generated 400-unit city hall's, drawn and printed.

Targets on the office's 2-core machine: the Kancelaria's chart ≤ 0.5 s, the city hall's
≤ 2 s (as a PDF, from rows in memory: no database). The layout alone is linear in the number of
units; the figures for 100, 400 and 1,600 units show it (time per unit stays flat).
"""

from __future__ import annotations

import time

from django.utils import translation

from orgunits.orgchart.documents import Heading, render_printout
from orgunits.orgchart.layout import drawing
from orgunits.orgchart.model import chart_forest
from orgunits.orgchart.pages import printout
from orgunits.orgchart.sample import city_hall_rows, kancelaria_rows
from orgunits.orgchart.svg import chart_svg

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
    return chart_svg(drawing(chart_forest(rows)))


def _layout_figures() -> None:
    """Time per unit of the layout (boxes measured, tidy tree, placement) as the tree grows."""
    for size in (100, 400, 1600):
        rows = city_hall_rows(size)
        forest = chart_forest(rows)
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            drawing(forest, compact=True)
            best = min(best, time.perf_counter() - started)
        print(
            f"   layout, {size:>5} units: {best * 1000:7.1f} ms, {best / size * 1e6:6.1f} µs/unit"
        )


def run() -> None:
    translation.activate("pl")
    kancelaria, city_hall = kancelaria_rows(HEADS), city_hall_rows(400)
    _pdf(kancelaria)  # fonts loaded once, as in a running server
    measure("Kancelaria (14 nodes), SVG for the page", lambda: _svg(kancelaria))
    measure("Kancelaria (14 nodes), PDF (target ≤ 0.5 s)", lambda: _pdf(kancelaria))
    measure("City hall (400 nodes), SVG for the page", lambda: _svg(city_hall))
    measure("City hall (400 nodes), PDF (target ≤ 2 s)", lambda: _pdf(city_hall), repeat=2)
    pages = printout(chart_forest(city_hall)).pages
    print(f"   city hall: {len(pages)} A3 pages")
    _layout_figures()
