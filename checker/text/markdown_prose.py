"""The prose of a Markdown file, with every character mapped back to the source.

markdown-it-py finds the block structure (fenced and indented code, HTML blocks); inline
markup is removed line by line: heading, quote and list markers, emphasis, link targets
and bare URLs are dropped, link and image text kept, table cells put on their own
lines. Whatever is kept is the author's own characters, so spans stay exact.

Markup regions (checker.text.textmap): the lines of a blockquote (``>``, with its lazy
continuation lines) are a "quote"; a pipe-table cell under a header cell that names
prohibited wording (| 区分 | NG表現 | OK表現 |), or after a row's first cell that does, is a
"mention". An HTML block on one line keeps the regions its extraction found."""

from __future__ import annotations

from functools import lru_cache

from checker.match import linear_re
from checker.text import html_page as html
from checker.text.textmap import MappedText, TableColumns


@lru_cache(maxsize=1)
def _parser():
    """The Markdown block parser, built on first use (a plain-text check never needs it)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").disable("inline")  # block structure is all we need

_LINE_DROP = linear_re.compile(
    r"^[ \t]*(?:"
    r"(?:[-*_][ \t]*){3,}"  # thematic break
    r"|=+|-+"  # setext underline
    r"|\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?"  # table delimiter row
    r"|\[[^\]\n]+\]:[ \t]*\S+.*"  # link reference definition
    r")[ \t]*$"
)
_PREFIX = linear_re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|(?:>[ \t]?)+)?(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?")
_HEADING_TAIL = linear_re.compile(r"[ \t]+#+[ \t]*$")
# Inline pieces: (regex, group to keep or None). First match at a position wins.
_FRONT_MATTER = linear_re.compile(r"---[ \t]*\r?\n.*?\n---[ \t]*(?:\r?\n|$)", linear_re.DOTALL)
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_INLINE = linear_re.compile(
    r"!?\[(?P<text>[^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)"  # [text](url), ![alt](src)
    r"|!?\[(?P<ref>[^\]\n]+)\]\[[^\]\n]*\]"  # [text][ref]
    r"|<(?P<mail>mailto:[^>\s]+|[\w.+-]+@[\w-]+\.[\w.-]+)>"  # <mailto:…>: a contact point, keep
    r"|<(?:https?|ftp)://[^>\s]*>"  # autolink
    r"|(?:https?|ftp)://[^\s)<>\]]+"  # bare URL
    r"|<!--.*?-->|</?[A-Za-z][^<>\n]*>"  # inline HTML
    r"|\\(?P<esc>[!-/:-@\[-`{-~])"  # backslash escape
    r"|\*{1,3}|~~|`+|(?P<under>_{1,3})"  # emphasis, code ticks (snake_case stays: see _inline)
    r"|(?P<pipe>\|)"
)


def _drop_lines(tokens, n_lines: int) -> list[bool]:
    """Lines that hold code (fenced or indented): not prose, never checked."""
    drop = [False] * n_lines
    for tok in tokens:
        if tok.type in ("fence", "code_block") and tok.map:
            for i in range(tok.map[0], min(tok.map[1], n_lines)):
                drop[i] = True
    return drop


def _html_lines(tokens, n_lines: int) -> list[bool]:
    mark = [False] * n_lines
    for tok in tokens:
        if tok.type == "html_block" and tok.map:
            for i in range(tok.map[0], min(tok.map[1], n_lines)):
                mark[i] = True
    return mark


def _quote_lines(tokens, n_lines: int) -> list[bool]:
    """Lines inside a blockquote (nested ones counted once: a running depth, linear)."""
    depth = [0] * (n_lines + 1)
    for tok in tokens:
        if tok.type == "blockquote_open" and tok.map:
            depth[min(tok.map[0], n_lines)] += 1
            depth[min(tok.map[1], n_lines)] -= 1
    inside, level = [False] * n_lines, 0
    for i in range(n_lines):
        level += depth[i]
        inside[i] = level > 0
    return inside


def _table_rows(tokens) -> dict[int, bool]:
    """Line of each pipe-table row -> whether it is the header row."""
    rows: dict[int, bool] = {}
    head = False
    for tok in tokens:
        if tok.type in ("thead_open", "thead_close"):
            head = tok.type == "thead_open"
        elif tok.type == "tr_open" and tok.map:
            rows[tok.map[0]] = head
    return rows


def _table_row(out: MappedText, row: str, line_start: int, pipes: list[int], header: bool,
               columns: TableColumns) -> None:
    """Record the mention cells of one pipe-table row (extracted from `line_start` on, cut
    at `pipes`: textmap.TableColumns)."""
    bounds = [line_start, *pipes, len(out)]
    cells = list(zip(bounds, bounds[1:], strict=False))
    stripped = row.strip()
    if stripped.startswith("|") and cells:
        cells = cells[1:]  # before the leading pipe
    if stripped.endswith("|") and not stripped.endswith("\\|") and cells:
        cells = cells[:-1]  # after the trailing pipe
    columns.new_row()
    for col, (s, e) in enumerate(cells):
        columns.close_cell(out, s, e, range(col, col + 1), header)


# a line that ends a quoted account or an exclamation (「…」（40代・女性）, …でした！): the next
# line of the same paragraph is the next utterance, as a reader sees it, not a continuation
_UTTERANCE_END = linear_re.compile(r"[」』）)！？!?]\s*$")


def _soft_breaks(tokens, n_lines: int) -> list[bool]:
    """Lines that continue into the next line of the same paragraph (a soft line break)."""
    soft = [False] * n_lines
    for tok in tokens:
        if tok.type == "paragraph_open" and tok.map:
            for i in range(tok.map[0], min(tok.map[1] - 1, n_lines)):
                soft[i] = True
    return soft


def _front_matter_end(source: str) -> int:
    """Offset just after a leading YAML front matter block (--- … ---), or 0."""
    m = _FRONT_MATTER.match(source)
    return m.end() if m else 0


def _intraword(source: str, start: int, end: int) -> bool:
    """An underscore run between two letters or digits (snake_case) is text, not emphasis."""
    return (start > 0 and end < len(source) and source[start - 1] in _ALNUM
            and source[end] in _ALNUM)


def _inline(out: MappedText, source: str, start: int, end: int, pipes: list[int] | None = None) -> None:
    """Append the prose of source[start:end]; a table pipe ends a line (its output offset
    after the break is added to `pipes`)."""
    pos = start
    for m in _INLINE.finditer(source[start:end]):
        m_start, m_end = start + m.start(), start + m.end()
        if m.group("under") is not None and _intraword(source, m_start, m_end):
            continue
        out.copy(source, pos, m_start)
        pos = m_end
        for group in ("text", "ref", "mail", "esc"):
            if m.group(group) is not None:
                out.copy(source, start + m.start(m.re.groupindex[group]), start + m.end(m.re.groupindex[group]))
                break
        else:
            if m.group("pipe"):
                out.line_break(m_start)
                if pipes is not None:
                    pipes.append(len(out))
    out.copy(source, pos, end)


def extract(source: str) -> MappedText:
    """The prose of `source` (Markdown), mapped to source offsets."""
    out = MappedText()
    body_start = _front_matter_end(source)
    lines = source[body_start:].splitlines(keepends=True)
    tokens = _parser().parse(source[body_start:])
    code, raw_html = _drop_lines(tokens, len(lines)), _html_lines(tokens, len(lines))
    soft = _soft_breaks(tokens, len(lines))
    quoted, rows = _quote_lines(tokens, len(lines)), _table_rows(tokens)
    columns = TableColumns()  # of the current pipe table
    pos = body_start
    for i, line in enumerate(lines):
        content = line.rstrip("\r\n")
        start, end = pos, pos + len(content)
        pos += len(line)
        if code[i] or _LINE_DROP.match(content):
            out.line_break(start)
            continue
        line_start = len(out)
        if raw_html[i]:
            block = html.extract(content)
            for ch, s, e in zip(block.chars, block.starts, block.ends, strict=True):
                out.put(ch, start + s, start + e)
            out.regions += [(kind, line_start + s, line_start + e) for kind, s, e in block.regions]
        else:
            prefix = _PREFIX.match(content)
            tail = _HEADING_TAIL.search(content)
            a, b = start + prefix.end(), start + (tail.start() if tail else len(content))
            pipes: list[int] | None = [] if i in rows else None
            _inline(out, source, a, b, pipes)
            if pipes is not None:
                if rows[i]:
                    columns = TableColumns()  # a header row starts a table
                _table_row(out, source[a:b], line_start, pipes, rows[i], columns)
        if soft[i] and not content.endswith(("  ", "\\")) and _UTTERANCE_END.search(content) is None:
            out.put_collapsed(" ", end, end + 1)  # rendered as a space, like HTML
        else:
            out.line_break(end)
        if quoted[i]:
            last = out.regions[-1] if out.regions else None
            if last is not None and last[0] == "quote" and last[2] == line_start:
                out.regions[-1] = ("quote", last[1], len(out))  # the blockquote's next line
            else:
                out.regions.append(("quote", line_start, len(out)))
    while out.chars and out.chars[-1] in " \n":
        out.pop()
    out.trim_regions()
    return out
