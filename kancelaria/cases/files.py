"""Checks on files attached to cases: size and real type, told from the content, not the name.

An `.exe` renamed `.pdf` starts with "MZ", not "%PDF-", and is refused with a Polish message.
Office documents (DOCX, XLSX, ODT, ODS) are ZIP containers; plain text must decode as UTF-8.
"""

from __future__ import annotations

from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ZIP = b"PK\x03\x04"
SIGNATURES = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (ZIP,),
    ),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (ZIP,)),
    ".odt": ("application/vnd.oasis.opendocument.text", (ZIP,)),
    ".ods": ("application/vnd.oasis.opendocument.spreadsheet", (ZIP,)),
    ".txt": ("text/plain", ()),
}


def _head(uploaded_file, size: int = 4096) -> bytes:
    uploaded_file.seek(0)
    head = uploaded_file.read(size)
    uploaded_file.seek(0)
    return head


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start > len(head) - 4  # a character cut at the end of the sample
    return True


def check_upload(uploaded_file) -> str:
    """Refuse a file too large or not what its name says; return its content type."""
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
    suffix = PurePath(uploaded_file.name).suffix.lower()
    if suffix not in SIGNATURES:
        allowed = ", ".join(sorted(s.lstrip(".").upper() for s in SIGNATURES))
        raise ValidationError(
            _("Files of this type cannot be attached. Allowed: %(allowed)s.")
            % {"allowed": allowed},
            code="type",
        )
    content_type, magics = SIGNATURES[suffix]
    head = _head(uploaded_file)
    matches = any(head.startswith(magic) for magic in magics) if magics else _is_text(head)
    if not matches:
        raise ValidationError(
            _("The file %(name)s is not a real %(kind)s file; its content does not match its name.")
            % {"name": uploaded_file.name, "kind": suffix.lstrip(".").upper()},
            code="content",
        )
    return content_type
