"""Batch throughput: a folder of synthetic product pages checked with 1 and 2 workers.

    python -m bench.batch [N_PAGES] [--min-kb 5] [--max-kb 20]

Generates N pages (default 1,000) of 5-20 KB in a temporary folder (a mix of .txt, .md
and .html), then times the whole `exocheck check DIR` path (walk, load, check, workers
starting up) with --jobs 1 and --jobs 2, alternating for --rounds rounds, and reports
pages/s, chars/s, the wall-clock speed-up and the CPU-seconds ratio (CPU of this process
and its workers, --jobs 2 over --jobs 1: what the pool costs in extra work, which a shared
2-core machine measures reliably, unlike the speed-up). Medians with their range.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.corpus import ad_copy
from checker import check
from checker.project.batch import check_targets, default_jobs
from checker.project.walk import discover

SUFFIXES = (".txt", ".md", ".html")


def page(i: int, n_bytes: int) -> tuple[str, str]:
    """(suffix, content) of synthetic page `i`: the same generated copy wrapped per format."""
    body = ad_copy(n_bytes, seed=i)
    suffix = SUFFIXES[i % len(SUFFIXES)]
    if suffix == ".md":
        return suffix, f"# 商品ページ {i}\n\n{body}"
    if suffix == ".html":
        paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n") if p)
        return suffix, f"<!doctype html><html><body><h1>商品ページ {i}</h1>\n{paras}</body></html>\n"
    return suffix, body


def make_pages(folder: Path, n: int, min_kb: int, max_kb: int) -> int:
    """Write n pages under folder (10 per sub-folder); return the total characters."""
    rng = random.Random(7)
    chars = 0
    for i in range(n):
        suffix, text = page(i, rng.randint(min_kb * 1024, max_kb * 1024))
        sub = folder / f"section-{i // 10:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"page-{i:04d}{suffix}").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def timed_run(folder: Path, jobs: int) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds of this process and its workers, files, findings) for one run."""
    cpu0 = _cpu()
    t0 = time.perf_counter()
    results = check_targets(discover([folder]), jobs=jobs)
    seconds = time.perf_counter() - t0
    errors = [r for r in results if r.error]
    if errors:
        raise SystemExit(f"unexpected input errors: {errors[:3]}")
    return seconds, _cpu() - cpu0, len(results), sum(len(r.findings) for r in results)


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ceiling(n: int = 3_000_000) -> float:
    """How much faster two processes burn CPU than one here: the best --jobs 2 can do."""
    t0 = time.perf_counter()
    _burn(n), _burn(n)
    one = time.perf_counter() - t0
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [10, 10]))  # start both workers before timing
        t0 = time.perf_counter()
        list(pool.map(_burn, [n, n]))
        two = time.perf_counter() - t0
    return one / two


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.batch")
    ap.add_argument("pages", nargs="?", type=int, default=1000)
    ap.add_argument("--min-kb", type=int, default=5)
    ap.add_argument("--max-kb", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="exocheck-bench-") as tmp:
        folder = Path(tmp)
        chars = make_pages(folder, args.pages, args.min_kb, args.max_kb)
        print(f"batch: {args.pages} pages, {chars:,} chars, {args.min_kb}-{args.max_kb} KB each; "
              f"{default_jobs()} CPU(s) available (os.cpu_count()={os.cpu_count()})")
        seconds: dict[int, list[float]] = {1: [], 2: []}
        cpus: dict[int, list[float]] = {1: [], 2: []}
        findings: dict[int, int] = {}
        ceilings = []
        check("初期化")  # --jobs 1 checks in this process: load the dictionary and rules before timing
        for r in range(args.rounds):
            ceilings.append(machine_ceiling())
            for jobs in ((1, 2) if r % 2 == 0 else (2, 1)):
                wall, cpu, files, findings[jobs] = timed_run(folder, jobs)
                seconds[jobs].append(wall)
                cpus[jobs].append(cpu)
            if findings[1] != findings[2]:
                raise SystemExit("--jobs 1 and --jobs 2 disagree on the findings")

        def med(values: list[float], fmt: str = "{:.2f}") -> str:
            return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"

        for jobs in (1, 2):
            print(f"--jobs {jobs}: {med(seconds[jobs])} s  {med([files / s for s in seconds[jobs]], '{:.1f}')} pages/s  "
                  f"{med([chars / s for s in seconds[jobs]], '{:,.0f}')} chars/s  CPU {med(cpus[jobs])} s  "
                  f"({findings[jobs]} findings)")
        speedup = [a / b for a, b in zip(seconds[1], seconds[2], strict=True)]
        cpu_ratio = [b / a for a, b in zip(cpus[1], cpus[2], strict=True)]
        print(f"CPU-seconds --jobs 2 / --jobs 1: {med(cpu_ratio)}x (1.00 = no extra work for the pool); "
              f"wall-clock speed-up: {med(speedup)}x (this machine's ceiling for 2 processes of pure CPU work "
              f"in the same rounds: {med(ceilings)}x); {args.rounds} rounds, median (range)")


if __name__ == "__main__":
    main()
