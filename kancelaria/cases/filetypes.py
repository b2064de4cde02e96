"""What a case file really is, read from its content (an `.exe` renamed `.pdf` is refused)."""

from __future__ import annotations

import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
TXT = "text/plain"

SUFFIXES = {
    PDF: {".pdf"},
    PNG: {".png"},
    JPEG: {".jpg", ".jpeg"},
    DOCX: {".docx"},
    XLSX: {".xlsx"},
    ODT: {".odt"},
    ODS: {".ods"},
    TXT: {".txt", ".csv"},
}
ALLOWED_LABEL = "PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, TXT"
HEAD_BYTES = 8192


def _zip_kind(uploaded_file) -> str | None:
    """DOCX, XLSX, ODT or ODS by the members of the archive; None for any other archive."""
    uploaded_file.seek(0)
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                return declared if declared in (ODT, ODS) else None
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    if "[Content_Types].xml" in names:
        if any(name.startswith("word/") for name in names):
            return DOCX
        if any(name.startswith("xl/") for name in names):
            return XLSX
    return None


def _is_text(head: bytes) -> bool:
    """Plain text: no NUL byte and valid UTF-8 (a character cut at the end is allowed)."""
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3
    return True


def sniff(uploaded_file) -> str | None:
    """The content type the bytes show, among the allowed ones; None when not allowed."""
    uploaded_file.seek(0)
    head = uploaded_file.read(HEAD_BYTES)
    uploaded_file.seek(0)
    if isinstance(head, str):
        head = head.encode()
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"PK\x03\x04"):
        kind = _zip_kind(uploaded_file)
        uploaded_file.seek(0)
        return kind
    if head and _is_text(head):
        return TXT
    return None


def attachment_check(uploaded_file) -> str:
    """The file's real content type; a Polish ValidationError for a too large or foreign file."""
    limit = settings.CASE_ATTACHMENT_MAX_BYTES
    if uploaded_file.size > limit:
        raise ValidationError(
            _("The file %(name)s is too large (%(size)s); the limit is %(limit)s.")
            % {
                "name": uploaded_file.name,
                "size": filesizeformat(uploaded_file.size),
                "limit": filesizeformat(limit),
            },
            code="too_large",
        )
    content_type = sniff(uploaded_file)
    suffix = PurePath(uploaded_file.name or "").suffix.lower()
    if content_type is None or suffix not in SUFFIXES[content_type]:
        raise ValidationError(
            _(
                "The file %(name)s is not an accepted document: its content is not what its name"
                " says or its type is not allowed. Accepted: %(allowed)s."
            )
            % {"name": uploaded_file.name, "allowed": ALLOWED_LABEL},
            code="file_type",
        )
    return content_type
