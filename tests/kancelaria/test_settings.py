"""Production settings refuse an unsafe start; the application speaks Polish in Warsaw time."""

import subprocess
import sys

import pytest
from django.conf import settings


def start_production(env):
    code = "import django; django.setup()"
    full_env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "kancelaria.settings.production"}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        env={**full_env, **env},
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "complaint"),
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50, "DEBUG": "1"}, "DEBUG"),
    ],
    ids=["no-secret-key", "debug-on"],
)
def test_production_refuses_to_start_unsafely(env, complaint):
    result = start_production(env)
    assert result.returncode != 0
    assert complaint in result.stderr


def test_production_starts_with_a_key_and_debug_off():
    result = start_production({"SECRET_KEY": "x" * 50})
    assert result.returncode == 0, result.stderr


def test_polish_in_warsaw_with_aware_datetimes():
    assert (settings.LANGUAGE_CODE, settings.TIME_ZONE, settings.USE_TZ) == (
        "pl",
        "Europe/Warsaw",
        True,
    )
