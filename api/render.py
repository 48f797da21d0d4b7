"""Server-side rendering of the page and of the result fragment (Jinja2, autoescaped).

The same `_result.html` fragment is the body of the no-JavaScript result page and the
`rendered` field of `POST /api/v1/check` with `"format": "html"`, which the page's script
swaps in while the user types.

The fragment is linear in text + findings and compact: the highlighted copy carries only
the finding numbers of each mark, and each rule's explanation (message, suggestion, source)
is rendered once, with the list of its hits; the page's script builds the tooltip of a
mark from them. `people_report` is the plain-text report the page copies, grouped the
same way (phrase → reason → rewrite → source)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from checker import __version__
from checker.match.rewrite import Rewrite, default_specs, rewrite_for
from checker.models import Finding, Severity
from reports.segments import Segment, segments

from . import ui_text
from .checklist import Checklist
from .checklist import build as build_checklist
from .service import Checked

TEMPLATES = Path(__file__).resolve().parent / "templates"
SEVERITIES = [s.value for s in sorted(Severity, key=lambda s: -s.rank)]
_RANK = {s: s.rank for s in Severity}
DISCLAIMER = "※ 自動スクリーニングの結果です（法的助言ではありません）。最終的な判断は専門家に確認してください。"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(labels=ui_text, severities=SEVERITIES, version=__version__)
    return env


@dataclass
class Hit:
    """One flagged phrase: position in the original input, anchor on the page, its rewrite."""

    index: int  # into checked.shown_findings
    finding: Finding  # spans into the shown text
    line: int
    column: int
    anchor: str | None
    rewrite: Rewrite | None = None
    r: int | None = None  # index of its rewrite in the group's `rewrites`


@dataclass
class RuleGroup:
    """Every hit of one rule (same wording and severity): the explanation is shown once."""

    key: str  # html id
    first: Finding
    hits: list[Hit] = field(default_factory=list)
    delete: str = ""  # no safe wording: why the phrase is deleted
    rewrites: list[tuple[str, str]] = field(default_factory=list)  # distinct (original, replacement)

    def add(self, hit: Hit) -> None:
        self.hits.append(hit)
        rw = hit.rewrite
        if rw is not None and rw.replacement is not None:
            pair = (rw.original, rw.replacement)
            if pair not in self._seen:
                self._seen[pair] = len(self.rewrites)
                self.rewrites.append(pair)
            hit.r = self._seen[pair]

    def __post_init__(self) -> None:
        self._seen: dict[tuple[str, str], int] = {}

    @property
    def severity(self) -> str:
        return self.first.severity.value

    @property
    def delete_only(self) -> bool:
        """No hit has a replacement and the rule says why to delete instead."""
        return bool(self.delete) and not self.rewrites


@dataclass
class ResultView:
    checked: Checked
    segments: list[Segment]
    groups: list[RuleGroup]  # phrase findings, most severe rules first, then in reading order
    checklist: Checklist | None
    other_document: list[Hit]  # document-level findings that are not disclosures
    counts: dict[str, int]
    group_of: list[int | None]  # finding index → index into groups
    report_text: str = ""

    @property
    def document(self):
        return self.checked.result.document

    @property
    def phrase_count(self) -> int:
        return sum(len(g.hits) for g in self.groups)

    @property
    def rewrite_count(self) -> int:
        return sum(1 for g in self.groups for h in g.hits if h.rewrite and h.rewrite.replacement is not None)

    def finding(self, index: int) -> Finding:
        return self.checked.shown_findings[index]

    def top_severity(self, seg: Segment) -> str:
        findings = self.checked.shown_findings
        if len(seg.covering) == 1:
            return findings[seg.covering[0]].severity.value
        return max((findings[i].severity for i in seg.covering), key=_RANK.__getitem__).value

    def described_by(self, seg: Segment) -> str:
        """The ids of the explanations of a mark's findings (for screen readers, without JS)."""
        keys = dict.fromkeys(f"msg-{self.groups[g].key}" for i in seg.covering if (g := self.group_of[i]) is not None)
        return " ".join(keys)

    # The two parts that grow with the findings are built here with plain string joins
    # (escaped with markupsafe), not with template loops: same markup, a fraction of the time.

    def copy_html(self) -> Markup:
        """The highlighted copy: text segments and one <mark> per covered segment."""
        out = []
        for k, seg in enumerate(self.segments):
            if not seg.covering:
                out.append(escape(seg.text))
                continue
            multi = " hl-multi" if len(seg.covering) > 1 else ""
            tab = ' tabindex="0"' if seg.opening else ""
            out.append(f'<mark class="hl hl-{self.top_severity(seg)}{multi}" id="seg-{k}" '
                       f'data-findings="{" ".join(map(str, seg.covering))}"{tab} '
                       f'aria-describedby="{self.described_by(seg)}"><span class="hl-text">{escape(seg.text)}</span></mark>')
        return Markup("".join(out))

    @staticmethod
    def hits_html(group: RuleGroup) -> Markup:
        """A rule's hits: the phrase, its position and link, and which rewrite applies (data-r)."""
        out = []
        for h in group.hits:
            rw = ""
            if h.r is not None:
                rw = f' data-r="{h.r}" data-s="{h.rewrite.start}" data-e="{h.rewrite.end}"'
            out.append(f'<li class="hit" data-f="{h.index}"{rw}><a class="finding-link" href="#{h.anchor or "copy"}">'
                       f'<span class="finding-phrase">「{escape(h.finding.matched_text)}」</span>'
                       f'<span class="finding-pos">{h.line}行 {h.column}列</span></a></li>\n')
        return Markup("".join(out))


