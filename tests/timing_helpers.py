"""Growth-ratio timing shared by the linear-time tests (not a test module).

Times are compared between a small and a large input of the same shape, never against an
absolute budget, and they are this process's CPU time, not wall time: on a busy machine a
large run is more likely to be preempted than a small one, and wall time would count that.
Quadratic growth is `linear` times the linear ratio, so a SLACK of 4 tells them apart with
room for noise."""

import time
from collections.abc import Callable

SLACK = 4  # noise on a shared machine; quadratic growth would be ~linear times more
FLOOR = 0.005  # seconds: below this at the large size, growth cannot be told from noise


def best_of(run: Callable[[str], object], source: str, runs: int = 3) -> float:
    """The fastest of `runs` runs of `run(source)`, in CPU seconds of this process."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        run(source)
        best = min(best, time.process_time() - t0)
    return best


def grows_linearly(run: Callable[[str], object], make: Callable[[int], str],
                   sizes: tuple[int, int]) -> tuple[bool, str]:
    """Whether `run` on `make(n)` grows no faster than linearly from sizes[0] to sizes[1];
    a large run that looks superlinear gets a second look before it counts."""
    linear = sizes[1] / sizes[0]
    small = best_of(run, make(sizes[0]))
    large = best_of(run, make(sizes[1]), runs=1)
    if large > FLOOR and large / max(small, 1e-9) >= linear * SLACK:
        large = min(large, best_of(run, make(sizes[1]), runs=2))
    ratio = large / max(small, 1e-9)
    ok = large < FLOOR or ratio < linear * SLACK
    return ok, f"{small * 1e3:.2f} ms -> {large * 1e3:.2f} ms (x{ratio:.0f}; linear is ~x{linear:.0f})"
