"""docs/rules.md is generated from the rule data (`make docs`) and must not go stale;
`exocheck rules` / `exocheck explain` print the same data."""

import json
from pathlib import Path

import pytest

from checker.cli.main import main
from checker.docs import ruledoc
from checker.judge.taxonomy import CLAIM_CATEGORIES
from checker.match.disclosures import default_disclosures
from checker.match.rules import default_rules

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_docs_rules_md_is_up_to_date():
    assert DOCS.is_file(), "docs/rules.md is missing: run `make docs`"
    assert DOCS.read_text(encoding="utf-8") == ruledoc.markdown(), "docs/rules.md is stale: run `make docs`"


def test_markdown_has_one_heading_per_rule_and_check():
    text = ruledoc.markdown()
    for r in [*default_rules(), *default_disclosures().disclosures]:
        assert f"### {r.id} {r.name}\n" in text
    for cat in CLAIM_CATEGORIES:
        assert f"| `{cat}` |" in text


def test_explain_prints_source_suggestion_and_examples(capsys):
    assert main(["explain", "yk-safety-001"]) == 0
    out = capsys.readouterr().out
    rule = next(r for r in default_rules() if r.id == "YK-SAFETY-001")
    assert rule.source in out and rule.suggestion in out and rule.example_items("bad")[0].text in out
    assert "法的助言ではありません" in out


def test_explain_disclosure_check(capsys):
    did = default_disclosures().disclosures[0].id
    assert main(["explain", did]) == 0
    assert did in capsys.readouterr().out


def test_explain_unknown_rule_is_a_usage_error(capsys):
    assert main(["explain", "NOPE-001"]) == 2
    assert "unknown rule" in capsys.readouterr().err


@pytest.mark.parametrize("category", ["ips-derived", "price-inducement"])
def test_rules_category_filter_json(capsys, category):
    assert main(["rules", "--category", category, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data and {d["category"] for d in data} == {category}
    assert all(d["pack"] and d["source"] for d in data)


def test_rules_unknown_category(capsys):
    assert main(["rules", "--category", "no-such-thing"]) == 2
    assert "unknown category" in capsys.readouterr().err
