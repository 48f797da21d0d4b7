"""`exocheck check`: options in one dataclass, and `run_check()` that turns them into a report.

To add an option: add an argparse argument in `cli.py` whose `dest` matches a new field here.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import IO

from checker.cli.terminal import is_tty, progress_bar
from checker.models import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, FileResult, fails
from checker.project.walk import WalkOptions, discover
from checker.project.workspace import Project
from checker.text.fetch import is_url
from checker.text.safeio import write_atomic


@dataclass
class CheckOptions:
    """Everything `exocheck check` was asked to do."""

    paths: list[str]
    profile: str | None = None  # None: from the project config (default auto)
    format: str = "text"
    fail_on: str | None = None  # None: from the project config (default warning)
    encoding: str | None = None
    output: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    gitignore: bool = True
    follow_links: bool = False  # follow symbolic links out of a walked folder
    jobs: int | None = None  # None: one per CPU
    progress: bool = True  # only ever shown on a terminal
    color: str = "auto"  # auto | always | never
    timings: bool = False
    # project config, suppressions, baseline, changed-only mode (checker.project.workspace, docs/ci.md)
    config: str | None = None
    isolated: bool = False
    select: list[str] | None = None
    ignore: list[str] | None = None
    baseline: str | None = None
    write_baseline: str | None = None
    diff_base: str | None = None
    # web pages: http(s) paths are fetched, with --sitemap they are sitemaps (checker.cli.urls)
    sitemap: bool = False
    max_pages: int = 500
    rate: float = 1.0
    all_hosts: bool = False
    timeout: float = 10.0

    @classmethod
    def from_namespace(cls, ns: object) -> CheckOptions:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in vars(ns).items() if k in names})

    def walk_options(self) -> WalkOptions:
        return WalkOptions(include=list(self.include), exclude=list(self.exclude), gitignore=self.gitignore,
                           follow_links=self.follow_links)


def exit_code(results: list[FileResult], fail_on: str) -> int:
    """2 when any input could not be checked, even with findings (a CI job must learn that an
    input failed, not only that copy was flagged); else 1 for findings at or above fail_on."""
    if any(r.error for r in results):
        return EXIT_ERROR
    if fails((f for r in results for f in r.findings), fail_on):
        return EXIT_FINDINGS
    return EXIT_OK


class OutputIsInput(ValueError):
    """`--output` / `--write-baseline` names a file the run reads."""


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        sa, sb = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def refuse_overwriting_inputs(opts: CheckOptions, targets: list, project: Project | None) -> None:
    """Raise OutputIsInput when the report or baseline to write is a checked file, the config
    or the baseline read: writing it would replace the input."""
    inputs = [t.path for t in targets if t.error is None]
    if project is not None:
        inputs += [p for p in (project.config.path, project.baseline_path) if p is not None]
    for flag, value in (("--output", opts.output), ("--write-baseline", opts.write_baseline)):
        if not value or not os.path.exists(value):
            continue
        hit = next((p for p in inputs if _same_file(value, p)), None)
        if hit is not None:
            from reports.escape import printable

            raise OutputIsInput(f"{flag} {printable(str(value))} is an input of this run ({printable(str(hit))}); "
                                "it would be replaced: write it elsewhere (or --exclude it)")


def _report_skipped(skipped: list, stderr: IO) -> None:
    from reports.escape import printable

    for t in skipped:
        print(f"exocheck: skipped {printable(t.display)}: {printable(t.skipped)}", file=stderr)




def use_color(opts: CheckOptions, stream: IO) -> bool:
    if opts.color != "auto":
        return opts.color == "always"
    return opts.output is None and is_tty(stream) and not os.environ.get("NO_COLOR")




def collect(opts: CheckOptions, stdin: IO[bytes] | None, stderr: IO, project: Project | None = None) -> list[FileResult]:
    """Check stdin (for `-`) and every file found under the given paths."""
    from checker.project.batch import check_stdin, check_targets

    config = project.config if project else None
    results: list[FileResult] = []
    if "-" in opts.paths:
        data = (stdin or sys.stdin.buffer).read()
        results.append(check_stdin(data, opts.profile or "auto", opts.encoding, config))
    urls = [p for p in opts.paths if is_url(p)]
    if urls:
        from checker.cli.urls import check_urls

        results.extend(check_urls(urls, opts, stderr, config))
    skipped: list = []
    targets = discover([Path(p) for p in opts.paths if p != "-" and not is_url(p)], opts.walk_options(), skipped)
    if project:
        targets = project.select_targets(targets, opts.paths)
    refuse_overwriting_inputs(opts, targets, project)
    _report_skipped(skipped, stderr)
    with progress_bar(len(targets), stderr, opts.progress) as bar:
        task = bar.add_task("check", total=len(targets)) if bar else None
        tick = (lambda _r: bar.advance(task)) if bar else None
        results.extend(check_targets(targets, opts.profile or "auto", opts.encoding, opts.jobs, tick, config))
    return results


def run_check(opts: CheckOptions, stdin: IO[bytes] | None = None, stdout: IO | None = None,
              stderr: IO | None = None) -> int:
    """Run `exocheck check`; returns the exit code (0 clean, 1 findings, 2 input/usage error)."""
    from reports import formatter

    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    missing = [p for p in opts.paths if p != "-" and not is_url(p) and not os.path.lexists(p)]
    if missing:
        hint = (" (after `--` every argument is a path: in the pre-commit hook, set options in the config "
                "or in `entry`, not in `args`)") if any(p.startswith("-") for p in missing) else ""
        print(f"exocheck: error: no such file or directory: {', '.join(missing)}{hint}", file=stderr)
        return EXIT_ERROR
    if opts.sitemap and not all(is_url(p) for p in opts.paths):
        print("exocheck: error: --sitemap takes the http(s) URLs of sitemaps", file=stderr)
        return EXIT_ERROR
    if opts.jobs is not None and opts.jobs < 1:
        print("exocheck: error: --jobs must be at least 1", file=stderr)
        return EXIT_ERROR
    try:
        project = Project.prepare(opts)
    except ValueError as exc:  # bad config, rule pack, baseline or git ref: one line, exit 2
        print(f"exocheck: error: {exc}", file=stderr)
        return EXIT_ERROR
    opts = project.options(opts)
    render = formatter(opts.format)
    try:
        collected = collect(opts, stdin, stderr, project)
    except OutputIsInput as exc:
        print(f"exocheck: error: {exc}", file=stderr)
        return EXIT_ERROR
    results, done = project.finish(collected, stderr)
    if done is not None:
        return done
    if not results:
        print("exocheck: warning: no files to check (see --include/--exclude)", file=stderr)
    rendered = render(results, fail_on=opts.fail_on, color=use_color(opts, stdout), timings=opts.timings)
    # The formats escape undecodable file-name bytes; should one slip through, it is shown
    # as \udcXX rather than failing the whole report.
    data = rendered.encode("utf-8", "backslashreplace")
    if opts.output:
        out = Path(opts.output)
        try:  # a temporary file renamed over the target: a failure never truncates an old report
            write_atomic(out, data)
        except OSError as exc:
            print(f"exocheck: error: cannot write {out}: {exc.strerror or exc}", file=stderr)
            return EXIT_ERROR
        n = sum(len(r.findings) for r in results)
        print(f"exocheck: wrote {out} ({len(results)} file(s), {n} finding(s))", file=stderr)
    else:
        stdout.write(data.decode("utf-8"))
        stdout.flush()
    return exit_code(results, opts.fail_on)
