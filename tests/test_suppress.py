"""Inline suppressions: next-line, ranges, same-line, bare and unused ones reported."""

from checker import check
from checker.models import Finding, Severity
from checker.project.suppress import BARE, UNUSED, apply, parse
from checker.text.sourcemap import LineIndex

RULE = "YK-SAFETY-001"


def _at(original: str, phrase: str, rule_id: str = RULE) -> list[Finding]:
    """Findings for every occurrence of `phrase`, in original-file coordinates (as after locate)."""
    lines, out, i = LineIndex.of(original), [], original.find(phrase)
    while i >= 0:
        line, col = lines(i)
        out.append(Finding(rule_id=rule_id, category="safety-guarantee", severity=Severity.error, line=line,
                           column=col, start=i, end=i + len(phrase), matched_text=phrase, message="m",
                           suggestion="s", source="src"))
        i = original.find(phrase, i + 1)
    return out


def _lines(findings: list[Finding], rule_id: str = RULE) -> list[int]:
    return [f.line for f in findings if f.rule_id == rule_id]


def test_disable_next_line_in_html_survives_the_markup():
    html = ("<p>副作用ゼロ</p>\n"
            "<!-- exocheck-disable-next-line YK-SAFETY-001 -->\n"
            "<p>副作用ゼロ</p>\n"
            "<p>副作用ゼロ</p>\n")
    kept = apply(_at(html, "副作用ゼロ"), html)
    assert _lines(kept) == [1, 4]
    assert not [f for f in kept if f.category == "suppression"]


def test_next_line_after_a_multi_line_comment():
    md = "<!--\n  exocheck-disable-next-line YK-SAFETY-001 -- 引用のため\n-->\n副作用ゼロ\n副作用ゼロ\n"
    assert _lines(apply(_at(md, "副作用ゼロ"), md)) == [5]


def test_disable_enable_range_and_enable_by_id():
    md = ("副作用ゼロ\n"
          "<!-- exocheck-disable YK-SAFETY-001, KH-PRICE-001 -->\n"
          "副作用ゼロ 今だけ半額\n"
          "<!-- exocheck-enable YK-SAFETY-001 -->\n"
          "副作用ゼロ 今だけ半額\n"
          "<!-- exocheck-enable -->\n"
          "今だけ半額\n")
    findings = _at(md, "副作用ゼロ") + _at(md, "今だけ半額", "KH-PRICE-001")
    kept = apply(findings, md)
    assert _lines(kept) == [1, 5]
    assert _lines(kept, "KH-PRICE-001") == [7]
    assert not [f for f in kept if f.category == "suppression"]


def test_unclosed_disable_runs_to_the_end_and_covers_document_findings():
    text = "<!-- exocheck-disable DOC-COST-001 -->\n本文\n"
    doc = Finding(rule_id="DOC-COST-001", category="disclosure-cost", severity=Severity.warning, line=1, column=1,
                  start=0, end=0, matched_text="", message="m", suggestion="s", source="src")
    assert apply([doc], text) == []
    closed = text + "<!-- exocheck-enable -->\n"
    kept = apply([doc], closed)  # a closed range does not cover the whole document
    assert [f.rule_id for f in kept] == ["DOC-COST-001", UNUSED]


def test_hash_comment_same_line_several_ids():
    text = "副作用ゼロ 今だけ半額 # exocheck: ignore[YK-SAFETY-001, KH-PRICE-001]\n副作用ゼロ\n"
    findings = _at(text, "副作用ゼロ") + _at(text, "今だけ半額", "KH-PRICE-001")
    kept = apply(findings, text)
    assert [(f.rule_id, f.line) for f in kept] == [(RULE, 2)]


def test_unused_suppression_is_reported_at_the_comment():
    text = "こんにちは\n<!-- exocheck-disable-next-line YK-SAFETY-001 -->\n保湿します\n"
    (notice,) = apply([], text)
    assert notice.rule_id == UNUSED and notice.category == "suppression"
    assert notice.severity == Severity.warning and (notice.line, notice.column) == (2, 1)
    assert notice.matched_text == text[notice.start:notice.end].strip() and "YK-SAFETY-001" in notice.message


