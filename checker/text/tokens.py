"""Sudachi tokenisation of normalised text, in chunks under Sudachi's input limit.

We match over Sudachi's finest units (mode A) so that a rule term such as 幹細胞 is
found inside compounds (ヒト幹細胞培養液) and inflections collapse to one lemma via
`normalized_form()` (無い/ない/無し → 無い, 届き → 届く).

Japanese words written in katakana to dodge a checker (フクサヨウゼロ) come out of
Sudachi as one unknown token; we cut such a token where Sudachi would cut the same
word written in hiragana, so the matcher's reading-based matching can see 副作用 in it.
The pieces keep their katakana surface as lemma: the cut only adds boundaries."""

from __future__ import annotations

import operator
import threading
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress

from sudachipy import Dictionary, Morpheme, SplitMode

from checker.match import linear_re

# Sudachi rejects inputs over 49,149 bytes; stay well below it.
MAX_CHUNK_BYTES = 40_000
# Lemmas Sudachi leaves apart by part of speech (助動詞 ない vs 形容詞 無い).
# 根拠あり reads 有り (a noun form); kana verbs Sudachi leaves unresolved read as the sense our
# copy means (ニキビがなおった, かゆみがおさまった)
_FOLD = {"ない": "無い", "なし": "無し", "ぬ": "ず", "有り": "有る", "なおる": "治る", "おさまる": "治まる"}
_KATA_TO_HIRA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}
_HIRA_TO_KATA = {c: c + 0x60 for c in range(0x3041, 0x3097)}
_KANA_WORD = linear_re.compile(r"[\u3041-\u309f]{2,}")
_SPACE = linear_re.compile(r"\s")
_SURFACE, _NORMALIZED = Morpheme.surface, Morpheme.normalized_form


@dataclass(slots=True)
class Tokens:
    """Sudachi units of one chunk as parallel columns, one list per field: building a
    Python object per morpheme costs more than Sudachi's own analysis of it."""

    start: list[int]  # offsets into the normalised text
    end: list[int]
    surface: list[str]
    lemma: list[str]  # normalized_form(): 表記ゆれ and inflection folded
    reading: list[str]  # katakana reading of kana-only units (reading-based matching); "" for the others

    def __len__(self) -> int:
        return len(self.surface)


@dataclass(slots=True)
class Chunk:
    """Consecutive sentences tokenised together (one Sudachi call)."""

    spans: list[tuple[int, int]]  # sentence spans in the normalised text
    tokens: Tokens
    sentences: list[tuple[int, int, int, int]]  # (char start, char end, first token, end token)


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The Sudachi core dictionary, loaded once per process."""
    return Dictionary(dict="core")


_local = threading.local()  # a Sudachi Tokenizer may not be used by two threads at once


def tokenizer():
    """This thread's Sudachi tokenizer (mode A); the dictionary is shared by all threads."""
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        tok = _local.tokenizer = dictionary().tokenizer(mode=SplitMode.A)
    return tok


def _splitter():
    """A second tokenizer per thread: the first may be mid-iteration when we re-split a token."""
    tok = getattr(_local, "splitter", None)
    if tok is None:
        tok = _local.splitter = dictionary().tokenizer(mode=SplitMode.A)
    return tok


# The subject words of this checker that Sudachi does not know: an unknown katakana run that
# starts with one (エクソソームサプリ, セクレトームクリーム) is cut after it when the rest is
# known words, so a pattern's エクソソーム is found in the compound.
_SUBJECT_KATAKANA = ("エクソソーム", "エキソソーム", "エクソゾーム", "セクレトーム")


@lru_cache(maxsize=4096)
def _katakana_pieces(surface: str) -> tuple[tuple[int, int], ...]:
    """Cut points of an unknown katakana run, from Sudachi's reading of it in hiragana, or
    after a subject word the run starts with."""
    for word in _SUBJECT_KATAKANA:
        if surface.startswith(word) and len(surface) > len(word):
            n = len(word)
            rest = list(_splitter().tokenize(surface[n:]))
            if not any(m.is_oov() for m in rest):
                return ((0, n),) + tuple((n + m.begin(), n + m.end()) for m in rest)
    morphemes = _splitter().tokenize(surface.translate(_KATA_TO_HIRA))
    if len(morphemes) < 2 or any(m.is_oov() for m in morphemes):
        return ()
    return tuple((m.begin(), m.end()) for m in morphemes)


def _chunks(text: str, bounds: list[tuple[int, int]]) -> Iterator[tuple[int, int, int, int]]:
    """Group sentence spans into chunks under the byte limit: (char start, end, first, end span)."""
    start = end = size = 0
    first = 0
    for k, (s, e) in enumerate(bounds):
        piece = len(text[s:e].encode("utf-8", "surrogatepass"))
        if end > start and size + piece > MAX_CHUNK_BYTES:
            yield start, end, first, k
            start, size, first = s, 0, k
        if end == start:
            start = s
        end, size = e, size + piece
    if end > start:
        yield start, end, first, len(bounds)


_TE_TA = frozenset(("て", "で", "た", "だ", "たら", "だら", "ちゃ", "じゃ", "てる", "とる", "ます"))


def _inflected_here(morphemes: list, i: int) -> bool:
    """The unit is a verb or adjective in its te- or ta-form (おちつい・て); not before ない,
    where a spelled term such as いらない reads the stem as written."""
    if morphemes[i].part_of_speech()[0] not in ("動詞", "形容詞") or i + 1 >= len(morphemes):
        return False
    return morphemes[i + 1].surface() in _TE_TA


