"""Regular expressions that run in linear time: every regex that sees submitted text is
compiled here, by RE2 (google-re2), never by the backtracking `re` module.

RE2 has no lookarounds and no backreferences, so a pattern that needs them fails to
compile with a clear message; rule authors use the pattern language's `unless`/`not_*`
fields or a captured boundary group instead (a group named `m` is the reported span:
`(?:^|[^a-z])(?P<m>no side effects)`).

Python's `\\s`, `\\d` and `\\w` match Unicode; RE2's match ASCII only. They are rewritten
to Unicode classes here, so a pattern means the same under both engines.

`Regex` takes no `pos`/`endpos`: the binding re-encodes the whole text on every call,
so searching a long text from many offsets would be quadratic. Slice the text instead.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from re import _constants as _sre
from re import _parser as _sre_parser

import re2

IGNORECASE, DOTALL, MULTILINE = re.IGNORECASE, re.DOTALL, re.MULTILINE
_FLAG_LETTERS = ((IGNORECASE, "i"), (DOTALL, "s"), (MULTILINE, "m"))
_MAX_MEM = 64 << 20
_UNANCHORED = re2._Anchor.UNANCHORED
_NO_SPAN = (-1, -1)
_Match = re2._Match  # what the binding's search and finditer return
_BYTES_TO_CHARS = re2._re2.BytesToCharLen  # characters in data[start:end], UTF-8  # large alternations (the rule vocabularies) exceed RE2's 8 MiB default

# Python's Unicode meaning of \s, \d, \w as the body of an RE2 character class
_UNICODE_CLASSES = {
    "s": r"\t\n\x0b\f\r\x1c-\x1f\x{85}\p{Z}",
    "d": r"\p{Nd}",
    "w": r"\p{L}\p{N}_",
}


_SURROGATE = re.compile("[\ud800-\udfff]")  # a single class: linear in any engine


def scrub(text: str) -> str:
    """Lone surrogates (from JSON or surrogateescape) replaced by U+FFFD one for one, so
    every offset stays valid: RE2 reads UTF-8, which cannot hold them."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


class RegexError(ValueError):
    """A pattern that RE2 cannot compile (lookaround, backreference, syntax error)."""


# what _unicode_classes and loosened read in a pattern (never in a text): an escape, the
# start of a character class ([, [^, []…) or its end
_ESCAPE_OR_CLASS = re.compile(r"\\.|\[\^?\]?|\]", re.DOTALL)


def _unicode_classes(pattern: str) -> str:
    """Rewrite \\s \\d \\w (and \\S \\D \\W) to the Unicode classes Python gives them,
    and Python's \\uXXXX escapes to RE2's \\x{XXXX}."""
    if "\\" not in pattern:
        return pattern  # only escapes are rewritten
    out: list[str] = []
    pos, n, in_class = 0, len(pattern), False
    search = _ESCAPE_OR_CLASS.search
    while (m := search(pattern, pos)) is not None:
        i, token = m.start(), m.group()
        out.append(pattern[pos:i])
        pos = m.end()
        if token[0] == "\\":
            e = token[1]
            width = 4 if e == "u" else 8 if e == "U" else 0
            if width and n >= i + 2 + width:  # Python's \uXXXX is RE2's \x{XXXX}
                out.append(f"\\x{{{pattern[i + 2:i + 2 + width]}}}")
                pos = i + 2 + width
                continue
            body = _UNICODE_CLASSES.get(e.lower())
            if body is None:
                out.append(token)
            elif in_class:
                if e.isupper():
                    raise RegexError(f"\\{e} inside [...] is not supported; write the class out in {pattern!r}")
                out.append(body)
            else:
                out.append(("[^" if e.isupper() else "[") + body + "]")
        elif token == "]":
            in_class = False
            out.append(token)
        elif in_class:  # a literal [ inside a class: what follows it is read again
            out.append("[")
            pos = i + 1
        else:  # [^…] and a literal ] first in the class
            in_class = True
            out.append(token)
    out.append(pattern[pos:])
    return "".join(out)


class _Parser:
    """Whether RE2 can parse a pattern, without compiling it (RE2::Set::Add parses only).
    A fresh set now and then, so what it holds stays small."""

    def __init__(self):
        self._options = re2.Options()
        self._options.max_mem = _MAX_MEM
        self._options.log_errors = False
        self._set, self._added = None, 0

    def parses(self, source: str) -> bool:
        if self._set is None or self._added >= 256:
            self._set, self._added = re2._re2.Set(_UNANCHORED, self._options), 0
        self._added += 1
        return self._set.Add(source.encode("utf-8")) >= 0


_PARSER = _Parser()

