"""Speed and memory benchmarks (`make bench`): figures to read, not tests that pass or fail.

Each module `benchmarks/bench_*.py` defines `run() -> None` and prints its own figures.
"""
