"""`exocheck check-feed FEED`: a feed of listings → one output record per finding.

Input: JSONL (one JSON object a line; `-` is stdin), CSV (UTF-8 with or without a BOM, or
`--encoding`, header row) or Parquet (pyarrow, the `parquet` extra). Each record has an id
(`--id-field`, default `id`), optionally a profile (`--profile-field`, default `profile`;
empty or absent: `--profile`, default auto) and the text fields to check (`--text-field`,
repeatable; default `title` and `description`).

A listing's fields are checked as one document (joined by a blank line, so no phrase runs
from one field into the next; profile detection, ad/article and the disclosure checks see
the whole listing); each finding is mapped back to its field, with offsets, line and
column in that field's text. Disclosure findings (something the listing lacks) have no
field and no span. A bad record (not JSON, not UTF-8, missing id or field, a field that is
not text, too long, an unknown profile) becomes an `error` record and the run goes on.

Output (`--output`, default stdout; `.parquet` → Parquet, else JSONL): records in feed
order, each `{"type": "finding" | "error", "record": N, "id": …, …}` (`record` is the
1-based line of a JSONL feed, or row of a CSV/Parquet one), then a `summary` record (in
Parquet: the file's `exocheck.summary` metadata). The output is the same whatever runs it:
inline, the process pool (`--jobs`), or a Dask cluster (`--scheduler`, checker.cli.cluster).

Memory stays flat: the feed is read as a stream and cut into partitions of
`--partition-size` listings; at most a few partitions per worker are in flight, and the
results are written as they come back, in order.
"""

from __future__ import annotations

import json
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from checker.cli.feed_records import (
    DEFAULT_TEXT_FIELDS,
    FINDING_KEYS,
    PROFILE_NAMES,
    FeedError,
    FeedOptions,
    Item,
    check_partition,
    input_format,
    ordered,
    partitions,
    read_items,
)
from checker.cli.terminal import is_tty, positive_int
from checker.models import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Severity, reaches


class _Done:
    """A finished 'future' (a partition checked here after the pool broke)."""

    def __init__(self, value: list[dict[str, Any]]):
        self.value = value

    def result(self) -> list[dict[str, Any]]:
        return self.value


def run_local(parts: Iterable[list[Item]], jobs: int) -> Iterator[list[dict[str, Any]]]:
    """Inline for one job or a single partition, else the process pool of checker.project.batch. A
    worker that dies (e.g. killed for memory) breaks the pool: the partitions it held and
    all later ones are then checked in this process, as checker.project.batch does for files."""
    parts = iter(parts)
    head = list(islice(parts, 2))
    if jobs <= 1 or len(head) < 2:
        for part in chain(head, parts):
            yield check_partition(part)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from checker.project.batch import _init_worker

    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker) as pool:
        def submit(part: list[Item]):
            try:
                return pool.submit(check_partition, part)
            except BrokenProcessPool:
                return _Done(check_partition(part))

        def recover(part: list[Item], exc: BaseException) -> list[dict[str, Any]]:
            if isinstance(exc, BrokenProcessPool):
                return check_partition(part)
            raise exc

        yield from ordered(submit, chain(head, parts), 2 * jobs, recover)


@dataclass
class Summary:
    records: int = 0
    listings: int = 0  # checked
    errors: int = 0
    findings: int = 0
    listings_with_findings: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in Severity})

    def add(self, records: list[dict[str, Any]], part: list[Item]) -> None:
        self.records += len(part)
        errors = {r["record"] for r in records if r["type"] == "error"}
        self.errors += len(errors)
        self.listings += len(part) - len(errors)
        self.listings_with_findings += len({r["record"] for r in records if r["type"] == "finding"})
        for r in records:
            if r["type"] == "finding":
                self.findings += 1
                self.by_severity[r["severity"]] += 1

    def record(self) -> dict[str, Any]:
        return {"type": "summary", "records": self.records, "listings": self.listings, "errors": self.errors,
                "findings": self.findings, "listings_with_findings": self.listings_with_findings,
                "by_severity": dict(self.by_severity)}


