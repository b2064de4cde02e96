"""The org chart: the Kancelaria's and a generated 400-unit city hall's, drawn and printed.

Targets on the office's 2-core machine: the Kancelaria's chart ≤ 0.5 s, the city hall's ≤ 2 s
(the PDF rendered, planning included; the day-long cache of finished PDFs does not count).
Everything runs from rows in memory (`orgunits.orgchart.sample`), so no database is needed.
The layout is linear in the number of units: the figures for 100, 400 and 1,600 units show the
time per unit staying flat, for the whole drawing (text measured and wrapped, tidy tree,
placement) and for the tidy tree engine alone.

Printing the city hall (13 A3 pages, about 440 boxes, 1,260 lines of text). The machine is
shared, so the figures are best-of-N, with the load average at the time:

    whole PDF (this benchmark, wall clock)   before: 4.38 s, 4.63 s (load 1.6, 2.0)
                                             after:  2.36 to 2.57 s (load 1.9 to 3.0)
    the Kancelaria's A4 PDF                  before: 0.20 s       after: 0.11 s

(Each run plans its pages afresh: `fonts.forget_wrapped`.)

What was tried, one change at a time, on the city hall's HTML (WeasyPrint 70 alone: parse,
render, write; CPU seconds, best of 3-4; differences under 0.05 s are noise):

    starting point: one absolutely positioned <p> per line with an inline `font:`,
      the drawing as inline <svg>                                           3.80
    the drawing as an <img> with an SVG data: URI (not parsed and styled
      as HTML elements): parsing 0.49 -> 0.22                               3.30
    fonts as CSS classes instead of inline styles; white-space: pre         3.27
    one element per box, its fonts as <span>s (WeasyPrint splits spans
      across lines at a cost)                                               3.80, worse
    one element per box with a <div> per line / per run of one font         3.54 / 3.58
    one element per run of lines in one font                                3.03
    one element per box, first and last runs as block ::before/::after      2.80, kept
      (the same with inline ::before/::after ending in a line break: 2.92; all of a box
      in one font, as a lower bound that does not look the same: 2.15)
    the drawing as one <path> per look instead of a shape per box and line
      (the 13 drawings alone: 0.26 -> 0.15)                                 2.76
    a width on every text element (no shrink-to-fit layout)                 2.51
    each legend row as one line of text (the 13 legends cost 0.44)          2.34
    title block floated instead of flex (flex cost 0.1 s on 13 pages)       2.22
    Python's cycle collector paused while WeasyPrint runs (benchmark
      process, which holds more objects): 2.46-2.51 -> 2.19-2.30
    planning the pages: wrapped lines remembered (`fonts.wrap`), 0.22 -> 0.10
    one font configuration per thread, reused: the Kancelaria 0.21 -> 0.14
      (WeasyPrint alone); the city hall, within noise

Tried and left out: `uncompressed_pdf` (no faster, PDF 5x larger; pydyf compresses at zlib
level 9 with no setting to change it), `full_fonts` (write 0.58 -> 1.36 s, PDF 2 MB),
`optimize_images` (no change), kerning and ligatures turned off in the `@font-face` rules
rather than by properties (no change), no `overflow: hidden` (no change), in-flow instead of
absolute positioning (no change), the two halves rendered in two processes and joined with
pypdf (2.6 s on this shared machine: no gain, and a PDF no longer written by WeasyPrint alone).

Where the time goes now: WeasyPrint costs about a millisecond for every box it lays out (an
element, a ::before or ::after, the anonymous block around a text) and half of that for every
line, and the chart needs about 1,100 boxes and 1,260 lines in four fonts; layout is half of
the time, drawing the text an eighth. The 2 s target is met on a machine left to itself
(2026-11-26, load average 0.8: 1.70 s, the Kancelaria 0.08 s, peak 33 MiB) and missed on one
busy with other work (2.2 to 2.6 s at load 2 to 3); more headroom would take fewer boxes, i.e.
fewer fonts in a box.
"""

from __future__ import annotations

import random
import time

from django.utils import translation

from orgunits.orgchart import fonts
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
    fonts.forget_wrapped()  # planned afresh: no lines remembered from the last run
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


def _cold_drawing(forest) -> None:
    fonts.forget_wrapped()  # measured afresh, not from the lines remembered by the last run
    drawing(forest, compact=True)


def _layout_figures() -> None:
    for size in (100, 400, 1600):
        forest = chart_forest(city_hall_rows(size))
        whole = _best(lambda forest=forest: _cold_drawing(forest))
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
    measure("City hall (400 nodes), the page's SVG", lambda: _svg(city_hall))
    measure(
        "City hall (400 nodes), pages planned and drawn", lambda: printout(chart_forest(city_hall))
    )
    pages = len(printout(chart_forest(city_hall)).pages)
    label = f"City hall (400 nodes), PDF, {pages} A3 pages (target ≤ 2 s)"
    measure(label, lambda: _pdf(city_hall), repeat=3)
    _layout_figures()
