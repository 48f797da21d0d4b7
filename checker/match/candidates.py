"""Find rule candidates in a token stream.

Patterns are indexed by the lemmas (and kana readings) of their first element. The
tokens of a chunk are columns (`Tokens`), so finding the tokens that can start a
pattern is one comprehension over a column, and only those tokens cost Python calls.
Before a pattern is tried at a start, its sentence must contain a possible first word
of every required element (one set test per element), so most failing tries cost
nothing."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate, compress, repeat
from operator import add, and_, eq, itemgetter, or_

from checker.match import linear_re
from checker.match.patterns import Element, Pattern, Term, is_number
from checker.text.tokens import Tokens

MAX_READING_TOKENS = 8
_MAX_PLANS = 50_000
_WORD_SCAN_CHARS = 20_000  # see Matcher.__init__
_NUMBER_START = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万億兆〇零")
_KATAKANA = re.compile(r"[\u30a0-\u30ffー]+")


def word_ids(tokens: Tokens) -> list[int] | range:
    """A word number per token, for counting gaps in words rather than Sudachi units.

    Sudachi cuts katakana words it does not know into pieces (エクソソーム → エ/クソ/ソー/ム);
    adjacent katakana tokens count as one word, so `~3` means three words whatever the
    dictionary knows."""
    surface, start, end = tokens.surface, tokens.start, tokens.end
    katakana = [i for i, (s, r) in enumerate(zip(surface, tokens.reading, strict=True))
                if r and s[0] >= "\u30a0" and _KATAKANA.fullmatch(s)]
    joined = [i for i, prev in zip(katakana[1:], katakana, strict=False) if prev == i - 1 and start[i] == end[prev]]
    if not joined:
        return range(len(surface))
    step = [1] * len(surface)
    for i in joined:
        step[i] = 0
    return list(accumulate(step, initial=-1))[1:]


@dataclass(frozen=True)
class Candidate:
    rule_index: int
    start: int  # offsets into the normalised text
    end: int


class _Requirements:
    """What a sentence must contain for each pattern to match in it, as bit masks.

    Every required element after a pattern's first gets a bit (two when some of its terms
    are several words: one for the first word, one for the last). A sentence sets the
    bits of the elements one of whose terms has that word among its tokens (by lemma or
    surface), or whose kana reading its tokens spell. A pattern is worth trying in the
    sentence only when all its bits are set, which costs one `&` per pattern."""

    def __init__(self, patterns: list[Pattern]):
        self.need: list[int] = []
        self.gaps: list[bool] = []  # the pattern counts words (`~N`), so it needs `word_ids`
        by_key: dict[str, int] = defaultdict(int)
        by_reading: dict[str, int] = defaultdict(int)
        bits: dict[tuple[Term, ...], int] = {}  # elements with the same terms share their bits
        bit = 1
        for pat in patterns:
            need = 0
            for el in pat.elements[1:]:
                if el.optional or el.wildcard:
                    continue
                if el.terms in bits:
                    need |= bits[el.terms]
                    continue
                # one bit for a term's first word and one for its last (a multi-word term
                # needs both), so clones that differ only in a later word stay cheap
                first, last = bit, bit << 1 if any(len(t.keys) > 1 for t in el.terms) else bit
                for term in el.terms:
                    for key in term.keys[0]:
                        by_key[key] |= first
                    for key in term.keys[-1]:
                        by_key[key] |= last
                    for spelt in (term.reading, term.short_reading):
                        if spelt:
                            by_reading[spelt] |= first | last
                bits[el.terms] = first | last
                need |= first | last
                bit = last << 1
            self.need.append(need)
            self.gaps.append(any(el.gap_before for el in pat.elements))
        self.by_key, self.by_reading = dict(by_key), dict(by_reading)
        self.prefixes = frozenset(r[:n] for r in by_reading for n in range(1, len(r) + 1))

    def key_bits(self, tokens: Tokens) -> list[int]:
        """Per token of a chunk, the bits its lemma and surface set (computed in C)."""
        get = self.by_key.get
        return list(map(or_, map(get, tokens.lemma, repeat(0)), map(get, tokens.surface, repeat(0))))

    def chunk_bits(self, tokens: Tokens) -> tuple[list[int], list[int]]:
        """Per token of a chunk, the bits its lemma, surface and whole kana reading set, and
        the tokens whose reading goes on into the next one's (where `present_in` must read
        further); both computed in C but for those few tokens."""
        reading = tokens.reading
        get, prefixes = self.by_reading.get, self.prefixes
        bits = list(map(or_, self.key_bits(tokens), map(get, reading, repeat(0))))
        after = reading[1:]
        # a reading that goes on into the next one's (both kana: neither is "")
        goes_on = map(and_, map(prefixes.__contains__, map(add, reading, after)),
                      map(and_, map(bool, reading), map(bool, after)))
        walkers = list(compress(range(len(after)), goes_on))
        return bits, walkers

    def present_in(self, tokens: Tokens, chunk_bits: tuple[list[int], list[int]], ts: int, te: int) -> int:
        """The bits of the required elements that may occur in tokens[ts:te], from
        `chunk_bits`: Python work only where a kana spelling runs over several tokens
        (term readings spelt by runs of kana tokens, as `_term_ends` reads them)."""
        bits, walkers = chunk_bits
        found = reduce(or_, bits[ts:te], 0)
        k = bisect_left(walkers, ts)
        if k == len(walkers) or walkers[k] >= te - 1:
            return found
        by_reading, prefixes, reading = self.by_reading, self.prefixes, tokens.reading
        for i in walkers[k:bisect_left(walkers, te - 1, k)]:
            spelt = reading[i]
            for j in range(i + 1, min(te, i + MAX_READING_TOKENS)):
                if not reading[j]:
                    break
                spelt += reading[j]
                if spelt not in prefixes:
                    break
                found |= by_reading.get(spelt, 0)
        return found


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
        self.by_lemma, self.by_reading = dict(self.by_lemma), dict(self.by_reading)
        self._requirements = _Requirements([pat for _, pat in self.patterns])
        self._reading_prefixes = {r[:n] for r in self.by_reading for n in range(1, len(r) + 1)}
        self._anywhere_any = [p for p in self.anywhere if self.patterns[p][1].elements[0].wildcard == "any"]
        self._anywhere_num = list(self.anywhere)  # at a number, both kinds of wildcard apply
        self._any_first = bool(self._anywhere_any)
        self._num_first = len(self._anywhere_num) > len(self._anywhere_any)
        self._plans: dict[tuple, tuple[tuple[Term, ...], tuple[tuple[int, tuple[tuple[int, int], ...]], ...]]] = {}
        # every `re:` pattern in one RE2 set: per sentence, one pass says which of them to run,
        # however many there are (cloned or similar patterns cost one scan, not one each).
        # They run in their former order: those that look outside their match, then the others.
        order = sorted(range(len(self.regexes)), key=lambda n: self.regexes[n][1].context_free)
        self._regex_rank = {n: rank for rank, n in enumerate(order)}
        self._regex_order = order
        self._regex_set: linear_re.RegexSet | None = None  # built on first use (not picklable)
        # Until the set is built (~20 ms: a tenth of a cold start), the first _WORD_SCAN_CHARS of
        # text are screened by the strings each pattern requires (linear_re.required_words)
        # and only the patterns whose strings occur are run, sentence by sentence.
        self._required = [linear_re.required_words(pat.regex.pattern, pat.regex.flags) for _, pat in self.regexes]
        self._word_scan_left = _WORD_SCAN_CHARS

    def __getstate__(self):
        return self.__dict__ | {"_regex_set": None, "_plans": {}, "_word_scan_left": _WORD_SCAN_CHARS}

    def _due_by_words(self, text: str) -> list[int]:
        """The `re:` patterns (indices, in the order they run) that may match in `text`:
        one of their required strings occurs in it, or they have none."""
        folded: str | None = None
        due: list[int] = []
        required = self._required
        for n in self._regex_order:
            words = required[n]
            if words is None:
                due.append(n)
                continue
            strings, fold = words
            if fold:
                if folded is None:
                    folded = text.casefold()
                if any(map(folded.__contains__, strings)):
                    due.append(n)
            elif any(map(text.__contains__, strings)):
                due.append(n)
        return due

    def _regexes(self) -> linear_re.RegexSet | None:
        if self._regex_set is None and self.regexes:
            # loose forms (a superset): the set compiles ~4x faster, and `find` runs each
            # pattern it names, which finds nothing where only the loose form matched
            self._regex_set = linear_re.RegexSet([pat.regex for _, pat in self.regexes], loose=True)
        return self._regex_set

    def _starts(self, tokens: Tokens) -> list[int]:
        """Indices of the tokens where some pattern may start (a superset), in order."""
        n = len(tokens)
        if self._any_first or not n:
            return list(range(n))
        keys, spelt, prefixes = self.by_lemma, self.by_reading, self._reading_prefixes
        surface, reading = tokens.surface, tokens.reading
        # by lemma or surface, in C; then the few kana and number tokens in Python
        hit = list(map(or_, map(keys.__contains__, tokens.lemma), map(keys.__contains__, surface)))
        # a kana spelling starts here when the reading is a whole term reading or goes on
        # into the next token's reading
        for i in compress(range(n), map(prefixes.__contains__, reading)):
            r = reading[i]
            if not hit[i] and (r in spelt or (i + 1 < n and reading[i + 1] and r + reading[i + 1] in prefixes)):
                hit[i] = True
        if self._num_first:
            for i in compress(range(n), map(_NUMBER_START.__contains__, map(itemgetter(0), surface))):
                if not hit[i] and is_number(surface[i]):
                    hit[i] = True
        return list(compress(range(n), hit))

    def find(self, text: str, tokens: Tokens, sentences: list[tuple[int, int, int, int]]):
        """Yield candidates per sentence: (sentence index, Candidate).

        `sentences` holds (char start, char end, first token, end token)."""
        patterns = self.patterns
        starts = self._starts(tokens)
        token_start, token_end = tokens.start, tokens.end
        words: list[int] | range | None = None
        k = 0
        requirements = self._requirements
        chunk_bits: tuple[list[int], list[int]] | None = None
        regexes, rank = self.regexes, self._regex_rank
        regex_set = self._regex_set
        due_by_words: list[int] = []
        if regex_set is None and regexes and sentences:
            span = sentences[-1][1] - sentences[0][0]
            if span <= self._word_scan_left:  # a short text: no set yet (see __init__)
                self._word_scan_left -= span
                due_by_words = self._due_by_words(text[sentences[0][0]:sentences[-1][1]])
            else:
                regex_set = self._regexes()
        plans, lemma, surface, reading = self._plans, tokens.lemma, tokens.surface, tokens.reading
        n_starts = len(starts)
        for si, (cs, ce, ts, te) in enumerate(sentences):
            seen: set[tuple[int, int, int]] = set()
            while k < n_starts and starts[k] < ts:
                k += 1
            present = -1  # computed when a start first needs it
            while k < n_starts and starts[k] < te:
                i = starts[k]
                k += 1
                if reading[i]:
                    plan = self._plan_at(tokens, i, te)
                else:
                    plan = plans.get((lemma[i], surface[i], ())) or self._plan(lemma[i], surface[i], ())
                if present < 0 and plan[2]:
                    if chunk_bits is None:
                        chunk_bits = requirements.chunk_bits(tokens)
                    present = requirements.present_in(tokens, chunk_bits, ts, te)
                # the groups of patterns whose sentence bits are all present, chosen in C;
                # none (and no wildcard-first pattern): nothing starts here
                needs = plan[5]
                passing = list(compress(plan[1], map(eq, map(and_, needs, repeat(present)), needs)))
                if not passing and not plan[4]:
                    continue
                for pid, first_ends in self._starting_at(tokens, i, te, present, plan, passing):
                    if words is None and requirements.gaps[pid]:
                        words = word_ids(tokens)
                    rule_index, pat = patterns[pid]
                    end = _match_rest(pat.elements, first_ends, tokens, i, te, words)
                    if end is not None:
                        key = (rule_index, token_start[i], token_end[end - 1])
                        if key not in seen:
                            seen.add(key)
                            yield si, Candidate(rule_index, key[1], key[2])
            if regex_set is not None or due_by_words:
                sentence = text[cs:ce]
                if regex_set is not None:
                    due = regex_set.matching(sentence)  # only the patterns that match it somewhere
                    if len(due) > 1:
                        due.sort(key=rank.__getitem__)
                else:
                    due = due_by_words
                for n in due:
                    rule_index, pat = regexes[n]
                    for m in pat.regex.finditer(sentence):
                        start, end = pat.regex.group_span(m)
                        if end > start:
                            yield si, Candidate(rule_index, cs + start, cs + end)

    def _plan_at(self, tokens: Tokens, i: int, end: int):
        """The plan (see `_plan`) for the first terms that can start at token i."""
        reading = tokens.reading
        reading_hits: list[tuple[int, int]] = []
        by_reading = self.by_reading
        if reading[i] and by_reading:
            prefixes, start, stop = self._reading_prefixes, tokens.start, tokens.end
            spelt = reading[i]
            j = i
            last = min(end, i + MAX_READING_TOKENS)
            while spelt in prefixes:
                hits = by_reading.get(spelt)
                if hits:
                    reading_hits.extend(hits)
                j += 1
                if j >= last or not reading[j] or start[j] != stop[j - 1]:
                    break
                spelt += reading[j]
        return self._plan(tokens.lemma[i], tokens.surface[i], tuple(reading_hits))

    def _starting_at(self, tokens: Tokens, i: int, end: int, present: int, plan,
                     passing: list) -> list[tuple[int, list[int] | None]]:
        """(pattern id, ends of its first element at token i) for every pattern that can
        start here and whose other required elements occur in the sentence, in pattern
        order; None means the first element is a wildcard. `present` is -1 when no
        pattern of the plan needs it; `passing` holds the plan's groups whose bits are all
        in `present`."""
        terms, _, _, number, _, _ = plan
        need = self._requirements.need
        out: list[tuple[int, list[int] | None]] = []
        if passing:
            ends_of: dict[int, list[int]] = {}
            per_pattern: dict[int, dict[int, None]] = {}
            for _, entries in passing:  # patterns needing the same bits, decided at once
                for pid, k in entries:
                    ends = ends_of.get(k)
                    if ends is None:  # each term verified once, however many patterns share it
                        ends = ends_of[k] = list(_term_ends(terms[k], tokens, i, end))
                    if ends:
                        per_pattern.setdefault(pid, {}).update(dict.fromkeys(ends))
            out = [(pid, list(e)) for pid, e in per_pattern.items()]
            if len(passing) > 1:  # each group is in pattern order already
                out.sort(key=itemgetter(0))
        wild = self._anywhere_num if number else self._anywhere_any
        if wild:
            out.extend((pid, None) for pid in wild if need[pid] & present == need[pid])
            out.sort(key=itemgetter(0))
        return out

    def _plan(self, lemma: str, surface: str, reading_hits: tuple[tuple[int, int], ...]):
        """The distinct first terms to verify at a token with these keys; the (pattern,
        term index) entries grouped by the sentence bits their patterns need, each group in
        pattern-then-term order; whether any of them (or a wildcard-first pattern) needs
        bits; whether the token is a number; whether wildcard-first patterns apply; and the
        groups' bits alone (for one C-level test of all of them). Cached per keys."""
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
            need = self._requirements.need
            groups: dict[int, list[tuple[int, int]]] = {}
            for pid, k in entries:
                groups.setdefault(need[pid], []).append((pid, k))
            if len(self._plans) >= _MAX_PLANS:  # a long-running server sees ever new words
                self._plans.clear()
            number = self._num_first and surface[0] in _NUMBER_START and is_number(surface)
            wild = self._anywhere_num if number else self._anywhere_any
            plan = self._plans[key] = (tuple(terms), tuple((n, tuple(e)) for n, e in groups.items()),
                                       any(groups) or any(need[pid] for pid in wild), number,
                                       bool(wild), tuple(groups))
        return plan


