"""A bounded load run: `POST /api/v1/check` from 8 concurrent clients, beside one client alone.

    python -m bench.load [--clients 8] [--seconds 20] [--rounds 2] [--chars 5000] [--workers N]

Starts the real app (`uvicorn api.app:app`; its checks run in `EXOCHECK_WORKERS` worker
processes, default one per CPU) on 127.0.0.1 at a free port in a child process, and sends
traffic to it over loopback only. First one client for a quarter of `--seconds` (the
sequential baseline), then `--clients` clients, each on its own keep-alive connection, for
`--seconds` split into `--rounds` rounds; a probe asks `/healthz` four times a second
throughout. Every loop is bounded in time and count, and the run stops by itself.

Prints requests/s and p50/p99 latency per round, the p99 under load as a multiple of the
sequential p99 (target ≤ 3x), and the server's resident memory (the uvicorn process, and with
its check workers) before and after each round: it should stay flat."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from bench.api_latency import ad_of, free_port, percentiles, start_server
from checker import check

MAX_REQUESTS_PER_CLIENT = 20_000  # a bound besides time


def _burn(n: int) -> None:
    total = 0
    for i in range(n):
        total += i


def cpu_ceiling(processes: int, n: int = 3_000_000) -> float:
    """How much faster `processes` CPU-bound processes finish the work of `processes` than one
    process doing it alone, right now: the most a pool of that many workers can gain on this
    machine (below `processes` when other jobs share the cores)."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes) as pool:
        pool.map(_burn, [1000] * processes)  # started
        t0 = time.perf_counter()
        for _ in range(processes):
            pool.apply(_burn, (n,))
        alone = time.perf_counter() - t0
        t0 = time.perf_counter()
        pool.map(_burn, [n] * processes, chunksize=1)
        together = time.perf_counter() - t0
    return alone / together


