"""Command line: `exocheck check|rules|explain|serve|eval`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from checker.cli.terminal import positive_int
from checker.models import EXIT_ERROR, EXIT_OK


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no traceback
        self.exit(EXIT_ERROR, f"exocheck: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from checker import __version__
    from reports import FORMATS

    p = _Parser(prog="exocheck", description="Risk screening of exosome / stem-cell ad copy (not legal advice).")
    p.add_argument("--version", action="version", version=f"exocheck {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", help="check files, folders, web pages or stdin (-)")
    _add_check_options(c, sorted(FORMATS))
    from checker.cli.urls import add_web_options

    add_web_options(c)

    f = sub.add_parser("check-feed", help="check a feed of listings (JSONL, CSV, Parquet)")
    from checker.cli.feed import add_feed_options

    add_feed_options(f)

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--category", default=None)
    r.add_argument("--format", default="text", choices=["text", "json", "markdown"])
    r.add_argument("--schema", action="store_true", help="print the JSON schema of a rule pack (YAML) and exit")

    e = sub.add_parser("explain", help="explain one rule (like `ruff rule`)")
    e.add_argument("rule_id")

    s = sub.add_parser("serve", help="start the web app")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)

    g = sub.add_parser("config", help="show the effective project config and where it was found")
    g.add_argument("--show", action="store_true", help="print the effective config (the default action)")
    g.add_argument("--format", default="toml", choices=["toml", "json"])
    g.add_argument("--config", default=None, metavar="FILE", help="read this file instead of searching")
    g.add_argument("--isolated", action="store_true", help="ignore every config file")
    g.add_argument("path", nargs="?", default=".", help="where to start looking (default: .)")

    v = sub.add_parser("eval", help="precision/recall on a labelled TSV corpus")
    v.add_argument("corpus", nargs="?", default="../shared/corpus/dev_sentences.tsv")
    return p




def _add_check_options(c: argparse.ArgumentParser, formats: list[str]) -> None:
    """Options of `exocheck check`; each `dest` is a field of runner.CheckOptions."""
    c.add_argument("paths", nargs="+", help="files, folders (walked recursively), or - for stdin")
    c.add_argument("--profile", default=None, choices=["auto", "cosmetic", "supplement", "clinic"],
                   help="profile for every file (default: from the config, else auto)")
    c.add_argument("--fail-on", default=None, choices=["error", "warning", "info", "never"],
                   help="exit 1 when a finding is at or above this severity (default: from the config, else warning)")
    c.add_argument("--encoding", default=None, help="force the input encoding (default: detect)")
    found = c.add_argument_group("finding files in folders")
    found.add_argument("--include", action="append", default=[], metavar="GLOB",
                       help="check only files matching this gitignore-style glob, relative to each folder "
                            "(repeatable; default: *.txt *.md *.markdown *.html *.htm)")
    found.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                       help="skip files and folders matching this glob (repeatable)")
    found.add_argument("--no-gitignore", dest="gitignore", action="store_false",
                       help="also check files that .gitignore excludes")
    found.add_argument("--follow-links", action="store_true",
                       help="follow symbolic links that lead out of a folder being walked (default: skip them)")
    found.add_argument("--jobs", "-j", type=positive_int, default=None, metavar="N",
                       help="check N files at a time (default: one per CPU)")
    out = c.add_argument_group("report")
    out.add_argument("--format", default="text", choices=formats)
    out.add_argument("--output", "-o", default=None, metavar="FILE", help="write the report to FILE")
    out.add_argument("--color", default="auto", choices=["auto", "always", "never"],
                     help="colour the text report (default: on a terminal, unless NO_COLOR is set)")
    out.add_argument("--no-progress", dest="progress", action="store_false",
                     help="no progress bar (it is only shown on a terminal anyway)")
    out.add_argument("--timings", action="store_true",
                     help="add per-file timings and the slowest files (output is then not reproducible)")
    _add_project_options(c)


def _add_project_options(c: argparse.ArgumentParser) -> None:
    """Config, rule selection, baseline and changed-only mode (docs/ci.md)."""
    proj = c.add_argument_group("project (see docs/ci.md)")
    proj.add_argument("--config", default=None, metavar="FILE",
                      help="use this .exocheck.toml / pyproject.toml (default: nearest one above the paths)")
    proj.add_argument("--isolated", action="store_true", help="ignore every config file")
    proj.add_argument("--select", action="append", default=None, metavar="IDS",
                      help="comma-separated rule ids, id prefixes or categories to check (replaces the config's)")
    proj.add_argument("--ignore", action="append", default=None, metavar="IDS",
                      help="comma-separated rule ids, id prefixes or categories to skip (replaces the config's)")
    proj.add_argument("--baseline", default=None, metavar="FILE",
                      help="report only findings that are not in this baseline")
    proj.add_argument("--write-baseline", default=None, metavar="FILE",
                      help="record today's findings in FILE and exit 0")
    proj.add_argument("--diff-base", default=None, metavar="REF",
                      help="report only findings on lines changed since this git ref")


def _check(args) -> int:
    from checker.cli.runner import CheckOptions, run_check

    return run_check(CheckOptions.from_namespace(args))


def _main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "check-feed":
            from checker.cli.feed import run_feed_command

            return run_feed_command(args)
        if args.command in ("rules", "explain"):
            from checker.docs import ruledoc

            return ruledoc.run(args)
        if args.command == "serve":
            import uvicorn

            uvicorn.run("api.app:app", host=args.host, port=args.port)
            return EXIT_OK
        if args.command == "config":
            from checker.project.workspace import show_config

            return show_config(args)
        if args.command == "eval":
            from checker.docs.evaluate import run

            return run(Path(args.corpus))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # not an error of ours: main() ends quietly
        raise
    except (OSError, ValueError) as exc:
        print(f"exocheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_ERROR


EXIT_SIGPIPE = 128 + 13  # what a shell reports for a process ended by SIGPIPE


def main(argv: list[str] | None = None) -> int:
    """The `exocheck` command. When the reader of its output goes away (`exocheck rules |
    head -1`), it stops quietly as Unix tools ended by SIGPIPE do: no message, status 141."""
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # here, not at interpreter exit, where a broken pipe cannot be caught
    except BrokenPipeError:
        try:  # Python flushes stdout once more on exit: point it at /dev/null first
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