def result_view(checked: Checked) -> ResultView:
    shown = checked.shown_findings
    text = checked.shown_text
    segs = segments(text, shown)
    anchor_of: dict[int, str] = {}
    for k, seg in enumerate(segs):
        for i in seg.opening:
            anchor_of[i] = f"seg-{k}"
    doc = checked.result.document
    profile = doc.profile if doc else "cosmetic"
    specs = default_specs()  # no Sudachi here: the checks run in worker processes
    by_key: dict[tuple, RuleGroup] = {}
    group_of: list[int | None] = [None] * len(shown)
    disclosures: list[Finding] = []
    other: list[Hit] = []
    for i, (f, orig) in enumerate(zip(shown, checked.result.findings, strict=True)):
        if f.scope == "document":
            disclosures.append(f)
            continue
        spec = specs.get(f.rule_id)
        hit = Hit(i, f, orig.line, orig.column, anchor_of.get(i))
        if not f.matched_text:
            other.append(hit)
            continue
        hit.rewrite = rewrite_for(spec, text, f, profile)
        key = (f.rule_id, f.severity, f.message, f.suggestion, f.source)
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = RuleGroup("", f, delete=spec.delete if spec else "")
        group.add(hit)
    groups = sorted(by_key.values(), key=lambda g: (-g.first.severity.rank, g.first.start, g.first.rule_id))
    for n, g in enumerate(groups):
        g.key = f"rule-{n + 1}"
        for h in g.hits:
            group_of[h.index] = n
    counts = {s: sum(1 for f in shown if f.severity.value == s) for s in SEVERITIES}
    checklist = build_checklist(doc, disclosures) if doc else None
    view = ResultView(checked, segs, groups, checklist, other, counts, group_of)
    view.report_text = people_report(view)
    return view


def _rewrite_line(h: Hit) -> str | None:
    rw = h.rewrite
    if rw is None:
        return None
    if rw.replacement is None:
        return f"「{rw.original}」→ 削除（{rw.delete}）"
    return f"「{rw.original}」→「{rw.replacement}」" if rw.replacement else f"「{rw.original}」→ 削除"


def people_report(view: ResultView) -> str:
    """The report a marketer pastes into a mail or a ticket: Japanese, one block per rule,
    phrase → reason → rewrite → source; then the missing disclosures."""
    checked, doc = view.checked, view.document
    out = ["exocheck 広告表現チェック結果"]
    if checked.filename:
        out.append(f"ファイル: {checked.filename}（{checked.result.encoding}）")
    if doc:
        out.append(f"判定: {ui_text.KIND_LABELS[doc.kind]} / プロファイル: {ui_text.PROFILE_LABELS[doc.profile]}"
                   + (f"（{doc.reason}）" if doc.reason else ""))
    out.append("指摘: " + "・".join(f"{ui_text.SEVERITY_LABELS[s]} {view.counts[s]}件" for s in SEVERITIES))
    out.append(DISCLAIMER)
    if not view.groups and not view.other_document:
        out += ["", "問題になりうる表現は見つかりませんでした。"]
    for n, g in enumerate(view.groups, 1):
        f = g.first
        out += ["", f"{n}. 【{ui_text.SEVERITY_LABELS[g.severity]}】{ui_text.category_label(f.category)}（{f.rule_id}）"]
        out.append("   表現: " + "、".join(f"「{h.finding.matched_text}」（{h.line}行{h.column}列）" for h in g.hits))
        out.append(f"   理由: {f.message}")
        rewrites = list(dict.fromkeys(line for h in g.hits if (line := _rewrite_line(h))))
        if rewrites:
            out.append("   言い換え: " + " / ".join(rewrites))
        out.append(f"   言い換えの方針: {f.suggestion}")
        out.append(f"   出典: {f.source}")
    for h in view.other_document:
        f = h.finding
        out += ["", f"・【{ui_text.SEVERITY_LABELS[f.severity.value]}】{ui_text.category_label(f.category)}: {f.message}",
                f"   対応: {f.suggestion}", f"   出典: {f.source}"]
    cl = view.checklist
    missing = [i.missing for i in cl.items if i.missing] if cl and cl.state == "checked" else []
    if missing:
        out += ["", "■ 記載が見当たらない項目（開示チェックリスト）"]
        for f in missing:
            out += [f"・{ui_text.category_label(f.category)}（{ui_text.SEVERITY_LABELS[f.severity.value]}）: {f.message}",
                    f"   追記例: {f.suggestion}", f"   出典: {f.source}"]
    return "\n".join(out) + "\n"


def plain_report(checked: Checked) -> str:
    """The text the page's copy button copies (kept for callers of the old name)."""
    return result_view(checked).report_text


def _view(checked: Checked | None) -> ResultView | None:
    return result_view(checked) if checked and checked.shown_text.strip() else None


def render_result(checked: Checked | None) -> str:
    """The result fragment (an empty state when there is no text yet)."""
    return environment().get_template("_result.html").render(view=_view(checked))


EMPTY_SUBMIT = "チェックするテキストがありません。広告コピーを貼り付けるか、ファイルを選んでから「チェックする」を押してください。"


def render_page(*, text: str = "", profile: str = "auto", checked: Checked | None = None,
                error: str | None = None, max_chars: int) -> str:
    if error is None and checked is not None and not checked.shown_text.strip():
        error = EMPTY_SUBMIT  # the no-JS form sent an empty box: say so
    return environment().get_template("page.html").render(
        text=text, profile=profile, error=error, max_chars=max_chars, view=_view(checked),
    )
