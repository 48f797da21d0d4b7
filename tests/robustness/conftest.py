"""Shared helpers for the robustness suite: reference line/column and span invariants.

Hypothesis runs derandomized (a fixed seed per test) with no example database, so CI
sees the same examples on every run and nothing is written into the tree."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, settings

_BREAK = re.compile(r"\r\n|\r|\n")

# Bounded, reproducible property runs: same examples every run, no timing deadline.
STABLE = settings(derandomize=True, deadline=None, database=None, max_examples=100,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def stable(max_examples: int) -> settings:
    """STABLE with another example count."""
    return settings(STABLE, max_examples=max_examples)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column in code points) of `offset`, lines ending at \\n, \\r\\n or a lone \\r.

    Written independently of checker.text.sourcemap.LineIndex on purpose."""
    line, line_start = 1, 0
    for m in _BREAK.finditer(text):  # the whole text: a \r\n is one break even at `offset`
        if m.end() > offset:
            break
        line, line_start = line + 1, m.end()
    return line, offset - line_start + 1


def assert_spans_point_into(text: str, findings) -> None:
    """Every finding's span is inside `text`, quotes it exactly and agrees with line/column."""
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), (f.rule_id, f.start, f.end, len(text))
        assert text[f.start:f.end] == f.matched_text, (f.rule_id, f.start, f.end)
        assert (f.line, f.column) == line_column(text, f.start), (f.rule_id, f.start)
