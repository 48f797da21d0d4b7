"""Timing helper shared by the linear-time tests (not a test module)."""

import time
from collections.abc import Callable


def best_of_three(run: Callable[[str], object], source: str) -> float:
    """The fastest of three runs of `run(source)`, in seconds (the least disturbed by load)."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        run(source)
        best = min(best, time.perf_counter() - t0)
    return best