def _kib(path: str, field: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_kib(pid: int) -> int:
    return _kib(f"/proc/{pid}/status", "VmRSS:")


def pss_kib(pid: int) -> int:
    """Proportional set size: shared pages (the dictionary mapping, the forkserver's copy-on-write
    pages) divided among the processes that share them, so a sum over processes is not inflated."""
    return _kib(f"/proc/{pid}/smaps_rollup", "Pss:")


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                kids = []
            out += kids
            todo += kids
    return out


def memory(pid: int) -> str:
    """The server's memory: the uvicorn process alone (RSS), and with its forkserver and check
    workers (RSS summed, and PSS summed: shared pages counted once)."""
    procs = [pid, *descendants(pid)]
    rss = sum(rss_kib(p) for p in procs)
    pss = sum(pss_kib(p) for p in procs)
    return (f"server RSS {rss_kib(pid) / 1024:6.1f} MiB; with its {len(procs) - 1} child processes "
            f"RSS {rss / 1024:6.1f} MiB, PSS {pss / 1024:6.1f} MiB")


def client_loop(base: str, text: str, stop_at: float, latencies: list[float], errors: Counter) -> None:
    with httpx.Client(base_url=base, timeout=60) as client:
        while time.monotonic() < stop_at and len(latencies) < MAX_REQUESTS_PER_CLIENT:
            t0 = time.perf_counter()
            try:
                status = client.post("/api/v1/check", json={"text": text}).status_code
            except httpx.TransportError as exc:
                status = type(exc).__name__
            if status == 200:
                latencies.append(time.perf_counter() - t0)
            else:
                errors[status] += 1


def probe_loop(base: str, stop: threading.Event, latencies: list[float]) -> None:
    with httpx.Client(base_url=base, timeout=10) as client:
        while not stop.wait(0.25) and len(latencies) < MAX_REQUESTS_PER_CLIENT:
            t0 = time.perf_counter()
            client.get("/healthz").raise_for_status()
            latencies.append(time.perf_counter() - t0)


def run_round(base: str, text: str, clients: int, seconds: float) -> tuple[list[float], Counter, float]:
    per_client: list[list[float]] = [[] for _ in range(clients)]
    errors: Counter = Counter()
    stop_at = time.monotonic() + seconds
    threads = [threading.Thread(target=client_loop, args=(base, text, stop_at, lat, errors)) for lat in per_client]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [x for lat in per_client for x in lat], errors, time.perf_counter() - t0


def line(label: str, latencies: list[float], errors: Counter, elapsed: float) -> str:
    if len(latencies) < 2:
        return f"  {label:<22} {len(latencies)} requests, errors {dict(errors)}"
    p50, p99 = percentiles(latencies)
    bad = f", errors {dict(errors)}" if errors else ""
    return (f"  {label:<22} {len(latencies):5d} req  {len(latencies) / elapsed:6.1f} req/s   "
            f"p50 {p50:7.1f} ms   p99 {p99:7.1f} ms{bad}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8, max 32)")
    p.add_argument("--seconds", type=float, default=20, help="length of the concurrent run (default 20, max 120)")
    p.add_argument("--rounds", type=int, default=2, help="rounds the concurrent run is split into (default 2)")
    p.add_argument("--chars", type=int, default=5_000, help="length of the ad in characters (default 5000)")
    p.add_argument("--workers", type=int, default=None, help="EXOCHECK_WORKERS for the server (default: one per CPU)")
    args = p.parse_args(argv)
    clients = max(1, min(args.clients, 32))
    seconds = max(2.0, min(args.seconds, 120.0))
    rounds = max(1, min(args.rounds, 10))
    text = ad_of(args.chars)
    findings = len(check(text).findings)
    if args.workers:
        os.environ["EXOCHECK_WORKERS"] = str(args.workers)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = os.environ.get("EXOCHECK_WORKERS") or f"{cores} (one per CPU)"
    print(f"load: {len(text):,}-character ad ({findings} findings), POST /api/v1/check over loopback; "
          f"{clients} clients for {seconds:g} s in {rounds} rounds vs 1 client for {seconds / 4:g} s; "
          f"server: uvicorn, {workers} check workers; {cores} CPU, Python {platform.python_version()}")
    n_workers = int(os.environ.get("EXOCHECK_WORKERS") or cores)
    ceiling = cpu_ceiling(n_workers) if n_workers > 1 else 1.0
    print(f"  machine now: {n_workers} CPU-bound processes run {ceiling:.2f}x as fast as one "
          f"(load average {os.getloadavg()[0]:.2f} before the run)")
    port = free_port()
    server = start_server(port)
    base = f"http://127.0.0.1:{port}"
    probe: list[float] = []
    stop_probe = threading.Event()
    try:
        run_round(base, text, clients, 2.0)  # every worker and connection warm
        print(f"  memory before          {memory(server.pid)}")
        seq, seq_errors, seq_elapsed = run_round(base, text, 1, seconds / 4)
        print(line("1 client (sequential)", seq, seq_errors, seq_elapsed))
        print(f"  memory after           {memory(server.pid)}")
        prober = threading.Thread(target=probe_loop, args=(base, stop_probe, probe))
        prober.start()
        loaded: list[float] = []
        loaded_errors: Counter = Counter()
        loaded_elapsed = 0.0
        for i in range(rounds):
            lat, errors, elapsed = run_round(base, text, clients, seconds / rounds)
            loaded += lat
            loaded_errors += errors
            loaded_elapsed += elapsed
            print(line(f"{clients} clients, round {i + 1}", lat, errors, elapsed))
            print(f"  memory after           {memory(server.pid)}")
        stop_probe.set()
        prober.join()
    finally:
        stop_probe.set()
        server.terminate()
        server.wait(timeout=30)
    print(line(f"{clients} clients, all", loaded, loaded_errors, loaded_elapsed))
    if len(seq) >= 2 and len(loaded) >= 2:
        seq_p99, load_p99 = percentiles(seq)[1], percentiles(loaded)[1]
        ratio = load_p99 / seq_p99
        verdict = "met" if ratio <= 3 else "NOT met"
        print(f"  p99 under {clients} clients / sequential p99 = {load_p99:.1f} / {seq_p99:.1f} ms = {ratio:.1f}x "
              f"(target <= 3x: {verdict}); throughput {len(loaded) / loaded_elapsed / (len(seq) / seq_elapsed):.1f}x "
              "sequential")
        # With c times one core's worth of CPU, `clients` closed-loop clients wait on average for
        # clients / c checks: the floor for the p50 under load, whatever the server does.
        floor = clients / ceiling * percentiles(seq)[0]
        print(f"  floor for this machine now: p50 >= {clients} / {ceiling:.2f} x sequential p50 = {floor:.0f} ms "
              f"(measured {percentiles(loaded)[0]:.0f} ms: the server adds {percentiles(loaded)[0] / floor - 1:+.0%})")
    print(f"  load average after the run {os.getloadavg()[0]:.2f}")
    if len(probe) >= 2:
        p50, p99 = percentiles(probe)
        print(f"  /healthz under load    p50 {p50:7.1f} ms   p99 {p99:7.1f} ms   ({len(probe)} probes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
