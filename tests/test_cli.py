import json
import subprocess
import sys

from checker.cli import main


def _run(args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "checker.cli", *args], input=stdin, capture_output=True)


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
