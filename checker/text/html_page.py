"""Visible text of an HTML page, with every character mapped back to the source markup.

Why a small tokenizer of our own and not selectolax: the checker must point at the
user's own characters, and only a tokenizer that reports source positions can do that
(selectolax's lexbor backend has no positions; its `raw_value` is not implemented). The
standard library's `html.parser` reports positions but is superlinear on malformed input
(an unclosed `<a ` repeated 20,000 times took 45 s, unclosed comments and unmatched end
tags seconds), so `_tokens` below scans the page in one forward pass, as a browser does.
A `<` not followed by a tag name is text, and so is everything from a tag or comment that
the input leaves open (as `html.parser` read it: nothing is dropped unchecked);
<script>/<style> bodies are raw text. It never raises on malformed markup, and every step
moves forward: time is linear in the input (tests/test_html_linear.py).

What the checker reads:
- text nodes, with whitespace collapsed as a browser would; inline tags (b, span, a,
  ruby …) do not split words, so ``副作用<b>ゼロ</b>`` reads as 副作用ゼロ;
- block elements and table cells end a line, so sentences never merge across them; a
  <br> only wraps the line (``副作用<br>ゼロ`` is one phrase), except in boilerplate;
- headings, <title>, ``<meta name="description">``, image ``alt`` and button labels;
- NOT script/style/noscript/template/iframe, ruby annotations (<rt>, <rp>), elements
  marked ``hidden`` / ``aria-hidden="true"`` / ``display:none``, and page-level
  nav/header/footer boilerplate. From boilerplate only headings, the page header's
  catch-copy paragraphs (<header><p>) and lines that give a contact point (phone,
  e-mail, <address>) are kept: the 限定解除 check needs the contact that clinics put in
  the footer.

A phrase that straddles a tag (``副作用<b>ゼロ``) maps to the whole source range,
markup included; that is the honest span in the original file.

Markup regions (checker.text.textmap): each <blockquote> and <q> is a "quote"; each table
cell under a header cell that names prohibited wording (禁止表現の例, NG表現, ×), or after
a row's first cell that does, is a "mention" (`textmap.TableColumns`). Columns are counted as a browser
lays them out (colspan, rowspan; a <td> or <tr> closes an open cell), up to `_MAX_COLS`;
the header is the table's first row and its <thead> rows. A region closes when its element
does, however the markup closes it (an end tag, an enclosing end tag, the end of input).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from html import unescape

from checker.match import linear_re
from checker.text.textmap import MappedText, TableColumns


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


BLOCK = _tags(
    "address article aside blockquote body button caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li "
    "main menu nav ol option p pre section select summary table tbody td textarea tfoot th thead "
    "title tr ul"
)
VOID = _tags("area base br col embed hr img input keygen link meta param source track wbr")
SKIP = _tags("script style noscript template iframe object rt rp")
BOILERPLATE = frozenset(("nav", "header", "footer"))
CONTENT_ROOTS = frozenset(("article", "main", "section"))
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_CONTACT = linear_re.compile(r"(?:0\d{1,4}[-‐－−ー() ]*\d{1,4}[-‐－−ー() ]*\d{3,4}|[\w.+-]+@[\w-]+\.[\w.-]+|TEL|Tel|電話)")
_ENTITY = linear_re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{0,31};?)")
_RAW_TOKEN = linear_re.compile(rf"(?P<ws>[ \t\n\r\f\u00a0]+)|{_ENTITY.pattern}")
_HIDDEN_STYLE = linear_re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", linear_re.IGNORECASE)


@lru_cache(maxsize=64)
def _attr_value(name: str) -> linear_re.Regex:
    return linear_re.compile(rf"""[\s/]{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", linear_re.IGNORECASE)


def _attr_span(tag_text: str, name: str) -> tuple[int, int] | None:
    """Offsets of attribute `name`'s raw value inside a start tag's source text."""
    m = _attr_value(name).search(tag_text)
    if not m:
        return None
    group = next(g for g in (1, 2, 3) if m.group(g) is not None)
    return m.start(group), m.end(group)


_ATTR = linear_re.compile(r"""([^\s/=][^\s/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S*)))?""")
_RAW_TEXT_TAGS = ("script", "style")
_END_TAG_AFTER = frozenset("\t\n\f\r />")


def _raw_text_end(src: str, tag: str, pos: int) -> int:
    """Offset of the `</tag` that ends a script or style element from `pos`, or -1 (a
    plain scan: searching the whole source again from each offset would be quadratic)."""
    n = len(tag)
    i = src.find("</", pos)
    while i >= 0:
        j = i + 2 + n
        if src[i + 2:j].lower() == tag and j < len(src) and src[j] in _END_TAG_AFTER:
            return i
        i = src.find("</", i + 2)
    return -1
_SPACES = " \t\n\r\f"


def _tag_end(src: str, i: int) -> int:
    """Index of the `>` that closes a tag whose attributes start at `i`, or -1 when the input
    ends inside the tag. A quoted attribute value (after `=`) may hold `>`; a quote that is
    never closed does not count (the tag ends at its first `>`). Every search starts where
    the previous one stopped, so scanning a tag is linear in its length."""
    gt = first = src.find(">", i)
    while gt >= 0:
        eq = src.find("=", i, gt)
        if eq < 0:
            return gt
        j = eq + 1
        while j < gt and src[j] in _SPACES:
            j += 1
        if j < gt and src[j] in "\"'":
            close = src.find(src[j], j + 1)
            if close < 0:
                return first
            i = close + 1
            if i > gt:
                gt = src.find(">", i)
        else:
            i = j
    return -1


def _attrs(text: str) -> list[tuple[str, str]]:
    """(lower-case name, decoded value) of each attribute in a tag's attribute text."""
    out = []
    for m in _ATTR.finditer(text):
        value = next((v for v in m.group(2, 3, 4) if v is not None), "")
        out.append((m.group(1).lower(), unescape(value) if "&" in value else value))
    return out


def _name_end(src: str, i: int) -> int:
    n = len(src)
    while i < n and src[i] not in " \t\n\r\f/>":
        i += 1
    return i


Token = tuple  # ("text", start, end) | ("start", tag, attrs, start, end, self_closing) | ("end", tag, start)


def _tokens(src: str) -> Iterator[Token]:
    """The page as text runs (raw: entities still encoded), start tags and end tags, with
    source offsets. Comments, doctypes and processing instructions are skipped."""
    n, pos, text_from = len(src), 0, 0
    while True:
        lt = src.find("<", pos)
        if lt < 0 or lt + 1 >= n:
            break
        nxt = src[lt + 1]
        if nxt.isascii() and nxt.isalpha():  # start tag
            name_end = _name_end(src, lt + 1)
            gt = _tag_end(src, name_end)
            if gt < 0:  # the input ends inside the tag: the rest is read as text
                break
            if text_from < lt:
                yield ("text", text_from, lt)
            tag = src[lt + 1:name_end].lower()
            inner = src[name_end:gt]
            self_closing = inner.endswith("/")
            yield ("start", tag, _attrs(inner), lt, gt + 1, self_closing)
            pos = text_from = gt + 1
            if tag in _RAW_TEXT_TAGS and not self_closing:
                raw_end = _raw_text_end(src, tag, pos)
                raw_end = raw_end if raw_end >= 0 else n
                if pos < raw_end:
                    yield ("text", pos, raw_end)
                pos = text_from = raw_end
            continue
        if nxt == "/":
            after = src[lt + 2:lt + 3]
            if after.isascii() and after.isalpha():  # end tag (attributes in it are ignored)
                name_end = _name_end(src, lt + 2)
                gt = _tag_end(src, name_end)
                if gt < 0:
                    break
                if text_from < lt:
                    yield ("text", text_from, lt)
                yield ("end", src[lt + 2:name_end].lower(), lt)
                pos = text_from = gt + 1
                continue
            close = lt + 2 if after == ">" else src.find(">", lt + 2)  # </> or a bogus comment
        elif nxt == "!" and src.startswith("<!--", lt):
            if src.startswith(">", lt + 4) or src.startswith("->", lt + 4):  # <!--> and <!---> are empty
                close = src.index(">", lt + 4)
            else:
                close = src.find("-->", lt + 4)
                close = close + 2 if close >= 0 else -1
        elif nxt in "!?":  # doctype, CDATA, processing instruction: skipped up to the next >
            close = src.find(">", lt + 2)
        else:  # `<` before anything else (a < b, <3) is text
            pos = lt + 1
            continue
        if close < 0:  # a comment left open: the rest is read as text
            break
        if text_from < lt:
            yield ("text", text_from, lt)
        pos = text_from = close + 1
    if text_from < n:
        yield ("text", text_from, n)


_MAX_COLS = 16  # columns of a table whose headers are read (a column of wording is among the first)
_MAX_HEADER_ROWS = 4  # <thead> rows read as headers
_MAX_SPAN = 65534  # the HTML limit of rowspan


def _span(value: str | None, limit: int) -> int:
    """A colspan/rowspan attribute as a count in 1..limit, read from its leading ASCII digits
    as browsers do (none: 1; rowspan=0 runs to the end of the table)."""
    value = (value or "").strip()
    i = 0
    while i < len(value) and i < 6 and "0" <= value[i] <= "9":
        i += 1
    if not i:
        return 1
    n = int(value[:i])
    return limit if n == 0 and limit == _MAX_SPAN else max(1, min(n, limit))


class _Table:
    """Column bookkeeping of one open <table> (for the "mention" regions)."""

    __slots__ = ("busy", "cell", "col", "columns", "head", "rows", "start")

    def __init__(self, start: int = 0) -> None:
        self.start = start  # where the table's text begins
        self.columns = TableColumns()
        self.busy: dict[int, int] = {}  # column -> last row a rowspan cell occupies
        self.rows = 0  # rows begun
        self.col = 0  # next column of the current row
        self.head = False  # inside <thead>
        self.cell: _Cell | None = None  # the open cell


class _Cell:
    __slots__ = ("col", "header", "span", "start", "table")

    def __init__(self, table: _Table, start: int, col: int, span: int, header: bool) -> None:
        self.table, self.start, self.col, self.span, self.header = table, start, col, span, header


class _Extractor:
    def __init__(self, source: str) -> None:
        self.source = source
        self.out = MappedText()
        # (tag, hides, is boilerplate, kept in boilerplate, region mark: a quote's start, a _Table, a _Cell)
        self.stack: list[tuple[str, bool, bool, bool, object]] = []
        self.tables: list[_Table] = []  # open tables, innermost last
        self.open = Counter()  # tag -> how many are on the stack (no scan for an unmatched end tag)
        self.hidden = 0
        self.boiler = 0
        self.content_roots = 0
        self.kept = 0  # inside a heading, or a catch-copy paragraph of the page header
        self.pending = MappedText()  # current boilerplate line, kept only if it is a contact

    def run(self) -> None:
        for token in _tokens(self.source):
            kind = token[0]
            if kind == "text":
                self._emit_raw(token[1], token[2])
            elif kind == "start":
                _, tag, attrs, start, end, self_closing = token
                self.handle_starttag(tag, attrs, start, self.source[start:end])
                if self_closing and tag not in VOID:
                    self.handle_endtag(tag, start)
            else:
                self.handle_endtag(token[1], token[2])

    # -- output ----------------------------------------------------------------------
    def _sink(self) -> MappedText | None:
        if self.hidden:
            return None
        if self.boiler and not self.kept:
            return self.pending
        return self.out

    def _emit_raw(self, start: int, end: int) -> None:
        """Append source[start:end] (raw text, entities still encoded) as rendered text."""
        sink = self._sink()
        if sink is None:
            return
        src, pos = self.source, start
        for m in _RAW_TOKEN.finditer(src[start:end]):
            m_start, m_end = start + m.start(), start + m.end()
            sink.copy(src, pos, m_start)
            pos = m_end
            if m.group("ws"):
                sink.put_collapsed(" ", m_start, m_end)
                continue
            decoded = unescape(m.group())
            if decoded == m.group():
                sink.copy(src, m_start, m_end)  # not an entity after all (&unknown;)
            elif len(decoded) == 1:
                sink.put_collapsed(decoded, m_start, m_end)
            else:
                sink.put(decoded, m_start, m_end)
        sink.copy(src, pos, end)

    def _break(self, at: int) -> None:
        if self.pending.chars:
            line = self.pending.text()
            if _CONTACT.search(line) or self._in("address"):
                self.out.line_break(at)
                self.out.chars += self.pending.chars
                self.out.starts += self.pending.starts
                self.out.ends += self.pending.ends
                self.out.line_break(at)
            self.pending = MappedText()
        self.out.line_break(at)

    def _line_wrap(self, start: int, end: int) -> None:
        """<br> inside a paragraph wraps a line of copy (副作用<br>ゼロ is one phrase): a space.
        In boilerplate it still separates lines, so a contact line is judged on its own."""
        sink = self._sink()
        if sink is self.pending:
            self._break(start)
        elif sink is not None:
            sink.put_collapsed(" ", start, end)

    def _in(self, tag: str) -> bool:
        return self.open[tag] > 0

    def _emit_attr(self, tag_start: int, tag_text: str, name: str) -> None:
        span = _attr_span(tag_text, name)
        if span and tag_text[span[0]:span[1]].strip():
            self._break(tag_start)
            self._emit_raw(tag_start + span[0], tag_start + span[1])
            self._break(tag_start + span[1])

    # -- tokens ----------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str]], start: int, tag_text: str) -> None:
        a = dict(attrs)
        if tag in BLOCK:
            self._break(start)
        elif tag == "br":
            self._line_wrap(start, start + len(tag_text))
        if tag == "meta" and a.get("name", "").lower() == "description":
            self._emit_attr(start, tag_text, "content")
        elif tag == "img":
            self._emit_attr(start, tag_text, "alt")
        elif tag == "input" and a.get("type", "").lower() in ("submit", "button"):
            self._emit_attr(start, tag_text, "value")
        if tag in VOID:
            return
        hides = (tag in SKIP or "hidden" in a or a.get("aria-hidden", "").lower() == "true"
                 or bool(_HIDDEN_STYLE.search(a.get("style", ""))))
        boiler = tag == "nav" or (tag in BOILERPLATE and not self.content_roots)
        # a page header's <p> is its catch copy (世界最先端の…を、六本木で。): ad copy, not chrome
        kept = tag in HEADINGS or (tag == "p" and self._in("header") and not self._in("nav"))
        self.stack.append((tag, hides, boiler, kept, self._open_mark(tag, a)))
        self.open[tag] += 1
        self.hidden += hides
        self.boiler += boiler
        self.content_roots += tag in CONTENT_ROOTS
        self.kept += kept

    def handle_endtag(self, tag: str, at: int) -> None:
        if tag in BLOCK or tag in HEADINGS:
            self._break(at)
        if not self.open[tag]:
            return  # unmatched end tag: nothing to close
        while self.stack:  # close up to and including the innermost open `tag`
            t, hides, boiler, kept, mark = self.stack.pop()
            if mark is not None:
                self._close_mark(mark)
            self.open[t] -= 1
            self.hidden -= hides
            self.boiler -= boiler
            self.content_roots -= t in CONTENT_ROOTS
            self.kept -= kept
            if t == tag:
                break

    # -- markup regions (checker.text.textmap) -----------------------------------------------
    def _open_mark(self, tag: str, a: dict[str, str]) -> object:
        """What closing this element records: a quote's start, a table, a cell (else None)."""
        if tag in ("blockquote", "q"):
            return len(self.out)
        if tag == "table":
            table = _Table(len(self.out))
            self.tables.append(table)
            return table
        if not self.tables:
            return None
        table = self.tables[-1]
        if tag == "thead":
            table.head = True
            return ("thead", table)
        if tag in ("tbody", "tfoot"):
            table.head = False
        elif tag == "tr":
            self._close_cell(table)
            table.rows += 1
            table.col = 0
            table.columns.new_row()
        elif tag in ("td", "th"):
            self._close_cell(table)
            table.rows = table.rows or 1  # a cell before any <tr> begins the first row
            while table.col < _MAX_COLS and table.busy.get(table.col, 0) >= table.rows:
                table.col += 1  # under a cell of an earlier row (rowspan)
            span = _span(a.get("colspan"), _MAX_COLS)
            rowspan = _span(a.get("rowspan"), _MAX_SPAN)
            if rowspan > 1:
                for c in range(table.col, min(table.col + span, _MAX_COLS)):
                    table.busy[c] = table.rows + rowspan - 1
            header = table.rows == 1 or (table.head and table.rows <= _MAX_HEADER_ROWS)
            table.cell = _Cell(table, len(self.out), table.col, span, header)
            table.col += span
            return table.cell
        return None

    def _close_mark(self, mark: object) -> None:
        if isinstance(mark, int):
            self.out.regions.append(("quote", mark, len(self.out)))
        elif isinstance(mark, tuple):  # </thead>: later rows are the body
            mark[1].head = False
        elif isinstance(mark, _Cell):
            if mark.table.cell is mark:
                self._close_cell(mark.table)
        elif isinstance(mark, _Table):
            self._close_cell(mark)
            if mark.columns.kinds:  # its header says which columns hold wording: structure decides
                self.out.regions.append(("table", mark.start, len(self.out)))
            if self.tables and self.tables[-1] is mark:
                self.tables.pop()

    def _close_cell(self, table: _Table) -> None:
        """End the table's open cell (a header names its columns; a cell under or after
        prohibited wording is a mention: textmap.TableColumns)."""
        cell, table.cell = table.cell, None
        if cell is not None:
            cols = range(cell.col, min(cell.col + cell.span, _MAX_COLS))
            table.columns.close_cell(self.out, cell.start, len(self.out), cols, cell.header)

    def finish(self) -> None:
        """The end of input: close every region still open (unclosed tags)."""
        self._break(len(self.source))
        for *_, mark in reversed(self.stack):
            if mark is not None:
                self._close_mark(mark)
        self.stack.clear()


def extract(source: str) -> MappedText:
    """The visible text of `source` (an HTML document), mapped to source offsets."""
    parser = _Extractor(source)
    try:
        parser.run()
    except Exception:  # defensive: the tokenizer does not raise on any input we know of
        return _fallback(source)
    parser.finish()
    out = parser.out
    while out.chars and out.chars[-1] in " \n":
        out.pop()
    out.trim_regions()
    return out


_FALLBACK_SKIP = linear_re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>",
                                   linear_re.DOTALL | linear_re.IGNORECASE)


def _fallback(source: str) -> MappedText:
    """Tag-stripping extraction for input the tokenizer rejects."""
    out = MappedText()
    pos = 0
    for m in _FALLBACK_SKIP.finditer(source):
        out.copy(source, pos, m.start())
        out.line_break(m.start())
        pos = m.end()
    out.copy(source, pos, len(source))
    return out


_META_CHARSET = linear_re.compile(r"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", linear_re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a <meta> tag declares in the first 4 KiB (the HTML prescan), if any."""
    m = _META_CHARSET.search(data[:4096].decode("latin-1"))  # one char per byte: any encoding reads
    return m.group(1).lower() if m else None


def looks_like_html(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<meta", "<body"))
