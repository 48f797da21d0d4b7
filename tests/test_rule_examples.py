"""Every rule's own examples run as tests (prh-style specs): bad ones are flagged by
that rule, good ones are not."""

import pytest

from checker import check
from checker.match.rules import default_rules

RULES = default_rules()
BAD = [(r, e) for r in RULES for e in r.example_items("bad")]
GOOD = [(r, e) for r in RULES for e in r.example_items("good")]


@pytest.mark.parametrize(("rule", "example"), BAD, ids=[f"{r.id}-bad-{i}" for i, (r, _) in enumerate(BAD)])
def test_bad_example_is_flagged(rule, example):
    report = check(example.text, example.profile or rule.default_profile())
    assert rule.id in {f.rule_id for f in report.findings}, example.text


@pytest.mark.parametrize(("rule", "example"), GOOD, ids=[f"{r.id}-good-{i}" for i, (r, _) in enumerate(GOOD)])
def test_good_example_is_clean(rule, example):
    report = check(example.text, example.profile or rule.default_profile())
    assert rule.id not in {f.rule_id for f in report.findings}, example.text


def test_every_rule_has_examples():
    thin = [r.id for r in RULES if len(r.example_items("bad")) < 3 or len(r.example_items("good")) < 2]
    assert not thin, f"rules need >= 3 bad and >= 2 good examples: {thin}"
