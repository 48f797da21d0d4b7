"""`exocheck check-feed … --scheduler tcp://HOST:8786 | local`: the feed on a Dask cluster.

Dask (`pip install 'exocheck[cluster]'`) schedules, moves data and retries; exocheck adds
nothing of its own. The client streams the feed in partitions (checker.cli.feed), submits each
as one task — `checker.cli.feed.check_partition`, pickled by reference, with the partition's
ids, profiles and texts as its only argument — keeps at most two tasks per worker thread in
flight, and writes the results in feed order, so the output is the same records as a local
run. Every worker is warmed once before the first task (Sudachi dictionary, compiled rules:
checker.engine caches them per process) and must run the same exocheck: its version and a
digest of its code and rule files are compared with the client's, and a mismatch stops the
run (mixed versions would give different findings for the same listing).

A check is a pure function of its partition, so a task lost with its worker is simply run
again elsewhere (`retries=2`, on top of the scheduler's own rescheduling of lost tasks).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.cli.feed_records import FeedError, Item, check_partition, ordered

RETRIES = 2


@lru_cache(maxsize=1)
def identity() -> tuple[str, str]:
    """(exocheck version, digest of checker/*.py and the rule files) of this process."""
    import rules
    from checker import __version__

    here = Path(__file__).resolve().parent
    data = Path(rules.__file__).resolve().parent
    files = sorted(here.glob("*.py")) + sorted(p for p in data.rglob("*") if p.suffix in (".yaml", ".yml", ".json"))
    digest = hashlib.sha256()
    for p in files:
        digest.update(p.name.encode() + b"\0" + p.read_bytes())
    return __version__, digest.hexdigest()[:16]


def _warm() -> tuple[str, str]:
    """Run once on every worker: load the dictionary and rules, say which exocheck this is."""
    from checker.engine import check

    check("初期化")
    return identity()


def connect(scheduler: str, jobs: int | None = None):
    """(client, cluster or None) for `local` (a LocalCluster of `jobs` processes) or an address."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise FeedError("--scheduler needs Dask: pip install 'exocheck[cluster]'") from None
    if scheduler == "local":
        from checker.project.batch import default_jobs

        cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    _probe(scheduler)
    try:
        return Client(scheduler, timeout="15s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise FeedError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def _failed(part: list[Item], exc: BaseException) -> list[dict[str, Any]]:
    """Error records for a partition whose task failed for good (after RETRIES retries, or a
    KilledWorker: its listings took down workers more than the scheduler's allowed-failures)."""
    reason = f"checking failed on the cluster after {RETRIES} retries: {type(exc).__name__}: {exc}"[:500]
    return [{"type": "error", "record": item.record, "id": item.id, "reason": reason} for item in part]


def _probe(scheduler: str) -> None:
    """Fail at once when nothing listens at a tcp:// address (Dask would retry for 15 s)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(scheduler)
    if parts.scheme != "tcp":
        return
    try:
        host, port = parts.hostname, parts.port or 8786
    except ValueError as exc:
        raise FeedError(f"bad scheduler address {scheduler}: {exc}") from None
    try:
        socket.create_connection((host, port), timeout=10).close()
    except OSError as exc:
        raise FeedError(f"cannot reach the Dask scheduler at {scheduler}: {exc.strerror or exc}") from None


def run_on_dask(parts: Iterable[list[Item]], scheduler: str, jobs: int | None = None) -> Iterator[list[dict[str, Any]]]:
    """check_partition of every partition on the cluster, results in order."""
    client, cluster = connect(scheduler, jobs)
    try:
        mine = identity()
        workers = client.run(_warm)
        if not workers:
            raise FeedError(f"the Dask cluster at {scheduler} has no workers")
        other = sorted(w for w, ident in workers.items() if tuple(ident) != mine)
        if other:
            raise FeedError(f"{len(other)} Dask worker(s) run another exocheck or rule set than this client "
                            f"({mine[0]}, {mine[1]}), e.g. {other[0]}: install the same version everywhere")
        threads = sum(client.nthreads().values()) or 1

        def submit(part: list[Item]):
            return client.submit(check_partition, part, pure=False, retries=RETRIES)

        yield from ordered(submit, parts, 2 * threads, _failed)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
