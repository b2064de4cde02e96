"""Storage backends for case files: no public URL, files are served only by a case view.

`STORAGES["case_files"]` names one of these; a file's `.url` raises, so no template can link a
case file past `restrict` (Django's own backends fall back to MEDIA_URL when `base_url` is None).
"""

from __future__ import annotations

from django.core.files.storage import FileSystemStorage, InMemoryStorage


class NoPublicURLMixin:
    """A storage whose files have no URL: they are served only by a view that checks access."""

    def url(self, name):
        raise ValueError("Case files have no public URL; use the case's download view.")


class PrivateFileSystemStorage(NoPublicURLMixin, FileSystemStorage):
    """Case files on a disk shared by the servers, outside MEDIA_ROOT and without a URL."""


class PrivateInMemoryStorage(NoPublicURLMixin, InMemoryStorage):
    """Case files in memory, for the tests."""