class JsonlWriter:
    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, records: list[dict[str, Any]]) -> None:
        self.stream.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)

    def close(self, summary: dict[str, Any]) -> None:
        self.stream.write(json.dumps(summary, ensure_ascii=False) + "\n")
        self.stream.flush()


class ParquetWriter:
    """Finding and error records as one table (absent keys null), written in row groups."""

    BATCH = 10_000

    def __init__(self, path: Path):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise FeedError("Parquet needs pyarrow: pip install 'exocheck[parquet]'") from None
        self.pa, self.pq = pa, pq
        ints = {"record", "line", "column", "start", "end"}
        self.schema = pa.schema([(k, pa.int64() if k in ints else pa.string()) for k in (*FINDING_KEYS, "reason")])
        self.path = path
        self.tmp = path.with_name(path.name + ".partial")
        self.writer = pq.ParquetWriter(self.tmp, self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, records: list[dict[str, Any]]) -> None:
        self.rows.extend(records)
        if len(self.rows) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self, summary: dict[str, Any]) -> None:
        self._flush()
        self.writer.add_key_value_metadata({"exocheck.summary": json.dumps(summary, ensure_ascii=False)})
        self.writer.close()
        self.tmp.replace(self.path)


def run_feed(path: str, opts: FeedOptions, write: Callable[[list[dict[str, Any]]], None], *,
             jobs: int | None = 1, scheduler: str | None = None, stdin: IO[bytes] | None = None,
             tick: Callable[[int], None] | None = None) -> Summary:
    """Check a feed, handing each partition's records to `write` in feed order. `jobs`: pool
    processes (None: one per CPU), or with a `scheduler` the LocalCluster's workers."""
    parts = partitions(read_items(path, opts, stdin), opts.partition_size)
    summary = Summary()
    sizes: deque[list[Item]] = deque()

    def remember(it: Iterable[list[Item]]) -> Iterator[list[Item]]:
        for part in it:
            sizes.append(part)
            yield part

    if scheduler:
        from checker.cli.cluster import run_on_dask

        results = run_on_dask(remember(parts), scheduler, jobs)
    else:
        from checker.project.batch import default_jobs

        results = run_local(remember(parts), jobs or default_jobs())
    for records in results:
        part = sizes.popleft()
        summary.add(records, part)
        write(records)
        if tick:
            tick(len(part))
    return summary


# -- command line ----------------------------------------------------------------------------------

def add_feed_options(f) -> None:
    """Arguments of `exocheck check-feed`."""

    f.add_argument("feed", help="listings: .jsonl/.ndjson, .csv or .parquet (- reads JSONL from stdin)")
    f.add_argument("--text-field", action="append", default=None, metavar="NAME", dest="text_fields",
                   help="a field to check (repeatable; default: title and description)")
    f.add_argument("--id-field", default="id", metavar="NAME", help="the listing id (default: id)")
    f.add_argument("--profile-field", default="profile", metavar="NAME",
                   help="a record's own profile, if it has one (default: profile)")
    f.add_argument("--profile", default="auto", choices=list(PROFILE_NAMES),
                   help="profile of records without one (default: auto)")
    f.add_argument("--input-format", default="auto", choices=["auto", "jsonl", "csv", "parquet"],
                   help="default: from the file name")
    f.add_argument("--encoding", default="utf-8", help="encoding of a JSONL or CSV feed (default: utf-8, BOM or not)")
    f.add_argument("--max-chars", type=positive_int, default=200_000, metavar="N",
                   help="longer listings (all text fields together) are error records (default: 200000)")
    f.add_argument("--output", "-o", default=None, metavar="FILE",
                   help="write the records to FILE (.parquet: Parquet; default: JSONL on stdout)")
    f.add_argument("--format", default=None, choices=["jsonl", "parquet"], help="default: from --output's name")
    f.add_argument("--fail-on", default="warning", choices=["error", "warning", "info", "never"],
                   help="exit 1 when a finding is at or above this severity (default: warning)")
    run = f.add_argument_group("running")
    run.add_argument("--jobs", "-j", type=positive_int, default=None, metavar="N",
                     help="worker processes (default: one per CPU; with --scheduler local: its workers)")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="run on Dask: tcp://HOST:8786, or local for a LocalCluster (needs exocheck[cluster])")
    run.add_argument("--partition-size", type=positive_int, default=200, metavar="N",
                     help="listings per task (default: 200)")
    run.add_argument("--no-progress", dest="progress", action="store_false", help="no progress display")


