"""The chart as a PDF (WeasyPrint, through `kancelaria.pdf`) and as the parts of a web page.

Typesetting a whole city hall's chart still takes WeasyPrint more than a second (about 1,500
lines of text on 13 pages, see `printed` and `benchmarks/bench_orgchart.py`), and the chart
changes only when the structure or its heads do; so a PDF is kept in Django's cache for a day
under a key made of everything it shows (nodes, heads, title, print date, language). Bump
`PDF_CACHE_VERSION` when the look of the printed chart changes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from kancelaria.pdf import render_pdf

from .charts import Chart, polish_date
from .legend import legend_items
from .outline import outline
from .pages import Printout, printout, screen_drawing
from .printed import Typesetter
from .svg import chart_svg

TEMPLATE = "orgunits/pdf/orgchart.html"


@dataclass
class PrintedPage:
    """What the PDF template needs for one page."""

    number: int
    html: str
    chain: list[str]
    part: tuple[int, int] | None
    area_height: float


def _printed_pages(sheet_printout: Printout, typesetter: Typesetter) -> list[PrintedPage]:
    sheet = sheet_printout.sheet
    _width, height = sheet.area(sheet_printout.legend.height)
    return [
        PrintedPage(
            page.number,
            typesetter.chart(page.drawing, page.scale),
            page.chain,
            page.part,
            height,
        )
        for page in sheet_printout.pages
    ]


@dataclass(frozen=True)
class Heading:
    """The title block of every page: the office, the title, the ordinance or the day."""

    office: str
    title: str
    basis: str


def printout_context(result: Printout, heading: Heading) -> dict:
    """What the PDF template needs: each page's chart, the legend, the fonts' CSS classes."""
    typesetter = Typesetter()
    context = {
        "heading": heading,
        "sheet": result.sheet,
        "pages": _printed_pages(result, typesetter),
        "legend_html": result.legend.html(typesetter),
        "printed_on": polish_date(timezone.localdate()),
    }
    return {**context, "text_css": typesetter.css()}


def render_printout(result: Printout, heading: Heading) -> bytes:
    """The PDF of a printout (no database needed)."""
    return render_pdf(TEMPLATE, printout_context(result, heading))


PDF_CACHE_VERSION = 2
PDF_CACHE_SECONDS = 24 * 3600
ROW_FIELDS = ("key", "parent", "kind", "symbol", "name", "department", "heads")


def _cache_key(chart: Chart, heading: Heading) -> str:
    nodes = [
        [getattr(node.row, name) for name in ROW_FIELDS]
        for root in chart.forest
        for node in root.walk()
    ]
    day = timezone.localdate().isoformat()
    payload = [PDF_CACHE_VERSION, get_language(), day, asdict(heading), chart.query.heads, nodes]
    digest = hashlib.sha256(json.dumps(payload, default=str).encode("utf-8")).hexdigest()
    return f"orgchart-pdf:{digest}"


def chart_pdf(chart: Chart) -> bytes:
    """The chart on one A4 page, one A3 page, or split over A3 pages (see `pages`); cached."""
    heading = Heading(chart.office, chart.title, chart.basis)
    key = _cache_key(chart, heading)
    pdf = cache.get(key)
    if pdf is None:
        pdf = render_printout(printout(chart.forest, heads=chart.query.heads), heading)
        cache.set(key, pdf, PDF_CACHE_SECONDS)
    return pdf


def pdf_filename(chart: Chart) -> str:
    suffix = f"-{chart.unit.symbol or chart.unit.key}" if chart.unit else ""
    return f"schemat-organizacyjny{suffix.lower()}-{chart.day:%Y-%m-%d}.pdf"


def screen_context(chart: Chart) -> dict:
    """The inline SVG, the legend's entries and the text alternative for the web page."""
    picture = screen_drawing(chart.forest, heads=chart.query.heads)
    return {
        "svg": chart_svg(picture, links=True, label=chart.title),
        "legend_items": legend_items(picture),
        "outline": outline(chart.forest, chart.rows),
        "chart_width": picture.width,
        "chart_height": picture.height,
    }
