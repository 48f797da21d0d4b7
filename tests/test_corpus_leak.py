"""No dev-corpus sentence may be copied into the repository: rules, tests and examples
are written independently so that `make eval` measures generalisation, not memory."""

import csv
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev_sentences.tsv"
CHECKED_DIRS = ("rules", "tests", "examples", "checker", "docs")
MIN_LEN = 12


def _corpus_texts() -> list[str]:
    with CORPUS.open(encoding="utf-8", newline="") as fh:
        return [row["text"].strip() for row in csv.DictReader(fh, delimiter="\t") if row.get("text")]


def _tracked_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "--", *CHECKED_DIRS], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:  # not a git checkout (e.g. an sdist): check every file instead
        return [p for d in CHECKED_DIRS for p in (ROOT / d).rglob("*") if p.is_file()]
    return [ROOT / line for line in out.stdout.splitlines() if line]


@pytest.mark.skipif(not CORPUS.is_file(), reason="dev corpus not available next to the repository")
def test_no_dev_sentence_in_tracked_files():
    texts = [t for t in _corpus_texts() if len(t) >= MIN_LEN]
    assert texts, "the dev corpus has no sentences to check"
    leaks = []
    for path in _tracked_files():
        try:
            content = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        leaks += [f"{path.relative_to(ROOT)}: {t}" for t in texts if t in content]
    assert not leaks, "dev-corpus sentences copied into the repo:\n" + "\n".join(leaks)
