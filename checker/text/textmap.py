"""Text assembled from pieces of a source document, remembering where each character came from.

HTML and Markdown extraction build the checked text with `MappedText`; every character
carries the half-open span of the source characters it stands for, so a finding in the
checked text can be moved back onto the user's file (see `LoadedText.span`)."""

from __future__ import annotations

_SPACE = frozenset(" \t\n\r\f\v\u00a0")


class MappedText:
    """An append-only string whose characters map to source spans."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def __len__(self) -> int:
        return len(self.chars)

    def last(self) -> str:
        return self.chars[-1] if self.chars else ""

    def put(self, text: str, start: int, end: int) -> None:
        """Append `text`, every character standing for source[start:end]."""
        for ch in text:
            self.chars.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def copy(self, source: str, start: int, end: int) -> None:
        """Append source[start:end] verbatim (one source character per character)."""
        self.chars.extend(source[start:end])
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))

    def put_collapsed(self, text: str, start: int, end: int) -> None:
        """Append like HTML renders inline text: whitespace runs become one space."""
        if text in _SPACE:
            if self.chars and self.chars[-1] not in (" ", "\n"):
                self.put(" ", start, end)
            return
        self.put(text, start, end)

    def line_break(self, at: int) -> None:
        """End the current line (no empty lines, no trailing space)."""
        while self.chars and self.chars[-1] == " ":
            self.pop()
        if self.chars and self.chars[-1] != "\n":
            self.put("\n", at, at)

    def pop(self) -> None:
        self.chars.pop()
        self.starts.pop()
        self.ends.pop()

    def text(self) -> str:
        return "".join(self.chars)
