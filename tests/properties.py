"""Hypothesis settings profiles: a few examples by default, `HYPOTHESIS_PROFILE=thorough` for 300.

Loaded from tests/conftest.py, so that every property test in the suite shares them.
"""

import os

from hypothesis import HealthCheck, settings

SLOW_EXAMPLES_ARE_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    "quick", max_examples=15, deadline=None, suppress_health_check=SLOW_EXAMPLES_ARE_FINE
)
settings.register_profile(
    "thorough", max_examples=300, deadline=None, suppress_health_check=SLOW_EXAMPLES_ARE_FINE
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))
