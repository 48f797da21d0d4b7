"""Hostile and careless input to the CLI (issue 13, point 3): file names that are options or
not UTF-8, control characters in names and text, outputs that would overwrite an input,
symlinks out of the tree, configs that are not what they claim, broken pipes, and the exit
code when findings and input errors meet."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from checker.cli.runner import CheckOptions, run_check

RISKY = "副作用ゼロの美容液\n"
FORMATS = ("text", "json", "html", "sarif", "rdjsonl", "github", "junit", "markdown")


def _cli(*args: str, cwd: Path | None = None, stdin: bytes = b"", timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "checker.cli.main", *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=timeout, env=env)


def _run(paths: list[str], **opts) -> tuple[int, str, str]:
    """run_check in process; stdout is a strict UTF-8 stream, as a terminal or pipe is."""
    raw, err = io.BytesIO(), io.StringIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")
    code = run_check(CheckOptions(paths=paths, isolated=True, jobs=1, progress=False, **opts), stdout=out, stderr=err)
    out.flush()
    return code, raw.getvalue().decode("utf-8"), err.getvalue()


def _non_utf8_file(folder: Path) -> Path:
    name = os.fsdecode(b"\xff\x1b[31m.txt")  # an undecodable byte and an escape sequence
    path = folder / name
    try:
        path.write_text(RISKY, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system does not take non-UTF-8 names")
    return path


# -- file names that are not UTF-8 --------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_non_utf8_name_in_every_format_to_a_file(tmp_path, fmt):
    _non_utf8_file(tmp_path)
    out = tmp_path / "reports" / f"report.{fmt}"
    code, _, err = _run([str(tmp_path)], format=fmt, output=str(out))
    assert code == 1, err
    written = out.read_bytes().decode("utf-8")  # valid UTF-8
    assert "\x1b" not in written.replace("\\u001b", "")  # no raw escape sequence
    if fmt == "sarif":
        uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                for r in json.loads(written)["runs"][0]["results"]]
        assert any(u.endswith("%FF%1B%5B31m.txt") for u in uris), uris
    else:
        assert "\\xff" in written


def test_non_utf8_name_sarif_and_text_to_stdout(tmp_path):
    _non_utf8_file(tmp_path)
    code, out, err = _run([str(tmp_path)], format="sarif")
    assert code == 1 and json.loads(out)["runs"][0]["results"], err
    code, out, _ = _run([str(tmp_path)], format="text")
    assert code == 1 and "\\xff\\x1b[31m.txt:1:1: error YK-SAFETY-001" in out and "\x1b" not in out


# -- control characters from names and content in the text report -------------------------------


def test_text_output_escapes_control_characters_and_keeps_japanese(tmp_path):
    page = tmp_path / "a\nb\x07.txt"
    page.write_text("見出し\x1b[2J\x1b]0;pwned\x07　副作用ゼロの美容液 です\x9b31m\n", encoding="utf-8")
    code, out, _ = _run([str(page)], format="text")
    assert code == 1
    assert not any(c in out for c in "\x1b\x07\x9b")
    assert "a\\nb\\x07.txt:1:" in out  # the name stays on one report line
    assert "見出し\\x1b[2J\\x1b]0;pwned\\x07　副作用ゼロの美容液 です\\x9b31m" in out  # ideographic/ASCII spaces kept
    # the caret still sits under the span, after the escaped text before it
    lines = out.splitlines()
    src = next(i for i, line in enumerate(lines) if line.lstrip().startswith("1 |"))
    shown, carets = lines[src].split("| ", 1)[1], lines[src + 1].split("| ", 1)[1]
    assert carets.startswith(" " * cell_len(shown[:shown.index("副作用ゼロ")]) + "^")


def test_suppression_id_with_escape_sequence_is_escaped_in_text(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text("普通の文です。  # exocheck: ignore[YK-\x1b[31mX]\n", encoding="utf-8")
    _, out, _ = _run([str(page)], format="text")
    assert "EXO-UNUSED-SUPPRESSION" in out and "\x1b" not in out and "YK-\\x1b[31mX" in out


# -- --output never replaces an input, and is written atomically ---------------------------------


def test_output_naming_a_checked_file_is_refused(tmp_path):
    page = tmp_path / "index.md"
    page.write_text(RISKY, encoding="utf-8")
    for paths, output in (([str(page)], str(page)), ([str(tmp_path)], str(page)),
                          ([str(tmp_path)], str(tmp_path / "." / "index.md"))):
        code, out, err = _run(paths, output=output)
        assert code == 2 and out == "", err
        assert err.count("\n") == 1 and "--output" in err and "input" in err, err
        assert page.read_text(encoding="utf-8") == RISKY
    link = tmp_path / "report.txt"
    link.symlink_to(page)  # through a link, the same file
    code, _, err = _run([str(page)], output=str(link))
    assert code == 2 and page.read_text(encoding="utf-8") == RISKY
    code, _, err = _run([str(page)], write_baseline=str(page))
    assert code == 2 and "--write-baseline" in err and page.read_text(encoding="utf-8") == RISKY


def test_output_outside_the_inputs_is_written_and_excluding_it_allows_it(tmp_path):
    page = tmp_path / "index.md"
    page.write_text(RISKY, encoding="utf-8")
    report = tmp_path / "report.md"
    report.write_text("old report\n", encoding="utf-8")
    code, _, err = _run([str(tmp_path)], output=str(report), format="markdown")
    assert code == 2 and report.read_text(encoding="utf-8") == "old report\n"  # a walked input too
    code, _, err = _run([str(tmp_path)], output=str(report), format="markdown", exclude=["report.md"])
    assert code == 1 and "# exocheck レポート" in report.read_text(encoding="utf-8"), err


def test_a_failed_write_keeps_the_earlier_report(tmp_path, monkeypatch):
    page = tmp_path / "in" / "a.txt"
    page.parent.mkdir()
    page.write_text(RISKY, encoding="utf-8")
    report = tmp_path / "report.json"
    assert _run([str(page)], output=str(report), format="json")[0] == 1
    before = report.read_bytes()
    mode = report.stat().st_mode

    def full_disk(fd, data):
        raise OSError(28, "No space left on device")

    import checker.text.safeio as safeio

    monkeypatch.setattr(safeio.os, "fsync", lambda fd: full_disk(fd, b""))
    code, _, err = _run([str(page)], output=str(report), format="text")
    assert code == 2 and "No space left on device" in err and err.count("\n") == 1
    assert report.read_bytes() == before and report.stat().st_mode == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "report.json"]  # no temporary file left


# -- symbolic links out of the tree ---------------------------------------------------------------


def test_links_out_of_the_tree_are_skipped_unless_follow_links(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(RISKY, encoding="utf-8")
    site = tmp_path / "site"
    (site / "inner").mkdir(parents=True)
    (site / "page.txt").write_text(RISKY, encoding="utf-8")
    (site / "inner" / "page.txt").write_text(RISKY, encoding="utf-8")
    (site / "up.txt").symlink_to("../outside/secret.txt")
    (site / "etc").symlink_to(outside, target_is_directory=True)
    (site / "same.txt").symlink_to("inner/page.txt")  # inside the tree: followed (then deduplicated)
    (site / "loop").symlink_to(".", target_is_directory=True)  # inside the tree too
    code, out, err = _run([str(site)], format="json")
    checked = sorted(Path(f["path"]).relative_to(site).as_posix() for f in json.loads(out)["files"])
    assert code == 1 and checked == ["inner/page.txt", "page.txt"], (checked, err)
    skipped = [line for line in err.splitlines() if line.startswith("exocheck: skipped")]
    assert len(skipped) == 2 and all("outside" in s and "--follow-links" in s for s in skipped), err
    assert any("up.txt" in s for s in skipped) and any("etc" in s for s in skipped)

    code, out, _ = _run([str(site)], format="json", follow_links=True)
    checked = sorted(Path(f["path"]).relative_to(site).as_posix() for f in json.loads(out)["files"])
    assert checked == ["etc/secret.txt", "inner/page.txt", "page.txt"]  # up.txt is the same file as etc/secret.txt
    # a link named on the command line is read: it was asked for
    assert _run([str(site / "up.txt")])[0] == 1


def test_follow_links_flag_on_the_command_line(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "x.txt").write_text(RISKY, encoding="utf-8")
    (tmp_path / "site" / "x.txt").symlink_to("../x.txt")
    p = _cli("check", "--isolated", "--follow-links", str(tmp_path / "site"))
    assert p.returncode == 1 and b"skipped" not in p.stderr
    p = _cli("check", "--isolated", str(tmp_path / "site"))
    assert p.returncode == 0 and b"exocheck: skipped" in p.stderr and b"no files to check" in p.stderr


# -- exit code: an input error wins over findings ---------------------------------------------------


def test_input_error_with_findings_exits_2(tmp_path):
    (tmp_path / "a.txt").write_text(RISKY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    code, out, _ = _run([str(tmp_path)], format="text")
    assert code == 2 and "YK-SAFETY-001" in out and "input-error" in out  # the findings are still reported
    assert _run([str(tmp_path / "a.txt")])[0] == 1


# -- configs, rule packs and baselines that are not what they claim -------------------------------


def _project(tmp_path: Path, config: str, **opts) -> tuple[int, str, str]:
    (tmp_path / "a.txt").write_text("毎日の保湿に。\n", encoding="utf-8")
    (tmp_path / ".exocheck.toml").write_text(config, encoding="utf-8")
    raw, err = io.StringIO(), io.StringIO()
    code = run_check(CheckOptions(paths=[str(tmp_path / "a.txt")], jobs=1, progress=False, **opts),
                     stdout=raw, stderr=err)
    return code, raw.getvalue(), err.getvalue()


def _one_error_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("exocheck: error: ") and "Traceback" not in err, err
    return err


@pytest.mark.parametrize(("name", "content", "words"), [
    ("notes.txt", "ただのメモです\n".encode(), ["expected a list"]),
    ("image.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", ["not UTF-8"]),
    ("broken.yaml", b"rules:\n  - id: [unclosed\n    x: {\n", ["not a YAML rule pack"]),
    ("deep.yaml", b"rules: " + b"[" * 5000 + b"]" * 5000, ["not a YAML rule pack"]),
    # a key repeated in one mapping (PyYAML would keep the last one silently)
    ("twice.yaml", b"rules:\n  - id: X-1\n    id: X-2\n", ["not a YAML rule pack", "duplicate key"]),
])
def test_rule_pack_that_is_not_a_yaml_pack_is_one_line(tmp_path, name, content, words):
    (tmp_path / name).write_bytes(content)
    for where in (name, str(tmp_path / name)):  # relative glob, and an absolute path
        code, _, err = _project(tmp_path, f"rule-packs = [{json.dumps(where)}]\n")
        assert code == 2 and name in _one_error_line(err) and all(w in err for w in words), err


def test_rule_pack_glob_that_cannot_match_is_one_line(tmp_path):
    code, _, err = _project(tmp_path, 'rule-packs = ["/no/such/dir/*.yaml"]\n')
    assert code == 2 and "matches no file" in _one_error_line(err)


def test_deeply_nested_toml_config_is_one_line(tmp_path):
    code, _, err = _project(tmp_path, "select = " + "[" * 5000 + "]" * 5000 + "\n")
    assert code == 2 and "nested too deeply" in _one_error_line(err) and ".exocheck.toml" in err


def test_oversized_config_is_refused_without_reading_it(tmp_path):
    (tmp_path / "a.txt").write_text("保湿\n", encoding="utf-8")
    with open(tmp_path / ".exocheck.toml", "wb") as fh:  # sparse: costs no disk
        fh.truncate(64 * 1024 * 1024)
    err = io.StringIO()
    code = run_check(CheckOptions(paths=[str(tmp_path / "a.txt")], jobs=1), stdout=io.StringIO(), stderr=err)
    assert code == 2 and "too large" in _one_error_line(err.getvalue())


@pytest.mark.skipif(not Path("/dev/zero").exists() or not hasattr(os, "mkfifo"), reason="needs /dev/zero and FIFOs")
def test_baseline_that_is_a_device_or_fifo_fails_fast(tmp_path):
    os.mkfifo(tmp_path / "fifo.json")  # no writer: a blocking open would wait forever
    for baseline in ("/dev/zero", str(tmp_path / "fifo.json")):
        code, _, err = _project(tmp_path, f"baseline = {json.dumps(baseline)}\n")
        assert code == 2 and "not a regular file" in _one_error_line(err), err
        code, _, err = _project(tmp_path, "", baseline=baseline)
        assert code == 2 and "not a regular file" in _one_error_line(err)
    # and from the command line, end to end, within the timeout
    (tmp_path / ".exocheck.toml").write_text('baseline = "/dev/zero"\n', encoding="utf-8")
    p = _cli("check", "a.txt", cwd=tmp_path, timeout=60)
    assert p.returncode == 2 and p.stderr.count(b"\n") == 1 and b"/dev/zero" in p.stderr
    p = _cli("check", "--config", "/dev/zero", "a.txt", cwd=tmp_path, timeout=60)
    assert p.returncode == 2 and b"not a regular file" in p.stderr


def test_deeply_nested_baseline_is_one_line(tmp_path):
    (tmp_path / "b.json").write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    code, _, err = _project(tmp_path, "", baseline=str(tmp_path / "b.json"))
    assert code == 2 and "b.json" in _one_error_line(err)


# -- --diff-base with a baseline -----------------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo,
                   check=True, capture_output=True)


def test_diff_base_does_not_call_baselined_findings_outside_the_change_gone(tmp_path, monkeypatch):
    _git(tmp_path, "init", "-q", "-b", "main")
    page = tmp_path / "a.md"
    page.write_text("副作用ゼロの美容液。\n\n保湿します。\n", encoding="utf-8")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "legacy")
    monkeypatch.chdir(tmp_path)
    opts = dict(select=["YK-SAFETY-001"])
    assert _run(["a.md"], write_baseline="base.json", **opts)[0] == 0
    page.write_text("副作用ゼロの美容液。\n\n保湿します。刺激ゼロです。\n", encoding="utf-8")  # a new claim on line 3
    code, out, err = _run(["a.md"], baseline="base.json", diff_base="HEAD", **opts)
    assert code == 1 and "a.md:3:" in out and "a.md:1:" not in out
    assert "1 finding(s) matched the baseline" in err and "gone" not in err, err
    page.write_text("美容液。\n\n保湿します。刺激ゼロです。\n", encoding="utf-8")  # the legacy claim really went
    code, out, err = _run(["a.md"], baseline="base.json", diff_base="HEAD", **opts)
    assert code == 1 and "1 baselined finding(s) are gone" in err, err


# -- a reader that goes away ----------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX pipes")
@pytest.mark.parametrize(("args", "stdin"), [(["rules"], b""), (["explain", "YK-SAFETY-001"], b""),
                                             (["check", "-"], RISKY.encode())])
def test_closed_pipe_ends_quietly_like_sigpipe(args, stdin):
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first byte: every write is EPIPE, no race
    proc = subprocess.Popen([sys.executable, "-m", "checker.cli.main", *args], stdin=subprocess.PIPE, stdout=write,
                            stderr=subprocess.PIPE)
    os.close(write)
    _, err = proc.communicate(stdin, timeout=120)
    assert err == b"" and proc.returncode == 141  # 128 + SIGPIPE, as a shell reports `yes | head -1`


@pytest.mark.skipif(os.name != "posix", reason="POSIX shell")
def test_rules_piped_to_head():
    p = subprocess.run(["bash", "-o", "pipefail", "-c", f"'{sys.executable}' -m checker.cli.main rules | head -1"],
                       capture_output=True, timeout=120)
    assert p.stderr == b"" and p.stdout.count(b"\n") == 1 and p.returncode in (0, 141)


# -- did you mean ---------------------------------------------------------------------------------


def test_explain_suggests_close_rule_ids(capsys):
    from checker.cli.main import main

    assert main(["explain", "YK-SAFTY-001"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did you mean YK-SAFETY-001" in err
    assert main(["explain", "DOC-COST-01"]) == 2 and "DOC-COST-001" in capsys.readouterr().err
    assert main(["explain", "NOPE-1"]) == 2 and "did you mean" not in capsys.readouterr().err


def test_mistyped_suppression_id_suggests_the_rule(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text("副作用ゼロの美容液  # exocheck: ignore[YK-SAFTY-001]\n"
                    "<!-- exocheck-disable-next-line yk-safety-001 -->\n刺激ゼロ\n"
                    "保湿  # exocheck: ignore[ZZ-NOTHING-LIKE-IT]\n", encoding="utf-8")
    code, out, _ = _run([str(page)], format="json")
    notes = [f for f in json.loads(out)["files"][0]["findings"] if f["rule_id"] == "EXO-UNUSED-SUPPRESSION"]
    assert len(notes) == 3
    assert "もしかして YK-SAFETY-001 ですか" in notes[0]["message"] and "YK-SAFETY-001" in notes[0]["suggestion"]
    assert "もしかして YK-SAFETY-001 ですか" in notes[1]["message"]
    assert "もしかして" not in notes[2]["message"]
