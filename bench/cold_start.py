"""Cold start: wall time of a whole `exocheck check` process on one small file.

    python -m bench.cold_start [--runs N] [--importtime]

Each run is a fresh process (interpreter start, imports, Sudachi dictionary, rule packs,
one check, report). One unmeasured run first warms the OS file cache; the three commands
then alternate in one loop. Reference points: a bare interpreter and `import checker`.
Also the peak RSS of one `exocheck check page.txt`. Target (issue 16): median <= 0.4 s."""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 0.4
SMALL = "副作用ゼロのエクソソーム美容液です。\n保湿成分としてヒト幹細胞培養液を配合。\n"


def exocheck_command() -> list[str]:
    script = Path(sys.executable).parent / "exocheck"
    if script.exists():
        return [str(script)]
    found = shutil.which("exocheck")
    return [found] if found else [sys.executable, "-m", "checker.cli.main"]


def wall(cmds: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Seconds per run of each command, alternating between them."""
    for cmd in cmds.values():
        subprocess.run(cmd, capture_output=True)  # warm the file cache
    times: dict[str, list[float]] = {label: [] for label in cmds}
    for _ in range(runs):
        for label, cmd in cmds.items():
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True)
            times[label].append(time.perf_counter() - t0)
    return times


def peak_rss_mib(cmd: list[str]) -> float:
    """Peak RSS of `cmd` (its own process, measured by a fresh parent that runs only it)."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True).stdout
    return int(out.strip()) / 1024


def slowest_imports(top: int = 12) -> list[tuple[int, str]]:
    """(self microseconds, module) of the slowest imports of `exocheck check`, from -X importtime."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.txt"
        page.write_text(SMALL, encoding="utf-8")
        out = subprocess.run([sys.executable, "-X", "importtime", "-m", "checker.cli.main", "check", str(page)],
                             capture_output=True, text=True).stderr
    rows = []
    for line in out.splitlines():
        if line.startswith("import time:") and "|" in line:
            self_us, _, name = line[len("import time:"):].split("|")
            if self_us.strip().isdigit():
                rows.append((int(self_us), name.strip()))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.cold_start")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--importtime", action="store_true", help="also list the slowest imports")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.txt"
        page.write_text(SMALL, encoding="utf-8")
        rows = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("python -c 'import checker'", [sys.executable, "-c", "import checker"]),
            ("exocheck check page.txt", [*exocheck_command(), "check", str(page)]),
        ]
        results = wall(dict(rows), args.runs)
        rss = peak_rss_mib(rows[-1][1])
    for label, times in results.items():
        print(f"{label:<30} median {statistics.median(times):.3f} s   range {min(times):.3f}-{max(times):.3f} s   "
              f"({args.runs} interleaved runs)")
    median = statistics.median(results["exocheck check page.txt"])
    print(f"cold start {'meets' if median <= TARGET_SECONDS else 'is OVER'} the {TARGET_SECONDS} s target; "
          f"peak RSS of `exocheck check page.txt`: {rss:.0f} MiB")
    if args.importtime:
        print("slowest imports (self time):")
        for us, name in slowest_imports():
            print(f"  {us / 1000:7.1f} ms  {name}")


if __name__ == "__main__":
    main()