# a counted repeat up to this many or more is written {m,} in a regex's loose form: RE2
# compiles {0,160} as 160 copies of what it repeats (most of the compile time of the
# context filters' patterns), {0,} as one. On 120 pages of the bench mix, of ~176,000
# searches that asked a loose form first, none matched where the exact pattern did not.
_LOOSE_FROM = 8
# an escape (with its {…} argument: \\x{85}, \\p{Nd}), a class's start or end, a counted repeat
_LOOSE_TOKEN = re.compile(r"\\(?:[xpP]\{[^}]*\}|.)|\[\^?\]?|\]|\{([0-9]+),([0-9]+)\}", re.DOTALL)


def loosened(source: str) -> str | None:
    """An RE2 pattern that matches wherever `source` matches (and maybe elsewhere), far
    cheaper to compile: every counted repeat {m,n} with n >= _LOOSE_FROM becomes {m,}.
    None when there is nothing to loosen. A text it finds nothing in, `source` finds
    nothing in either."""
    if "{" not in source or "[:" in source or "\\Q" in source:
        return None  # POSIX classes and quoted runs are not tracked below
    out: list[str] = []
    last = pos = 0
    in_class = False
    search = _LOOSE_TOKEN.search
    while (m := search(source, pos)) is not None:
        token = m.group()
        pos = m.end()
        c = token[0]
        if c == "\\":
            continue
        if c == "]":
            in_class = False
        elif c == "[":
            if in_class:  # a literal [ inside a class: what follows it is read again
                pos = m.start() + 1
            else:
                in_class = True
        elif not in_class and int(m.group(2)) >= _LOOSE_FROM:
            out.append(source[last:m.start()])
            out.append(f"{{{m.group(1)},}}")
            last = pos
    if not out:
        return None
    out.append(source[last:])
    return "".join(out)


def required_words(pattern: str, flags: int = 0) -> tuple[frozenset[str], bool] | None:
    """Strings one of which every match of `pattern` contains, and whether to look for them
    case-folded (in `text.casefold()`: the pattern ignores case); None when nothing can be
    said (no literal is required, or the pattern is not Python syntax). Read off Python's
    parse of the pattern: of the parts every match goes through (a literal run, a group or
    a repeat of at least one, an alternation all of whose branches require something), the
    one whose shortest string is longest."""
    if "[:" in pattern or "[[" in pattern:
        return None  # RE2's [[:alpha:]] is a class, Python's a class and a literal ]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a pattern Python reads with doubts: nothing said
            parsed = _sre_parser.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError, ValueError, Warning):
        return None
    fold = bool(parsed.state.flags & _sre.SRE_FLAG_IGNORECASE)
    words = _required(parsed)
    if not words:
        return None
    if fold:
        if not all(w.isascii() for w in words):
            return None  # RE2 folds case simply, casefold() fully: alike for ASCII letters only
        words = {w.casefold() for w in words}
    return frozenset(words), fold


