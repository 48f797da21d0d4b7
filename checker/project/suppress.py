"""Inline suppressions, read from the ORIGINAL file text (so they survive HTML and Markdown,
whose comments never reach the checked text):

    <!-- exocheck-disable-next-line YK-SAFETY-001 -->     the next line
    <!-- exocheck-disable YK-SAFETY-001, KH-PRICE-001 -->  until <!-- exocheck-enable --> (or
    <!-- exocheck-enable YK-SAFETY-001 -->                  `enable ID`), else to the end of file
    副作用ゼロ  # exocheck: ignore[YK-SAFETY-001]          the same line (plain text)

A suppression must name its rules (`-- reason` may follow the ids). A bare one suppresses
nothing and is reported as EXO-BARE-SUPPRESSION; one that suppressed nothing is reported
as EXO-UNUSED-SUPPRESSION (like ruff's RUF100). These two are tool findings with category
`suppression`, not claims. A document-level finding (a missing disclosure: no span) is
suppressed only by a file-wide `exocheck-disable ID`, i.e. one that is never re-enabled.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.match import linear_re
from checker.models import Finding, Severity
from checker.project.selectors import TOOL_CATEGORY
from checker.text.sourcemap import LineIndex

UNUSED, BARE = "EXO-UNUSED-SUPPRESSION", "EXO-BARE-SUPPRESSION"
SOURCE = "exocheck のインライン抑制コメント (docs/ci.md)"

_COMMENT = linear_re.compile(r"<!--\s*exocheck-(disable-next-line|disable|enable)([^\w-].*?)-->", linear_re.DOTALL)
_HASH = linear_re.compile(r"#\s*exocheck:\s*ignore(?:\[([^\]\n]*)\])?")
_ID = linear_re.compile(r"^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$")


@dataclass
class Directive:
    """One suppression comment and the ids it names."""

    kind: str  # "line" | "next-line" | "disable" | "enable"
    ids: tuple[str, ...]
    start: int
    end: int
    text: str
    used: set[str] = field(default_factory=set)


@dataclass
class _Scope:
    directive: Directive
    rule_id: str
    start: int = 0  # offset range for disable … enable
    end: int = 0
    line: int = 0  # for line / next-line
    file_wide: bool = False


def _ids(raw: str) -> tuple[str, ...]:
    raw = raw.split("--", 1)[0]  # `-- reason` may follow the ids
    return tuple(t for t in linear_re.compile(r"[\s,]+").split(raw.strip()) if t)


def parse(text: str) -> list[Directive]:
    """Every suppression directive in `text`, in order."""
    found = [Directive(m.group(1).removeprefix("disable-"), _ids(m.group(2)), m.start(), m.end(), m.group(0))
             for m in _COMMENT.finditer(text)]
    found += [Directive("line", _ids(m.group(1) or ""), m.start(), m.end(), m.group(0)) for m in _HASH.finditer(text)]
    return sorted(found, key=lambda d: d.start)


def _scopes(directives: list[Directive], text: str, lines: LineIndex) -> tuple[list[_Scope], list[Directive]]:
    """Turn directives into per-rule scopes; also return enables that closed nothing."""
    scopes: list[_Scope] = []
    open_: dict[str, _Scope] = {}
    stray: list[Directive] = []
    for d in directives:
        if d.kind == "line":
            scopes += [_Scope(d, rid, line=lines(d.start)[0]) for rid in d.ids]
        elif d.kind == "next-line":
            scopes += [_Scope(d, rid, line=lines(max(d.end - 1, d.start))[0] + 1) for rid in d.ids]
        elif d.kind == "disable":
            for rid in d.ids:
                if rid not in open_:
                    open_[rid] = _Scope(d, rid, start=d.end)
        else:  # enable: named ids, or every open range when bare
            targets = d.ids or tuple(open_)
            closed = [rid for rid in targets if rid in open_]
            for rid in closed:
                scope = open_.pop(rid)
                scope.end = d.start
                scopes.append(scope)
            if d.ids and not closed:
                stray.append(d)
    for scope in open_.values():
        scope.end, scope.file_wide = len(text), True
        scopes.append(scope)
    return scopes, stray


def _covers(scope: _Scope, f: Finding) -> bool:
    if scope.rule_id != f.rule_id:
        return False
    if not f.matched_text:  # document-level finding
        return scope.file_wide
    if scope.directive.kind in ("line", "next-line"):
        return f.line == scope.line
    return scope.start <= f.start < scope.end


def _notice(d: Directive, rule_id: str, severity: Severity, message: str, suggestion: str,
            lines: LineIndex) -> Finding:
    line, column = lines(d.start)
    return Finding(rule_id=rule_id, category=TOOL_CATEGORY, severity=severity, line=line, column=column,
                   start=d.start, end=d.end, matched_text=d.text, message=message, suggestion=suggestion,
                   source=SOURCE)


def did_you_mean(rid: str, known: set[str] | None) -> str | None:
    """The known rule id closest to a mistyped one (case ignored), if one is close enough."""
    if not known:
        return None
    close = difflib.get_close_matches(rid.upper(), sorted(known), n=1, cutoff=0.75)
    return close[0] if close else None


def apply(findings: list[Finding], original: str, known_ids: Iterable[str] | None = None) -> list[Finding]:
    """Drop suppressed findings; add a notice for each bare, unused or unknown suppression.

    `findings` must be in `original`'s coordinates (after `locate`, checker.pipeline)."""
    if "exocheck" not in original:
        return findings
    directives = parse(original)
    if not directives:
        return findings
    lines = LineIndex.of(original)
    scopes, stray = _scopes([d for d in directives if d.ids or d.kind == "enable"], original, lines)
    kept: list[Finding] = []
    for f in findings:
        hits = [s for s in scopes if _covers(s, f)]
        for s in hits:
            s.directive.used.add(s.rule_id)
        if not hits:
            kept.append(f)
    known = set(known_ids) if known_ids is not None else None
    notices: list[Finding] = []
    for d in directives:
        if not d.ids and d.kind != "enable":
            notices.append(_notice(d, BARE, Severity.error, "抑制コメントに規則IDがありません (何も抑制しません)。",
                                   "抑制する規則IDを書いてください: <!-- exocheck-disable-next-line YK-SAFETY-001 -->",
                                   lines))
        if d.kind == "enable":
            continue
        for rid in d.ids:
            if rid in d.used:
                continue
            fix = "不要になった抑制コメント (またはそのID) を削除してください。"
            if not _ID.match(rid) or (known is not None and rid not in known):
                msg = f"抑制コメントの {rid} は exocheck の規則IDではありません。"
                close = did_you_mean(rid, known)
                if close:
                    msg += f"もしかして {close} ですか？"
                    fix = f"{rid} を {close} に直すか、不要なら抑制コメントを削除してください。"
            else:
                msg = f"抑制コメントが {rid} を指定していますが、その範囲に {rid} の指摘はありません。"
            notices.append(_notice(d, UNUSED, Severity.warning, msg, fix, lines))
    for d in stray:
        notices.append(_notice(d, UNUSED, Severity.warning,
                               f"exocheck-enable {', '.join(d.ids)} に対応する exocheck-disable がありません。",
                               "対応のない exocheck-enable を削除してください。", lines))
    notices.sort(key=lambda n: (n.start, n.rule_id, n.message))
    return kept + notices
