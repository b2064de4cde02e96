"""Run every benchmark module: `python -m benchmarks [name …]`."""

import importlib
import os
import pkgutil
import sys
import time

import django


def main(argv: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kancelaria.settings.local")
    django.setup()
    import benchmarks

    names = sorted(
        info.name
        for info in pkgutil.iter_modules(benchmarks.__path__)
        if info.name.startswith("bench_") and (not argv or info.name.removeprefix("bench_") in argv)
    )
    for name in names:
        print(f"== {name.removeprefix('bench_')}")
        started = time.perf_counter()
        importlib.import_module(f"benchmarks.{name}").run()
        print(f"   ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
