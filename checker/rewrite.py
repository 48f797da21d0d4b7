"""Concrete rewrites of flagged phrases: the `replacements` (and `delete`) of a rule.

A replacement's regex is tried where the flagged phrase starts (a lookbehind may look at the
text before it); what it covers is replaced by its text and the rest of the phrase is kept
(真皮層まで届く → 角層まで届く with `match: 真皮層`). It may also cover a few characters after
the phrase (浸透力). The result says what to put in place of `text[start:end]`, which is
always the whole phrase at least; the web page applies it in the editor and
`tests/test_rule_rewrites.py` checks that every rewritten example sentence checks clean."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Finding
from .rules import Rule

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


def rewrite_for(rule: Rule | None, text: str, finding: Finding, profile: str) -> Rewrite | None:
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
        m = r.compiled.match(text, start, limit)
        if m is None or m.end() == start:
            continue
        try:
            replacement = m.expand(r.text)
        except (re.error, IndexError):
            continue
        stop = max(end, m.end())
        return Rewrite(start, stop, text[start:stop], replacement + text[m.end():stop], index=i)
    if rule.delete:
        return Rewrite(start, end, finding.matched_text, None, rule.delete)
    return None
