"""Hostile files in a batch: each bad file gets a clear per-file error, the rest is checked.

The tree holds a good file next to binary data, truncated UTF-8, wrong charset
declarations, an unreadable file, symlink loops, a broken link, a folder named like a
page, an oversize (sparse) file and an empty file. The CLI runs in a subprocess, so a
hang or a crash fails the test instead of the suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from checker.project.batch import check_paths
from checker.text.load import MAX_BYTES

PHRASE = "副作用ゼロの美容液です。\n"
NOBODY = 65534


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker.cli.main", "check", "--no-progress", *args],
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "good.txt").write_text(PHRASE, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "noise.txt").write_bytes(bytes((i * 7919) % 256 for i in range(4096)))
    (root / "declared_utf8_is_sjis.html").write_bytes(
        f'<meta charset="utf-8"><p>{PHRASE}</p>'.encode("cp932"))
    (root / "declared_sjis_is_utf8.html").write_bytes(
        f'<meta charset="shift_jis"><p>{PHRASE}</p>'.encode())
    (root / "declared_bogus.html").write_bytes(f'<meta charset="x-no-such"><p>{PHRASE}</p>'.encode())
    (root / "page.html").mkdir()  # a folder named like a file
    (root / "page.html" / "inner.txt").write_text(PHRASE, encoding="utf-8")
    (root / "loop_a.txt").symlink_to("loop_b.txt")
    (root / "loop_b.txt").symlink_to("loop_a.txt")
    (root / "self").symlink_to(".")  # a folder loop
    (root / "broken.txt").symlink_to("missing.txt")
    with open(root / "huge.txt", "wb") as f:  # sparse: costs no disk
        f.truncate(MAX_BYTES + 1)
    return root


@pytest.fixture(scope="module")
def results(tree) -> dict[str, dict]:
    proc = _cli(str(tree), "--format", "json")
    assert "Traceback" not in proc.stderr, proc.stderr
    # findings in the good files are all reported, but the unreadable ones decide the exit code
    assert proc.returncode == 2, proc.stderr
    files = json.loads(proc.stdout)["files"]
    return {Path(f["path"]).relative_to(tree).as_posix(): f for f in files}


def _findings(entry: dict) -> set[str]:
    return {f["category"] for f in entry["findings"]}


@pytest.mark.parametrize("name", ["good.txt", "page.html/inner.txt", "declared_utf8_is_sjis.html",
                                  "declared_sjis_is_utf8.html", "declared_bogus.html"])
def test_good_and_mislabelled_files_are_still_checked(results, name):
    assert results[name]["error"] is None
    assert "safety-guarantee" in _findings(results[name])


@pytest.mark.parametrize(("name", "words"), [
    ("image.html", ("PNG", "binary")),
    ("noise.txt", ("binary", "encoding")),
    ("loop_a.txt", ("loop",)),
    ("loop_b.txt", ("loop",)),
    ("broken.txt", ("broken", "no such")),
    ("huge.txt", ("too large",)),
])
def test_each_bad_file_has_a_clear_error(results, name, words):
    reason = (results[name]["error"] or {}).get("reason", "")
    assert any(w in reason for w in words), reason
    assert results[name]["findings"] == []


def test_empty_file_and_folders_are_not_errors(results):
    assert results["empty.txt"]["error"] is None
    assert not any(name in results for name in ("page.html", "self"))


@pytest.mark.parametrize("copies", [1, 3])
def test_truncated_utf8_is_read_as_utf8(tmp_path, copies):
    data = PHRASE.encode("utf-8") * copies
    (tmp_path / "cut.txt").write_bytes(data[:-2])  # the last character loses a byte
    (result,) = check_paths([tmp_path / "cut.txt"])
    if result.error is not None:  # refusing is fine if the reason names the problem
        assert "utf-8" in result.error.reason.lower(), result.error.reason
        return
    assert result.encoding.startswith("utf-8"), result.encoding  # not mojibake
    assert "safety-guarantee" in {f.category for f in result.findings}


def test_forced_wrong_encoding_is_a_clear_error(tree):
    proc = _cli(str(tree / "good.txt"), "--encoding", "ascii", "--format", "json")
    assert "Traceback" not in proc.stderr
    (entry,) = json.loads(proc.stdout)["files"]
    assert "ascii" in entry["error"]["reason"]
    assert proc.returncode == 2


@contextmanager
def _as_nobody():
    """Drop the effective uid so file permissions apply even when the suite runs as root."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


def test_unreadable_file_is_an_error_and_the_rest_is_checked():
    check_paths([])  # load the dictionary while we may still read everything
    from checker import check

    check("初期化")
    root = Path(tempfile.mkdtemp(prefix="exocheck-perm-"))
    try:
        root.chmod(0o755)
        (root / "a_locked.txt").write_text(PHRASE, encoding="utf-8")
        (root / "a_locked.txt").chmod(0o000)
        (root / "b_open.txt").write_text(PHRASE, encoding="utf-8")
        (root / "b_open.txt").chmod(0o644)
        with _as_nobody():
            locked, open_ = check_paths([root])
    finally:
        for p in root.iterdir():
            p.chmod(0o644)
            p.unlink()
        root.rmdir()
    assert locked.error is not None and "permission" in locked.error.reason.lower()
    assert open_.error is None and open_.findings


def test_fifo_does_not_hang_the_batch(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "z_good.txt").write_text(PHRASE, encoding="utf-8")
    out: list = []
    worker = threading.Thread(target=lambda: out.extend(check_paths([tmp_path])), daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # unblock the reader so the thread can finish, then fail
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        worker.join(timeout=10)
        pytest.fail("the batch blocked on a FIFO")
    by_name = {Path(r.path).name: r for r in out}
    assert by_name["pipe.txt"].error is not None
    assert by_name["z_good.txt"].findings
