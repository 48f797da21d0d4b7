import json
import subprocess
import sys

from checker.cli.main import main


def _run(args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "checker.cli.main", *args], input=stdin, capture_output=True)


def test_stdin_finding_and_exit_1():
    p = _run(["check", "-"], "副作用のない安全な美容液です".encode())
    assert p.returncode == 1
    assert b"YK-SAFETY-001" in p.stdout and b"-:1:1:" in p.stdout


def test_json_shape_and_span():
    p = _run(["check", "--format", "json", "-"], "今日も副作用ゼロ".encode())
    data = json.loads(p.stdout)
    f = data["files"][0]["findings"][0]
    assert data["files"][0]["path"] == "-"
    assert (f["start"], f["end"], f["matched_text"], f["column"]) == (3, 8, "副作用ゼロ", 4)
    assert data["summary"]["by_severity"]["error"] == 1


def test_fail_on_never_and_clean_input():
    assert _run(["check", "--fail-on", "never", "-"], "副作用ゼロ".encode()).returncode == 0
    assert _run(["check", "-"], "毎日の保湿が大切です。".encode()).returncode == 0


def test_usage_error_exit_2_without_traceback():
    p = _run(["check", "--profile", "spa", "-"])
    assert p.returncode == 2 and b"Traceback" not in p.stderr and b"error" in p.stderr
    p = _run(["check", "no/such/file.txt"])
    assert p.returncode == 2 and b"Traceback" not in p.stderr


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert "exocheck" in capsys.readouterr().out


def test_explain_and_rules(capsys):
    assert main(["explain", "YK-SAFETY-001"]) == 0
    out = capsys.readouterr().out
    assert "医薬品等適正広告基準" in out and "bad" in out
    assert main(["explain", "NOPE-1"]) == 2


def test_every_format_renders_from_the_cli(tmp_path):
    (tmp_path / "a.txt").write_text("副作用ゼロの美容液\n", encoding="utf-8")
    for fmt in ("text", "json", "html", "sarif", "rdjsonl", "github", "junit"):
        p = _run(["check", "--format", fmt, "--jobs", "1", str(tmp_path)])
        assert p.returncode == 1 and p.stdout and b"Traceback" not in p.stderr, fmt
    sarif = json.loads(_run(["check", "--format", "sarif", str(tmp_path / "a.txt")]).stdout)
    assert sarif["runs"][0]["results"][0]["ruleId"] == "YK-SAFETY-001"


def test_check_option_errors_exit_2_without_traceback(tmp_path):
    for args in (["--jobs", "0"], ["--jobs", "x"], ["--format", "pdf"], ["--color", "sometimes"]):
        p = _run(["check", *args, str(tmp_path)])
        assert p.returncode == 2 and b"Traceback" not in p.stderr and b"error" in p.stderr, args


def test_html_report_to_output_file(tmp_path):
    (tmp_path / "page.md").write_text("# 美容液\n副作用ゼロの処方です。\n", encoding="utf-8")
    out = tmp_path / "report.html"
    p = _run(["check", "--format", "html", "--output", str(out), str(tmp_path)])
    assert p.returncode == 1 and p.stdout == b""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "副作用ゼロ</mark>" in html
