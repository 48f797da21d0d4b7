"""Concrete rewrites of flagged phrases: the `replacements` (and `delete`) of a rule.

A replacement's regex is tried where the flagged phrase starts (RE2-compatible: no
lookarounds; a group and `\\1` keep a word); what it covers is replaced by its text and the
rest of the phrase is kept
(真皮層まで届く → 角層まで届く with `match: 真皮層`). It may also cover a few characters after
the phrase (浸透力). The result says what to put in place of `text[start:end]`, which is
always the whole phrase at least; the web page applies it in the editor and
`tests/test_rule_rewrites.py` checks that every rewritten example sentence checks clean."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.match import linear_re
from checker.match.rules import RULES_DIR, Rule, read_pack
from checker.models import Finding

LOOKAHEAD = 80  # characters after the phrase start a replacement may look at


@dataclass(frozen=True)
class Rewrite:
    """Replace `text[start:end]` (== `original`) with `replacement`; or, when `delete` is set,
    no safe wording exists and the phrase should be deleted for that reason."""

    start: int
    end: int
    original: str
    replacement: str | None = None
    delete: str = ""
    index: int = -1  # which of the rule's replacements


@dataclass(frozen=True)
class _Replacement:
    compiled: linear_re.Regex
    text: str
    profiles: tuple[str, ...] | None


@dataclass(frozen=True)
class RewriteSpec:
    """A rule's `replacements` and `delete`, read without compiling its patterns (no Sudachi):
    what the web server needs to show rewrites while the checks run in worker processes."""

    replacements: tuple[_Replacement, ...] = ()
    delete: str = ""


@lru_cache(maxsize=1)
def default_specs() -> dict[str, RewriteSpec]:
    """Rule id → RewriteSpec for every pack in rules/ (ids validated by checker.match.rules)."""
    specs: dict[str, RewriteSpec] = {}
    for path in sorted(RULES_DIR.glob("*.yaml")):
        for entry in read_pack(path, "rules", "rule pack")[1]:
            if not isinstance(entry, dict) or not (entry.get("replacements") or entry.get("delete")):
                continue
            reps = tuple(_Replacement(linear_re.compile(r["match"]), r["text"], tuple(r["profiles"]) if r.get("profiles") else None)
                         for r in entry.get("replacements") or ())
            specs[entry["id"]] = RewriteSpec(reps, entry.get("delete") or "")
    return specs


_GROUP_REF = linear_re.compile(r"\\(\d)")


def _expand(template: str, m: re.Match) -> str:
    """`m.expand(template)` for `\\1`-style templates, without parsing the template each call."""
    if "\\" not in template:
        return template
    return _GROUP_REF.sub(lambda ref: m.group(int(ref.group(1))) or "", template)


def rewrite_for(rule: Rule | RewriteSpec | None, text: str, finding: Finding, profile: str) -> Rewrite | None:
    """The concrete rewrite of `finding` (spans into `text`) in `profile`, if the rule has one."""
    if rule is None or not finding.matched_text or finding.end <= finding.start:
        return None
    start, end = finding.start, finding.end
    if text[start:end] != finding.matched_text:
        return None
    limit = min(len(text), max(end, start + LOOKAHEAD))
    for i, r in enumerate(rule.replacements):
        if r.profiles is not None and profile not in r.profiles:
            continue
        m = r.compiled.match(text[start:limit])
        if m is None or m.end() == 0:
            continue
        m_end = start + m.end()
        try:
            replacement = _expand(r.text, m)
        except (re.error, IndexError):
            continue
        stop = max(end, m_end)
        return Rewrite(start, stop, text[start:stop], replacement + text[m_end:stop], index=i)
    if rule.delete:
        return Rewrite(start, end, finding.matched_text, None, rule.delete)
    return None