def _match_rest(elements: list[Element], first_ends: list[int] | None, tokens: Tokens, i: int,
                end: int, words: list[int] | range | None) -> int | None:
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


def _term_ends(term: Term, tokens: Tokens, i: int, end: int):
    keys = term.keys
    n = len(keys)
    lemma, surface, reading = tokens.lemma, tokens.surface, tokens.reading
    if n == 1:  # most terms are one word
        if lemma[i] in keys[0] or surface[i] in keys[0]:
            yield i + 1
    elif i + n <= end and all(lemma[i + k] in keys[k] or surface[i + k] in keys[k] for k in range(n)):
        yield i + n
    if term.reading and reading[i]:
        spelt = ""
        for j in range(i, min(end, i + MAX_READING_TOKENS)):
            if not reading[j]:
                return
            spelt += reading[j]
            if spelt == term.reading:
                if j == i or _plausible_word(tokens, i, j + 1):
                    yield j + 1
                return
            if not term.reading.startswith(spelt):
                return


def _plausible_word(tokens: Tokens, i: int, j: int) -> bool:
    """A kana spelling read across several tokens must look like one word, not a run of
    one-character particles and endings (し/て/い reads シテイ = 指定). Pieces of one
    katakana run that Sudachi cut up (エ/クソ/ソー/ム) are one word when they start or
    end the run."""
    surface = tokens.surface
    singles = sum(1 for k in range(i, j) if len(surface[k]) == 1)
    # こう/か reads コウカ = 効果: one word of two characters and one ending is a word too
    if singles <= 1 and sum(len(surface[k]) for k in range(i, j)) >= 3:
        return True
    return _katakana_run(tokens, i, j)


