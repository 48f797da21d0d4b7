"""Command line: `exocheck check|rules|explain|serve|eval`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no traceback
        self.exit(EXIT_ERROR, f"exocheck: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from reports import FORMATS

    from . import __version__

    p = _Parser(prog="exocheck", description="Risk screening of exosome / stem-cell ad copy (not legal advice).")
    p.add_argument("--version", action="version", version=f"exocheck {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", help="check files, folders or stdin (-)")
    c.add_argument("paths", nargs="+", help="files, folders, or - for stdin")
    c.add_argument("--profile", default="auto", choices=["auto", "cosmetic", "supplement", "clinic"])
    c.add_argument("--format", default="text", choices=sorted(FORMATS))
    c.add_argument("--fail-on", default="warning", choices=["error", "warning", "info", "never"])
    c.add_argument("--encoding", default=None, help="force the input encoding (default: detect)")
    c.add_argument("--output", "-o", default=None, help="write the report to FILE")

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--category", default=None)
    r.add_argument("--format", default="text", choices=["text", "json", "markdown"])

    e = sub.add_parser("explain", help="explain one rule (like `ruff rule`)")
    e.add_argument("rule_id")

    s = sub.add_parser("serve", help="start the web app")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)

    v = sub.add_parser("eval", help="precision/recall on a labelled TSV corpus")
    v.add_argument("corpus", nargs="?", default="../shared/corpus/dev_sentences.tsv")
    return p


def _check(args) -> int:
    from reports import formatter

    from .batch import check_paths, check_stdin
    from .engine import severity_at_least
    from .models import Report

    results = []
    files = [Path(p) for p in args.paths if p != "-"]
    missing = [str(f) for f in files if not f.exists() and not f.is_symlink()]
    if missing:
        print(f"exocheck: error: no such file or directory: {', '.join(missing)}", file=sys.stderr)
        return EXIT_ERROR
    if "-" in args.paths:
        results.append(check_stdin(sys.stdin.buffer.read(), args.profile, args.encoding))
    results.extend(check_paths(files, args.profile, args.encoding))
    rendered = formatter(args.format)(results)
    if args.output:
        Path(args.output).write_text(rendered, encoding="utf-8")
    else:
        sys.stdout.write(rendered)
    failed = any(severity_at_least(Report(findings=r.findings), args.fail_on) for r in results)
    if failed:
        return EXIT_FINDINGS
    if any(r.error for r in results):
        return EXIT_ERROR
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command in ("rules", "explain"):
            from . import ruledoc

            return ruledoc.run(args)
        if args.command == "serve":
            import uvicorn

            uvicorn.run("api.app:app", host=args.host, port=args.port)
            return EXIT_OK
        if args.command == "eval":
            from .evaluate import run

            return run(Path(args.corpus))
    except KeyboardInterrupt:
        return 130
    except (OSError, ValueError) as exc:
        print(f"exocheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
