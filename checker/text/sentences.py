"""Sentence segmentation: the scope of every phrase rule and context filter."""

from __future__ import annotations

from checker.match import linear_re

# A sentence ends after 。！？!? (plus closing brackets) or at a line break. A quote that
# closes after its own 。/！ keeps a short attribution right after it (「…！」（40代・女性）),
# so the speaker stays in the quote's sentence.
_END = linear_re.compile(r"[。！？!?]+(?:[」』]+[）)\"']*(?:[ \t\u3000]*[（(][^()（）\n]{1,24}[)）])?|[）)\"']*)|\n+")
MAX_SENTENCE = 2_000  # longer runs (no punctuation) are cut so gaps stay local
# Where a run over MAX_SENTENCE is cut: after the last soft break in its final stretch
# (comma, space, closing bracket, ※), so a phrase is rarely split in two.
_SOFT_WINDOW = 200
_SOFT_BREAK = linear_re.compile(r"[、，,;；:：\s」』）)】※]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open spans covering `text`, one per sentence (terminator included)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _END.finditer(text):
        _add(spans, text, pos, m.end())
        pos = m.end()
    _add(spans, text, pos, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        window = cut - _SOFT_WINDOW
        softs = [window + m.end() for m in _SOFT_BREAK.finditer(text[window:cut])]
        if softs:
            cut = softs[-1]
        spans.append((start, cut))
        start = cut
    if end > start:
        spans.append((start, end))
