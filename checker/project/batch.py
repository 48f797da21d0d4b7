"""Checking files and folders: one FileResult per file, bad files reported not raised.

Files are checked in a process pool (`jobs` workers, each loading the Sudachi dictionary
once); results come back in the order of `walk.discover()` whatever the number of workers.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from checker import pipeline
from checker.engine import check
from checker.models import FileResult, InputError
from checker.project.walk import Target, WalkOptions, discover
from checker.text.load import LoadedText, LoadError, load_bytes, load_path

if TYPE_CHECKING:
    from checker.project.config import Config

# Below this many files per worker a pool costs more (start-up, dictionary load) than it saves.
MIN_FILES_PER_WORKER = 4
Progress = Callable[[FileResult], None]


def check_loaded(path: str, loaded: LoadedText, profile: str, config: Config | None = None) -> FileResult:
    """Check one loaded file; with a project `config`, its profile for `path`, its RuleSet,
    inline suppressions and select/ignore apply (checker.pipeline.finish_file)."""
    t0 = time.perf_counter()
    if config is None:
        report = check(loaded.text, profile, source=loaded)
    else:
        report = check(loaded.text, config.profile_for(path), ruleset=config.ruleset(), source=loaded)
        findings = pipeline.finish_file(report.findings, loaded.original, path, report.document.profile, config)
        report = report.model_copy(update={"findings": findings})
    return FileResult(path=path, document=report.document, findings=report.findings,
                      encoding=loaded.encoding, seconds=time.perf_counter() - t0, text=loaded.original)


def check_file(path: Path, profile: str = "auto", encoding: str | None = None, display: str | None = None,
               config: Config | None = None) -> FileResult:
    name = display or path.as_posix()
    try:
        loaded = load_path(path, encoding)
    except LoadError as exc:
        return FileResult(path=name, error=InputError(reason=str(exc)))
    return check_loaded(name, loaded, profile, config)


def check_stdin(data: bytes, profile: str = "auto", encoding: str | None = None,
                config: Config | None = None) -> FileResult:
    try:
        loaded = load_bytes(data, "-", encoding)
    except LoadError as exc:
        return FileResult(path="-", error=InputError(reason=str(exc)))
    return check_loaded("-", loaded, profile, config)


def iter_files(paths: list[Path], opts: WalkOptions | None = None):
    """Files named directly, plus supported files found under folders, in stable order."""
    for t in discover(paths, opts):
        if t.error is None:
            yield t.path


def _check_target(target: Target, profile: str, encoding: str | None, config: Config | None = None) -> FileResult:
    if target.error is not None:
        return FileResult(path=target.display, error=InputError(reason=target.error))
    try:
        return check_file(target.path, profile, encoding, target.display, config)
    except Exception as exc:  # one bad file must not stop the batch
        return FileResult(path=target.display, error=InputError(reason=f"internal error: {exc!r}"))


def _check_group(group: list[Target], profile: str, encoding: str | None,
                 config: Config | None = None) -> list[FileResult]:
    return [_check_target(t, profile, encoding, config) for t in group]


def _groups(indices: list[int], targets: list[Target], workers: int) -> list[list[int]]:
    """Files dealt to tasks by size: largest first, each task about 1/(4 x workers) of the
    bytes (a task per file costs a round trip and a pickle each; one big task per worker
    leaves a worker idle at the end)."""
    def size(i: int) -> int:
        try:
            return targets[i].path.stat().st_size
        except (OSError, AttributeError):
            return 0

    sizes = {i: size(i) for i in indices}
    budget = max(1, sum(sizes.values()) // (workers * 4))
    groups: list[list[int]] = []
    current: list[int] = []
    filled = 0
    for i in sorted(indices, key=lambda i: -sizes[i]):
        current.append(i)
        filled += sizes[i]
        if filled >= budget:
            groups.append(current)
            current, filled = [], 0
    if current:
        groups.append(current)
    return groups


def _init_worker() -> None:
    """Load the dictionary and compile the rules once per worker process."""
    check("初期化")


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def check_targets(targets: list[Target], profile: str = "auto", encoding: str | None = None,
                  jobs: int | None = None, progress: Progress | None = None,
                  config: Config | None = None) -> list[FileResult]:
    """Check every target; the result list is in `targets` order for any `jobs`. A `config` is
    pickled to the workers, which build its RuleSet once each (checker.project.config caches it)."""
    todo = sum(1 for t in targets if t.error is None)
    workers = max(1, min(jobs or default_jobs(), todo // MIN_FILES_PER_WORKER))
    results: list[FileResult | None] = [None] * len(targets)
    if workers > 1:
        from concurrent.futures.process import BrokenProcessPool  # only batches start processes

        # No processes on this system, or a worker died: the loop below finishes the rest here.
        with suppress(BrokenProcessPool, OSError):
            _check_parallel(targets, results, profile, encoding, workers, progress, config)
    for i, t in enumerate(targets):
        if results[i] is None:
            results[i] = _check_target(t, profile, encoding, config)
            if progress:
                progress(results[i])
    return results  # type: ignore[return-value]


def _check_parallel(targets: list[Target], results: list[FileResult | None], profile: str,
                    encoding: str | None, workers: int, progress: Progress | None,
                    config: Config | None = None) -> None:
    from concurrent.futures import ProcessPoolExecutor, as_completed  # here: a single file needs no processes

    todo = [i for i, t in enumerate(targets) if t.error is None]
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
        futures = {pool.submit(_check_group, [targets[i] for i in group], profile, encoding, config): group
                   for group in _groups(todo, targets, workers)}
        for i, t in enumerate(targets):
            if t.error is not None:
                results[i] = _check_target(t, profile, encoding)
                if progress:
                    progress(results[i])
        for fut in as_completed(futures):
            for i, result in zip(futures[fut], fut.result(), strict=True):
                results[i] = result
                if progress:
                    progress(result)


def check_paths(paths: Iterable[Path], profile: str = "auto", encoding: str | None = None,
                jobs: int | None = 1, opts: WalkOptions | None = None) -> list[FileResult]:
    return check_targets(discover(list(paths), opts), profile, encoding, jobs)
