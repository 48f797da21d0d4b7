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

from checker.runner import CheckOptions, run_check

RISKY = "副作用ゼロの美容液\n"
FORMATS = ("text", "json", "html", "sarif", "rdjsonl", "github", "junit", "markdown")


def _cli(*args: str, cwd: Path | None = None, stdin: bytes = b"", timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "checker.cli", *args], cwd=cwd, input=stdin, capture_output=True,
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
