"""Text assembled from pieces of a source document, remembering where each character came from.

HTML and Markdown extraction build the checked text with `MappedText`; every character
carries the half-open span of the source characters it stands for, so a finding in the
checked text can be moved back onto the user's file (see `LoadedText.span`).

Markup regions (issue 18, text about claims is not a claim): the extractors also record
what the markup said about a stretch of the text, which the plain lines lose, as
`(kind, start, end)` in the extracted text's offsets:

- ``"quote"``: a blockquote (HTML <blockquote>, <q>; Markdown ``>`` lines): someone
  else's words, which an article reproduces like a 「」 quotation;
- ``"mention"``: a table cell in a column whose header says the column holds prohibited
  wording (禁止表現の例, NG表現, 使用できない表現, ×), or in a row whose first cell says so:
  the claims listed there are mentioned, not made.

The header vocabulary is data (rules/lexicon.yml): see `header_kind`."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from functools import cache

_SPACE = frozenset(" \t\n\r\f\v\u00a0")
Region = tuple[str, int, int]  # (kind: "quote" | "mention", start, end) in the extracted text
MAX_HEADER = 40  # characters of a header cell: a longer cell is prose, not a column header


class MappedText:
    """An append-only string whose characters map to source spans."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.regions: list[Region] = []

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

    def span_text(self, start: int, end: int) -> str:
        return "".join(self.chars[start:end])

    def trim_regions(self) -> None:
        """Clip the regions to the text (trailing whitespace was popped after they closed)
        and drop the empty ones."""
        n = len(self.chars)
        self.regions = [(k, min(s, n), min(e, n)) for k, s, e in self.regions if min(e, n) > min(s, n)]


@cache
def _words(name: str) -> str:
    """A word class of rules/lexicon.yml as an alternation, longest first (as
    checker.judge.context.words reads them; imported here only when a table has a header)."""
    import re

    from checker.match.patterns import lexicon

    terms = lexicon().get(name)
    if not terms:
        raise KeyError(f"rules/lexicon.yml has no word class {name!r}")
    return "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))


@cache
def _header_patterns():
    """(decisive, prohibited, permitted, why) regexes over a header cell, from rules/lexicon.yml:
    `ctx_ng_column` names a column of prohibited wording whatever else the cell says (×,
    修正前); `ctx_ng_marker`, or a forbidding word before a wording noun (掲載できない文言),
    does unless the cell also names permitted wording (`ctx_ok_marker`,
    `ctx_rewrite_header`: OK表現, 代替表現); `why` names a column that explains the wording
    next to it (使用しない理由, 問題点, 解説)."""
    from checker.match import linear_re

    decisive = linear_re.compile(_words("ctx_ng_column"))
    forbid = f"{_words('ctx_prohibition')}|{_words('ctx_not_used')}"
    prohibited = linear_re.compile(  # NG not inside a Latin word (ANTI-AGING)
        rf"(?:^|[^A-Za-z])(?:{_words('ctx_ng_marker')})|(?:{forbid})[^。]{{0,8}}?(?:{_words('ctx_wording')})")
    permitted = linear_re.compile(f"{_words('ctx_ok_marker')}|{_words('ctx_rewrite_header')}")
    why = linear_re.compile(r"^[^。]{0,10}(?:理由|問題点|解説|なぜ|根拠|注意点|指摘事項|考え方)\s*[:：]?$")
    return decisive, prohibited, permitted, why


def header_kind(cell: str) -> str | None:
    """What a table header cell (or a row's label cell) says its column (row) holds: "ng",
    prohibited wording (禁止表現の例, NG表現, 使用できない表現, ×); "ok", permitted wording
    (代替表現の例, OK表現); "why", the reason for it (使用しない理由); else None."""
    cell = unicodedata.normalize("NFKC", cell.strip())
    if not cell or len(cell) > MAX_HEADER or "。" in cell:
        return None
    decisive, prohibited, permitted, why = _header_patterns()
    if decisive.search(cell) is not None:
        return "ng"
    if permitted.search(cell) is not None:
        return "ok"
    if prohibited.search(cell) is not None:
        return "ng"
    return "why" if why.search(cell) is not None else None


class TableColumns:
    """What the header row and row labels of one table say its cells hold, and which cells
    are therefore mentions (shared by the HTML and Markdown extractors)."""

    __slots__ = ("kinds", "row_ng")

    def __init__(self) -> None:
        self.kinds: dict[int, str] = {}  # column -> "ng" | "ok" | "why", from its header cell
        self.row_ng = False  # the current row's first cell names prohibited wording

    def new_row(self) -> None:
        self.row_ng = False

    def close_cell(self, out: MappedText, start: int, end: int, cols: range, header: bool) -> None:
        """A cell of `out[start:end]` spanning columns `cols` (empty: beyond the columns read)
        is complete. A header cell names its columns; a row's first cell may label its row
        (× | 副作用なし, in the first row too); a body cell under a column of prohibited
        wording, or a cell after such a row label and not in a permitted column, is recorded
        as a "mention" region."""
        first = cols.start == 0
        kind = None
        if (header or first) and end - start <= 2 * MAX_HEADER:
            kind = header_kind(out.span_text(start, end))
        if header and kind is not None:
            for c in cols:
                self.kinds[c] = kind
        if first:
            self.row_ng = kind == "ng"
        under_ng = not header and len(cols) > 0 and (
            all(self.kinds.get(c) == "ng" for c in cols)
            # the reason a listed wording is not used (化粧品の範囲を超えるため): about it, not a claim
            or (all(self.kinds.get(c) == "why" for c in cols) and "ng" in self.kinds.values()))
        labelled = not first and self.row_ng and all(self.kinds.get(c) != "ok" for c in cols)
        # in a table with a column of prohibited wording, a row's first cell is the category
        # of that wording (効果の保証, 最大級・No.1): about the wording, not a claim
        about = (not header and first and any(k == "ng" for c, k in self.kinds.items() if c > 0)
                 and all(self.kinds.get(c) != "ok" for c in cols))
        if under_ng or labelled or about:
            out.regions.append(("mention", start, end))


def spans_of(regions: list[Region] | tuple[Region, ...], kind: str) -> list[tuple[int, int]]:
    """The regions of one kind as sorted, disjoint spans (nested and overlapping ones merged)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted((s, e) for k, s, e in regions if k == kind and e > s):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of `spans` (sorted, disjoint: from `spans_of`)."""
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and end <= spans[i][1] and start < spans[i][1]
