"""Normalisation (NFKC, width, invisible and decorative characters) that keeps a map
back to the original text, so every finding can point at the user's own characters."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that never carry meaning in ad copy but are used to split words.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
# Marks that NFKC composes with the preceding character (ｶﾞ → ガ, か+゙ → が).
_COMBINING_VOICE = frozenset("\uff9e\uff9f\u3099\u309a")
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fc\u3005"
# Spacing between two CJK characters (副作用 ゼロ) is decoration, not a word break.
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])")
# Single characters separated by the same filler (副・作・用, 副 作 用 な し, 副-作-用).
_SPLIT_RUN = re.compile(rf"[{_CJK}](?:[ \t\u3000・･\-_/.*＊,，、]+[{_CJK}]){{2,}}")
_FILLER = re.compile(r"[ \t\u3000・･\-_/.*＊,，、]+")
_NEEDS_WORK = re.compile(
    rf"[\r\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]|{_SPLIT_RUN.pattern}|{_CJK_SPACE.pattern}"
)


@dataclass(frozen=True)
class NormalizedText:
    """`text` plus, for each of its characters, the original span it came from."""

    text: str
    starts: list[int]
    ends: list[int]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of normalised text to the original text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _groups(text: str):
    """Yield (original start, original end, piece) with voice marks kept with their base."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (text[j] in _COMBINING_VOICE or unicodedata.combining(text[j])):
            j += 1
        yield i, j, text[i:j]
        i = j


@lru_cache(maxsize=8192)
def _normalise_piece(piece: str) -> str:
    if piece in _INVISIBLE:
        return ""
    if piece in ("\r\n", "\r"):
        return "\n"
    return unicodedata.normalize("NFKC", piece)


def _drop(chars: list[str], starts: list[int], ends: list[int], pattern: re.Pattern, inner: re.Pattern | None):
    text = "".join(chars)
    keep = [True] * len(chars)
    for m in pattern.finditer(text):
        if inner is None:
            for k in range(m.start(), m.end()):
                keep[k] = False
        else:
            for sub in inner.finditer(m.group()):
                for k in range(m.start() + sub.start(), m.start() + sub.end()):
                    keep[k] = False
    if all(keep):
        return chars, starts, ends
    idx = [k for k, ok in enumerate(keep) if ok]
    return [chars[k] for k in idx], [starts[k] for k in idx], [ends[k] for k in idx]


def normalize(text: str) -> NormalizedText:
    """NFKC + width folding, invisible-character removal and de-spacing of split words."""
    if unicodedata.is_normalized("NFKC", text) and not _NEEDS_WORK.search(text):
        n = len(text)
        return NormalizedText(text, list(range(n)), list(range(1, n + 1)), n)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pieces = _groups(text)
    for s, e, piece in pieces:
        if piece == "\r" and e < len(text) and text[e] == "\n":
            continue  # \r\n: the \n that follows stands for both
        norm = _normalise_piece(piece)
        for ch in norm:
            chars.append(ch)
            starts.append(s)
            ends.append(e)
    chars, starts, ends = _drop(chars, starts, ends, _SPLIT_RUN, _FILLER)
    chars, starts, ends = _drop(chars, starts, ends, _CJK_SPACE, None)
    return NormalizedText("".join(chars), starts, ends, len(text))
