"""Baseline: fingerprints that survive edits elsewhere, counted duplicates, relative paths."""

import json
from pathlib import Path

import pytest

from checker import RuleSet, check
from checker.match.rules import default_rules
from checker.models import FileResult, Finding, Severity
from checker.project.baseline import Baseline, BaselineError, key_of, sentence_around

PAGE = "新しい美容液のご紹介。\n\n副作用ゼロで毎日使えます。\n\n保湿成分を配合しました。\n"
# One rule, so that the rules other packs add cannot change what these tests count.
ONE_RULE = RuleSet([r for r in default_rules() if r.id == "YK-SAFETY-001"])


def _result(path: Path, text: str, keep_text: bool = False) -> FileResult:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    report = check(text, "cosmetic", ruleset=ONE_RULE)
    return FileResult(path=str(path), document=report.document, findings=report.findings, encoding="utf-8",
                      text=text if keep_text else None)


def _baseline(tmp_path: Path, *results: FileResult) -> Path:
    out = tmp_path / ".exocheck-baseline.json"
    Baseline.collect(list(results), tmp_path).write(out)
    return out


def _new(tmp_path: Path, baseline: Path, *results: FileResult):
    kept, baselined, stale = Baseline.load(baseline).filter(list(results))
    return [(f.rule_id, f.line) for r in kept for f in r.findings], baselined, stale


def test_edits_elsewhere_keep_a_finding_baselined(tmp_path):
    page = tmp_path / "site" / "a.md"
    baseline = _baseline(tmp_path, _result(page, PAGE))
    edited = "# 見出しを追加\n\n前置きの段落も書き換えました。\n\n" + PAGE.replace("保湿成分", "整肌成分")
    assert _new(tmp_path, baseline, _result(page, edited)) == ([], 1, 0)


def test_editing_the_sentence_itself_makes_the_finding_new(tmp_path):
    page = tmp_path / "a.md"
    baseline = _baseline(tmp_path, _result(page, PAGE))
    changed = PAGE.replace("毎日使えます", "朝晩使えます")
    assert _new(tmp_path, baseline, _result(page, changed)) == ([("YK-SAFETY-001", 3)], 0, 1)


def test_duplicates_are_counted(tmp_path):
    page = tmp_path / "a.txt"
    twice = "副作用ゼロです。\n副作用ゼロです。\n"
    baseline = _baseline(tmp_path, _result(page, twice))
    entry = json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]
    assert (entry["count"], entry["text"], entry["path"]) == (2, "副作用ゼロ", "a.txt")
    thrice = twice + "副作用ゼロです。\n"
    assert _new(tmp_path, baseline, _result(page, thrice)) == ([("YK-SAFETY-001", 3)], 2, 0)


def test_paths_are_relative_to_the_baseline_file_not_the_working_directory(tmp_path, monkeypatch):
    page = tmp_path / "site" / "a.md"
    baseline = _baseline(tmp_path, _result(page, PAGE))
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]["path"] == "site/a.md"
    monkeypatch.chdir(tmp_path / "site")
    moved = _result(Path("a.md"), PAGE)  # same file, named relative to another folder
    assert _new(tmp_path, baseline, moved) == ([], 1, 0)
    other = _result(tmp_path / "site" / "b.md", PAGE)  # same text in another file is new
    assert _new(tmp_path, baseline, other)[0] == [("YK-SAFETY-001", 3)]


def test_text_kept_on_the_result_is_used_instead_of_rereading(tmp_path):
    page = tmp_path / "a.md"
    result = _result(page, PAGE, keep_text=True)
    page.unlink()
    baseline = _baseline(tmp_path, result)
    assert _new(tmp_path, baseline, result) == ([], 1, 0)


def test_output_is_deterministic_and_loadable(tmp_path):
    a, b = _result(tmp_path / "b.md", PAGE), _result(tmp_path / "a.md", "今日も刺激ゼロ。")
    first = _baseline(tmp_path, a, b).read_text(encoding="utf-8")
    second = _baseline(tmp_path, b, a).read_text(encoding="utf-8")
    assert first == second
    data = json.loads(first)
    assert data["exocheck-baseline"] == 1 and [e["path"] for e in data["findings"]] == ["a.md", "b.md"]


def test_document_level_findings_are_keyed_by_rule_and_path_only():
    doc = Finding(rule_id="DOC-COST-001", category="disclosure-cost", severity=Severity.info, line=1, column=1,
                  start=0, end=0, matched_text="", message="m", suggestion="s", source="src")
    assert key_of(doc, "全然ちがう本文", "a.md") == key_of(doc, "本文", "a.md") == ("a.md", "DOC-COST-001", "", "")


def test_context_is_the_sentence_list_item_or_html_block():
    html = "<p>新製品です。</p><p>肌に<b>副作用ゼロ</b>の処方</p><p>次の段落</p>"
    i = html.index("副作用ゼロ")
    assert sentence_around(html, i, i + 5) == "肌に<b>副作用ゼロ</b>の処方"
    md = "- 一つ目\n- 副作用ゼロ\n- 三つ目"
    i = md.index("副作用ゼロ")
    assert sentence_around(md, i, i + 5) == "副作用ゼロ"


@pytest.mark.parametrize(("content", "expected"), [
    (None, "baseline not found (create it with --write-baseline"),
    ("{not json", "cannot read baseline"),
    ('{"findings": []}', "not an exocheck baseline"),
    ('{"exocheck-baseline": 1, "findings": [{"path": "a"}]}', "malformed entry"),
])
def test_bad_baseline_is_a_one_line_error(tmp_path, content, expected):
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as exc:
        Baseline.load(path)
    assert expected in str(exc.value) and str(path) in str(exc.value) and "\n" not in str(exc.value)


def test_cli_write_baseline_then_only_new_findings_fail(tmp_path, capsys, monkeypatch):
    from checker.cli.main import main

    site = tmp_path / "site"
    site.mkdir()
    (site / "a.md").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--isolated", "--select", "YK-SAFETY-001", "--write-baseline", ".exocheck-baseline.json", "site"]) == 0
    assert "wrote baseline .exocheck-baseline.json (1 finding(s) in 1 file(s))" in capsys.readouterr().err

    (site / "a.md").write_text("# 追記した見出し\n\n" + PAGE, encoding="utf-8")  # the old finding moves down
    assert main(["check", "--isolated", "--select", "YK-SAFETY-001", "--baseline", ".exocheck-baseline.json", "site"]) == 0
    out, err = capsys.readouterr()
    assert "1 finding(s) matched the baseline" in err and "YK-SAFETY-001" not in out

    (site / "a.md").write_text(PAGE + "\n刺激ゼロで安心です。\n", encoding="utf-8")
    assert main(["check", "--isolated", "--select", "YK-SAFETY-001", "--baseline", ".exocheck-baseline.json", "site"]) == 1
    out, err = capsys.readouterr()
    assert "site/a.md:7:1: error YK-SAFETY-001" in out and "site/a.md:3:" not in out


def test_cli_baseline_from_config_and_missing_baseline_is_exit_2(tmp_path, capsys, monkeypatch):
    from checker.cli.main import main

    (tmp_path / ".exocheck.toml").write_text('baseline = "ci/baseline.json"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--select", "YK-SAFETY-001", "a.md"]) == 2
    assert "ci/baseline.json: baseline not found" in capsys.readouterr().err
    assert main(["check", "--select", "YK-SAFETY-001", "--write-baseline", "ci/baseline.json", "a.md"]) == 0
    assert main(["check", "--select", "YK-SAFETY-001", "a.md"]) == 0