def _tokenize_chunk(text: str, offset: int) -> Tokens:
    # each field read by a C-level map over the morphemes (no Python loop per morpheme)
    morphemes = list(tokenizer().tokenize(text))
    surface = list(map(_SURFACE, morphemes))
    forms = list(map(_NORMALIZED, morphemes))
    lemma = list(map(_FOLD.get, forms, forms))
    reading = [""] * len(surface)
    unknown_katakana: list[int] = []
    for i, s in enumerate(surface):
        # kana-only (first and last character are kana; mode A units do not mix scripts inside)
        if "\u3041" <= s[0] <= "\u30ff" and "\u3041" <= s[-1] <= "\u30ff":
            m = morphemes[i]
            form = forms[i]
            # an inflected kana word Sudachi could not place (おちつい → つく) reads as its
            # dictionary form, so おち・ついて spells 落ち着く like おち・つく does
            # (only where an ending follows it: ふくさ・よう is a spelling, not a verb)
            reading[i] = (form.translate(_HIRA_TO_KATA)
                          if form != s and _KANA_WORD.fullmatch(form) and _inflected_here(morphemes, i)
                          else m.reading_form())
            if s[0] >= "\u30a1" and len(s) > 2 and m.is_oov():
                unknown_katakana.append(i)
    # Sudachi's units tile the text, so offsets are running sums of surface lengths
    bounds = list(accumulate(map(len, surface), initial=offset))
    if bounds[-1] == offset + len(text):
        tokens = Tokens(bounds[:-1], bounds[1:], surface, lemma, reading)
    else:  # never seen; keep exact offsets should Sudachi ever skip input
        ms = tokenizer().tokenize(text)
        tokens = Tokens([offset + m.begin() for m in ms], [offset + m.end() for m in ms], surface, lemma, reading)
    if unknown_katakana:
        _split_katakana(tokens, unknown_katakana)
    if _SPACE.search(text):
        _drop_spaces(tokens)
    return tokens


def _split_katakana(tokens: Tokens, indices: list[int]) -> None:
    """Cut unknown katakana units where Sudachi cuts the hiragana spelling (in place)."""
    for i in reversed(indices):
        pieces = _katakana_pieces(tokens.surface[i])
        if not pieces:
            continue
        base, word = tokens.start[i], tokens.surface[i]
        parts = [word[a:b] for a, b in pieces]
        tokens.start[i:i + 1] = [base + a for a, _ in pieces]
        tokens.end[i:i + 1] = [base + b for _, b in pieces]
        tokens.surface[i:i + 1] = parts
        tokens.lemma[i:i + 1] = parts
        tokens.reading[i:i + 1] = parts


def _drop_spaces(tokens: Tokens) -> None:
    """Remove whitespace units (in place): gaps and phrases are counted in words."""
    keep = list(map(operator.not_, map(str.isspace, tokens.surface)))
    if all(keep):
        return
    for name in Tokens.__slots__:
        setattr(tokens, name, list(compress(getattr(tokens, name), keep)))


def _sentence_ranges(spans: list[tuple[int, int]], tokens: Tokens) -> list[tuple[int, int, int, int]]:
    """(start, end, first token, end token) per sentence; a token belongs where it starts."""
    starts = tokens.start
    return [(s, e, bisect_left(starts, s), bisect_left(starts, e)) for s, e in spans]


def iter_chunks(text: str, sentence_spans: list[tuple[int, int]]) -> Iterator[Chunk]:
    """Tokenise `text` (already normalised) one chunk at a time, so memory stays bounded."""
    for cs, ce, first, last in _chunks(text, sentence_spans):
        spans = sentence_spans[first:last]
        tokens = _tokenize_chunk(text[cs:ce], cs)
        yield Chunk(spans, tokens, _sentence_ranges(spans, tokens))


def tokenize(text: str, sentence_spans: list[tuple[int, int]]) -> Tokens:
    """All tokens of `text` (already normalised), as one set of columns."""
    out = Tokens([], [], [], [], [])
    for chunk in iter_chunks(text, sentence_spans):
        for name in Tokens.__slots__:
            getattr(out, name).extend(getattr(chunk.tokens, name))
    return out


@lru_cache(maxsize=4096)
def analyse_term(term: str, trail: str = "") -> tuple[tuple[str, ...], str]:
    """A rule term as (lemma sequence, katakana reading) using the same tokenizer; with
    `trail`, as cut when that text follows it (the trail's own units dropped)."""
    ms = [m for m in tokenizer().tokenize(term + trail) if not m.surface().isspace() and m.end() <= len(term)]
    lemmas = tuple(_FOLD.get(m.normalized_form(), m.normalized_form()) for m in ms)
    # a numeral's reading is a guess (一晩 is read イチバン, which spells いちばん): such a term
    # is matched by its lemmas only
    if len(ms) > 1 and any(lemma.isdigit() for lemma in lemmas):
        return lemmas, ""
    return lemmas, "".join(m.reading_form() for m in ms)


def analyse_framed(term: str, before: str, after: str) -> tuple[str, ...]:
    """`term`'s lemmas as Sudachi cuts it between `before` and `after`; () when a unit
    crosses the term's edges."""
    ms = [m for m in tokenizer().tokenize(before + term + after) if not m.surface().isspace()]
    start, end = len(before), len(before) + len(term)
    if any(m.begin() < edge < m.end() for m in ms for edge in (start, end)):
        return ()
    return tuple(_FOLD.get(m.normalized_form(), m.normalized_form()) for m in ms if start <= m.begin() and m.end() <= end)
