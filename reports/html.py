"""HTML: one self-contained page (no external assets) a reviewer can forward as it is.

Summary, a chart of findings per category, the files ranked by risk, and per file the
findings, the missing disclosures as a checklist and the text with the spans highlighted.
A little inline JS filters by severity and category; the page works offline and prints.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

import jinja2

from checker import __version__
from checker.match.checks import Check
from checker.models import FileResult, Finding

from .catalogue import rules_used
from .escape import printable
from .highlight import Gap, Line, numbered_lines
from .labels import KIND_LABELS, PROFILE_LABELS, SEVERITY_LABELS, category_label
from .spans import is_disclosure
from .summary import summarize

SEVERITIES = ("error", "warning", "info")


@dataclass
class CategoryBar:
    code: str
    label: str
    counts: dict[str, int]
    total: int
    percent: dict[str, float] = field(default_factory=dict)  # width of each severity's bar


@dataclass
class RuleHits:
    """Every finding of one rule in one file: the rule's advice is shown once."""

    first: Finding
    hits: list[tuple[int, Finding]]  # (index in the file's findings, finding)

    @property
    def ids(self) -> str:
        return " ".join(str(k) for k, _ in self.hits)


@dataclass
class FileView:
    index: int
    anchor: str
    result: FileResult
    claims: list[RuleHits]
    disclosures: list[tuple[int, Finding]]
    lines: list[Line | Gap]
    counts: dict[str, int]

    @property
    def risk(self) -> tuple[int, ...]:
        return tuple(-self.counts[s] for s in SEVERITIES) + (self.index,)


def _counts(findings: list[Finding]) -> dict[str, int]:
    c = Counter(f.severity.value for f in findings)
    return {s: c.get(s, 0) for s in SEVERITIES}


def category_bars(results: list[FileResult], disclosure: bool) -> list[CategoryBar]:
    per: dict[str, Counter[str]] = {}
    for r in results:
        for f in r.findings:
            if (f.scope == "document") == disclosure:
                per.setdefault(f.category, Counter())[f.severity.value] += 1
    bars = [CategoryBar(code, category_label(code), {s: c.get(s, 0) for s in SEVERITIES}, sum(c.values()))
            for code, c in per.items()]
    bars.sort(key=lambda b: (-b.total, b.code))
    top = max((b.total for b in bars), default=1)
    for b in bars:
        b.percent = {s: round(100 * b.counts[s] / top, 2) for s in SEVERITIES}
    return bars


def group_by_rule(findings: list[tuple[int, Finding]]) -> list[RuleHits]:
    """Findings grouped by rule; the most severe rules first, then in reading order."""
    groups: dict[str, RuleHits] = {}
    for k, f in findings:
        if f.rule_id in groups:
            groups[f.rule_id].hits.append((k, f))
        else:
            groups[f.rule_id] = RuleHits(f, [(k, f)])
    return sorted(groups.values(), key=lambda g: (-g.first.severity.rank, g.first.start, g.first.rule_id))


def file_views(results: list[FileResult]) -> list[FileView]:
    views = []
    for i, r in enumerate(results):
        if r.error or not r.findings:
            continue
        anchor = f"file-{i + 1}"
        indexed = list(enumerate(r.findings))
        claims = group_by_rule([(k, f) for k, f in indexed if not is_disclosure(f)])
        views.append(FileView(
            index=i, anchor=anchor, result=r, claims=claims,
            disclosures=[(k, f) for k, f in indexed if is_disclosure(f)],
            lines=numbered_lines(r.text, r.findings, anchor) if r.text is not None and claims else [],
            counts=_counts(r.findings),
        ))
    return sorted(views, key=lambda v: v.risk)


def top_claim_rules(results: list[FileResult], limit: int = 10) -> list[tuple[str, int]]:
    """The phrase rules found most often (disclosures have their own chart)."""
    counts = Counter(f.rule_id for r in results for f in r.findings if not is_disclosure(f))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("reports", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["category_label"] = category_label
    return env


def _now() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")  # reproducible builds
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now().astimezone()
    return when.strftime("%Y-%m-%d %H:%M")


def _shown(r: FileResult) -> FileResult:
    """`r` with its name (and error) printable: undecodable bytes and control characters escaped."""
    update: dict[str, object] = {"path": printable(r.path)}
    if r.error:
        update["error"] = r.error.model_copy(update={"reason": printable(r.error.reason)})
    return r.model_copy(update=update)


def render(results: list[FileResult], *, fail_on: str = "warning", timings: bool = False,
           catalogue: Mapping[str, Check] | None = None, generated: str | None = None, **_: object) -> str:
    results = [_shown(r) for r in results]
    summary = summarize(results)
    rules = {info.id: info for info in rules_used(results, catalogue)}
    views = file_views(results)
    present = sorted({f.category for r in results for f in r.findings})
    first_message: dict[str, str] = {}  # a rule's message as the findings state it (per-profile wording)
    for r in results:
        for f in r.findings:
            first_message.setdefault(f.rule_id, f.message)
    return _environment().get_template("report.html.j2").render(
        version=__version__,
        generated=generated if generated is not None else _now(),
        summary=summary,
        fail_on=fail_on,
        timings=timings,
        claim_bars=category_bars(results, disclosure=False),
        disclosure_bars=category_bars(results, disclosure=True),
        top_rules=[(rules[rid], n, first_message.get(rid) or rules[rid].message) for rid, n in top_claim_rules(results)],
        rules=rules,
        files=views,
        clean=[r for r in results if not r.error and not r.findings],
        errors=[r for r in results if r.error],
        categories=[(c, category_label(c)) for c in present],
        severities=[(s, SEVERITY_LABELS[s]) for s in SEVERITIES],
        severity_labels=SEVERITY_LABELS,
        profile_labels=PROFILE_LABELS,
        kind_labels=KIND_LABELS,
        is_gap=lambda x: isinstance(x, Gap),
    )
