"""Find rule candidates in a token stream.

Patterns are indexed by the lemmas (and kana readings) of their first element, so
each token costs a few dictionary look-ups however many rules are loaded."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .patterns import Element, Pattern, Term, is_number
from .tokens import Token

MAX_READING_TOKENS = 8
_MAX_PLANS = 50_000
_NUMBER_START = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万億兆〇零")
_KATAKANA = re.compile(r"[\u30a0-\u30ffー]+")


def word_ids(tokens: list[Token]) -> list[int]:
    """A word number per token, for counting gaps in words rather than Sudachi units.

    Sudachi cuts katakana words it does not know into pieces (エクソソーム → エ/クソ/ソー/ム);
    adjacent katakana tokens count as one word, so `~3` means three words whatever the
    dictionary knows."""
    ids: list[int] = []
    n = -1
    prev_kata, prev_end = False, -1
    for tok in tokens:
        kata = _KATAKANA.fullmatch(tok.surface) is not None
        if not (kata and prev_kata and tok.start == prev_end):
            n += 1
        ids.append(n)
        prev_kata, prev_end = kata, tok.end
    return ids


@dataclass(frozen=True)
class Candidate:
    rule_index: int
    start: int  # offsets into the normalised text
    end: int


class Matcher:
    """All token patterns of a rule set, indexed for one pass over the tokens.

    The index maps a token key (lemma, surface or kana reading) to the first-element
    terms that can start there. At each token every such term is verified once, however
    many patterns share it, and only patterns whose first word really matched go on."""

    def __init__(self, compiled: list[tuple[int, Pattern]]):
        self.patterns: list[tuple[int, Pattern]] = []
        self.by_lemma: dict[str, list[tuple[int, int]]] = defaultdict(list)  # key -> (pattern, term)
        self.by_reading: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.anywhere: list[int] = []
        self.regexes: list[tuple[int, Pattern]] = []
        for rule_index, pat in compiled:
            if pat.regex is not None:
                self.regexes.append((rule_index, pat))
                continue
            pid = len(self.patterns)
            self.patterns.append((rule_index, pat))
            first = pat.elements[0]
            if first.wildcard:
                self.anywhere.append(pid)
            for n, term in enumerate(first.terms):
                for key in sorted(term.keys[0]):
                    self.by_lemma[key].append((pid, n))
                if term.reading:
                    self.by_reading[term.reading].append((pid, n))
        # cheap per-token gates: most tokens start no pattern and are skipped at once
        self._reading_prefixes = {r[:n] for r in self.by_reading for n in range(len(r) + 1)}
        self._anywhere_any = [p for p in self.anywhere if self.patterns[p][1].elements[0].wildcard == "any"]
        self._anywhere_num = list(self.anywhere)  # at a number, both kinds of wildcard apply
        self._any_first = bool(self._anywhere_any)
        self._num_first = len(self._anywhere_num) > len(self._anywhere_any)
        self._plans: dict[tuple, tuple[tuple[Term, ...], tuple[tuple[int, int], ...]]] = {}

    def find(self, text: str, tokens: list[Token], sentences: list[tuple[int, int, int, int]]):
        """Yield candidates per sentence: (sentence index, Candidate).

        `sentences` holds (char start, char end, first token, end token)."""
        words = word_ids(tokens)
        patterns = self.patterns
        for si, (cs, ce, ts, te) in enumerate(sentences):
            seen: set[tuple[int, int, int]] = set()
            for i in range(ts, te):
                for pid, first_ends in self._starting_at(tokens, i, te):
                    rule_index, pat = patterns[pid]
                    end = _match_rest(pat.elements, first_ends, tokens, i, te, words)
                    if end is not None:
                        key = (rule_index, tokens[i].start, tokens[end - 1].end)
                        if key not in seen:
                            seen.add(key)
                            yield si, Candidate(rule_index, key[1], key[2])
            if self.regexes:
                sentence = text[cs:ce]
                for rule_index, pat in self.regexes:
                    for m in pat.regex.finditer(sentence):
                        if m.end() > m.start():
                            yield si, Candidate(rule_index, cs + m.start(), cs + m.end())

    def _starting_at(self, tokens: list[Token], i: int, end: int) -> list[tuple[int, list[int] | None]]:
        """(pattern id, ends of its first element at token i) for every pattern that can
        start here, in pattern order; None means the first element is a wildcard."""
        tok = tokens[i]
        number = self._num_first and tok.surface[0] in _NUMBER_START and is_number(tok.surface)
        if not (self._any_first or number or tok.lemma in self.by_lemma or tok.surface in self.by_lemma
                or (tok.kana and tok.reading in self._reading_prefixes)):
            return []
        reading_hits: list[tuple[int, int]] = []
        if tok.kana and self.by_reading:
            reading = ""
            for j in range(i, min(end, i + MAX_READING_TOKENS)):
                if not tokens[j].kana or (j > i and tokens[j].start != tokens[j - 1].end):
                    break
                reading += tokens[j].reading
                if reading not in self._reading_prefixes:
                    break
                reading_hits.extend(self.by_reading.get(reading, ()))
        terms, entries = self._plan(tok.lemma, tok.surface, tuple(reading_hits))
        out: list[tuple[int, list[int] | None]] = []
        if terms:
            ends_of = [list(_term_ends(term, tokens, i, end)) for term in terms]  # each term once
            per_pattern: dict[int, dict[int, None]] = {}
            for pid, k in entries:
                if ends_of[k]:
                    per_pattern.setdefault(pid, {}).update(dict.fromkeys(ends_of[k]))
            out = [(pid, list(e)) for pid, e in per_pattern.items()]
        wild = self._anywhere_num if number else self._anywhere_any
        if wild:
            out.extend((pid, None) for pid in wild)
            out.sort(key=lambda item: item[0])
        return out

    def _plan(self, lemma: str, surface: str, reading_hits: tuple[tuple[int, int], ...]):
        """The distinct first terms to verify at a token with these keys, and per (pattern,
        term) entry in pattern-then-term order the index of its term; cached per keys."""
        key = (lemma, surface, reading_hits)
        plan = self._plans.get(key)
        if plan is None:
            hits = list(self.by_lemma.get(lemma, ()))
            if surface != lemma:
                hits.extend(self.by_lemma.get(surface, ()))
            hits.extend(reading_hits)
            terms: list[Term] = []
            index: dict[int, int] = {}
            entries = []
            for pid, n in sorted(set(hits)):
                term = self.patterns[pid][1].elements[0].terms[n]
                k = index.setdefault(id(term), len(terms))
                if k == len(terms):
                    terms.append(term)
                entries.append((pid, k))
            if len(self._plans) >= _MAX_PLANS:  # a long-running server sees ever new words
                self._plans.clear()
            plan = self._plans[key] = (tuple(terms), tuple(entries))
        return plan


def _match_rest(elements: list[Element], first_ends: list[int] | None, tokens: list[Token], i: int,
                end: int, words: list[int]) -> int | None:
    """Finish a match whose first element ends at one of `first_ends` (None: match it here)."""
    follow = elements[1] if len(elements) > 1 else None
    if follow is not None and (follow.optional or follow.gap_before):
        follow = None  # only an adjacent required element can rule a start out cheaply
    if first_ends is None:
        if follow is not None and not _may_start(follow, tokens, i + 1, end):
            return None
        return _match(elements, 0, tokens, i, end, words)
    for stop in first_ends:
        if follow is not None and not _may_start(follow, tokens, stop, end):
            continue
        result = _match(elements, 1, tokens, stop, end, words)
        if result is not None:
            return result
    return None


def _term_ends(term: Term, tokens: list[Token], i: int, end: int):
    keys = term.keys
    n = len(keys)
    if i + n <= end and all(
        tokens[i + k].lemma in keys[k] or tokens[i + k].surface in keys[k] for k in range(n)
    ):
        yield i + n
    if term.reading and tokens[i].kana:
        reading = ""
        for j in range(i, min(end, i + MAX_READING_TOKENS)):
            if not tokens[j].kana:
                return
            reading += tokens[j].reading
            if reading == term.reading:
                if j == i or _plausible_word(tokens, i, j + 1):
                    yield j + 1
                return
            if not term.reading.startswith(reading):
                return


def _plausible_word(tokens: list[Token], i: int, j: int) -> bool:
    """A kana spelling read across several tokens must look like one word, not a run of
    one-character particles and endings (し/て/い reads シテイ = 指定). Pieces of one
    katakana run that Sudachi cut up (エ/クソ/ソー/ム) are one word when they start or
    end the run."""
    singles = sum(1 for k in range(i, j) if len(tokens[k].surface) == 1)
    if singles <= 1 and sum(len(tokens[k].surface) for k in range(i, j)) >= 4:
        return True
    return _katakana_run(tokens, i, j)


def _katakana_run(tokens: list[Token], i: int, j: int) -> bool:
    """tokens[i:j] are adjacent katakana and begin or close their katakana run."""
    for k in range(i, j):
        if _KATAKANA.fullmatch(tokens[k].surface) is None or (k > i and tokens[k].start != tokens[k - 1].end):
            return False

    def joined(a: int, b: int) -> bool:
        return (a >= 0 and b < len(tokens) and tokens[a].end == tokens[b].start
                and _KATAKANA.fullmatch(tokens[a].surface) is not None
                and _KATAKANA.fullmatch(tokens[b].surface) is not None)

    return not joined(i - 1, i) or not joined(j - 1, j)


def _element_index(el: Element) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], frozenset[str]]:
    """Which of an element's terms can start at a token, by first-token key; the terms with a
    reading; and the prefixes of those readings (built once per element).

    An element with many alternatives then costs a look-up per token, and only the terms
    that can start there are tried."""
    index = getattr(el, "_index", None)
    if index is None:
        by_key: dict[str, list[int]] = defaultdict(list)
        for n, term in enumerate(el.terms):
            for key in term.keys[0]:
                by_key[key].append(n)
        with_reading = tuple(n for n, t in enumerate(el.terms) if t.reading)
        prefixes = frozenset(t.reading[:k] for t in el.terms if t.reading for k in range(len(t.reading) + 1))
        index = ({k: tuple(v) for k, v in by_key.items()}, with_reading, prefixes)
        el._index = index  # type: ignore[attr-defined]
    return index


def _may_start(el: Element, tokens: list[Token], i: int, end: int) -> bool:
    """Cheap necessary condition for `el` to match at token i (no generator, no term walk)."""
    if i >= end:
        return False
    if el.wildcard == "any":
        return True
    tok = tokens[i]
    if el.wildcard == "num":
        return is_number(tok.surface)
    by_key, _, prefixes = _element_index(el)
    return tok.lemma in by_key or tok.surface in by_key or (tok.kana and tok.reading in prefixes)


def _element_ends(el: Element, tokens: list[Token], i: int, end: int):
    if i >= end:
        return
    if el.wildcard == "any":
        yield i + 1
    elif el.wildcard == "num":
        if is_number(tokens[i].surface):
            yield i + 1
    else:
        by_key, with_reading, prefixes = _element_index(el)
        tok = tokens[i]
        by_lemma = by_key.get(tok.lemma, ())
        by_surface = by_key.get(tok.surface, ()) if tok.surface != tok.lemma else ()
        by_reading = with_reading if tok.kana and tok.reading in prefixes else ()
        if by_surface or by_reading:
            candidates = sorted({*by_lemma, *by_surface, *by_reading})  # the element's own term order
        elif by_lemma:
            candidates = by_lemma
        else:
            return
        terms = el.terms
        for n in candidates:
            yield from _term_ends(terms[n], tokens, i, end)


def _match(elements: list[Element], k: int, tokens: list[Token], i: int, end: int,
           words: list[int], carry: int = 0) -> int | None:
    """End token index of the first (leftmost, longest-elements-first) match, or None.

    A gap `~N` before element k lets it start after up to N skipped words; when an
    optional element is absent, its gap passes to the next one (`~3 全額? 返金`)."""
    if k == len(elements):
        return i
    el = elements[k]
    gap = el.gap_before + carry
    pos = i
    while pos < end:
        if pos > i and (not k or words[pos] - words[i] > gap):
            break
        for stop in _element_ends(el, tokens, pos, end):
            result = _match(elements, k + 1, tokens, stop, end, words)
            if result is not None:
                return result
        if not gap:
            break
        pos += 1
    if el.optional:
        return _match(elements, k + 1, tokens, i, end, words, gap)
    return None
