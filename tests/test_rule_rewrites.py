"""Every rule's concrete rewrites run as tests, like the examples: in each bad example (and
each replacement's own examples) the flagged phrases that a replacement covers are replaced,
and the rewritten sentence must check clean where the rewrite went — no finding of the rule
anywhere, and no finding of any rule touching the new wording. Every replacement must be
used at least once, and a rule's per-profile texts follow the same conventions as its own."""

from __future__ import annotations

import re

import pytest

from checker import check
from checker.match.rewrite import rewrite_for
from checker.match.rules import Example, Rule, default_rules
from checker.models import PROFILES

RULES = default_rules()
WITH_REWRITES = [r for r in RULES if r.replacements]


def _cases(rule: Rule) -> list[Example]:
    own = [e for r in rule.replacements for e in r.example_items()]
    return rule.example_items("bad") + own


def _apply(text: str, rule: Rule, profile: str):
    """(rewritten text, [(start, end) of each new wording], indexes of the replacements used)."""
    report = check(text, profile)
    rewrites = []
    for f in report.findings:
        if f.rule_id == rule.id and (rw := rewrite_for(rule, text, f, profile)) and rw.replacement is not None:
            rewrites.append(rw)
    rewrites.sort(key=lambda rw: rw.start, reverse=True)
    out, spans, last = text, [], len(text) + 1  # applied from the end, so offsets stay valid
    for rw in rewrites:
        if rw.end > last:  # overlaps one already applied
            continue
        out = out[:rw.start] + rw.replacement + out[rw.end:]
        shift = len(rw.replacement) - (rw.end - rw.start)
        spans = [(s + shift, e + shift) for s, e in spans] + [(rw.start, rw.start + len(rw.replacement))]
        last = rw.start
    return out, spans, rewrites


@pytest.mark.parametrize("rule", WITH_REWRITES, ids=[r.id for r in WITH_REWRITES])
def test_rewritten_examples_check_clean(rule):
    used = set()
    for example in _cases(rule):
        profile = example.profile or rule.default_profile()
        fixed, spans, rewrites = _apply(example.text, rule, profile)
        if not rewrites:
            continue
        used.update(rw.index for rw in rewrites)
        before = sum(1 for f in check(example.text, profile).findings if f.rule_id == rule.id)
        report = check(fixed, profile)
        after = sum(1 for f in report.findings if f.rule_id == rule.id)
        assert after <= before - len(spans), f"{example.text} → {fixed}"
        for f in report.findings:
            if not f.matched_text:
                continue
            for s, e in spans:  # a deletion (s == e) must not leave a finding touching the gap
                hit = f.start < e and s < f.end if e > s else f.start <= s <= f.end
                assert not hit, f"{example.text} → {fixed}: {f.rule_id}「{f.matched_text}」"
    unused = [r.match for i, r in enumerate(rule.replacements) if i not in used]
    assert not unused, f"{rule.id}: replacements no example exercises: {unused}"


def test_rewrites_cover_the_common_rules():
    assert len(WITH_REWRITES) >= 15, [r.id for r in WITH_REWRITES]
    deletes = [r.id for r in RULES if r.delete]
    assert {"YK-DISEASE-001", "MA-CURE-001"} <= set(deletes)
    for r in RULES:
        assert not (r.delete and not r.delete.endswith("。")), r.id


def test_profile_texts_follow_the_conventions():
    for r in RULES:
        for profile, text in r.for_profile.items():
            assert profile in PROFILES and r.severity_for(profile) is not None, (r.id, profile)
            if text.message:
                assert text.message.endswith("。") and "おそれ" in text.message, (r.id, profile)


def test_a_cosmetic_price_finding_speaks_of_goods_not_clinics():
    cosmetic = next(f for f in check("今だけ半額のエクソソーム美容液。", "cosmetic").findings if f.rule_id == "KH-PRICE-001")
    clinic = next(f for f in check("今だけ半額のエクソソーム点滴。", "clinic").findings if f.rule_id == "KH-PRICE-001")
    for text in (cosmetic.message, cosmetic.suggestion, cosmetic.source):
        assert "医療" not in text and "費用：1回" not in text
    assert "医療広告" in clinic.message and "医療広告" in clinic.source


def test_rewrite_covers_the_whole_phrase_or_nothing():
    rule = next(r for r in RULES if r.id == "YK-SAFETY-001")
    text = "副作用ゼロの美容液です。"
    f = next(f for f in check(text, "cosmetic").findings if f.rule_id == rule.id)
    rw = rewrite_for(rule, text, f, "cosmetic")
    assert rw and rw.start == f.start and rw.end >= f.end and rw.original == text[rw.start:rw.end]
    assert rewrite_for(rule, "別の文です。", f, "cosmetic") is None  # text changed since the check


def test_the_web_server_reads_the_same_rewrites_without_sudachi():
    from checker.match.rewrite import default_specs

    specs = default_specs()
    assert set(specs) == {r.id for r in RULES if r.replacements or r.delete}
    text = "美容成分が真皮層まで届きます。"
    f = next(f for f in check(text, "cosmetic").findings if f.rule_id == "CO-PENETRATION-001")
    rule = next(r for r in RULES if r.id == f.rule_id)
    assert rewrite_for(specs[f.rule_id], text, f, "cosmetic") == rewrite_for(rule, text, f, "cosmetic")


def test_replacement_patterns_are_re2_compatible():
    """No lookarounds or backreferences, so they can move to the linear-time engine."""
    for r in RULES:
        for rep in r.replacements:
            assert not re.search(r"\(\?<?[=!]|\\[1-9]", rep.match), (r.id, rep.match)