def _progress(stderr: IO, enabled: bool):
    from contextlib import nullcontext


    if not enabled or not is_tty(stderr):
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("checking listings: {task.completed:,}"), TimeElapsedColumn(),
                    console=Console(file=stderr), transient=True)


def _rules_load() -> None:
    from checker.match.ruleset import default_ruleset

    try:
        default_ruleset()
    except ValueError as exc:  # RuleError: a rule file that does not validate
        raise FeedError(str(exc)) from None


def run_feed_command(args, stdin: IO[bytes] | None = None, stdout: IO | None = None,
                     stderr: IO | None = None) -> int:
    """`exocheck check-feed`; exit 2 when a record could not be checked (or the feed at all),
    else 1 for findings at or above --fail-on, else 0."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    opts = FeedOptions(text_fields=tuple(dict.fromkeys(args.text_fields or DEFAULT_TEXT_FIELDS)),
                       id_field=args.id_field, profile_field=args.profile_field, profile=args.profile,
                       input_format=args.input_format, encoding=args.encoding, max_chars=args.max_chars,
                       partition_size=args.partition_size)
    out_format = args.format or ("parquet" if args.output and args.output.lower().endswith((".parquet", ".pq"))
                                 else "jsonl")
    if out_format == "parquet" and not args.output:
        print("exocheck: error: Parquet output needs --output FILE", file=stderr)
        return EXIT_ERROR
    if args.feed != "-" and not Path(args.feed).is_file():
        print(f"exocheck: error: no such feed file: {args.feed}", file=stderr)
        return EXIT_ERROR
    t0 = time.perf_counter()
    handle = None
    try:
        input_format(args.feed, opts.input_format)  # an unknown format fails before any output
        _rules_load()  # broken rules stop the run here, not as one error record per listing
        if out_format == "parquet":
            out_path = Path(args.output)
            out_path.parent.mkdir(parents=True, exist_ok=True)
            writer: JsonlWriter | ParquetWriter = ParquetWriter(out_path)
        else:
            if args.output:
                Path(args.output).parent.mkdir(parents=True, exist_ok=True)
                handle = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 (closed in finally)
            writer = JsonlWriter(handle or stdout)
        with _progress(stderr, args.progress) as bar:
            task = bar.add_task("feed", total=None) if bar else None
            summary = run_feed(args.feed, opts, writer.write, jobs=args.jobs, scheduler=args.scheduler,
                               stdin=stdin, tick=(lambda n: bar.advance(task, n)) if bar else None)
        writer.close(summary.record())
    except FeedError as exc:
        print(f"exocheck: error: {exc}", file=stderr)
        return EXIT_ERROR
    finally:
        if handle:
            handle.close()
    s = summary
    sev = ", ".join(f"{n} {k}" for k, n in s.by_severity.items())
    print(f"exocheck: {s.records:,} record(s): {s.listings:,} listing(s) checked, {s.errors:,} error record(s); "
          f"{s.findings:,} finding(s) in {s.listings_with_findings:,} listing(s): {sev} "
          f"({time.perf_counter() - t0:.1f} s)", file=stderr)
    if s.errors:  # as `exocheck check`: a pipeline must learn that records could not be checked
        return EXIT_ERROR
    if any(n and reaches(Severity(k), args.fail_on) for k, n in s.by_severity.items()):
        return EXIT_FINDINGS
    return EXIT_OK
