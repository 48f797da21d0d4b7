"""Text: `path:line:col: severity rule_id [category] message`, the source line and a caret
line under the span, grouped by file; ANSI colours on a terminal, plain when piped.

Everything taken from the files (names, source lines, matched text, and messages that quote
them) goes through `escape.printable`: control characters, line breaks and undecodable
bytes in a name are shown as `\\xNN` escapes, never sent to the terminal.
"""

from __future__ import annotations

from rich.cells import cell_len

from checker.models import FileResult, Finding
from checker.text.sourcemap import split_lines

from .escape import printable as _p
from .spans import is_disclosure
from .summary import summarize

MAX_LINE_CELLS = 100  # longer source lines are cut to a window around the span
CONTEXT_CHARS = 30
_SEVERITY_STYLE = {"error": "1;31", "warning": "1;33", "info": "1;34"}


class _Paint:
    def __init__(self, enabled: bool):
        self.enabled = enabled

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled and text else text


def _window(line: str, start: int, end: int) -> tuple[str, int, int]:
    """Cut a long line around [start, end); return the piece and the span within it."""
    if len(line) <= MAX_LINE_CELLS and cell_len(line) <= MAX_LINE_CELLS:  # a cell is >= 1 char: no scan of a long line
        return line, start, end
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(line), max(end, start + 1) + CONTEXT_CHARS)
    head, tail = ("…" if lo > 0 else ""), ("…" if hi < len(line) else "")
    return head + line[lo:hi] + tail, start - lo + len(head), end - lo + len(head)


class _Lines:
    """A file's lines with tabs shown as spaces, split once per file (not once per finding:
    a long one-line file with thousands of findings stayed quadratic)."""

    def __init__(self, text: str | None):
        self.text, self.lines, self.shown = text, None, {}

    def __call__(self, n: int) -> str | None:
        if n not in self.shown:
            if self.lines is None:
                self.lines = split_lines(self.text) if self.text is not None else []
            self.shown[n] = self.lines[n - 1].replace("\t", " ") if 0 < n <= len(self.lines) else None
        return self.shown[n]


def excerpt(f: Finding, text: str | None, paint: _Paint, lines: _Lines | None = None) -> list[str]:
    """The source line of `f` with a caret line under its span (rust/ruff style)."""
    line = (lines or _Lines(text))(f.line)
    if line is None or is_disclosure(f):
        return []
    start = f.column - 1
    end = min(len(line), start + max(1, len(f.matched_text)))
    piece, s, e = _window(line, start, end)
    style = _SEVERITY_STYLE[f.severity.value]
    gutter = str(f.line)
    pad = " " * len(gutter)
    before, span, after = _p(piece[:s]), _p(piece[s:e]), _p(piece[e:])
    shown = before + paint(span, style) + after
    carets = " " * cell_len(before) + paint("^" * max(1, cell_len(span)), style)
    bar = paint("|", "34")
    return [f"  {paint(gutter, '34')} {bar} {shown}", f"  {pad} {bar} {carets}"]


def _finding(r: FileResult, f: Finding, paint: _Paint, lines: _Lines | None = None) -> list[str]:
    sev = paint(f.severity.value, _SEVERITY_STYLE[f.severity.value])
    out = [f"{paint(_p(r.path), '1')}:{f.line}:{f.column}: {sev} {paint(_p(f.rule_id), '1')} [{_p(f.category)}] "
           f"{_p(f.message)}"]
    out += excerpt(f, r.text, paint, lines)
    suggestion = _p(f.suggestion)
    out.append(f"    「{_p(f.matched_text)}」 → {suggestion}" if f.matched_text else f"    → {suggestion}")
    out.append(f"    出典: {_p(f.source)}")
    return out


def _summary(results: list[FileResult], timings: bool) -> list[str]:
    s = summarize(results)
    sev = s["by_severity"]
    out: list[str] = []
    if len(results) > 1:
        if s["by_category"]:
            out.append("by category: " + ", ".join(f"{k} {v}" for k, v in s["by_category"].items()))
        if s["top_rules"]:
            out.append("top rules: " + ", ".join(f"{_p(t['rule_id'])} {t['count']}" for t in s["top_rules"]))
        out.append(f"files with findings: {s['files_with_findings']} of {s['files_checked']}")
    if timings and s["slowest_files"]:
        out.append("slowest: " + ", ".join(f"{_p(t['path'])} {t['seconds']:.3f}s" for t in s["slowest_files"]))
    out.append(
        f"{s['files_checked']} file(s) checked, {s['findings']} finding(s): "
        f"{sev['error']} error, {sev['warning']} warning, {sev['info']} info"
        + (f"; {s['input_errors']} input error(s)" if s["input_errors"] else "")
    )
    return out


def render(results: list[FileResult], *, color: bool = False, timings: bool = False, **_: object) -> str:
    paint = _Paint(color)
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(f"{paint(_p(r.path), '1')}: {paint('input-error', '1;35')}: {_p(r.error.reason)}")
            continue
        if r.document is not None and len(results) > 1:
            d = r.document
            out.append(paint(_p(f"{r.path}: {d.kind} / {d.profile} ({d.reason})"), "2"))
        lines = _Lines(r.text)
        for f in r.findings:
            out += _finding(r, f, paint, lines)
        if r.findings and len(results) > 1:
            out.append("")
    out += _summary(results, timings)
    return "\n".join(out) + "\n"
