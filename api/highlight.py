"""Cutting a text into segments for in-place highlighting.

Findings of different categories may overlap or cross, so they cannot be nested
elements; instead the text is cut at every span boundary and each segment knows
which findings cover it. Offsets are Python code points, the same unit as
`Finding.start/end`, so emoji and surrogate pairs need no conversion."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from checker.models import Finding


@dataclass(frozen=True)
class Segment:
    """`text[start:end]`, covered by the findings at `covering` (indices)."""

    start: int
    end: int
    text: str
    covering: tuple[int, ...] = ()
    opening: tuple[int, ...] = ()  # findings whose span starts here

    @property
    def marked(self) -> bool:
        return bool(self.covering)


def segments(text: str, findings: Sequence[Finding]) -> list[Segment]:
    """Segments covering `text` exactly once, in order; empty or out-of-range spans are clamped or skipped."""
    n = len(text)
    ends: dict[int, int] = {}
    opening: dict[int, list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        start, end = min(max(f.start, 0), n), min(max(f.end, 0), n)
        if end > start:
            ends[i] = end
            opening[start].append(i)
    cuts = sorted({0, n, *opening, *ends.values()})
    out: list[Segment] = []
    active: dict[int, int] = {}
    for a, b in zip(cuts, cuts[1:], strict=False):
        for i in opening.get(a, ()):
            active[i] = ends[i]
        active = {i: e for i, e in active.items() if e > a}
        out.append(Segment(a, b, text[a:b], tuple(sorted(active)), tuple(opening.get(a, ()))))
    return out
