"""Normalisation (NFKC, width, invisible and decorative characters) that keeps a map
back to the original text, so every finding can point at the user's own characters.

Most Japanese ad copy is already NFKC-stable (kana, kanji, ASCII, 。、「」), so the text is
walked in runs: stable runs are copied with an identity map at C speed and only the
characters around the rest (full-width ASCII, half-width kana, ideographic spaces, zero-
width characters, voice marks, CR) are normalised one group at a time. The offset map is
two compact int arrays, or nothing at all when the text comes through unchanged."""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from checker.match import linear_re

# Characters that never carry meaning in ad copy but are used to split words (or hide
# text direction tricks): zero-width spaces/joiners, direction marks and isolates, soft
# hyphen, word joiner, invisible operators, BOM, variation selectors, tag characters.
_INVISIBLE_CLASS = (
    "\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CLASS}]")
# Marks that NFKC composes with the preceding character (ｶﾞ → ガ, か+゙ → が).
_COMBINING_VOICE = frozenset("\uff9e\uff9f\u3099\u309a")
# Characters known to be NFKC-stable, never combining and never the second half of a
# composition: runs of them pass through untouched (checked by tests/test_normalize.py).
SAFE_CLASS = (
    "\t\n\x20-\x7e\u3001-\u301f\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fb-\u30fe"
    "\u3400-\u4dbf\u4e00-\u9fff"
)
# The single-class scans below stay on `re`: the original text may hold lone surrogates,
# which RE2 (UTF-8) cannot read, and a character class has nothing to backtrack into.
_UNSAFE_RUN = re.compile(f"[^{SAFE_CLASS}]+")
# Curly double quotes (“塗る点滴”, the SNS habit) read as 「」, the quotes every context
# filter knows: “がんに効く”という話 is quoted just as 「がんに効く」という話 is.
_CURLY = {"\u201c": "「", "\u201d": "」"}
_SPECIAL = re.compile(f"[\r\u201c\u201d\ud800-\udfff{_INVISIBLE_CLASS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fc\u3005"
# Spacing between two CJK characters (副作用 ゼロ) is decoration, not a word break.
_SPACING = linear_re.compile(r"[ \t]+")
# Single characters separated by the same kind of filler (副・作・用, 副 作 用 な し,
# 副-作-用, 副〜作〜用, 副☆作☆用). Runs of three or more only, so 朝・夜 stays as written.
_FILLER_CLASS = r" \t・\-_/.*,、~〜|+·•‧∙‐‑‒–—―−☆★♪♡♥"
_SPLIT_RUN = linear_re.compile(rf"[{_CJK}](?:[{_FILLER_CLASS}]+[{_CJK}]){{2,}}")
_FILLER = linear_re.compile(rf"[{_FILLER_CLASS}]+")


@dataclass(frozen=True)
class NormalizedText:
    """`text` plus, for each of its characters, the original span it came from.

    `starts`/`ends` are None when the text came through unchanged (identity map)."""

    text: str
    starts: array | None
    ends: array | None
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of normalised text to the original text."""
        if self.starts is None or self.ends is None:
            return start, max(start, end)
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _groups(text: str, base: int):
    """Yield (original start, original end, piece) with combining marks kept with their base."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (text[j] in _COMBINING_VOICE or unicodedata.combining(text[j])):
            j += 1
        yield base + i, base + j, text[i:j]
        i = j


@lru_cache(maxsize=8192)
def _normalise_piece(piece: str) -> str:
    if _INVISIBLE.fullmatch(piece):
        return ""
    if piece == "\r":
        return "\n"
    if piece in _CURLY:
        return _CURLY[piece]
    if _SURROGATE.search(piece):  # a lone surrogate cannot be encoded for Sudachi or JSON
        piece = _SURROGATE.sub("\ufffd", piece)
    return unicodedata.normalize("NFKC", piece)


class _Builder:
    """Accumulates normalised pieces and their original spans."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.starts = array("i")
        self.ends = array("i")

    def copy(self, text: str, a: int, b: int) -> None:
        self.pieces.append(text[a:b])
        self.starts.extend(range(a, b))
        self.ends.extend(range(a + 1, b + 1))

    def add(self, piece: str, s: int, e: int) -> None:
        self.pieces.append(piece)
        n = len(piece)
        self.starts.extend([s] * n)
        self.ends.extend([e] * n)


def _fold(text: str) -> tuple[str, array | None, array | None]:
    """NFKC, width folding, CR and invisible removal; None maps mean "unchanged"."""
    out: _Builder | None = None
    pos = 0  # original text before `pos` is already in `out`
    for m in _UNSAFE_RUN.finditer(text):
        a, b = m.span()
        lo = max(pos, a - 1)  # the base character a combining mark may attach to
        segment = text[lo:b]
        if not _SPECIAL.search(segment) and unicodedata.is_normalized("NFKC", segment):
            continue  # emoji, Latin, Cyrillic …: already stable
        if out is None:
            out = _Builder()
        if lo > pos:
            out.copy(text, pos, lo)
        for s, e, piece in _groups(segment, lo):
            if piece == "\r" and e < len(text) and text[e] == "\n":
                continue  # \r\n: the \n that follows stands for both
            out.add(_normalise_piece(piece), s, e)
        pos = b
    if out is None:
        return text, None, None
    if pos < len(text):
        out.copy(text, pos, len(text))
    return "".join(out.pieces), out.starts, out.ends


def _is_cjk(ch: str) -> bool:
    """Whether `ch` is in _CJK (kana, kanji, 々)."""
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
            or 0xF900 <= o <= 0xFAFF or o == 0x3005)


def _removals(text: str) -> list[tuple[int, int]]:
    """Spans of decorative filler and spacing to drop, sorted and merged."""
    spans: list[tuple[int, int]] = []
    for m in _SPLIT_RUN.finditer(text):
        base = m.start()
        spans.extend((base + f.start(), base + f.end()) for f in _FILLER.finditer(m.group()))
    spans.extend(m.span() for m in _SPACING.finditer(text)
                 if m.start() > 0 and m.end() < len(text)
                 and _is_cjk(text[m.start() - 1]) and _is_cjk(text[m.end()]))
    if not spans:
        return spans
    spans.sort()
    merged = [spans[0]]
    for s, e in spans[1:]:
        if s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


# Western-Japan negatives read as the standard ones, each the same number of characters, so
# the offset map holds as it is: 残らんくなった → 残らなくなった (ん before くなる), 消えへん /
# 含まれてへん / 治らへん → 消えない (へん after a verb stem; not たいへん or このへん),
# のこらんかった → のこらなかった.
_DIALECT_NEGATIVE = linear_re.compile(r"[ぁ-ゖ](んく)な|[えけせてねめれげぜでべかがらわば](へん)|[かがさたなばまらわ](んかっ)た")
_DIALECT_STANDARD = {"んく": "なく", "へん": "ない", "んかっ": "なかっ"}


def _standard_negatives(text: str) -> str:
    if "んくな" not in text and "へん" not in text and "んかった" not in text:
        return text
    chars = list(text)
    for m in _DIALECT_NEGATIVE.finditer(text):
        group = next(g for g in (1, 2, 3) if m.start(g) >= 0)
        a, b = m.span(group)
        if text[max(0, a - 2):a] == "あら":
            continue  # あらへん is ない itself (a rule reads it as written)
        chars[a:b] = _DIALECT_STANDARD[text[a:b]]
    return "".join(chars)


def normalize(text: str) -> NormalizedText:
    """NFKC + width folding, invisible-character removal and de-spacing of split words."""
    folded, starts, ends = _fold(text)
    folded = _standard_negatives(folded)
    drop = _removals(folded)
    if not drop:
        return NormalizedText(folded, starts, ends, len(text))
    keep, pos = [], 0
    for s, e in drop:
        if s > pos:
            keep.append((pos, s))
        pos = e
    if pos < len(folded):
        keep.append((pos, len(folded)))
    new_starts, new_ends = array("i"), array("i")
    for a, b in keep:
        if starts is None or ends is None:
            new_starts.extend(range(a, b))
            new_ends.extend(range(a + 1, b + 1))
        else:
            new_starts.extend(starts[a:b])
            new_ends.extend(ends[a:b])
    return NormalizedText("".join(folded[a:b] for a, b in keep), new_starts, new_ends, len(text))
