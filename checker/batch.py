"""Checking files and folders: one FileResult per file, bad files reported not raised."""

from __future__ import annotations

import time
from pathlib import Path

from .engine import check
from .load import SUPPORTED_SUFFIXES, LoadError, load_bytes, load_path
from .models import FileResult, Finding, InputError, Report


def remap(report: Report, loaded) -> Report:
    """Move finding spans from the checked text onto the original file text."""
    if loaded.offsets is None:
        return report
    from .engine import LineIndex

    lines = LineIndex.of(loaded.original)
    moved: list[Finding] = []
    for f in report.findings:
        if not f.matched_text:
            moved.append(f)
            continue
        start, end = loaded.to_original(f.start), loaded.to_original(f.end - 1) + 1
        line, col = lines(start)
        moved.append(f.model_copy(update=dict(start=start, end=end, line=line, column=col,
                                              matched_text=loaded.original[start:end])))
    return report.model_copy(update={"findings": moved})


def check_loaded(path: str, loaded, profile: str) -> FileResult:
    t0 = time.perf_counter()
    report = remap(check(loaded.text, profile), loaded)
    return FileResult(path=path, document=report.document, findings=report.findings,
                      encoding=loaded.encoding, seconds=time.perf_counter() - t0)


def check_file(path: Path, profile: str = "auto", encoding: str | None = None, display: str | None = None) -> FileResult:
    name = display or str(path)
    try:
        loaded = load_path(path, encoding)
    except LoadError as exc:
        return FileResult(path=name, error=InputError(reason=str(exc)))
    return check_loaded(name, loaded, profile)


def check_stdin(data: bytes, profile: str = "auto", encoding: str | None = None) -> FileResult:
    try:
        loaded = load_bytes(data, "-", encoding)
    except LoadError as exc:
        return FileResult(path="-", error=InputError(reason=str(exc)))
    return check_loaded("-", loaded, profile)


def iter_files(paths: list[Path]):
    """Files named directly, plus supported files found under folders, in stable order."""
    for p in paths:
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.suffix.lower() in SUPPORTED_SUFFIXES and f.is_file())
        else:
            yield p


def check_paths(paths: list[Path], profile: str = "auto", encoding: str | None = None) -> list[FileResult]:
    return [check_file(p, profile, encoding) for p in iter_files(paths)]
