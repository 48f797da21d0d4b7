"""Cold start: wall time of a whole `exocheck check` process on one small file.

    python -m bench.cold_start [--runs N] [--importtime] [--against TREE]

Each run is a fresh process (interpreter start, imports, Sudachi dictionary, rule packs,
one check, report). One unmeasured run first warms the OS file cache and the compiled-rule
cache (checker/match/cache.py, here in a temporary XDG_CACHE_HOME); the commands then
alternate in one loop. `exocheck check page.txt` is the normal start (rules read from the
cache); with EXOCHECK_NO_CACHE=1 it compiles the rule packs as the first start after an
install or a rule edit does. Reference points: a bare interpreter, `import checker.engine` (every module a check needs) and
`exocheck --help`. Wall time and CPU time (user + system) per run: on this shared machine
the wall time moves with the load, the CPU time much less. Also the peak RSS of one
`exocheck check page.txt`. Target (issue 16): median <= 0.4 s.

`--against TREE` compares two checkouts instead (an A/B of a change: e.g. `git worktree add
/tmp/base HEAD` before it): `python -m checker.cli.main check page.txt` run in this tree and in
TREE alternately, each tree byte-compiled first, both with the same rule-cache folder."""

from __future__ import annotations

import argparse
import os
import resource
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


def wall(cmds: dict[str, list[str]], runs: int, env: dict[str, dict[str, str]] | None = None,
         cpu: dict[str, list[float]] | None = None, cwd: dict[str, str] | None = None) -> dict[str, list[float]]:
    """Seconds per run of each command, alternating between them (`env`: extra variables
    per label; `cpu`, when given, receives the user + system seconds of each run; `cwd`: the
    folder to run a label's command in)."""
    env, cwd = env or {}, cwd or {}
    for label, cmd in cmds.items():  # warm the file cache (and the rule cache)
        subprocess.run(cmd, capture_output=True, env=os.environ | env.get(label, {}), cwd=cwd.get(label))
    times: dict[str, list[float]] = {label: [] for label in cmds}
    for _ in range(runs):
        for label, cmd in cmds.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, env=os.environ | env.get(label, {}), cwd=cwd.get(label))
            times[label].append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if cpu is not None:
                cpu.setdefault(label, []).append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
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


def _report(results: dict[str, list[float]], cpu: dict[str, list[float]], runs: int) -> None:
    for label, times in results.items():
        print(f"{label:<30} median {statistics.median(times):.3f} s   range {min(times):.3f}-{max(times):.3f} s   "
              f"CPU {statistics.median(cpu[label]):.3f} s ({min(cpu[label]):.3f}-{max(cpu[label]):.3f})   "
              f"({runs} interleaved runs)")


def against(tree: Path, runs: int) -> None:
    """This checkout and `tree`, alternately: one small-file check each (see the module doc)."""
    here = Path(__file__).resolve().parent.parent
    for root in (here, tree):  # as an install does (PYTHONDONTWRITEBYTECODE is set here)
        subprocess.run([sys.executable, "-m", "compileall", "-q", "checker", "api", "reports"],
                       cwd=root, capture_output=True)
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.txt"
        page.write_text(SMALL, encoding="utf-8")
        cmd = [sys.executable, "-m", "checker.cli.main", "check", str(page)]
        labels = {f"this tree ({here.name})": here, f"against ({tree})": tree}
        cache = {"XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        cpu: dict[str, list[float]] = {}
        results = wall(dict.fromkeys(labels, cmd), runs, dict.fromkeys(labels, cache), cpu,
                       {label: str(root) for label, root in labels.items()})
    print(f"load average before: {' '.join(f'{x:.1f}' for x in load)}; after: "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    _report(results, cpu, runs)
    a, b = (statistics.median(cpu[label]) for label in labels)
    print(f"CPU seconds, this tree / against: {a / b:.2f}x")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.cold_start")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--importtime", action="store_true", help="also list the slowest imports")
    ap.add_argument("--against", type=Path, default=None, metavar="TREE",
                    help="time this checkout against another one (A/B), alternating")
    args = ap.parse_args(argv)
    if args.against is not None:
        against(args.against.resolve(), args.runs)
        return
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.txt"
        page.write_text(SMALL, encoding="utf-8")
        check = [*exocheck_command(), "check", str(page)]
        rows = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("python -c 'import checker.engine'", [sys.executable, "-c", "import checker.engine"]),
            ("exocheck --help", [*exocheck_command(), "--help"]),
            ("exocheck check page.txt", check),
            ("  same, EXOCHECK_NO_CACHE=1", check),
        ]
        cache = {"XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        env = {label: cache for label, _ in rows} | {"  same, EXOCHECK_NO_CACHE=1": cache | {"EXOCHECK_NO_CACHE": "1"}}
        cpu: dict[str, list[float]] = {}
        results = wall(dict(rows), args.runs, env, cpu)
        os.environ["XDG_CACHE_HOME"] = cache["XDG_CACHE_HOME"]
        rss = peak_rss_mib(check)
    print(f"load average before: {' '.join(f'{x:.1f}' for x in load)}; after: "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    _report(results, cpu, args.runs)
    median = statistics.median(results["exocheck check page.txt"])
    print(f"cold start {'meets' if median <= TARGET_SECONDS else 'is OVER'} the {TARGET_SECONDS} s target; "
          f"peak RSS of `exocheck check page.txt`: {rss:.0f} MiB")
    if args.importtime:
        print("slowest imports (self time):")
        for us, name in slowest_imports():
            print(f"  {us / 1000:7.1f} ms  {name}")


if __name__ == "__main__":
    main()
