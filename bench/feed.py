"""Listing-feed throughput (docs/scale.md): chars/s per core for marketplace-like listings.

    python -m bench.feed [N_LISTINGS] [--chars 500] [--no-dask]

Generates N listings (default 1,000) of about 500 characters each (a short title and a
description from bench/corpus.py's templates: mostly neutral copy, a claim every few
sentences), then times `checker.cli.feed.run_feed` on them inline (one core), in the process
pool (`--jobs 2`) and on a Dask LocalCluster of 2 worker processes (cluster start-up not
timed, workers warmed), checks that all three give the same records, and prints chars/s,
listings/s and the cores that 1 M and 10 M listings a day would need.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import time

from bench.corpus import sentence
from checker.cli.feed import run_feed
from checker.cli.feed_records import FeedOptions
from checker.project.batch import default_jobs

SECONDS_PER_DAY = 86_400


def listings(n: int, chars: int, seed: int = 17) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        description = ""
        while len(description) < chars - 30:
            description += sentence(rng)
        out.append({"id": f"L{i:07d}", "title": sentence(rng)[:30], "description": description})
    return out


def timed(data: bytes, **kw) -> tuple[float, list]:
    records: list = []
    t0 = time.perf_counter()
    run_feed("-", FeedOptions(), records.extend, stdin=io.BytesIO(data), **kw)
    return time.perf_counter() - t0, records


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.feed")
    ap.add_argument("listings", nargs="?", type=int, default=1000)
    ap.add_argument("--chars", type=int, default=500, help="characters per listing (default 500)")
    ap.add_argument("--no-dask", dest="dask", action="store_false")
    args = ap.parse_args(argv)
    rows = listings(args.listings, args.chars)
    chars = sum(len(r["title"]) + len(r["description"]) for r in rows)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    print(f"feed: {len(rows):,} listings, {chars:,} chars ({chars / len(rows):.0f} per listing); "
          f"{default_jobs()} CPU(s) available")
    timed(data[: data.index(b"\n", 20_000) + 1], jobs=1)  # warm up: dictionary and rules
    runs: dict[str, tuple[float, list]] = {"inline (1 core)": timed(data, jobs=1)}
    runs["process pool, --jobs 2"] = timed(data, jobs=2)
    if args.dask:
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            timed(data[: data.index(b"\n", 2000) + 1], scheduler=cluster.scheduler_address)  # connect and warm the workers
            runs["Dask LocalCluster, 2 workers"] = timed(data, scheduler=cluster.scheduler_address)
    baseline = runs["inline (1 core)"]
    for name, (seconds, records) in runs.items():
        same = "same records" if records == baseline[1] else "DIFFERENT RECORDS"
        print(f"{name:30s} {seconds:6.2f} s  {chars / seconds:10,.0f} chars/s  {len(rows) / seconds:8,.0f} listings/s"
              f"  ({len(records):,} findings; {same})")
    per_core = chars / baseline[0]
    print(f"per core: {per_core:,.0f} chars/s = {per_core / 500:,.0f} listings of 500 chars/s")
    for per_day in (1_000_000, 10_000_000):
        need = per_day * 500
        spread = need / (per_core * SECONDS_PER_DAY)
        window = need / (per_core * 3600)
        print(f"{per_day:>10,} listings/day x 500 chars: {spread:5.2f} core(s) spread over 24 h, "
              f"{window:6.1f} core(s) to finish within 1 h")
    if any(records != baseline[1] for _, records in runs.values()):
        raise SystemExit("the runs disagree on the records")


if __name__ == "__main__":
    main()
