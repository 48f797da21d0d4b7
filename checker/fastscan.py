"""`finditer` / `findall` that jump to the first match, with results identical to re's.

`re` skips quickly to where a match may start only when a pattern begins with plain
characters. A case-insensitive pattern that begins with Latin letters (CD63, in vitro),
or one that opens with a class-led alternative, a repeat or a lookbehind, is tried at
every position instead; on a long page that costs more than all other document-level
work, and most such patterns match a page rarely or never. So their matches are found
with a guard that `re` does scan fast, each match then read at the guard's position:

    (?-i:[F])(?<=(?=P)(?s:.))    a character of F at which P matches

F holds every character a match of P can start with (case variants spelled out), so
the guard finds the leftmost position from which P matches: where `finditer` finds its
next match. After `_GUARDED` matches `re` takes over, so frequent matches cost no more
than before. Patterns `re` scans fast already, those F cannot be worked out for (a
leading `.`, `[^…]`, backreference, a match that can be empty …) and those that may start
almost anywhere (a word character) run unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# the parser `re` itself uses, and its opcodes (Python ≥ 3.11)
from re import _constants as sre
from re import _parser

# Characters besides its own two cases that re.IGNORECASE matches to an ASCII letter
# (pinned against `re` by tests/test_document_speed_equivalence.py).
_EXTRA_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# \w, \S, \D and \W cover nearly every character of a page: no guard scans faster then.
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}
_GUARDED = 256  # matches found through the guard; the rest are found by `re` as usual
_MIN_LENGTH = 4096  # shorter texts are scanned fast enough without building guards
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _cased(ch: str) -> bool:
    return ch.lower() != ch or ch.upper() != ch


def _has_case(op, av) -> bool:
    """Whether a class item (literal or range) has characters with case variants."""
    if op is sre.LITERAL:
        return _cased(chr(av))
    return op is sre.RANGE and any(_cased(chr(c)) for c in range(av[0], av[1] + 1))


def _literal(code: int, flags: int) -> str | None:
    """Class body for the characters that literal `code` matches; None when unknown."""
    ch = chr(code)
    if not flags & re.IGNORECASE or not _cased(ch):
        return _char(code)
    if ch.isascii():
        low = ch.lower()
        return "".join(_char(ord(v)) for v in low + low.upper() + _EXTRA_CASES.get(low, ""))
    return None


def _class(items, flags: int) -> str | None:
    """Class body for a [...] set; None for negated sets and case-folded ranges."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            part = _literal(av, flags)
        elif op is sre.RANGE:
            part = None if flags & re.IGNORECASE and _has_case(op, av) else f"{_char(av[0])}-{_char(av[1])}"
        else:
            part = _CATEGORIES.get(av) if op is sre.CATEGORY else None
        if part is None:
            return None
        out.append(part)
    return "".join(out)


def _first(items, flags: int) -> tuple[str, bool] | None:
    """Class body for the characters a match of `items` can start with, and whether
    `items` can match the empty string; None when that cannot be told."""
    body = []
    for op, av in items:
        empty = False
        if op in _ZERO_WIDTH:
            continue  # it only narrows where a match starts
        if op is sre.LITERAL:
            part = _literal(av, flags)
        elif op is sre.IN:
            part = _class(av, flags)
        elif op is sre.BRANCH:
            alternatives = [_first(alt, flags) for alt in av[1]]
            if None in alternatives:
                return None
            part, empty = "".join(a[0] for a in alternatives), any(a[1] for a in alternatives)
        elif op in (sre.SUBPATTERN, sre.ATOMIC_GROUP, *_REPEATS):
            if op is sre.SUBPATTERN:
                _, add, remove, sub = av
                inner = _first(sub, (flags | add) & ~remove)
            else:
                inner = _first(av if op is sre.ATOMIC_GROUP else av[2], flags)
            if inner is None:
                return None
            part, empty = inner[0], inner[1] or (op in _REPEATS and av[0] == 0)
        else:
            return None  # any character, a negated literal, a backreference …
        if part is None:
            return None
        body.append(part)
        if not empty:
            return "".join(body), False
    return "".join(body), True


def _scanned_fast(tree, flags: int) -> bool:
    """Whether `re` itself skips ahead to possible match starts: the pattern opens with
    characters that have no case variants to try (as re._compiler._get_charset_prefix
    decides; a wrong answer here costs time, never changes a result)."""
    op, av = tree[0] if len(tree) else (None, None)
    while op is sre.SUBPATTERN:
        _, add, remove, sub = av
        flags = (flags | add) & ~remove
        op, av = sub[0] if len(sub) else (None, None)
    ignore = flags & re.IGNORECASE
    if op is sre.LITERAL:
        return not (ignore and _cased(chr(av)))
    if op is sre.IN:
        return not ignore or not any(_has_case(o, a) for o, a in av)
    if op is sre.BRANCH:
        heads = [alt[0] if len(alt) else (None, None) for alt in av[1]]
        return all(o is sre.LITERAL and not (ignore and _cased(chr(a))) for o, a in heads)
    return False


@lru_cache(maxsize=1024)
def _guard(pattern: re.Pattern) -> re.Pattern | None:
    """The fast pattern that finds where `pattern` next matches, or None when `re`
    scans `pattern` fast itself or no guard can be made."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        first = None if _scanned_fast(tree, tree.state.flags) else _first(tree, tree.state.flags)
        if first is None or first[1]:
            return None
        return re.compile(f"(?-i:[{first[0]}])(?<=(?=(?:{pattern.pattern}))(?s:.))", pattern.flags)
    except (re.error, RecursionError, TypeError, ValueError, IndexError):
        return None


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """Same as `pattern.finditer(text)`."""
    guard, pos = _guard(pattern) if len(text) >= _MIN_LENGTH else None, 0
    if guard is not None:
        for _ in range(_GUARDED):
            g = guard.search(text, pos)
            if g is None:
                return
            m = pattern.match(text, g.start())  # P matches where the guard does
            yield m
            pos = m.end()  # never empty: the guard is only made when P cannot match ""
    yield from pattern.finditer(text, pos)


def findall(pattern: re.Pattern, text: str) -> list[str]:
    """Same as `pattern.findall(text)`."""
    if pattern.groups or len(text) < _MIN_LENGTH or _guard(pattern) is None:
        return pattern.findall(text)
    found = []
    for m in finditer(pattern, text):
        found.append(m.group())
        if len(found) == _GUARDED:
            return found + pattern.findall(text, m.end())
    return found
