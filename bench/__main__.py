"""`make bench` → `python -m bench`: every bench script in bench/, one process each.

A bench script is a module here with an `if __name__ == "__main__":` block (helpers such
as corpus.py have none). Each runs as `python -m bench.<name>` so its timings and memory
are not disturbed by the others; a failing script is reported and the rest still run."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
# cheap and most-asked-about first; each script's own defaults apply
ORDER = ["cold_start", "throughput", "memory", "api_latency", "load", "batch", "peers"]


def scripts() -> list[str]:
    found = sorted(p.stem for p in HERE.glob("*.py")
                   if not p.stem.startswith("_") and 'if __name__ == "__main__":' in p.read_text(encoding="utf-8"))
    return [n for n in ORDER if n in found] + [n for n in found if n not in ORDER]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"# exocheck benchmarks, {date.today()} — {cores} cores, {cpu_model()}, "
          f"Python {platform.python_version()} ({platform.system()})")
    failed = []
    for name in scripts():
        print(f"\n## python -m bench.{name}", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=HERE.parent)
        print(f"({time.perf_counter() - t0:.0f} s)", flush=True)
        if proc.returncode:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
