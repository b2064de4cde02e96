"""Helpers for benchmarks: timing with peak memory, and a throw-away database."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from contextlib import contextmanager


def measure(label: str, func: Callable[[], object], *, repeat: int = 3) -> float:
    """Run `func` `repeat` times; print the best time and the peak memory of one run."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    tracemalloc.start()
    func()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"   {label}: {best * 1000:.1f} ms (best of {repeat}), peak {peak / 1_048_576:.1f} MiB")
    return best


@contextmanager
def scratch_database():
    """A fresh test database for benchmarks that write, dropped afterwards."""
    from django.test.utils import setup_databases, teardown_databases

    config = setup_databases(verbosity=0, interactive=False)
    try:
        yield
    finally:
        teardown_databases(config, verbosity=0)
