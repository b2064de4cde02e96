"""`/orgchart/` (the chart on screen) and `/orgchart.pdf` (the chart to print)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse

from kancelaria.pdf import pdf_response
from kancelaria.registry import UnitSection

from .charts import ChartQuery, chart_load
from .documents import chart_pdf, pdf_filename, screen_context


def _page(request, chart):
    context = {"chart": chart, "pdf_query": request.GET.urlencode()}
    if chart.status == 200:
        context.update(screen_context(chart))
    return render(request, "orgunits/orgchart.html", context, status=chart.status)


def orgchart_page(request):
    """The chart on screen: `?date=YYYY-MM-DD`, `?unit=<symbol or key>`, `?heads=0`."""
    return _page(request, chart_load(ChartQuery.parse(request.GET)))


def orgchart_pdf(request):
    """The chart as a PDF to print; with no chart to draw, the page says why."""
    chart = chart_load(ChartQuery.parse(request.GET))
    if chart.status != 200:
        return _page(request, chart)
    return pdf_response(chart_pdf(chart), pdf_filename(chart))


def unit_section(request, unit) -> UnitSection | None:
    """A unit page's link to the chart of the unit and what is below it (active units only)."""
    if not unit.is_active:
        return None
    query = urlencode({"unit": unit.symbol or unit.key})
    context = {
        "page": f"{reverse('orgchart')}?{query}",
        "pdf": f"{reverse('orgchart-pdf')}?{query}",
    }
    return UnitSection(20, "orgunits/orgchart/_unit_section.html", context)
