from pathlib import Path

import pytest

from checker.rules import RuleError, load_pack, load_rules

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
