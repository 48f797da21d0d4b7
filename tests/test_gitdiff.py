"""Changed-only mode: which lines changed since a git ref, and which findings survive."""

import subprocess
from pathlib import Path

import pytest

from checker.models import FileResult, Finding, Severity
from checker.project.gitdiff import WHOLE_FILE, GitDiffError, changed_lines, filter_results, parse_diff, unquote

DIFF = """\
diff --git a/site/a.md b/site/a.md
--- a/site/a.md
+++ b/site/a.md
@@ -2 +2 @@ x
-old
+new
@@ -5,0 +6,2 @@
+added
+added
@@ -9,2 +10,0 @@
-gone
-gone
diff --git "a/\\346\\227\\245.md" "b/\\346\\227\\245.md"
--- "a/\\346\\227\\245.md"
+++ "b/\\346\\227\\245.md"
@@ -0,0 +1 @@
+x
diff --git a/old.md b/old.md
--- a/old.md
+++ /dev/null
@@ -1 +0,0 @@
-x
"""


def test_parse_diff_lines_quoted_names_and_deletions():
    assert parse_diff(DIFF) == {"site/a.md": {2, 6, 7, 10, 11}, "日.md": {1}}


def test_unquote():
    assert unquote('"b/\\346\\227\\245 \\"q\\".md"') == 'b/日 "q".md'
    assert unquote("b/plain.md") == "b/plain.md"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo,
                   check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    _git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.md").write_text("一行目\n二行目\n三行目\n", encoding="utf-8")
    (tmp_path / "site" / "same.md").write_text("変更なし\n", encoding="utf-8")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "init")
    return tmp_path


def test_changed_lines_working_tree_and_untracked(repo, monkeypatch):
    (repo / "site" / "a.md").write_text("一行目\n二行目を変更\n三行目\n四行目\n", encoding="utf-8")
    (repo / "site" / "新規.md").write_text("新しいページ\n", encoding="utf-8")
    monkeypatch.chdir(repo / "site")
    changed = changed_lines("HEAD", [Path(".")])
    assert changed == {(repo / "site" / "a.md").resolve(): {2, 4}, (repo / "site" / "新規.md").resolve(): WHOLE_FILE}


def test_unknown_ref_and_not_a_repo(repo, tmp_path_factory):
    with pytest.raises(GitDiffError, match="unknown git ref 'no-such-branch'"):
        changed_lines("no-such-branch", [repo], cwd=repo)
    outside = tmp_path_factory.mktemp("plain")
    with pytest.raises(GitDiffError, match="needs a git repository"):
        changed_lines("HEAD", [outside], cwd=outside)


def _finding(line: int, text: str = "副作用ゼロ", rule_id: str = "YK-SAFETY-001") -> Finding:
    return Finding(rule_id=rule_id, category="safety-guarantee", severity=Severity.error, line=line, column=1,
                   start=0, end=len(text), matched_text=text, message="m", suggestion="s", source="src")


def test_filter_keeps_changed_lines_and_document_findings_of_changed_files(tmp_path):
    a, b, c = (tmp_path / n for n in ("a.md", "b.md", "c.md"))
    doc = _finding(1, "", "DOC-COST-001")
    results = [FileResult(path=str(a), findings=[_finding(1), _finding(2), _finding(3, "副作\n用ゼロ"), doc]),
               FileResult(path=str(b), findings=[_finding(9), doc]),
               FileResult(path=str(c), findings=[_finding(1), doc])]
    changed = {a.resolve(): {2, 4}, b.resolve(): WHOLE_FILE}
    kept = filter_results(results, changed)
    assert [[f.line for f in r.findings] for r in kept] == [[2, 3, 1], [9, 1], []]


def test_cli_diff_base_reports_only_changed_lines(repo, capsys, monkeypatch):
    from checker.cli.main import main

    page = repo / "site" / "a.md"
    page.write_text("副作用ゼロの美容液。\n\n保湿します。\n", encoding="utf-8")
    (repo / "site" / "old.md").write_text("刺激ゼロ。\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "legacy copy")
    page.write_text("副作用ゼロの美容液。\n\n保湿します。刺激ゼロです。\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    assert main(["check", "--isolated", "--select", "YK-SAFETY-001", "--diff-base", "HEAD", "site"]) == 1
    out = capsys.readouterr().out
    assert "site/a.md:3:7: error YK-SAFETY-001" in out
    assert "site/a.md:1:" not in out and "old.md" not in out and "1 file(s) checked" in out
    assert main(["check", "--isolated", "--select", "YK-SAFETY-001", "--diff-base", "no-such-ref", "site"]) == 2
    assert "unknown git ref 'no-such-ref'" in capsys.readouterr().err
