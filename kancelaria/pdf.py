"""PDF rendering with WeasyPrint: templates under `templates/<app>/pdf/`, local files only.

Fonts and stylesheets come from the vendored static files as `file://` URIs; the fetcher refuses
every other protocol, so a PDF never reaches out to the network.

Each thread keeps one WeasyPrint font configuration for all the PDFs it renders: loading the
`@font-face` fonts and warming Pango's font caches costs a small PDF about a third of its time.
Every PDF template declares the same vendored fonts (`generic/pdf/base.html`), so what one
document loaded serves the next; a thread of its own, because Pango's font map is not meant to
be shared between threads.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

ALLOWED_PROTOCOLS = {"file", "data"}
_local = threading.local()


def font_configuration() -> FontConfiguration:
    """This thread's font configuration, made on first use."""
    if not hasattr(_local, "fonts"):
        _local.fonts = FontConfiguration()
    return _local.fonts


def static_file_uri(path: str) -> str:
    """A `file://` URI for a static asset, from the app's static dirs or STATIC_ROOT."""
    found = finders.find(path)
    location = Path(found) if found else Path(settings.STATIC_ROOT) / path
    return location.resolve().as_uri()


@contextmanager
def _no_cycle_collection():
    """Python's cycle collector paused: WeasyPrint makes hundreds of thousands of short-lived
    objects (boxes, styles), and the collections they set off cost a long PDF (the 13 pages of a
    city hall's org chart) up to a tenth of its time; reference counting still frees them as
    usual, and the collector runs again afterwards. It is paused for the whole process, which
    other threads can bear for a few seconds."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def render_pdf(template_name: str, context: dict, *, request=None) -> bytes:
    """Render a template to PDF bytes; title, author and language come from its <head>."""
    html = render_to_string(template_name, context, request=request)
    fetcher = URLFetcher(allowed_protocols=ALLOWED_PROTOCOLS)
    document = HTML(string=html, base_url=str(settings.BASE_DIR), url_fetcher=fetcher)
    with _no_cycle_collection():
        return document.write_pdf(font_config=font_configuration())


def pdf_response(pdf: bytes, filename: str, *, inline: bool = True) -> HttpResponse:
    """An HTTP response carrying a PDF, shown in the browser or downloaded."""
    response = HttpResponse(pdf, content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
