"""Every row of the public-guidance coverage table is a test (docs/guidance/*.yaml)."""

from pathlib import Path

import pytest

from checker import check
from checker.docs import guidance
from checker.judge.taxonomy import CLAIM_CATEGORIES
from checker.match.rules import default_rules

ROWS = guidance.load_rows()
RULE_IDS = {r.id for r in default_rules()}
DOC = Path(__file__).resolve().parent.parent / "docs" / "guidance-coverage.md"


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.file}:{i}" for i, r in enumerate(ROWS)])
def test_row(row):
    assert row.category in CLAIM_CATEGORIES
    assert row.profile in ("cosmetic", "supplement", "clinic")
    found = [f for f in check(row.example, row.profile).findings if f.category == row.category]
    if row.verdict == "NG":
        assert row.rule in RULE_IDS, f"unknown rule {row.rule}"
        assert any(f.rule_id == row.rule for f in found), (row.family, row.example, [f.rule_id for f in found])
    else:
        assert not found, (row.family, row.example, [(f.rule_id, f.matched_text) for f in found])


def test_doc_is_up_to_date():
    assert DOC.read_text(encoding="utf-8") == guidance.markdown(), "docs/guidance-coverage.md is stale: run `make docs`"
