"""Cutting a text into segments for in-place highlighting: the one segmentation behind the
web form's highlighted copy (api/render.py) and the HTML report's numbered lines
(reports/highlight.py).

Findings of different categories may overlap or cross, so they cannot be nested
elements; instead the text is cut at every span boundary and each segment knows
which findings cover it. Offsets are Python code points, the same unit as
`Finding.start/end`, so emoji and surrogate pairs need no conversion."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
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
    def anchor(self) -> int | None:
        """The first finding that starts here (the segment carrying its link target)."""
        return self.opening[0] if self.opening else None


def segments(text: str, findings: Sequence[Finding], marked: Iterable[int] | None = None) -> list[Segment]:
    """Segments covering `text` exactly once, in order; `marked` are the indexes of the
    findings to mark (default: all). Empty or out-of-range spans are clamped or skipped."""
    n = len(text)
    ends: dict[int, int] = {}
    opening: dict[int, list[int]] = defaultdict(list)
    for i in range(len(findings)) if marked is None else sorted(marked):
        f = findings[i]
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
