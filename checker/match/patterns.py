"""The rule pattern language, compiled once per rule.

A pattern is a line of space-separated elements matched against Sudachi lemmas:

    副作用 ~3 無い|無し|ゼロ|皆無       # lemma, gap of up to 3 tokens, alternatives
    細胞 を? 活性化                      # `?` makes an element optional
    #num 倍                              # `#num` any number, `*` any one token
    $disease ~4 治る|改善                 # `$name` expands to the term list `name` of rules/lexicon.yml
    re:(?:No|ナンバー)\\.?\\s*1           # escape hatch: regex over the normalised sentence

A term is tokenised by the same Sudachi dictionary as the text, so 副作用 also matches
副作用 written in any width, inflection or 表記ゆれ, and its katakana reading lets it
match kana spellings that Sudachi cannot segment (ふくさよう).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from checker.match import fastyaml, linear_re
from checker.text.tokens import analyse_framed, analyse_term, tokenizer

LEXICON_PATH = Path(str(resources.files("rules") / "lexicon.yml"))
MIN_READING = 3  # shorter readings collide with homophones (こうか → 効果/高価)
MIN_SHORT_READING = 2  # a one-token kana spelling after the pattern has anchored (副作用ぜろ)
_GAP = re.compile(r"~(\d+)")
_NUM = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)?|[一二三四五六七八九十百千万億兆〇零]+")


class PatternError(ValueError):
    """A pattern string that cannot be compiled; the message says what is wrong."""


@dataclass(frozen=True)
class Term:
    """One word of a pattern: per token, the lemma and the surface the author wrote.

    Accepting the surface too keeps a term working where Sudachi lemmatises the bare
    word differently from the word in running text (歳 alone → 年, but 10歳 → 歳)."""

    lemmas: tuple[str, ...]
    reading: str
    keys: tuple[frozenset[str], ...] = ()
    # a reading too short to search on its own (ゼロ, 初 → ハツ): it matches one whole kana
    # token, and only in an element after the first, where the pattern has anchored
    short_reading: str = ""

    def __post_init__(self):
        if not self.keys:
            object.__setattr__(self, "keys", tuple(frozenset((lem,)) for lem in self.lemmas))


@dataclass
class Element:
    terms: tuple[Term, ...] = ()
    wildcard: str | None = None  # "any" or "num"
    optional: bool = False
    gap_before: int = 0


@dataclass
class Pattern:
    source: str
    elements: list[Element] = field(default_factory=list)
    regex: linear_re.Regex | None = None  # RE2; a group named `m` is the reported span
    # the regex looks at nothing outside its own match but what lies after it (no anchors,
    # lookbehinds, negative lookaheads or word boundaries), so a search of the whole text
    # finds where it can match in any one sentence
    context_free: bool = False


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]]:
    """Shared term lists (`$name` in patterns), so several rules name one vocabulary."""
    try:
        data = fastyaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8")) or {}
    except (OSError, fastyaml.YAMLError) as exc:
        raise PatternError(f"{LEXICON_PATH}: cannot read the lexicon: {exc}") from exc
    if not isinstance(data, dict):
        raise PatternError(f"{LEXICON_PATH}: expected a mapping of name -> list of terms")
    out: dict[str, tuple[str, ...]] = {}
    for name, terms in data.items():
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise PatternError(f"{LEXICON_PATH}: {name!r} must be a list of non-empty strings")
        bad = [t for t in terms if re.search(r"[\s|$?~]", t)]
        if bad:
            raise PatternError(f"{LEXICON_PATH}: {name!r} has terms with pattern syntax: {bad}")
        out[str(name)] = tuple(terms)
    return out


def _expand(alt: str, source: str) -> list[str]:
    if not alt.startswith("$"):
        return [alt]
    terms = lexicon().get(alt[1:])
    if terms is None:
        raise PatternError(f"unknown term list {alt!r} in {source!r} (see {LEXICON_PATH.name})")
    return list(terms)


_HIRAGANA = re.compile(r"[\u3041-\u309f]+")
_KANA = re.compile(r"[\u3041-\u30ffー]+")
_KATA_TO_HIRA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}


@lru_cache(maxsize=4096)
def _kana_lemma(lemma: str) -> frozenset[str]:
    """The lemma spelt in hiragana (治る → なおる), as Sudachi lemmatises a kana word it
    cannot map to kanji: なおっ/なおり → なおる. Lets an inflected kana spelling match
    (アトピーがなおった), as the whole-token reading already does for the plain form."""
    lemmas, reading = analyse_term(lemma)
    return frozenset((reading.translate(_KATA_TO_HIRA),)) if len(lemmas) == 1 and reading else frozenset()


@lru_cache(maxsize=8192)
def _term(text: str) -> Term:
    lemmas, reading = analyse_term(text)
    if not lemmas:
        raise PatternError(f"empty term {text!r}")
    surfaces = tuple(m.surface() for m in tokenizer().tokenize(text) if not m.surface().isspace())
    if len(surfaces) != len(lemmas):
        surfaces = lemmas
    keys = tuple(frozenset((lem, sur)) for lem, sur in zip(lemmas, surfaces, strict=True))
    if len(lemmas) == 1 and len(reading) >= MIN_READING and not _KANA.fullmatch(lemmas[0]):
        keys = (keys[0] | _kana_lemma(lemmas[0]),)
    if len(reading) >= MIN_READING:
        return Term(lemmas, reading, keys)
    return Term(lemmas, "", keys, reading if len(reading) >= MIN_SHORT_READING else "")


def _terms(text: str) -> list[Term]:
    """The term, plus a one-token literal when Sudachi splits a short kana word on its
    own (まで alone → ま/で, though running text has one まで token), plus the cut Sudachi
    makes before a particle where it differs (お墨付き alone → 御・墨・付き, but お墨付きを →
    御・墨付・を)."""
    term = _term(text)
    if len(term.lemmas) > 1 and _HIRAGANA.fullmatch(text):
        return [term, Term((text,), "", (frozenset((text,)),))]
    terms = [term]
    before_particle = analyse_term(text, trail="を")[0]
    if len(term.lemmas) > 1 and before_particle and before_particle != term.lemmas:
        terms.append(Term(before_particle, ""))
    if _KANJI_NUMERAL.search(text):
        # 十分 alone is 10・分 (ten minutes) but 十分です is one word; 一番 alone is one word
        # but の一番が is 1・番: a numeral word is read as running text reads it too
        terms += [Term(cut, "") for cut in _numeral_cuts(text) if cut and all(cut != t.lemmas for t in terms)]
    return terms


_KANJI_NUMERAL = re.compile(r"[一二三四五六七八九十百千万億〇]")


def _numeral_cuts(text: str) -> list[tuple[str, ...]]:
    """How Sudachi cuts `text` before a copula and between particles (distinct cuts)."""
    return list(dict.fromkeys((analyse_term(text, trail="です")[0], analyse_framed(text, "の", "が"))))


_ESCAPE = re.compile(r"\\[^bBAZ]")  # an escaped character, but not the \\b \\B \\A \\Z anchors
_CLASS = re.compile(r"\[\^?\]?[^\]]*\]")  # a character class ([^…] is not an anchor)
_CONTEXT = re.compile(r"[\^$]|\\[bBAZ]|\(\?<[=!]|\(\?!")


def _context_free(regex: str) -> bool:
    """Whether `regex` can only see its own match and what follows it (see Pattern)."""
    return _CONTEXT.search(_CLASS.sub("", _ESCAPE.sub("", regex))) is None


_compiled: dict[str, Pattern] = {}  # by source, for one lexicon (see compile_pattern)
_element_terms: dict[str, tuple[Term, ...]] = {}
_compiled_for: list[object] = [None]  # the lexicon the two caches above were filled with


def compile_pattern(source: str) -> Pattern:
    """Parse one pattern string; raise PatternError with the offending part.

    The result is shared by every caller with the same source (a rule's validator and its
    `compiled` list, rules repeating a pattern): treat it as read-only."""
    lex = lexicon() if "$" in source else _compiled_for[0]
    if lex is not _compiled_for[0] and lex is not None:
        _compiled.clear()
        _element_terms.clear()
        _compiled_for[0] = lex
    pattern = _compiled.get(source)
    if pattern is None:
        pattern = _compiled[source] = _compile_pattern(source)
    return pattern


def _terms_of(part: str, source: str) -> tuple[Term, ...]:
    """The terms of one element (alternatives, `$name` lists expanded), memoised by text."""
    terms = _element_terms.get(part)
    if terms is None:
        alts = [t for a in part.split("|") if a for t in _expand(a, source)]
        if not alts:
            raise PatternError(f"empty alternative in {source!r}")
        terms = _element_terms[part] = tuple(dict.fromkeys(t for a in alts for t in _terms(a)))
    return terms


def _compile_pattern(source: str) -> Pattern:
    src = source.strip()
    if src.startswith("re:"):
        try:
            return Pattern(src, regex=linear_re.compile(src[3:]), context_free=_context_free(src[3:]))
        except linear_re.RegexError as exc:
            raise PatternError(str(exc)) from None
    pattern = Pattern(src)
    gap = 0
    for part in src.split():
        if m := _GAP.fullmatch(part):
            gap = int(m.group(1))
            continue
        optional = part.endswith("?") and len(part) > 1
        part = part.rstrip("?") if optional else part
        if part in ("*", "#num"):
            el = Element(wildcard="any" if part == "*" else "num")
        elif {"*", "#num"} & set(part.split("|")):
            raise PatternError(f"pattern {source!r}: `#num` and `*` stand alone, not among alternatives ({part!r})")
        else:
            el = Element(terms=_terms_of(part, source))
        el.optional, el.gap_before = optional, gap
        pattern.elements.append(el)
        gap = 0
    if not pattern.elements:
        raise PatternError(f"pattern {source!r} has no elements")
    first = pattern.elements[0]
    if first.optional or first.gap_before:
        raise PatternError(f"pattern {source!r} must start with a required element")
    if gap:
        raise PatternError(f"pattern {source!r} ends with a gap")
    return pattern


def is_number(surface: str) -> bool:
    return _NUM.fullmatch(surface) is not None