def _katakana_run(tokens: Tokens, i: int, j: int) -> bool:
    """tokens[i:j] are adjacent katakana and begin or close their katakana run."""
    surface, start, stop = tokens.surface, tokens.start, tokens.end
    for k in range(i, j):
        if _KATAKANA.fullmatch(surface[k]) is None or (k > i and start[k] != stop[k - 1]):
            return False

    def joined(a: int, b: int) -> bool:
        return (a >= 0 and b < len(surface) and stop[a] == start[b]
                and _KATAKANA.fullmatch(surface[a]) is not None
                and _KATAKANA.fullmatch(surface[b]) is not None)

    return not joined(i - 1, i) or not joined(j - 1, j)


def _element_index(el: Element) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], frozenset[str],
                                         dict[str, tuple[int, ...]]]:
    """Which of an element's terms can start at a token, by first-token key; the terms with a
    reading; the prefixes of those readings; and the terms by short reading (built once per
    element).

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
        short: dict[str, list[int]] = defaultdict(list)
        for n, term in enumerate(el.terms):
            if term.short_reading:
                short[term.short_reading].append(n)
        index = ({k: tuple(v) for k, v in by_key.items()}, with_reading, prefixes,
                 {k: tuple(v) for k, v in short.items()})
        el._index = index  # type: ignore[attr-defined]
    return index


def _may_start(el: Element, tokens: Tokens, i: int, end: int) -> bool:
    """Cheap necessary condition for `el` to match at token i (no generator, no term walk)."""
    if i >= end:
        return False
    if el.wildcard == "any":
        return True
    if el.wildcard == "num":
        return is_number(tokens.surface[i])
    by_key, _, prefixes, short = _element_index(el)
    reading = tokens.reading[i]
    return (tokens.lemma[i] in by_key or tokens.surface[i] in by_key
            or (reading != "" and (reading in prefixes or reading in short)))


def _element_ends(el: Element, tokens: Tokens, i: int, end: int):
    if i >= end:
        return
    if el.wildcard == "any":
        yield i + 1
    elif el.wildcard == "num":
        if is_number(tokens.surface[i]):
            yield i + 1
    else:
        by_key, with_reading, prefixes, short = _element_index(el)
        lemma, surface, reading = tokens.lemma[i], tokens.surface[i], tokens.reading[i]
        by_lemma = by_key.get(lemma, ())
        by_surface = by_key.get(surface, ()) if surface != lemma else ()
        by_reading = with_reading if reading and reading in prefixes else ()
        by_short = short.get(reading, ()) if reading else ()
        if by_surface or by_reading or by_short:
            candidates = sorted({*by_lemma, *by_surface, *by_reading, *by_short})  # the element's own term order
        elif by_lemma:
            candidates = by_lemma
        else:
            return
        terms = el.terms
        for n in candidates:
            ends = list(_term_ends(terms[n], tokens, i, end))
            if n in by_short and i + 1 not in ends:
                ends.append(i + 1)  # the whole kana token spells the short reading
            yield from ends


def _match(elements: list[Element], k: int, tokens: Tokens, i: int, end: int,
           words: list[int] | range | None, carry: int = 0) -> int | None:
    """End token index of the first (leftmost, longest-elements-first) match, or None.

    A gap `~N` before element k lets it start after up to N skipped words; when an
    optional element is absent, its gap passes to the next one (`~3 全額? 返金`).
    `words` (see `word_ids`) is only read when the pattern has a gap."""
    if k == len(elements):
        return i
    el = elements[k]
    gap = el.gap_before + carry
    pos = i
    while pos < end:
        if pos > i and (not k or words[pos] - words[i] > gap):  # type: ignore[index]
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
