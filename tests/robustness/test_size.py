"""Size: empty to large inputs, chunking across Sudachi's input limit, and many files
under a low file-descriptor limit. (Time and memory figures live in bench/, not here.)"""

from __future__ import annotations

import json
import resource
import subprocess
import sys

import pytest

from checker import check
from checker.text.sentences import MAX_SENTENCE, split_sentences
from checker.text.tokens import MAX_CHUNK_BYTES, _chunks

from .conftest import assert_spans_point_into

RISKY = "副作用ゼロの美容液です。"
NEUTRAL = "朝晩の洗顔後に、適量を手に取ってなじませてください。"


def _claims(report):
    return [f for f in report.findings if f.matched_text]


@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n" * 1000, "\u3000" * 5000, "。" * 20_000, "\ufeff", "\x00" * 100])
def test_empty_and_blank_inputs(text):
    report = check(text)
    assert _claims(report) == []
    assert report.length == len(text)


def test_chunks_stay_under_sudachi_limit_and_cover_the_text():
    text = (NEUTRAL * 9 + RISKY + "\n") * 600  # ~300 KB
    spans = split_sentences(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    chunks = list(_chunks(text, spans))
    assert len(chunks) > 5
    assert all(len(text[s:e].encode()) <= MAX_CHUNK_BYTES for s, e, _, _ in chunks)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)


def test_every_occurrence_is_found_across_chunk_boundaries():
    block = NEUTRAL * 9 + RISKY + "\n"
    text = block * 600
    report = check(text, "cosmetic")
    found = [f for f in _claims(report) if f.category == "safety-guarantee"]
    assert len(found) == 600
    starts = [f.start for f in found]
    assert starts == [k * len(block) + len(NEUTRAL) * 9 for k in range(600)]
    assert_spans_point_into(text, report.findings)


def test_one_long_line_without_punctuation():
    filler = "幹細胞培養液配合美容液しっとりなめらか"
    text = (filler * 40 + "副作用ゼロ" + " ") * 200  # ~170,000 characters, no sentence end at all
    report = check(text, "cosmetic")
    assert len([f for f in _claims(report) if f.category == "safety-guarantee"]) == 200
    assert_spans_point_into(text, report.findings)
    assert max(e - s for s, e in split_sentences(text)) <= MAX_SENTENCE


def test_long_runs_are_cut_at_a_soft_break_when_there_is_one():
    text = "あ" * (MAX_SENTENCE - 50) + "、" + "い" * 500
    (first, *_rest) = split_sentences(text)
    assert first == (0, MAX_SENTENCE - 49)  # just after 、, not in the middle of the い run


def test_a_long_line_with_no_break_at_all_is_still_cut():
    text = "あ" * (MAX_SENTENCE * 3 + 7)
    assert [e - s for s, e in split_sentences(text)] == [MAX_SENTENCE] * 3 + [7]
    assert _claims(check(text)) == []


def _limit_fds():
    resource.setrlimit(resource.RLIMIT_NOFILE, (48, 48))


def test_many_files_under_a_low_file_descriptor_limit(tmp_path):
    """3,000 files with 48 descriptors: nothing may be held open per file."""
    for i in range(3_000):
        folder = tmp_path / f"d{i // 100:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"p{i:04d}.txt").write_text(RISKY if i % 500 == 0 else NEUTRAL, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "checker.cli.main", "check", "--no-progress", "--format", "json",
                           str(tmp_path)], capture_output=True, text=True, preexec_fn=_limit_fds, timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    files = json.loads(proc.stdout)["files"]
    assert len(files) == 3_000
    assert [f["path"] for f in files if f["error"]] == []
    assert sum(1 for f in files if f["findings"]) == 6
