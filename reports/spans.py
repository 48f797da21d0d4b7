"""Span arithmetic shared by the formats: end positions, source lines, UTF-8 columns."""

from __future__ import annotations

from checker.models import Finding
from checker.text.sourcemap import split_lines


def is_disclosure(f: Finding) -> bool:
    """A document-level finding (something the page fails to state), or one whose span is empty:
    nothing to quote or mark."""
    return f.scope == "document" or not f.matched_text


def end_position(f: Finding) -> tuple[int, int]:
    """(line, column) just after the span, 1-based, columns in code points."""
    parts = split_lines(f.matched_text)
    if len(parts) == 1:
        return f.line, f.column + len(f.matched_text)
    return f.line + len(parts) - 1, len(parts[-1]) + 1


def source_line(text: str | None, line: int) -> str | None:
    if text is None:
        return None
    lines = split_lines(text)
    return lines[line - 1] if 0 < line <= len(lines) else None


def utf8_column(line_text: str | None, column: int) -> int:
    """A code-point column as a 1-based UTF-8 byte column (what reviewdog expects)."""
    if line_text is None:
        return column
    return len(line_text[: column - 1].encode("utf-8")) + 1
