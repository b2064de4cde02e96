"""The chart as a PDF (WeasyPrint, through `kancelaria.pdf`) and as the parts of a web page."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from kancelaria.pdf import render_pdf

from .charts import Chart, polish_date
from .legend import legend_items
from .outline import outline
from .pages import Printout, printout, screen_drawing
from .svg import chart_svg


@dataclass
class PrintedPage:
    """What the PDF template needs for one page."""

    number: int
    svg: str
    chain: list[str]
    part: tuple[int, int] | None
    area_height: float


def _printed_pages(sheet_printout: Printout) -> list[PrintedPage]:
    sheet = sheet_printout.sheet
    _width, height = sheet.area(sheet_printout.legend.height)
    return [
        PrintedPage(
            page.number,
            chart_svg(page.drawing, links=False, scale=page.scale),
            page.chain,
            page.part,
            height,
        )
        for page in sheet_printout.pages
    ]


def chart_pdf(chart: Chart) -> bytes:
    """The chart on one A4 page, one A3 page, or split over A3 pages (see `pages`)."""
    result = printout(chart.forest, heads=chart.query.heads)
    context = {
        "chart": chart,
        "sheet": result.sheet,
        "pages": _printed_pages(result),
        "legend": result.legend,
        "printed_on": polish_date(timezone.localdate()),
    }
    return render_pdf("orgunits/pdf/orgchart.html", context)


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