def test_only_the_unused_id_of_a_shared_comment_is_reported():
    text = "副作用ゼロ # exocheck: ignore[YK-SAFETY-001, KH-PRICE-001]\n"
    kept = apply(_at(text, "副作用ゼロ"), text)
    assert [(f.rule_id, "KH-PRICE-001" in f.message) for f in kept] == [(UNUSED, True)]


def test_unknown_rule_id_is_reported_as_unused():
    text = "副作用ゼロ # exocheck: ignore[YK-SAFTY-001]\n"
    kept = apply(_at(text, "副作用ゼロ"), text, known_ids={RULE})
    assert sorted(f.rule_id for f in kept) == [UNUSED, RULE]
    assert "規則IDではありません" in next(f for f in kept if f.rule_id == UNUSED).message


def test_bare_suppressions_suppress_nothing_and_are_errors():
    text = ("<!-- exocheck-disable-next-line -->\n副作用ゼロ\n"
            "副作用ゼロ # exocheck: ignore\n"
            "<!-- exocheck-disable -->\n副作用ゼロ\n<!-- exocheck-enable -->\n")
    kept = apply(_at(text, "副作用ゼロ"), text)
    assert _lines(kept) == [2, 3, 5]
    bare = [f for f in kept if f.rule_id == BARE]
    assert [f.line for f in bare] == [1, 3, 4] and {f.severity for f in bare} == {Severity.error}


def test_stray_enable_is_reported():
    text = "本文\n<!-- exocheck-enable YK-SAFETY-001 -->\n"
    (notice,) = apply([], text)
    assert notice.rule_id == UNUSED and "exocheck-disable がありません" in notice.message


def test_parse_ignores_lookalikes_and_reads_reasons():
    text = "<!-- exocheck-disabled X-Y-1 --> <!-- exocheck-disable A-B-1 B-C-2 -- 理由 -->"
    (d,) = parse(text)
    assert (d.kind, d.ids) == ("disable", ("A-B-1", "B-C-2"))


def test_text_without_directives_is_returned_untouched():
    findings = check("副作用ゼロ", "cosmetic").findings
    assert apply(findings, "副作用ゼロ") is findings


def test_html_page_end_to_end(tmp_path, capsys):
    """Through `exocheck check`: comments are not part of the checked text, yet they suppress."""
    import json

    from checker.cli.main import main

    page = tmp_path / "page.html"
    page.write_text("<html><body>\n<p>副作用ゼロの美容液</p>\n"
                    "<!-- exocheck-disable-next-line YK-SAFETY-001 -- 比較記事からの引用 -->\n"
                    "<p>「副作用ゼロ」と書く店もある</p>\n"
                    "<p>毎日の保湿に。</p> <!-- exocheck-disable-next-line YK-SAFETY-001 -->\n"
                    "<p>うるおいを与えます。</p>\n</body></html>\n", encoding="utf-8")
    assert main(["check", "--isolated", "--select", "YK-SAFETY-001,suppression", "--format", "json", str(page)]) == 1
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert [(f["rule_id"], f["line"]) for f in findings] == [("YK-SAFETY-001", 2), (UNUSED, 5)]
    assert findings[1]["category"] == "suppression" and findings[1]["column"] == 16


def test_file_wide_disable_silences_a_missing_disclosure(tmp_path, capsys):
    import json

    from test_config import CLINIC_PAGE

    from checker.cli.main import main

    page = tmp_path / "clinic.md"
    page.write_text("<!-- exocheck-disable DOC-COST-001 -- 料金は別ページ -->\n" + CLINIC_PAGE, encoding="utf-8")
    main(["check", "--isolated", "--format", "json", str(page)])
    ids = [f["rule_id"] for f in json.loads(capsys.readouterr().out)["files"][0]["findings"]]
    assert "DOC-RISKS-001" in ids and "DOC-COST-001" not in ids and UNUSED not in ids
