"""PDF rendering with WeasyPrint: templates under `templates/<app>/pdf/`, local files only.

Fonts and stylesheets come from the vendored static files as `file://` URIs; the fetcher refuses
every other protocol, so a PDF never reaches out to the network.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher

ALLOWED_PROTOCOLS = {"file", "data"}


def static_file_uri(path: str) -> str:
    """A `file://` URI for a static asset, from the app's static dirs or STATIC_ROOT."""
    found = finders.find(path)
    location = Path(found) if found else Path(settings.STATIC_ROOT) / path
    return location.resolve().as_uri()


def render_pdf(template_name: str, context: dict, *, request=None) -> bytes:
    """Render a template to PDF bytes; title, author and language come from its <head>."""
    html = render_to_string(template_name, context, request=request)
    fetcher = URLFetcher(allowed_protocols=ALLOWED_PROTOCOLS)
    document = HTML(string=html, base_url=str(settings.BASE_DIR), url_fetcher=fetcher)
    return document.write_pdf()


def pdf_response(pdf: bytes, filename: str, *, inline: bool = True) -> HttpResponse:
    """An HTTP response carrying a PDF, shown in the browser or downloaded."""
    response = HttpResponse(pdf, content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
