"""Test runs: DEBUG off (as pytest-django does), fast hashing, mail kept in memory."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "case_files": {"BACKEND": "kancelaria.cases.storage.PrivateInMemoryStorage"},
}
# A minimal concrete case type that exists only in tests, to test the shared case machinery.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.casetypes"]  # noqa: F405
ROOT_URLCONF = "tests.casetypes.urls"
