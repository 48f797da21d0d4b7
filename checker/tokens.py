"""Sudachi tokenisation of normalised text, in chunks under Sudachi's input limit.

We match over Sudachi's finest units (mode A) so that a rule term such as 幹細胞 is
found inside compounds (ヒト幹細胞培養液) and inflections collapse to one lemma via
`normalized_form()` (無い/ない/無し → 無い, 届き → 届く)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sudachipy import Dictionary, SplitMode

# Sudachi rejects inputs over 49,149 bytes; stay well below it.
MAX_CHUNK_BYTES = 40_000
# Lemmas Sudachi leaves apart by part of speech (助動詞 ない vs 形容詞 無い).
_FOLD = {"ない": "無い", "なし": "無し", "ぬ": "ず"}
_KANA_ONLY = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー]+")


@dataclass(slots=True)
class Token:
    """One Sudachi unit: offsets into the normalised text plus its match keys."""

    start: int
    end: int
    surface: str
    lemma: str  # normalized_form(): 表記ゆれ and inflection folded
    kana: bool  # surface written only in kana (candidate for reading-based matching)
    reading: str  # katakana reading, only filled for kana tokens

    @property
    def keys(self) -> tuple[str, str]:
        return self.lemma, self.surface


@lru_cache(maxsize=1)
def tokenizer():
    """The process-wide Sudachi tokenizer (dictionary loaded once)."""
    return Dictionary(dict="core").tokenizer(mode=SplitMode.A)


def _chunks(text: str, bounds: list[tuple[int, int]]):
    """Group sentence spans into chunks whose UTF-8 size stays under the limit."""
    start = end = size = 0
    for s, e in bounds:
        piece = len(text[s:e].encode("utf-8"))
        if end > start and size + piece > MAX_CHUNK_BYTES:
            yield start, end
            start, size = s, 0
        if end == start:
            start = s
        end, size = e, size + piece
    if end > start:
        yield start, end


def tokenize(text: str, sentence_spans: list[tuple[int, int]]) -> list[Token]:
    """Tokenise `text` (already normalised); spans must cover it and be under the limit."""
    tok = tokenizer()
    out: list[Token] = []
    append = out.append
    for cs, ce in _chunks(text, sentence_spans):
        for m in tok.tokenize(text[cs:ce]):
            surface = m.surface()
            if surface.isspace():
                continue
            kana = _KANA_ONLY.fullmatch(surface) is not None
            lemma = m.normalized_form()
            append(Token(cs + m.begin(), cs + m.end(), surface, _FOLD.get(lemma, lemma), kana,
                         m.reading_form() if kana else ""))
    return out


@lru_cache(maxsize=4096)
def analyse_term(term: str) -> tuple[tuple[str, ...], str]:
    """A rule term as (lemma sequence, katakana reading) using the same tokenizer."""
    ms = [m for m in tokenizer().tokenize(term) if not m.surface().isspace()]
    return tuple(_FOLD.get(m.normalized_form(), m.normalized_form()) for m in ms), "".join(m.reading_form() for m in ms)
