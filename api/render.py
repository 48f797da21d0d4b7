"""Server-side rendering of the page and of the result fragment (Jinja2, autoescaped).

The same `_result.html` fragment is the body of the no-JavaScript result page and the
`rendered` field of `POST /api/v1/check` with `"format": "html"`, which the page's script
swaps in while the user types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from checker import __version__
from checker.models import Finding, Severity
from reports import text as text_report

from . import labels
from .checklist import Checklist
from .checklist import build as build_checklist
from .highlight import Segment, segments
from .service import Checked

TEMPLATES = Path(__file__).resolve().parent / "templates"
SEVERITIES = [s.value for s in sorted(Severity, key=lambda s: -s.rank)]


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(labels=labels, severities=SEVERITIES, version=__version__)
    return env


@dataclass
class FindingView:
    """A finding as the page lists it: position in the original input, anchor on the page."""

    number: int
    finding: Finding
    line: int
    column: int
    anchor: str | None


@dataclass
class ResultView:
    checked: Checked
    segments: list[Segment]
    phrases: list[FindingView]
    by_severity: dict[str, list[FindingView]]
    checklist: Checklist | None
    other_document: list[FindingView]
    counts: dict[str, int]
    report_text: str

    @property
    def document(self):
        return self.checked.result.document

    def finding(self, index: int) -> Finding:
        return self.checked.shown_findings[index]

    def top_severity(self, seg: Segment) -> str:
        return max((self.finding(i).severity for i in seg.covering), key=lambda s: s.rank).value


def plain_report(checked: Checked) -> str:
    """The text the page's copy button copies: a Japanese header plus the CLI text report."""
    doc = checked.result.document
    counts = {s: sum(1 for f in checked.result.findings if f.severity.value == s) for s in SEVERITIES}
    head = ["exocheck チェック結果"]
    if checked.filename:
        head.append(f"ファイル: {checked.filename}（{checked.result.encoding}）")
    if doc:
        head.append(f"判定: {labels.KIND_LABELS[doc.kind]} / プロファイル: {labels.PROFILE_LABELS[doc.profile]}（{doc.reason}）")
    head.append("指摘: " + "・".join(f"{labels.SEVERITY_LABELS[s]} {counts[s]}件" for s in SEVERITIES))
    head.append("※ 自動スクリーニングの結果です。法的な判断は専門家に確認してください。")
    return "\n".join(head) + "\n\n" + text_report.render([checked.result])


def result_view(checked: Checked) -> ResultView:
    shown = checked.shown_findings
    segs = segments(checked.shown_text, shown)
    anchor_of: dict[int, str] = {}
    for k, seg in enumerate(segs):
        for i in seg.opening:
            anchor_of[i] = f"seg-{k}"
    phrases, other, disclosures = [], [], []
    for i, (f, orig) in enumerate(zip(shown, checked.result.findings, strict=True)):
        view = FindingView(i + 1, f, orig.line, orig.column, anchor_of.get(i))
        if f.category.startswith("disclosure-"):
            disclosures.append(f)
        elif f.matched_text:
            phrases.append(view)
        else:
            other.append(view)
    doc = checked.result.document
    by_severity = {s: [v for v in phrases if v.finding.severity.value == s] for s in SEVERITIES}
    counts = {s: sum(1 for f in shown if f.severity.value == s) for s in SEVERITIES}
    return ResultView(checked, segs, phrases, by_severity,
                      build_checklist(checked.shown_text, doc, disclosures) if doc else None, other, counts,
                      plain_report(checked))


def _view(checked: Checked | None) -> ResultView | None:
    return result_view(checked) if checked and checked.shown_text.strip() else None


def render_result(checked: Checked | None) -> str:
    """The result fragment (an empty state when there is no text yet)."""
    return environment().get_template("_result.html").render(view=_view(checked))


def render_page(*, text: str = "", profile: str = "auto", checked: Checked | None = None,
                error: str | None = None, max_chars: int) -> str:
    return environment().get_template("page.html").render(
        text=text, profile=profile, error=error, max_chars=max_chars, view=_view(checked),
    )
