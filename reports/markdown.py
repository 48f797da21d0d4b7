"""Markdown: a report to paste into a pull request, an issue or a review ticket.

User text (paths, matched phrases) is backslash-escaped, so a phrase can neither break the
layout nor inject HTML into a renderer that allows it."""

from __future__ import annotations

import re

from checker.models import FileResult, Finding

from .escape import printable
from .labels import KIND_LABELS, PROFILE_LABELS, SEVERITY_LABELS, category_label
from .spans import is_disclosure
from .summary import summarize

SEVERITIES = ("error", "warning", "info")
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")  # marks that can start Markdown or HTML inline
# Single-class scans only (linear in any engine; names may hold surrogates, which RE2
# cannot read): `\s*[\r\n]+\s*` would be quadratic on a long run of spaces.
_BREAKS = re.compile(r"[\r\n]+")


def _fold_breaks(text: str) -> str:
    """Each line break, with the white space around it, becomes one space."""
    parts = _BREAKS.split(text)
    if len(parts) == 1:
        return text
    middle = [p.strip() for p in parts[1:-1]]
    return " ".join([parts[0].rstrip(), *(p for p in middle if p), parts[-1].lstrip()])


def escape(text: str) -> str:
    """Inline-safe Markdown: punctuation escaped, line breaks folded into spaces, control
    characters and undecodable bytes of a file name as `\\xNN`."""
    return printable(_SPECIAL.sub(r"\\\1", _fold_breaks(text)))


def _finding(n: int, f: Finding) -> list[str]:
    sev = SEVERITY_LABELS[f.severity.value]
    return [
        f"{n}. **「{escape(f.matched_text)}」** — {sev}・{category_label(f.category)}（{f.line}行 {f.column}列）",
        f"   - 理由: {escape(f.message)}",
        f"   - 言い換え例: {escape(f.suggestion)}",
        f"   - 出典: {escape(f.source)}（`{f.rule_id}`）",
    ]


def _file(r: FileResult) -> list[str]:
    out = [f"## {'入力テキスト' if r.path == '-' else escape(r.path)}", ""]
    if r.error:
        return out + [f"読み込めませんでした: {escape(r.error.reason)}", ""]
    if r.document:
        d = r.document
        out += [f"判定: {KIND_LABELS.get(d.kind, d.kind)} / プロファイル: {PROFILE_LABELS.get(d.profile, d.profile)}"
                + (f"（{escape(d.reason)}）" if d.reason else ""), ""]
    claims = [f for f in r.findings if not is_disclosure(f)]
    missing = [f for f in r.findings if is_disclosure(f)]
    if not r.findings:
        out += ["指摘はありません。", ""]
    if claims:
        out += ["### 表現の指摘", ""]
        for n, f in enumerate(claims, 1):
            out += _finding(n, f)
        out.append("")
    if missing:
        out += ["### 記載が不足している項目", ""]
        for f in missing:
            out.append(f"- [ ] **{category_label(f.category)}**（{SEVERITY_LABELS[f.severity.value]}）: "
                       f"{escape(f.message)} 追記例: {escape(f.suggestion)}（出典: {escape(f.source)}）")
        out.append("")
    return out


def render(results: list[FileResult], **_: object) -> str:
    s = summarize(results)
    sev = s["by_severity"]
    out = ["# exocheck レポート", "",
           "> 自動のリスクスクリーニングです（法的助言ではありません）。判断は専門家に確認してください。", "",
           "| " + " | ".join(SEVERITY_LABELS[k] for k in SEVERITIES) + " | チェックしたファイル |",
           "|" + "---:|" * (len(SEVERITIES) + 1),
           "| " + " | ".join(str(sev[k]) for k in SEVERITIES) + f" | {s['files_checked']} |", ""]
    for r in results:
        out += _file(r)
    return "\n".join(out).rstrip("\n") + "\n"
