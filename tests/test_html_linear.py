"""The HTML extractor takes time linear in its input, whatever the markup (issue 13, point 4).

Each case is timed at 2.5k and 40k repetitions of a hostile pattern; linear work grows ~16x,
quadratic ~256x. The assertion is on that growth ratio (tests/timing_helpers.py: best of
three, a second look at a slow run, no verdict below a noise floor), not on absolute time."""

from __future__ import annotations

import pytest
from timing_helpers import grows_linearly

from checker.text.html_page import extract

HOSTILE = {
    # 10k <span> + 10k </b> took 4.7 s: every unmatched end tag searched the whole open-tag stack
    "unmatched end tags": lambda n: "<span>" * n + "</b>" * n,
    "deep nesting then unrelated closes": lambda n: "<div>" * n + "</span></div>" * n,
    # html.parser re-scanned the rest of the input for each of these (20k `<a ` took 45 s)
    "start tags never closed": lambda n: "<a " * n,
    "comments never closed": lambda n: "<!--" * n,
    "declarations never closed": lambda n: "<![" * n,
    "end tags never closed": lambda n: "</" * n,
    "quotes never closed": lambda n: "<a " + "b='" * n,
    "attributes with > in quotes": lambda n: "<a " + "b='>' " * n + ">",
    "script never closed": lambda n: "<script>" + "</scrip" * n,
    "paragraphs in a page header": lambda n: "<header>" + "<p>副作用ゼロ" * n,
    "boilerplate lines": lambda n: "<nav>" + "<a>メニュー</a><br>" * n,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_extraction_time_grows_linearly(name):
    ok, figures = grows_linearly(extract, HOSTILE[name], (2_500, 40_000))
    assert ok, f"{name}: {figures}"


def test_20k_unmatched_tags_still_give_the_text():
    src = "<span>" * 10_000 + "副作用ゼロ" + "</b>" * 10_000
    assert extract(src).text() == "副作用ゼロ"


@pytest.mark.parametrize(("src", "text"), [
    ("<p>a < b と 3<5</p>", "a < b と 3<5"),  # `<` not before a tag name is text
    ("<p>本文<a href='x>y'>リンク</a>続き</p>", "本文リンク続き"),  # `>` inside a quoted value
    ("<p>本文<a href='x>壊れた属性</a>続き", "本文壊れた属性続き"),  # an unclosed quote ends at the first >
    ("<p>本文</p><!-- 閉じないコメント", "本文\n<!-- 閉じないコメント"),  # left open: read as text, not dropped
    ("<p>本文<a href=x", "本文<a href=x"),
    ("<SCRIPT>var a = '</b>副作用';</Script >本文", "本文"),  # raw text up to its own end tag, any case
    ("<p>本文<!---->続き<!-->後<!--->末</p>", "本文続き後末"),
    ("<p>一<br/>二</p><div/>三", "一 二\n三"),
])
def test_tokenizer_reads_malformed_markup_like_a_browser(src, text):
    m = extract(src)
    assert m.text() == text
    assert all(0 <= s <= e <= len(src) for s, e in zip(m.starts, m.ends, strict=True))