def _required(items) -> set[str] | None:
    best: set[str] | None = None

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and "" not in found and (best is None or _selectivity(found) > _selectivity(best)):
            best = found

    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider({"".join(run)})
            run = []
        if op is _sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            if all(branches):
                consider(set().union(*branches))
        elif op is _sre.SUBPATTERN:
            if not av[1] & _sre.SRE_FLAG_IGNORECASE:  # (?i:…) inside: its literals are not literal
                consider(_required(av[3]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            consider(_required(av[2]))
    return best


def _selectivity(words: set[str]) -> tuple[int, int]:
    return min(map(len, words)), -len(words)


def _message(exc: Exception) -> str:
    text = exc.args[0] if exc.args else str(exc)
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    if "(?<" in text or "(?=" in text or "(?!" in text:
        text += " (lookarounds are not supported: use a captured boundary group or the rule's unless/not_* fields)"
    elif "backreference" in text.lower() or "\\1" in text:
        text += " (backreferences are not supported)"
    return text


# (regex, text) of recent searches that found nothing, for texts up to _MISS_CHARS: the
# context filters search the same short heads and tails (「」, します。, されています。) with
# the same pattern again and again, each time paying ~1-2 µs to the binding. On each of the
# 13 example pages, 27 % of the searches are answered from here (56 % on the bench's
# generated pages, whose templates repeat). At most _MISSES_KEPT (a few MB), then cleared.
_MISS_CHARS = 64
_MISSES_KEPT = 16_384
_MISSES: set[tuple[Regex, str]] = set()


class Regex:
    """A compiled RE2 pattern with the `re.Pattern` methods the checker uses."""

    __slots__ = ("_re", "_raw", "_loose", "_source", "pattern", "flags", "groupindex")

    def __init__(self, pattern: str, flags: int = 0):
        # checked now (RE2's parser: ~2 µs), compiled when first used (see __getattr__):
        # most of the ~200 regexes made at import never see a text in a short run
        self.pattern, self.flags = pattern, flags
        self._source = self._rewrite()
        if not _PARSER.parses(self._source):
            self._compile()  # fails, with RE2's own message

    def _compile(self) -> None:
        pattern = self.pattern
        options = re2.Options()
        options.max_mem = _MAX_MEM
        options.log_errors = False
        try:
            self._re = re2.compile(self.re2_source(), options)
        except re2.error as exc:
            raise RegexError(f"invalid regex {pattern!r}: {_message(exc)}") from None
        self.groupindex = dict(self._re.groupindex)
        self._raw = self._re._regexp  # the C++ RE2 object: one call, no Python generator

    def re2_source(self) -> str:
        """The pattern as RE2 reads it: flags inline, Python's classes rewritten."""
        return self._source

    def _rewrite(self) -> str:
        prefix = "".join(letter for flag, letter in _FLAG_LETTERS if self.flags & flag)
        source = _unicode_classes(self.pattern)
        return f"(?{prefix}){source}" if prefix else source

    def __repr__(self) -> str:
        return f"Regex({self.pattern!r})"

    def __reduce__(self):
        # a copy compiles on first use (see _uncompiled): a cached rule set loads fast and
        # compiles only the regexes its texts need
        return (_uncompiled, (self.pattern, self.flags))

    def _compile_loose(self) -> None:
        self._loose = None
        source = loosened(self.re2_source())
        if source is not None:
            options = re2.Options()
            options.max_mem = _MAX_MEM
            options.log_errors = False
            raw = re2._re2.RE2(source.encode("utf-8"), options)
            if raw.ok():
                self._loose = raw

    def __getattr__(self, name: str):
        # called only for a slot not set yet: a Regex used for the first time
        if name in ("_re", "_raw", "groupindex"):
            self._compile()
            return object.__getattribute__(self, name)
        if name == "_loose":
            self._compile_loose()
            return self._loose
        if name == "_source":
            self._source = self._rewrite()
            return self._source
        raise AttributeError(name)

    @property
    def groups(self) -> int:
        return self._re.groups

    def search(self, text: str):
        # most searches find nothing: ask RE2 in one call first, build a Match only on a
        # hit; a pattern with long counted repeats asks its loose form first, so it is
        # compiled exactly only once a text may hold a match. A short text this pattern
        # found nothing in a moment ago is answered from _MISSES.
        short = len(text) <= _MISS_CHARS
        if short and (self, text) in _MISSES:
            return None
        data = text.encode("utf-8")
        end = len(data)
        loose = self._loose
        if loose is None or loose.Match(_UNANCHORED, data, 0, end)[0] != _NO_SPAN:
            spans = self._raw.Match(_UNANCHORED, data, 0, end)
            if spans[0] != _NO_SPAN:
                return _Match(self._re, text, 0, len(text), spans if end == len(text) else _char_spans(data, spans))
        if short:
            if len(_MISSES) >= _MISSES_KEPT:
                _MISSES.clear()
            _MISSES.add((self, text))
        return None

    def match(self, text: str):
        return self._re.match(text)

    def fullmatch(self, text: str):
        return self._re.fullmatch(text)

    def finditer(self, text: str) -> Iterator:
        if self._loose is not None and not self._may_match(text):
            return iter(())
        return self._matches(text)

    def _matches(self, text: str) -> Iterator:
        """The binding's finditer (the same Match objects, the same steps past an empty
        match), with byte offsets turned into character offsets in one pass for all
        matches and their groups."""
        data = text.encode("utf-8")
        raw, regexp, n, end = self._raw, self._re, len(text), len(data)
        pos = last_byte = last_char = 0
        while True:
            spans = raw.Match(_UNANCHORED, data, pos, end)
            a, b = spans[0]
            if a < 0:
                return
            if end == n:  # ASCII: a byte offset is a character offset
                yield _Match(regexp, text, 0, n, spans)
            else:  # every offset of this match lies at or after the previous one's end
                chars: dict[int, int] = {}
                for offset in sorted({o for span in spans for o in span if o >= 0}):
                    last_char += _BYTES_TO_CHARS(data, last_byte, offset)
                    last_byte = offset
                    chars[offset] = last_char
                yield _Match(regexp, text, 0, n, [span if span[0] < 0 else (chars[span[0]], chars[span[1]])
                                                  for span in spans])
            if pos == end:
                return
            pos = _after(data, pos, b, end)

    def _may_match(self, text: str) -> bool:
        data = text.encode("utf-8")
        return self._loose.Match(_UNANCHORED, data, 0, len(data))[0] != _NO_SPAN

    def findall(self, text: str) -> list:
        if self._loose is not None and not self._may_match(text):
            return []
        if self._re.groups:
            return self._re.findall(text)
        # whole matches, read off the UTF-8 bytes (the binding's loop, without mapping
        # every match back to character offsets)
        data = text.encode("utf-8")
        end = len(data)
        out: list[str] = []
        pos = 0
        raw = self._raw
        while True:
            a, b = raw.Match(_UNANCHORED, data, pos, end)[0]
            if a < 0:
                return out
            out.append(data[a:b].decode("utf-8"))
            if pos == end:
                return out
            pos = _after(data, pos, b, end)

    def sub(self, repl: str | Callable, text: str, count: int = 0) -> str:
        return self._re.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self._re.split(text, maxsplit)

    def group_span(self, m, name: str = "m") -> tuple[int, int]:
        """The span of group `name` when the pattern has one (a captured boundary
        group), else of the whole match."""
        index = self.groupindex.get(name)
        return m.span(index) if index is not None and m.start(index) >= 0 else m.span()


def _after(data: bytes, pos: int, b: int, end: int) -> int:
    """Where the next search starts after a match ending at byte `b` that began its search at
    `pos`: `b`, or after an empty match one UTF-8 character further on."""
    if b != pos:
        return b
    pos += 1
    while pos < end and data[pos] & 0xC0 == 0x80:
        pos += 1
    return pos


def _char_spans(data: bytes, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """RE2's byte spans of one match (groups that took no part: (-1, -1)) in characters."""
    chars: dict[int, int] = {}
    last_byte = last_char = 0
    for offset in sorted({o for span in spans for o in span if o >= 0}):
        last_char += _BYTES_TO_CHARS(data, last_byte, offset)
        last_byte = offset
        chars[offset] = last_char
    return [span if span[0] < 0 else (chars[span[0]], chars[span[1]]) for span in spans]


_SET_SIZE = 5  # patterns per RE2::Set; see RegexSet


class RegexSet:
    """Which of several compiled patterns match somewhere in a text, a few RE2 passes
    (RE2::Set) in all: a text that none of them matches costs one call per group of
    `_SET_SIZE` patterns however many there are.

    Groups stay small because one unanchored DFA over hundreds of patterns with gaps keeps
    building new states on every new sentence: the rule patterns in one set screened the
    rules' example sentences ~30x slower than in groups of five. Bigger groups are fast
    once their states exist but slow on text that needs new ones; groups of five stay fast
    on a first pass too (`python -m bench.regex_set`, bench/RESULTS.md).

    `group` sets the patterns per RE2::Set (bench.regex_set compares sizes). With `loose`,
    the set holds each pattern's loose form (see `loosened`): it compiles
    several times faster, and `matching` names the patterns that may match, a superset
    of those that do (run a named pattern to know)."""

    __slots__ = ("_sets", "_group", "size")

    def __init__(self, regexes: list[Regex], loose: bool = False, group: int = _SET_SIZE):
        self.size, self._group = len(regexes), group
        self._sets = [_compiled_set(regexes[i:i + group], loose) for i in range(0, len(regexes), group)]

    def matching(self, text: str) -> list[int]:
        """Indices (in the order given) of the patterns with a match in `text`, in no
        particular order."""
        data = text.encode("utf-8")
        found: list[int] = []
        for offset, patterns in enumerate(self._sets):
            hits = patterns.Match(data)
            if hits:
                base = offset * self._group
                found.extend(base + n for n in hits)
        return found


def _compiled_set(regexes: list[Regex], loose: bool):
    """One RE2::Set of `regexes` (their loose forms with `loose`)."""
    options = re2.Options()
    options.max_mem = _MAX_MEM * 4  # the DFA of several patterns at once
    options.log_errors = False
    compiled = re2._re2.Set(re2._Anchor.UNANCHORED, options)
    for rx in regexes:
        source = rx.re2_source()
        if loose:
            source = loosened(source) or source
        if compiled.Add(source.encode("utf-8")) < 0:
            raise RegexError(f"cannot add {rx.pattern!r} to a set")
    if not compiled.Compile():
        raise RegexError("cannot compile the regex set")
    return compiled


def _uncompiled(pattern: str, flags: int) -> Regex:
    """A Regex of a pattern known to compile, compiled by RE2 when first used."""
    rx = Regex.__new__(Regex)
    rx.pattern, rx.flags = pattern, flags
    return rx


def compile(pattern: str, flags: int = 0) -> Regex:
    """`pattern` for RE2; raise RegexError saying why it cannot be. RE2 parses it now and
    compiles it on first use (a pattern past RE2's size limit fails then, as RegexError)."""
    return Regex(pattern, flags)
