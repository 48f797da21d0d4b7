"""`make eval`: per-category precision/recall of claim findings on a labelled TSV.

TSV columns: id, profile, expect (comma-separated categories, empty = clean), text."""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from checker.engine import check
from checker.judge.taxonomy import CLAIM_CATEGORIES


@dataclass
class Score:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    negatives: int = 0
    negatives_clean: int = 0

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def precision(self, cat: str | None = None) -> float:
        tp = self.tp[cat] if cat else sum(self.tp.values())
        fp = self.fp[cat] if cat else sum(self.fp.values())
        return self._ratio(tp, tp + fp)

    def recall(self, cat: str | None = None) -> float:
        tp = self.tp[cat] if cat else sum(self.tp.values())
        fn = self.fn[cat] if cat else sum(self.fn.values())
        return self._ratio(tp, tp + fn)


def read_corpus(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh, delimiter="\t") if row.get("text")]


def evaluate(rows: list[dict[str, str]]) -> Score:
    score = Score()
    for row in rows:
        expected = {c.strip() for c in (row.get("expect") or "").split(",") if c.strip()}
        found = {f.category for f in check(row["text"], row.get("profile") or "auto").findings
                 if f.category in CLAIM_CATEGORIES}
        for cat in found & expected:
            score.tp[cat] += 1
        for cat in sorted(found - expected):  # sets iterate in hash order: keep the listing stable
            score.fp[cat] += 1
            score.false_alarms.append(f"{row['id']} +{cat}: {row['text']}")
        for cat in sorted(expected - found):
            score.fn[cat] += 1
            score.misses.append(f"{row['id']} -{cat}: {row['text']}")
        if not expected:
            score.negatives += 1
            score.negatives_clean += not found
    return score


def format_score(score: Score) -> str:
    cats = sorted(set(score.tp) | set(score.fp) | set(score.fn))
    lines = [f"{'category':<30} {'P':>5} {'R':>5}  tp fp fn"]
    for c in cats:
        lines.append(f"{c:<30} {score.precision(c):5.2f} {score.recall(c):5.2f}  "
                     f"{score.tp[c]:>2} {score.fp[c]:>2} {score.fn[c]:>2}")
    lines.append(f"{'micro':<30} {score.precision():5.2f} {score.recall():5.2f}")
    lines.append(f"negative sentences clean: {score.negatives_clean}/{score.negatives}")
    lines += ["", "misses:"] + [f"  {m}" for m in score.misses] or ["  none"]
    lines += ["false alarms:"] + [f"  {m}" for m in score.false_alarms]
    return "\n".join(lines) + "\n"


def run(path: Path) -> int:
    if not path.is_file():
        print(f"exocheck: error: corpus not found: {path}", file=sys.stderr)
        return 2
    sys.stdout.write(format_score(evaluate(read_corpus(path))))
    return 0
