"""Settings shared by every environment; everything that varies is read from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("KANCELARIA_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "mptt",
    "guardian",
    "simple_history",
    "kancelaria",
    "orgunits",
    "tasks",
    "inquiries",
    "trips",
    "meetings",
    "patronage",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
]

ROOT_URLCONF = "kancelaria.urls"
WSGI_APPLICATION = "kancelaria.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kancelaria.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'kancelaria.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_403 = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", _("Polish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Case files live outside MEDIA_ROOT and are served only through a view that applies `restrict`.
# Several application servers share them by pointing CASE_FILES_ROOT at shared storage (or by
# swapping the backend for an object store with the same API).
CASE_FILES_ROOT = Path(os.environ.get("CASE_FILES_ROOT", VAR_DIR / "case-files"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "case_files": {
        "BACKEND": "kancelaria.cases.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": CASE_FILES_ROOT},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CASE_ATTACHMENT_MAX_BYTES = int(os.environ.get("CASE_ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024))
# Case signs: {symbol}.{JRWA class}.{number}.{year}. The city sets its own JRWA classes per case
# type (settings named by each case type's JRWA_SETTING); the prefix serves units with no symbol
# above them.
CASE_SIGN_PREFIX = os.environ.get("CASE_SIGN_PREFIX", "KP")
CASE_DEFAULT_JRWA_CLASS = "0000"
# Foreign business trips (§ 4 ust. 2): the JRWA class of their signs, as the city sets it.
TRIPS_JRWA_CLASS = os.environ.get("TRIPS_JRWA_CLASS", "0713")
# Reminders (`send_reminders`, daily from cron): terms falling within this many days, and the
# address the links in the mail start with.
CASE_REMINDER_DAYS = int(os.environ.get("CASE_REMINDER_DAYS", "3"))
KANCELARIA_SITE_URL = os.environ.get("KANCELARIA_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "kancelaria@um.krakow.pl")

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

# The office's own constants.
KANCELARIA_OFFICE_NAME = "Kancelaria Prezydenta Miasta Krakowa"
KANCELARIA_FIXTURES_DIR = BASE_DIR / "fixtures"
KANCELARIA_DEMO_PASSWORD = os.environ.get("KANCELARIA_DEMO_PASSWORD", "Kancelaria-2026")
# § 9 pkt 2 inquiries: the JRWA class of their signs, and the term the city statute gives
# for answering a City Council committee motion (days; confirmed by the office).
INQUIRIES_JRWA_CLASS = os.environ.get("INQUIRIES_JRWA_CLASS", "0003")
INQUIRIES_COMMITTEE_MOTION_DAYS = int(os.environ.get("INQUIRIES_COMMITTEE_MOTION_DAYS", "30"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
SIMPLE_HISTORY_REVERT_DISABLED = True
