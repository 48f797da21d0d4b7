from pathlib import Path

import pytest

from checker.match.rules import RuleError, load_pack, load_rules

GOOD = """
rules:
  - id: X-OK-001
    category: superlative
    severity: warning
    source: s
    message: m
    suggestion: s
    patterns: [最高]
"""


def _write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "pack.yaml"
    p.write_text(body, encoding="utf-8")
    return p


def test_valid_pack_loads(tmp_path):
    assert [r.id for r in load_pack(_write(tmp_path, GOOD))] == ["X-OK-001"]


@pytest.mark.parametrize(("change", "expected"), [
    (("superlative", "no-such-category"), "unknown category"),
    (("[最高]", "['re:(unclosed']"), "invalid regex"),
    (("[最高]", "['~2 最高']"), "must start with a required element"),
    (("severity: warning", "severity: {spa: error}"), "unknown profile"),
])
def test_invalid_rule_names_file_and_rule(tmp_path, change, expected):
    path = _write(tmp_path, GOOD.replace(*change))
    with pytest.raises(RuleError) as exc:
        load_pack(path)
    assert str(path) in str(exc.value) and "X-OK-001" in str(exc.value) and expected in str(exc.value)


def test_duplicate_ids_rejected(tmp_path):
    a = _write(tmp_path, GOOD)
    b = tmp_path / "b.yaml"
    b.write_text(GOOD, encoding="utf-8")
    with pytest.raises(RuleError, match="already used"):
        load_rules([a, b])


# -- the shipped catalogue ---------------------------------------------------------------------

PREFIX = {"yakki": "YK", "cosmetics": "CO", "medical_ad": "MA", "keihyo": "KH", "jsrm": "JS"}


def _shipped():
    from checker.match.rules import default_rules

    return default_rules()


def test_every_claim_category_has_rules_in_the_named_packs():
    from checker.judge.taxonomy import CLAIM_CATEGORIES

    rules = _shipped()
    assert {r.pack for r in rules} == set(PREFIX)
    missing = [c for c in CLAIM_CATEGORIES if not any(r.category == c for r in rules)]
    assert not missing, f"categories without a rule: {missing}"


def test_rule_ids_carry_their_pack_prefix():
    wrong = [r.id for r in _shipped() if r.id.split("-")[0] != PREFIX[r.pack]]
    assert not wrong


def test_every_rule_explains_itself_as_a_risk():
    for r in _shipped():
        assert r.message.endswith("。") and "おそれ" in r.message, r.id
        assert r.suggestion and r.rationale and r.name, r.id
        assert any(k in r.source for k in ("第", "ガイドライン", "通知", "報告書", "ガイダンス", "範囲", "事務連絡")), r.id


def test_every_rule_is_on_in_some_profile():
    from checker.models import PROFILES

    assert all(any(r.severity_for(p) for p in PROFILES) for r in _shipped())
