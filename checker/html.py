"""Visible text of an HTML page, with every character mapped back to the source markup.

Why the standard library's `html.parser` and not selectolax: the checker must point at
the user's own characters, and only a tokenizer that reports source positions can do
that (selectolax's lexbor backend has no positions; its `raw_value` is not implemented).
`html.parser` is the WHATWG-style tokenizer that ships with Python; it never raises on
malformed markup and treats <script>/<style> bodies as raw text.

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
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from .textmap import MappedText


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
_CONTACT = re.compile(r"(?:0\d{1,4}[-‐－−ー() ]*\d{1,4}[-‐－−ー() ]*\d{3,4}|[\w.+-]+@[\w-]+\.[\w.-]+|TEL|Tel|電話)")
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{0,31};?)")
_RAW_TOKEN = re.compile(rf"(?P<ws>[ \t\n\r\f\u00a0]+)|{_ENTITY.pattern}")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _attr_span(tag_text: str, name: str) -> tuple[int, int] | None:
    """Offsets of attribute `name`'s raw value inside a start tag's source text."""
    m = re.search(rf"""[\s/]{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", tag_text, re.I)
    if not m:
        return None
    group = next(g for g in (1, 2, 3) if m.group(g) is not None)
    return m.start(group), m.end(group)


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.out = MappedText()
        self.stack: list[tuple[str, bool, bool, bool]] = []  # (tag, hides, is boilerplate, kept in boilerplate)
        self.hidden = 0
        self.boiler = 0
        self.content_roots = 0
        self.kept = 0  # inside a heading, or a catch-copy paragraph of the page header
        self.pending = MappedText()  # current boilerplate line, kept only if it is a contact

    # -- positions -------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

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
        for m in _RAW_TOKEN.finditer(src, start, end):
            sink.copy(src, pos, m.start())
            pos = m.end()
            if m.group("ws"):
                sink.put_collapsed(" ", m.start(), m.end())
                continue
            decoded = unescape(m.group())
            if decoded == m.group():
                sink.copy(src, m.start(), m.end())  # not an entity after all (&unknown;)
            elif len(decoded) == 1:
                sink.put_collapsed(decoded, m.start(), m.end())
            else:
                sink.put(decoded, m.start(), m.end())
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
        return any(entry[0] == tag for entry in self.stack)

    def _emit_attr(self, tag_start: int, tag_text: str, name: str) -> None:
        span = _attr_span(tag_text, name)
        if span and tag_text[span[0]:span[1]].strip():
            self._break(tag_start)
            self._emit_raw(tag_start + span[0], tag_start + span[1])
            self._break(tag_start + span[1])

    # -- parser callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        tag_text = self.get_starttag_text() or ""
        a = {k.lower(): (v or "") for k, v in attrs}
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
        self.stack.append((tag, hides, boiler, kept))
        self.hidden += hides
        self.boiler += boiler
        self.content_roots += tag in CONTENT_ROOTS
        self.kept += kept

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        at = self._pos()
        if tag in BLOCK or tag in HEADINGS:
            self._break(at)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, hides, boiler, kept in self.stack[i:]:
                    self.hidden -= hides
                    self.boiler -= boiler
                    self.content_roots -= t in CONTENT_ROOTS
                    self.kept -= kept
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        start = self._pos()
        self._emit_raw(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def _entity(self) -> None:
        start = self._pos()
        m = _ENTITY.match(self.source, start)
        if m:
            self._emit_raw(start, m.end())


def extract(source: str) -> MappedText:
    """The visible text of `source` (an HTML document), mapped to source offsets."""
    parser = _Extractor(source)
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # the tokenizer is lenient; this guards against interpreter-specific edge cases
        return _fallback(source)
    parser._break(len(source))
    out = parser.out
    while out.chars and out.chars[-1] in " \n":
        out.pop()
    return out


def _fallback(source: str) -> MappedText:
    """Tag-stripping extraction for input the tokenizer rejects."""
    out = MappedText()
    pos = 0
    for m in re.finditer(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", source, re.S | re.I):
        out.copy(source, pos, m.start())
        out.line_break(m.start())
        pos = m.end()
    out.copy(source, pos, len(source))
    return out


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a <meta> tag declares in the first 4 KiB (the HTML prescan), if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def looks_like_html(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<meta", "<body"))
