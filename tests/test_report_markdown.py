"""reports.markdown: the Markdown report (the API's `"format": "markdown"`)."""

from __future__ import annotations

from checker.models import DocumentInfo, FileResult, Finding, InputError, Severity
from reports.markdown import escape, render


def _results() -> list[FileResult]:
    claim = Finding(rule_id="YK-SAFETY-001", category="safety-guarantee", severity=Severity.error, line=2,
                    column=4, start=9, end=14, matched_text="副作用ゼロ", message="安全性を保証する表現です。",
                    suggestion="保証表現を削除します。", source="医薬品等適正広告基準 第4の3(5)")
    odd = claim.model_copy(update={"matched_text": "<b>|*No.1*|</b>", "severity": Severity.warning,
                                   "category": "superlative", "rule_id": "YK-TOP-001", "line": 3, "column": 1})
    missing = Finding(rule_id="DOC-COST-001", category="disclosure-cost", severity=Severity.warning, line=1,
                      column=1, start=0, end=0, matched_text="", message="費用の記載が見当たりません。",
                      suggestion="例「1回 88,000円（税込）」", source="医療広告ガイドライン 第4")
    doc = DocumentInfo(kind="ad", profile="clinic", reason="広告として判定")
    return [FileResult(path="-", document=doc, findings=[claim, odd, missing]),
            FileResult(path="site/clean.md", document=DocumentInfo(), findings=[]),
            FileResult(path="site/broken_[1].txt", error=InputError(reason="binary file"))]


def test_markdown_report_snapshot(file_regression):
    file_regression.check(render(_results()), extension=".md")


def test_user_text_cannot_inject_markup():
    out = render(_results())
    assert "<b>" not in out and "\\<b\\>\\|\\*No.1\\*\\|\\</b\\>" in out
    assert escape("a\nb|c") == "a b\\|c"
    assert "site/broken\\_\\[1\\].txt" in out
