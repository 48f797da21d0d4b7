"""Latency of `POST /api/v1/check` over loopback, beside `check()` on the same text.

    python -m bench.api_latency [--requests N] [--chars N]
    python -m bench.api_latency --sizes 5000,20000,80000,190000 [--rounds N]

Starts the real app (`uvicorn api.app:app`, one worker) on 127.0.0.1 at a free port in a
child process, waits for /healthz, then runs N rounds over one keep-alive connection, each
round timing `check()` in this process, a JSON-only request and a request with
`"format": "html"` (what the web page's live check asks for). The difference from
`check()` is the HTTP + JSON (+ rendering) overhead.

With `--sizes` it measures how the request time grows with the text instead: for each size,
interleaved rounds of a JSON-only request and a `"format": "html"` request (the page's live
check), median ms of each, their ratio and the size of the rendered fragment. The rendering
is linear in text + findings, so the ratio stays flat (target: html ≤ 1.5x json)."""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from bench.corpus import ad_copy
from checker import check

ROOT = Path(__file__).resolve().parent.parent


def ad_of(chars: int) -> str:
    """Exactly `chars` characters of generated ad copy (our own templates, bench.corpus)."""
    return ad_copy(chars * 4)[:chars]


def percentiles(samples: list[float]) -> tuple[float, float]:
    """(p50, p99) in milliseconds."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return statistics.median(samples) * 1000, cuts[98] * 1000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, env: dict[str, str] | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "uvicorn", "api.app:app", "--host", "127.0.0.1", "--port", str(port),
           "--log-level", "warning", "--no-access-log"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("server did not start within 60 s")


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(client: httpx.Client, text: str, n: int) -> dict[str, list[float]]:
    """Interleaved rounds (check(), JSON request, HTML request), so load from elsewhere on the
    machine hits the three alike and the differences stay meaningful."""
    variants = {
        "check() in process": lambda: check(text),
        "POST /api/v1/check": lambda: client.post("/api/v1/check", json={"text": text}).raise_for_status(),
        "POST … format=html": lambda: client.post(
            "/api/v1/check", json={"text": text, "format": "html"}).raise_for_status(),
    }
    for fn in variants.values():  # dictionary, rules, connection and caches warm
        fn()
    samples: dict[str, list[float]] = {label: [] for label in variants}
    for _ in range(n):
        for label, fn in variants.items():
            samples[label].append(timed(fn))
    return samples


DENSE = "副作用ゼロの美容液で、真皮まで浸透して肌を再生します。"  # two claims a sentence (issue 15's case)


def dense_of(chars: int) -> str:
    return (DENSE * (chars // len(DENSE) + 1))[:chars]


def scaling(client: httpx.Client, sizes: list[int], rounds: int, dense: bool = False) -> list[dict]:
    """Median ms of format=json and format=html per text size (interleaved rounds)."""
    rows = []
    for chars in sizes:
        text = dense_of(chars) if dense else ad_of(chars)
        bodies = {"json": {"text": text}, "html": {"text": text, "format": "html"}}
        samples: dict[str, list[float]] = {k: [] for k in bodies}
        rendered = 0
        findings = 0
        for body in bodies.values():  # warm: the first request of a size pays for its caches
            r = client.post("/api/v1/check", json=body)
            r.raise_for_status()
            findings = len(r.json()["files"][0]["findings"])
            rendered = len(r.json().get("rendered", "").encode()) or rendered
        for _ in range(rounds):
            for k, body in bodies.items():
                samples[k].append(timed(lambda body=body: client.post("/api/v1/check", json=body).raise_for_status()))
        json_ms, html_ms = (statistics.median(samples[k]) * 1000 for k in ("json", "html"))
        rows.append({"chars": len(text), "findings": findings, "json_ms": json_ms, "html_ms": html_ms,
                     "ratio": html_ms / json_ms, "rendered_kb": rendered / 1024})
        r = rows[-1]
        print(f"  {r['chars']:>7,} chars {r['findings']:>6,} findings   json {r['json_ms']:8.0f} ms"
              f"   html {r['html_ms']:8.0f} ms   html/json {r['ratio']:4.2f}x   fragment {r['rendered_kb']:7.0f} KB",
              flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.api_latency", description=__doc__.splitlines()[0])
    p.add_argument("--requests", type=int, default=300, help="requests per variant (default 300, max 2000)")
    p.add_argument("--chars", type=int, default=5_000, help="length of the ad in characters (default 5000)")
    p.add_argument("--sizes", help="comma-separated text sizes: json vs html request time per size")
    p.add_argument("--rounds", type=int, default=5, help="rounds per size with --sizes (default 5)")
    p.add_argument("--dense", action="store_true", help="with --sizes: one two-claim sentence repeated, not ad copy")
    args = p.parse_args(argv)
    if args.sizes:
        sizes = [int(x.replace("_", "")) for x in args.sizes.split(",") if x.strip()]
        kind = "a repeated two-claim sentence" if args.dense else "ad copy"
        print(f"api scaling: {kind} of {', '.join(f'{s:,}' for s in sizes)} characters, median of {args.rounds} "
              f"rounds, loopback, 1 uvicorn worker; Python {platform.python_version()}, {os.cpu_count()} CPU")
        port = free_port()
        server = start_server(port, {"EXOCHECK_TIMEOUT": "300"})  # a budget past the largest size
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
                scaling(client, sizes, max(1, args.rounds), args.dense)
        finally:
            server.terminate()
            server.wait(timeout=30)
        return 0
    n = max(10, min(args.requests, 2_000))
    text = ad_of(args.chars)
    findings = len(check(text).findings)
    print(f"api latency: {len(text):,}-character ad ({findings} findings), {n} sequential requests per variant,"
          f" loopback, 1 uvicorn worker; Python {platform.python_version()}, {os.cpu_count()} CPU")
    port = free_port()
    server = start_server(port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            samples = measure(client, text, n)
    finally:
        server.terminate()
        server.wait(timeout=10)
    base50 = None
    for label, values in samples.items():
        p50, p99 = percentiles(values)
        extra = "" if base50 is None else f"   ({p50 - base50:+.1f} ms p50 vs check())"
        base50 = p50 if base50 is None else base50
        print(f"  {label:<20} p50 {p50:7.1f} ms   p99 {p99:7.1f} ms{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
