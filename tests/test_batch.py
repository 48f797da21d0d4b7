"""Batch checking: which files a folder yields, bad entries as input errors, workers, exit codes."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli.runner import CheckOptions, run_check
from checker.project import batch
from checker.project.walk import WalkOptions, discover

RISKY = "副作用ゼロの美容液です。\n"
CLEAN = "毎日の保湿が大切です。\n"


def _write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")


def _names(root: Path, opts: WalkOptions | None = None) -> list[str]:
    return [Path(t.display).relative_to(root).as_posix() for t in discover([root], opts) if t.error is None]


def _run(opts: CheckOptions, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_check(opts, stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# ---- finding files -----------------------------------------------------------------------------

def test_walk_is_recursive_sorted_and_limited_to_text_formats(tmp_path):
    _write(tmp_path, {"b.txt": CLEAN, "a.TXT": CLEAN, "sub/c.md": CLEAN, "sub/d.markdown": CLEAN,
                      "sub/deep/e.html": CLEAN, "f.htm": CLEAN, "photo.png": b"\x89PNG", "notes.csv": CLEAN})
    assert _names(tmp_path) == ["a.TXT", "b.txt", "f.htm", "sub/c.md", "sub/d.markdown", "sub/deep/e.html"]


def test_include_and_exclude_globs(tmp_path):
    _write(tmp_path, {"a.txt": CLEAN, "drafts/b.txt": CLEAN, "pages/c.html": CLEAN, "pages/old/d.html": CLEAN,
                      "data.csv": CLEAN})
    assert _names(tmp_path, WalkOptions(include=["*.html"])) == ["pages/c.html", "pages/old/d.html"]
    assert _names(tmp_path, WalkOptions(exclude=["drafts/", "old"])) == ["a.txt", "pages/c.html"]
    assert _names(tmp_path, WalkOptions(include=["*.csv", "*.txt"], exclude=["/a.txt"])) == ["data.csv", "drafts/b.txt"]


def test_gitignore_is_respected_inside_a_git_work_tree(tmp_path):
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    else:
        (tmp_path / ".git").mkdir()
    _write(tmp_path, {".gitignore": "build/\n*.bak.txt\n", "site/.gitignore": "drafts/*\n!drafts/keep.txt\n",
                      "a.txt": CLEAN, "x.bak.txt": CLEAN, "build/b.txt": CLEAN,
                      "site/c.txt": CLEAN, "site/drafts/d.txt": CLEAN, "site/drafts/keep.txt": CLEAN})
    assert _names(tmp_path) == ["a.txt", "site/c.txt", "site/drafts/keep.txt"]
    # a sub-folder still obeys the .gitignore files above it
    assert _names(tmp_path / "site") == ["c.txt", "drafts/keep.txt"]
    assert "build/b.txt" in _names(tmp_path, WalkOptions(gitignore=False))


def test_gitignore_is_not_applied_outside_a_work_tree(tmp_path):
    _write(tmp_path, {".gitignore": "*.txt\n", "a.txt": CLEAN})
    if any((d / ".git").exists() for d in tmp_path.parents):
        pytest.skip("tmp_path is inside a git work tree")
    assert _names(tmp_path) == ["a.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlinks_loops_and_odd_entries_never_crash_the_walk(tmp_path):
    _write(tmp_path, {"a.txt": RISKY, "folder.txt/inner.txt": CLEAN, "bin.txt": b"\x00\x01\x02binary"})
    (tmp_path / "back").symlink_to(tmp_path, target_is_directory=True)  # folder loop
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")  # link to itself
    (tmp_path / "gone.md").symlink_to(tmp_path / "missing.md")  # broken link
    targets = discover([tmp_path])
    shown = {Path(t.display).relative_to(tmp_path).as_posix(): t.error for t in targets}
    assert shown == {"a.txt": None, "bin.txt": None, "folder.txt/inner.txt": None,
                     "gone.md": "broken symbolic link", "loop.txt": "symbolic link loop"}
    results = batch.check_targets(targets, jobs=1)
    errors = {Path(r.path).name: r.error.reason for r in results if r.error}
    assert errors.keys() == {"bin.txt", "gone.md", "loop.txt"} and errors["bin.txt"].startswith("binary file")
    assert [f.rule_id for r in results if r.path.endswith("a.txt") for f in r.findings] == ["YK-SAFETY-001"]


def test_unreadable_folder_is_an_input_error(tmp_path, monkeypatch):
    _write(tmp_path, {"a.txt": CLEAN, "locked/b.txt": CLEAN})
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    targets = discover([tmp_path])
    assert [(Path(t.display).name, t.error) for t in targets] == [
        ("a.txt", None), ("locked", "cannot read folder: Permission denied")]


def test_a_file_named_twice_is_checked_once(tmp_path):
    _write(tmp_path, {"a.txt": CLEAN, "sub/b.txt": CLEAN})
    targets = discover([tmp_path, tmp_path / "sub", tmp_path / "a.txt"])
    assert len(targets) == 2


# ---- workers -----------------------------------------------------------------------------------

def test_jobs_do_not_change_the_results_or_their_order(tmp_path, monkeypatch):
    pages = {f"p{n:02d}/{'risky' if n % 3 == 0 else 'plain'}.txt": (RISKY if n % 3 == 0 else CLEAN) * (n + 1)
             for n in range(12)}
    pages["zz/bad.txt"] = b"\x00\x00"
    _write(tmp_path, pages)
    used_pool = []
    real = batch._check_parallel
    monkeypatch.setattr(batch, "_check_parallel", lambda *a: used_pool.append(a[4]) or real(*a))
    outputs = {}
    for jobs in (1, 2):
        for fmt in ("json", "text"):
            code, out, _ = _run(CheckOptions(paths=[str(tmp_path)], format=fmt, jobs=jobs))
            outputs[jobs, fmt] = (code, out)
    assert used_pool == [2, 2]  # jobs=2 really ran two worker processes
    assert outputs[1, "json"] == outputs[2, "json"] and outputs[1, "text"] == outputs[2, "text"]
    files = json.loads(outputs[1, "json"][1])["files"]
    assert [f["path"] for f in files] == sorted(f["path"] for f in files)
    assert outputs[1, "json"][0] == 2  # zz/bad.txt is an input error, which wins over the findings


def test_tiny_batches_stay_in_process(tmp_path, monkeypatch):
    _write(tmp_path, {"a.txt": RISKY, "b.txt": CLEAN})
    monkeypatch.setattr(batch, "_check_parallel", lambda *a: pytest.fail("pool started for 2 files"))
    results = batch.check_targets(discover([tmp_path]), jobs=8)
    assert [len(r.findings) for r in results] == [1, 0]


def test_a_broken_pool_falls_back_to_checking_in_process(tmp_path, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    _write(tmp_path, {f"{n}.txt": RISKY for n in range(8)})

    def broken(*_):
        raise BrokenProcessPool("worker died")

    monkeypatch.setattr(batch, "_check_parallel", broken)
    results = batch.check_targets(discover([tmp_path]), jobs=2)
    assert [len(r.findings) for r in results] == [1] * 8


# ---- exit codes and output ---------------------------------------------------------------------

@pytest.mark.parametrize(("files", "fail_on", "code"), [
    ({"a.txt": CLEAN}, "warning", 0),
    ({"a.txt": RISKY}, "warning", 1),
    ({"a.txt": RISKY}, "never", 0),
    ({"a.txt": CLEAN, "b.txt": b"\x00bin"}, "warning", 2),
    ({"a.txt": RISKY, "b.txt": b"\x00bin"}, "warning", 2),  # an input error wins over findings
    ({"a.txt": RISKY, "b.txt": b"\x00bin"}, "never", 2),
])
def test_exit_codes(tmp_path, files, fail_on, code):
    _write(tmp_path, files)
    assert _run(CheckOptions(paths=[str(tmp_path)], fail_on=fail_on, jobs=1))[0] == code


def test_empty_folder_warns_and_passes(tmp_path):
    code, out, err = _run(CheckOptions(paths=[str(tmp_path)]))
    assert code == 0 and "no files to check" in err and "0 file(s) checked" in out


def test_output_file_and_stdin_together(tmp_path):
    _write(tmp_path, {"a.txt": CLEAN})
    report = tmp_path / "out" / "report.json"
    code, out, err = _run(CheckOptions(paths=["-", str(tmp_path)], format="json", output=str(report)), RISKY.encode())
    assert code == 1 and out == "" and "report.json" in err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [Path(f["path"]).name for f in data["files"]] == ["-", "a.txt"]


def test_cli_folder_run_has_no_progress_bar_or_traceback_when_piped(tmp_path):
    _write(tmp_path, {f"{n}.txt": RISKY for n in range(3)} | {"bin.txt": b"\x00", "dir.md/x.txt": CLEAN})
    p = subprocess.run([sys.executable, "-m", "checker.cli.main", "check", "--jobs", "1", str(tmp_path)],
                       capture_output=True, text=True)
    assert p.returncode == 2  # bin.txt could not be checked: that wins over the findings
    assert p.stderr == ""  # no progress bar, no warnings, no traceback
    assert "bin.txt: input-error: binary file" in p.stdout
    assert "files with findings: 3 of 4" in p.stdout
