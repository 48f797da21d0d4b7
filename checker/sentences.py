"""Sentence segmentation: the scope of every phrase rule and context filter."""

from __future__ import annotations

import re

# A sentence ends after 。！？!? (plus closing brackets) or at a line break.
_END = re.compile(r"[。！？!?]+[」』）)\"']*|\n+")
MAX_SENTENCE = 2_000  # longer runs (no punctuation) are cut so gaps stay local


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open spans covering `text`, one per sentence (terminator included)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _END.finditer(text):
        _add(spans, pos, m.end())
        pos = m.end()
    _add(spans, pos, len(text))
    return spans


def _add(spans: list[tuple[int, int]], start: int, end: int) -> None:
    while end - start > MAX_SENTENCE:
        spans.append((start, start + MAX_SENTENCE))
        start += MAX_SENTENCE
    if end > start:
        spans.append((start, end))
