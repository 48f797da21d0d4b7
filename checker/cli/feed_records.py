"""A feed's records, read and checked: rows (JSONL, CSV, Parquet) → `Item`s → partitions →
one output record per finding or bad record, and `ordered`, which keeps results in feed
order with a bounded window. Pure: it runs inline, in a pool worker or on a Dask worker
(checker.cli.feed runs it locally, checker.cli.cluster on Dask)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, Any, NamedTuple

from checker.text.sourcemap import LineIndex

PROFILE_NAMES = ("auto", "cosmetic", "supplement", "clinic")
DEFAULT_TEXT_FIELDS = ("title", "description")
SEPARATOR = "\n\n"
MAX_LINE_BYTES = 4 * 1024 * 1024  # one JSONL record; a longer line is an error record
FINDING_KEYS = ("type", "record", "id", "field", "profile", "kind", "rule_id", "category", "severity",
                "line", "column", "start", "end", "matched_text", "message", "suggestion", "source")
ERROR_KEYS = ("type", "record", "id", "reason")


class FeedError(ValueError):
    """A feed that cannot be read at all (unknown format, a column missing from the header)."""


class Item(NamedTuple):
    """One listing ready to check, or a record that could not be used (`error` set)."""

    record: int
    id: str | None
    profile: str
    fields: tuple[tuple[str, str], ...]
    error: str | None = None


@dataclass(frozen=True)
class FeedOptions:
    text_fields: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    id_field: str = "id"
    profile_field: str = "profile"
    profile: str = "auto"  # for records without a profile
    input_format: str = "auto"  # auto | jsonl | csv | parquet
    encoding: str = "utf-8"  # of JSONL and CSV (a UTF-8 BOM is always skipped)
    max_chars: int = 200_000  # all text fields of one listing together
    partition_size: int = 200

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.id_field, self.profile_field, *self.text_fields)


# -- reading -----------------------------------------------------------------------------------

def input_format(path: str, forced: str = "auto") -> str:
    if forced != "auto":
        return forced
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    if suffix in (".jsonl", ".ndjson", ".json", ".jsonlines") or path == "-":
        return "jsonl"
    raise FeedError(f"{path}: unknown feed format {suffix or '(no suffix)'!r}; use --input-format jsonl|csv|parquet")


def _jsonl_rows(stream: IO[bytes], encoding: str) -> Iterator[tuple[int, dict | str]]:
    """(line number, object or reason) for each non-blank line, read one line at a time."""
    lineno = 0
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        lineno += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the over-long line
                line = stream.readline(MAX_LINE_BYTES)
            yield lineno, f"record longer than {MAX_LINE_BYTES:,} bytes"
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            text = line.decode(encoding)
        except UnicodeDecodeError as exc:
            yield lineno, f"not {encoding} text ({exc.reason} at byte {exc.start})"
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield lineno, f"not JSON: {exc.msg} at column {exc.colno}"
            continue
        yield lineno, obj if isinstance(obj, dict) else f"not a JSON object ({type(obj).__name__})"


def _csv_rows(stream: IO[bytes], encoding: str, opts: FeedOptions) -> Iterator[tuple[int, dict | str]]:
    codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    text = io.TextIOWrapper(stream, encoding=codec, errors="surrogateescape", newline="")
    csv.field_size_limit(max(csv.field_size_limit(), opts.max_chars + 1))
    reader = csv.DictReader(text)
    header = reader.fieldnames or []
    missing = [c for c in (opts.id_field, *opts.text_fields) if c not in header]
    if missing:
        raise FeedError(f"column(s) {', '.join(missing)} not in the CSV header ({', '.join(header) or 'empty'})")
    row = 0
    while True:
        row += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield row, f"unreadable CSV row: {exc}"
            continue
        if None in record:
            yield row, f"{len(header) + len(record[None])} columns, the header has {len(header)}"
            continue
        yield row, record


def _parquet_rows(path: str, opts: FeedOptions) -> Iterator[tuple[int, dict | str]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise FeedError("Parquet needs pyarrow: pip install 'exocheck[parquet]'") from None
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:
        raise FeedError(f"{path}: not a readable Parquet file ({exc})") from None
    names = pf.schema_arrow.names
    missing = [c for c in (opts.id_field, *opts.text_fields) if c not in names]
    if missing:
        raise FeedError(f"column(s) {', '.join(missing)} not in the Parquet schema ({', '.join(names)})")
    columns = [c for c in dict.fromkeys(opts.columns) if c in names]
    row = 0
    for batch in pf.iter_batches(batch_size=max(opts.partition_size, 1024), columns=columns):
        for record in batch.to_pylist():
            row += 1
            yield row, record


def read_rows(path: str, opts: FeedOptions, stdin: IO[bytes] | None = None) -> Iterator[tuple[int, dict | str]]:
    """The feed's records as (position, dict | reason), streamed."""
    fmt = input_format(path, opts.input_format)
    if fmt == "parquet":
        if path == "-":
            raise FeedError("Parquet cannot be read from stdin; name the file")
        yield from _parquet_rows(path, opts)
        return
    if fmt not in ("jsonl", "csv"):
        raise FeedError(f"unknown feed format {fmt!r}")
    try:
        codec_ok = "".encode(opts.encoding) == b""
    except LookupError:
        codec_ok = False
    if not codec_ok:
        raise FeedError(f"unknown encoding {opts.encoding!r}")
    if path == "-":
        stream = stdin or sys.stdin.buffer
        yield from (_jsonl_rows(stream, opts.encoding) if fmt == "jsonl" else _csv_rows(stream, opts.encoding, opts))
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below, after the generator is drained)
    except OSError as exc:
        raise FeedError(f"{path}: {exc.strerror or exc}") from None
    with handle:
        yield from (_jsonl_rows(handle, opts.encoding) if fmt == "jsonl" else _csv_rows(handle, opts.encoding, opts))


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def to_item(position: int, row: dict | str, opts: FeedOptions) -> Item:
    """Validate one record; every problem is an error Item naming it."""
    if isinstance(row, str):
        return Item(position, None, "", (), row)
    raw_id = row.get(opts.id_field)
    ident = None if raw_id is None or isinstance(raw_id, bool) else str(raw_id) if isinstance(raw_id, (str, int)) else None
    if ident is not None and (not ident.strip() or _has_surrogates(ident)):
        ident = None
    if ident is None:
        what = "missing" if raw_id in (None, "") else f"not a string or integer ({type(raw_id).__name__})"
        return Item(position, None, "", (), f"id field {opts.id_field!r} {what}")

    def bad(reason: str) -> Item:
        return Item(position, ident, "", (), reason)

    profile = row.get(opts.profile_field)
    if profile is None or profile == "":
        profile = opts.profile
    elif not isinstance(profile, str) or profile.strip().lower() not in PROFILE_NAMES:
        return bad(f"unknown profile {profile!r} in {opts.profile_field!r}; use {', '.join(PROFILE_NAMES)}")
    else:
        profile = profile.strip().lower()
    fields: list[tuple[str, str]] = []
    total = 0
    for name in opts.text_fields:
        if name not in row or row[name] is None:
            return bad(f"missing field {name!r}")
        value = row[name]
        if isinstance(value, bytes):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                return bad(f"field {name!r} is not UTF-8 text")
        if not isinstance(value, str):
            return bad(f"field {name!r} is {type(value).__name__}, not text")
        if _has_surrogates(value):
            return bad(f"field {name!r} holds undecodable bytes (not {opts.encoding} text)")
        total += len(value)
        if total > opts.max_chars:
            return bad(f"text fields longer than {opts.max_chars:,} characters together (--max-chars)")
        fields.append((name, value))
    return Item(position, ident, profile, tuple(fields))


