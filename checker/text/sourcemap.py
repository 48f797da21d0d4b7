"""Where a checked character came from, and its (line, column) in the user's file.

Three maps compose into one `SourceMap`: `normalize.NormalizedText` (normalised text →
checked text), `load.LoadedText` (checked text → the decoded file, built for HTML and
Markdown by `textmap.MappedText`) and `LineIndex` (file offset → 1-based line, column).
Line breaks are \\n, \\r\\n and a lone \\r everywhere (`LINE_BREAK`), reports included."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.match import linear_re

if TYPE_CHECKING:
    from checker.models import Finding
    from checker.text.load import LoadedText

LINE_BREAK = r"\r\n?|\n"
_LINE_BREAK = linear_re.compile(LINE_BREAK)
_SPLIT = re.compile(LINE_BREAK)  # `re`: report text may hold lone surrogates, which RE2 cannot read


def split_lines(text: str) -> list[str]:
    """`text` cut at every line break (the breaks dropped)."""
    return _SPLIT.split(text)


@dataclass
class LineIndex:
    """Offsets → 1-based (line, column) in one text."""

    starts: list[int]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        return cls([0, *(m.end() for m in _LINE_BREAK.finditer(linear_re.scrub(text)))])

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


class SourceMap:
    """Spans of the checked `text` → spans, lines and columns of the file it was loaded from
    (`source`; without one, or for plain text, the file is `text` itself)."""

    def __init__(self, text: str, source: LoadedText | None = None):
        self.source = source if source is not None and source.offsets is not None else None
        self.file_text = self.source.original if self.source is not None else text
        self._lines: LineIndex | None = None

    @property
    def identity(self) -> bool:
        """Whether checked offsets are already file offsets."""
        return self.source is None

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of a file offset."""
        if self._lines is None:
            self._lines = LineIndex.of(self.file_text)
        return self._lines(offset)

    def locate(self, f: Finding) -> Finding:
        """A span finding of the checked text, moved onto the file with its line and column."""
        if f.scope == "document" or not f.matched_text:
            return f
        start, end = self.source.span(f.start, f.end) if self.source is not None else (f.start, f.end)
        line, column = self.position(start)
        return f.model_copy(update=dict(start=start, end=end, line=line, column=column,
                                        matched_text=self.file_text[start:end]))
