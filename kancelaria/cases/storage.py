"""Where case files live: a private storage alias, never served from a public media URL."""

from __future__ import annotations

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, InMemoryStorage, storages


def case_files_storage():
    """The storage named by `CASE_FILES_STORAGE` (shared by every server of the office)."""
    return storages[settings.CASE_FILES_STORAGE]


def case_file_path(instance, filename: str) -> str:
    """A path no one can guess: the case type, the case and a random name keeping the suffix."""
    suffix = PurePath(filename).suffix.lower()[:10]
    meta = instance._meta
    return f"{meta.app_label}/{meta.model_name}/{instance.case_id}/{uuid.uuid4().hex}{suffix}"


class NoPublicURLMixin:
    """A storage whose files have no URL: they are served only by a view that checks access."""

    def url(self, name):
        raise ValueError("Case files have no public URL; use the case's download view.")


class PrivateFileSystemStorage(NoPublicURLMixin, FileSystemStorage):
    """Case files on a disk shared by the servers, outside MEDIA_ROOT and without a URL."""


class PrivateInMemoryStorage(NoPublicURLMixin, InMemoryStorage):
    """Case files in memory, for the tests."""
