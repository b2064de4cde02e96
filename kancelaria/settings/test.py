"""Test runs: DEBUG off (as pytest-django does), fast hashing, mail kept in memory."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "case_files": {"BACKEND": "kancelaria.cases.storage.PrivateInMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A minimal case type that exists only in test runs (tests/casetypes/), so that what every case
# shares is tested apart from any real case type.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.casetypes"]  # noqa: F405
DOSSIER_JRWA_CLASS = "0001"
# The test case type's generic pages (/dossiers/) on top of the project's URLs.
ROOT_URLCONF = "tests.casetypes.urls"