def read_items(path: str, opts: FeedOptions, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    for position, row in read_rows(path, opts, stdin):
        yield to_item(position, row, opts)


def partitions(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# -- checking (pure: runs inline, in a pool worker or on a Dask worker) --------------------------

def check_item(item: Item) -> list[dict[str, Any]]:
    """The output records of one listing (none when it is clean)."""
    if item.error is not None:
        return [{"type": "error", "record": item.record, "id": item.id, "reason": item.error}]
    try:
        return _findings(item)
    except Exception as exc:  # one listing must not stop the feed (and a retry would fail the same)
        return [{"type": "error", "record": item.record, "id": item.id, "reason": f"internal error: {exc!r}"}]


def _findings(item: Item) -> list[dict[str, Any]]:
    from checker.engine import check  # here: building the CLI's options must not load the engine

    starts, pos = [], 0
    for _, text in item.fields:
        starts.append(pos)
        pos += len(text) + len(SEPARATOR)
    report = check(SEPARATOR.join(text for _, text in item.fields), item.profile)
    doc = report.document
    lines: dict[int, LineIndex] = {}
    out = []
    for f in report.findings:
        rec = {"type": "finding", "record": item.record, "id": item.id, "field": None, "profile": doc.profile,
               "kind": doc.kind, "rule_id": f.rule_id, "category": f.category, "severity": f.severity.value,
               "line": None, "column": None, "start": None, "end": None, "matched_text": f.matched_text,
               "message": f.message, "suggestion": f.suggestion, "source": f.source}
        if f.matched_text:
            i = max(k for k, s in enumerate(starts) if s <= f.start)
            name, text = item.fields[i]
            start = f.start - starts[i]
            end = min(f.end - starts[i], len(text))
            index = lines.get(i) or lines.setdefault(i, LineIndex.of(text))
            line, column = index(start)
            rec.update(field=name, line=line, column=column, start=start, end=end, matched_text=text[start:end])
        out.append(rec)
    return out


def check_partition(items: list[Item]) -> list[dict[str, Any]]:
    """Output records of a partition, in order. Pure: safe to run twice (Dask retries)."""
    out: list[dict[str, Any]] = []
    for item in items:
        out.extend(check_item(item))
    return out


# -- running ---------------------------------------------------------------------------------------

Submit = Callable[[list[Item]], Any]  # → a future with .result()


Recover = Callable[[list[Item], BaseException], list[dict[str, Any]]]


def ordered(submit: Submit, parts: Iterable[list[Item]], window: int,
            recover: Recover | None = None) -> Iterator[list[dict[str, Any]]]:
    """Results of `submit(part)` in order, with at most `window` partitions in flight. A
    partition whose task failed for good gives `recover(part, exc)` instead (else raises)."""
    pending: deque = deque()

    def result() -> list[dict[str, Any]]:
        future, part = pending.popleft()
        if recover is None:
            return future.result()
        try:
            return future.result()
        except Exception as exc:
            return recover(part, exc)

    for part in parts:
        pending.append((submit(part), part))
        if len(pending) >= window:
            yield result()
    while pending:
        yield result()
