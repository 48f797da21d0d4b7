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
from collections.abc import Callable, Iterator

import re2

IGNORECASE, DOTALL, MULTILINE = re.IGNORECASE, re.DOTALL, re.MULTILINE
_FLAG_LETTERS = ((IGNORECASE, "i"), (DOTALL, "s"), (MULTILINE, "m"))
_MAX_MEM = 64 << 20
_UNANCHORED = re2._Anchor.UNANCHORED
_NO_SPAN = (-1, -1)  # large alternations (the rule vocabularies) exceed RE2's 8 MiB default

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


def _unicode_classes(pattern: str) -> str:
    """Rewrite \\s \\d \\w (and \\S \\D \\W) to the Unicode classes Python gives them,
    and Python's \\uXXXX escapes to RE2's \\x{XXXX}."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            body = _UNICODE_CLASSES.get(e.lower())
            width = {"u": 4, "U": 8}.get(e, 0)
            if width and len(pattern) >= i + 2 + width:  # Python's \uXXXX is RE2's \x{XXXX}
                out.append(f"\\x{{{pattern[i + 2:i + 2 + width]}}}")
                i += 2 + width
                continue
            if body is None:
                out.append(pattern[i:i + 2])
            elif in_class:
                if e.isupper():
                    raise RegexError(f"\\{e} inside [...] is not supported; write the class out in {pattern!r}")
                out.append(body)
            else:
                out.append(("[^" if e.isupper() else "[") + body + "]")
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            i += 1
            for lead in ("^", "]"):  # [^…] and a literal ] first in the class
                if pattern.startswith(lead, i):
                    out.append(lead)
                    i += 1
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


def _message(exc: Exception) -> str:
    text = exc.args[0] if exc.args else str(exc)
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    if "(?<" in text or "(?=" in text or "(?!" in text:
        text += " (lookarounds are not supported: use a captured boundary group or the rule's unless/not_* fields)"
    elif "backreference" in text.lower() or "\\1" in text:
        text += " (backreferences are not supported)"
    return text


class Regex:
    """A compiled RE2 pattern with the `re.Pattern` methods the checker uses."""

    __slots__ = ("_re", "_raw", "pattern", "flags", "groupindex")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags
        self._compile()

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
        prefix = "".join(letter for flag, letter in _FLAG_LETTERS if self.flags & flag)
        source = _unicode_classes(self.pattern)
        return f"(?{prefix}){source}" if prefix else source

    def __repr__(self) -> str:
        return f"Regex({self.pattern!r})"

    def __reduce__(self):
        # a copy compiles on first use (see _uncompiled): a cached rule set loads fast and
        # compiles only the regexes its texts need
        return (_uncompiled, (self.pattern, self.flags))

    def __getattr__(self, name: str):
        # called only for a slot not set yet: a Regex made by _uncompiled, used for the first time
        if name in ("_re", "_raw", "groupindex"):
            self._compile()
            return object.__getattribute__(self, name)
        raise AttributeError(name)

    @property
    def groups(self) -> int:
        return self._re.groups

    def search(self, text: str):
        # most searches find nothing: ask RE2 in one call first, build a Match only on a hit
        data = text.encode("utf-8")
        if self._raw.Match(_UNANCHORED, data, 0, len(data))[0] == _NO_SPAN:
            return None
        return self._re.search(text)

    def match(self, text: str):
        return self._re.match(text)

    def fullmatch(self, text: str):
        return self._re.fullmatch(text)

    def finditer(self, text: str) -> Iterator:
        return self._re.finditer(text)

    def findall(self, text: str) -> list:
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
            if b == pos:  # an empty match here: step over one character
                pos += 1
                while pos < end and data[pos] & 0xC0 == 0x80:
                    pos += 1
            else:
                pos = b

    def sub(self, repl: str | Callable, text: str, count: int = 0) -> str:
        return self._re.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self._re.split(text, maxsplit)

    def group_span(self, m, name: str = "m") -> tuple[int, int]:
        """The span of group `name` when the pattern has one (a captured boundary
        group), else of the whole match."""
        index = self.groupindex.get(name)
        return m.span(index) if index is not None and m.start(index) >= 0 else m.span()


class RegexSet:
    """Which of several compiled patterns match somewhere in a text, in one RE2 pass
    (RE2::Set): a text that none of them matches costs one call however many there are."""

    __slots__ = ("_set", "size")

    def __init__(self, regexes: list[Regex]):
        options = re2.Options()
        options.max_mem = _MAX_MEM * 4  # the DFA of many patterns at once
        options.log_errors = False
        self._set = re2._re2.Set(re2._Anchor.UNANCHORED, options)
        self.size = len(regexes)
        for rx in regexes:
            if self._set.Add(rx.re2_source().encode("utf-8")) < 0:
                raise RegexError(f"cannot add {rx.pattern!r} to a set")
        if not self._set.Compile():
            raise RegexError("cannot compile the regex set")

    def matching(self, text: str) -> list[int]:
        """Indices (in the order given) of the patterns with a match in `text`, in no
        particular order."""
        return self._set.Match(text.encode("utf-8"))


def _uncompiled(pattern: str, flags: int) -> Regex:
    """A Regex of a pattern known to compile, compiled by RE2 when first used."""
    rx = Regex.__new__(Regex)
    rx.pattern, rx.flags = pattern, flags
    return rx


def compile(pattern: str, flags: int = 0) -> Regex:
    """Compile `pattern` with RE2; raise RegexError saying why it cannot be."""
    return Regex(pattern, flags)
