"""`/orgchart/` (the chart on screen) and `/orgchart.pdf` (the chart to print)."""

from __future__ import annotations

from django.shortcuts import render

from kancelaria.pdf import pdf_response

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
