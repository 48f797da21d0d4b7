"""The file text as numbered lines with the finding spans marked, for the HTML report.

Overlapping spans are cut into segments that know every finding covering them, so the
report's filter can switch a highlight off only when all of its findings are hidden. Long
files show only the lines around findings, and long stretches of unmarked text inside a
line (minified HTML) are shortened, so a report over hundreds of pages stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from checker.models import Finding
from checker.text.sourcemap import split_lines

from .segments import Segment, segments
from .spans import end_position

CONTEXT_LINES = 2  # lines shown around a finding
FULL_TEXT_LINES = 40  # files this short are shown whole
KEEP_CHARS = 60  # unmarked text kept on each side of a mark inside a long line
LONG_LINE = 240


@dataclass
class Line:
    number: int
    html: Markup


@dataclass
class Gap:
    skipped: int


def _shorten(text: str, at_start: bool, at_end: bool) -> str:
    """Shorten one unmarked stretch, keeping the text next to the marks around it."""
    if len(text) <= 2 * KEEP_CHARS + 20:
        return text
    if at_start:
        return "…" + text[-KEEP_CHARS:]
    if at_end:
        return text[:KEEP_CHARS] + "…"
    return text[:KEEP_CHARS] + " … " + text[-KEEP_CHARS:]


def _mark(seg: Segment, piece: str, findings: list[Finding], file_id: str) -> Markup:
    worst = max((findings[i] for i in seg.covering), key=lambda f: f.severity.rank).severity.value
    ids = " ".join(str(i) for i in seg.covering)
    anchor = Markup(' id="{}-f{}"').format(file_id, seg.anchor) if seg.anchor is not None else Markup("")
    return Markup('<mark class="hl {}" data-findings="{}"{}>{}</mark>').format(worst, ids, anchor, piece)


def numbered_lines(text: str, findings: list[Finding], file_id: str) -> list[Line | Gap]:
    """The lines to show, each as escaped HTML with <mark>s; Gap stands for skipped lines."""
    spans = [i for i, f in enumerate(findings) if f.matched_text]
    rendered: list[list[tuple[Segment, str]]] = [[]]
    for seg in segments(text, findings, spans):
        parts = split_lines(seg.text)
        for k, part in enumerate(parts):
            if k:
                rendered.append([])
            if part:
                rendered[-1].append((seg, part))
    lines: list[Line] = []
    for n, pieces in enumerate(rendered, start=1):
        long = sum(len(p) for _, p in pieces) > LONG_LINE
        html = Markup("")
        for k, (seg, piece) in enumerate(pieces):
            if seg.covering:
                html += _mark(seg, escape(piece), findings, file_id)
            else:
                html += escape(_shorten(piece, k == 0, k == len(pieces) - 1) if long else piece)
        lines.append(Line(n, html))
    marked = {n for i in spans for n in range(findings[i].line, end_position(findings[i])[0] + 1)}
    return _with_gaps(lines, marked, len(lines) <= FULL_TEXT_LINES)


def _with_gaps(lines: list[Line], marked: set[int], whole: bool) -> list[Line | Gap]:
    if whole:
        return list(lines)
    keep = {n for m in marked for n in range(m - CONTEXT_LINES, m + CONTEXT_LINES + 1)}
    out: list[Line | Gap] = []
    skipped = 0
    for line in lines:
        if line.number in keep:
            if skipped:
                out.append(Gap(skipped))
                skipped = 0
            out.append(line)
        else:
            skipped += 1
    if skipped:
        out.append(Gap(skipped))
    return out
