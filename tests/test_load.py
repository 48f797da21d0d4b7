"""Loading: encodings, binary input, HTML/Markdown extraction and the offset map back to the file."""

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import check
from checker.match.rules import Rule
from checker.match.ruleset import RuleSet
from checker.project.batch import check_file
from checker.text.html_page import extract as extract_html
from checker.text.load import LoadError, decode, load_bytes, load_path
from checker.text.markdown_prose import extract as extract_md
from checker.text.sourcemap import LineIndex

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SHORT_TEXTS = ["副作用ゼロ", "肌にうるおい", "エクソソーム", "当院の点滴", "幹細胞培養上清液", "美容液", "シミ", "医",
               "①料金", "税込5,500円", "お問い合わせは03-1234-5678まで", "ｴｸｿｿｰﾑ配合"]


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:  # e.g. ① is CP932-only, half-width kana not in ISO-2022-JP
        return False
    return True


@pytest.mark.parametrize(("text", "codec"), [
    (t, c) for t in SHORT_TEXTS for c in ("utf-8", "cp932", "shift_jis", "euc_jp", "iso2022_jp") if _encodable(t, c)
])
def test_japanese_encodings_detected_even_for_short_texts(text, codec):
    decoded, _ = decode(text.encode(codec))
    assert decoded == text


def test_detected_encoding_is_reported():
    assert decode("エクソソーム配合の美容液です。".encode("euc_jp"))[1] == "euc_jp"
    assert decode("エクソソーム配合の美容液です。".encode("cp932"))[1] == "cp932"
    assert decode("エクソソーム配合の美容液です。".encode("iso2022_jp"))[1].startswith("iso2022_jp")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (b"", "utf-16"), (b"", "utf-32")])
def test_byte_order_marks(bom, codec):
    text = "ヒト幹細胞培養液を配合"
    data = bom + text.encode(codec)  # Python's utf-16/utf-32 codecs write their own BOM
    loaded = load_bytes(data, "a.txt")
    assert loaded.text == loaded.original == text
    assert not loaded.text.startswith("\ufeff")


def test_meta_charset_is_honoured():
    # A lone half-width katakana in EUC-JP is also a valid CP932 kanji; only the declaration decides.
    page = '<html><head><meta charset="EUC-JP"></head><body><p>ｱ</p></body></html>'
    data = page.encode("euc_jp")
    assert load_bytes(data, "page.txt").original != page  # without the HTML prescan: a guess
    loaded = load_bytes(data, "page.html")
    assert loaded.encoding == "euc_jp" and loaded.text == "ｱ"


def test_http_equiv_charset_and_forced_encoding():
    page = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>当院の施術</p>'
    data = page.encode("cp932")
    assert load_bytes(data, "p.htm").text == "当院の施術"
    assert load_bytes("当院の施術".encode("euc_jp"), "a.txt", encoding="euc-jp").text == "当院の施術"
    with pytest.raises(LoadError, match="cannot decode as utf-8"):
        load_bytes("当院".encode("cp932"), "a.txt", encoding="utf-8")
    with pytest.raises(LoadError, match="unknown encoding"):
        load_bytes(b"abc", "a.txt", encoding="no-such-codec")


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"abc\x00def", "binary"),
    (bytes(random.Random(7).randrange(1, 32) for _ in range(4000)), "binary"),
])
def test_binary_input_is_a_load_error(data, reason):
    with pytest.raises(LoadError, match=reason):
        load_bytes(data, "x.txt")


def test_load_path_errors(tmp_path):
    with pytest.raises(LoadError, match="folder"):
        load_path(tmp_path)
    with pytest.raises(LoadError):
        load_path(tmp_path / "missing.txt")


# -- HTML -----------------------------------------------------------------------------------

def test_inline_tags_do_not_split_words_and_span_covers_the_markup():
    src = "<p>当院の点滴は副作用<b>ゼロ</b>です。</p>"
    loaded = load_bytes(src.encode(), "a.html")
    assert loaded.text == "当院の点滴は副作用ゼロです。"
    i = loaded.text.index("副作用ゼロ")
    start, end = loaded.span(i, i + 5)
    assert loaded.original[start:end] == "副作用<b>ゼロ"


def test_visible_text_only():
    src = """<html><head><title>題名</title><meta name="description" content="説明文です">
<style>p{color:red}</style><script>var s = "副作用ゼロ";</script></head>
<body><header><nav><a href="/">メニュー</a></nav><a href="/"><img src="l.png" alt="ロゴ"></a></header>
<main><h1>見出し</h1><p><ruby>副作用<rt>ふくさよう</rt></ruby>について</p>
<noscript>有効にしてください</noscript><template><p>テンプレート</p></template>
<div hidden>隠し文字</div><span style="display: none">非表示</span>
<img src="a.jpg" alt="代替テキスト"><input type="submit" value="カートに入れる"></main>
<footer><ul><li><a href="/p">プライバシー</a></li></ul><p>TEL 03-1234-5678</p><address>東京都港区</address></footer>
</body></html>"""
    text = load_bytes(src.encode(), "a.html").text
    assert text.split("\n") == ["題名", "説明文です", "見出し", "副作用について", "代替テキスト", "カートに入れる",
                                "TEL 03-1234-5678", "東京都港区"]


def test_article_header_is_content_not_boilerplate():
    src = "<header>サイト名</header><article><header><h1>記事の見出し</h1><p>2024年5月8日</p></header>本文</article>"
    assert extract_html(src).text().split("\n") == ["記事の見出し", "2024年5月8日", "本文"]


def test_blocks_break_lines_and_whitespace_collapses():
    src = "<div>一文目\n   続き</div><p>二文目<br>続き</p><table><tr><td>料金</td><td>1回 5,000円</td></tr></table>"
    assert extract_html(src).text() == "一文目 続き\n二文目 続き\n料金\n1回 5,000円"


def test_br_wraps_copy_but_separates_boilerplate_lines():
    src = "<p>副作用<br/>ゼロ</p><footer>会社概要<br>TEL 03-1234-5678</footer>"
    assert extract_html(src).text() == "副作用 ゼロ\nTEL 03-1234-5678"


def test_entities_are_decoded_and_mapped_whole():
    src = "<p>A&amp;B &#x3042;&nbsp;C&unknown;</p>"
    m = extract_html(src)
    assert m.text() == "A&B あ C&unknown;"
    amp = m.text().index("&")
    assert src[m.starts[amp]:m.ends[amp]] == "&amp;"


@pytest.mark.parametrize("src", [
    "<p>閉じていない段落<div>入れ子<span>崩れ",
    "<<p>>><</b>副作用</i>ゼロ<!-- 閉じないコメント",
    "<script>閉じないスクリプト",
    "</nav>迷子の終了タグ</footer>本文",
    "<a href='x>属性が壊れている</a>テキスト",
    "<![CDATA[ x ]]><?php echo 1 ?><!DOCTYPE><p>本文",
    "&#99999999999; &#xZZ; &; &#;",
    "<ruby>漢<rt>かん<rt>じ</ruby>字",
    "",
])
def test_malformed_html_never_crashes(src):
    m = extract_html(src)
    assert len(m.chars) == len(m.starts) == len(m.ends)
    assert all(0 <= s <= e <= len(src) for s, e in zip(m.starts, m.ends, strict=True))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="<>/=\"'&;# !-abdiprstuv副作用ゼロ\n", max_size=80))
def test_html_fuzz_keeps_a_valid_map(src):
    m = extract_html(src)
    for ch, s, e in zip(m.chars, m.starts, m.ends, strict=True):
        assert 0 <= s <= e <= len(src)
        if ch not in " \n&" and e - s == 1:
            assert src[s] == ch


def test_crlf_html_maps_lines():
    src = "<html>\r\n<body>\r\n<p>当院の\r\n点滴</p>\r\n</body></html>"
    loaded = load_bytes(src.encode(), "a.html")
    assert loaded.text == "当院の 点滴"
    i = loaded.text.index("点滴")
    start, _ = loaded.span(i, i + 2)
    assert LineIndex.of(src)(start) == (4, 1)


def test_stdin_html_is_sniffed():
    assert load_bytes(b"<!DOCTYPE html><p>\xe6\x9c\xac\xe6\x96\x87</p>", "-").text == "本文"
    assert load_bytes(b"<b>x</b>", "-").text == "<b>x</b>"  # a fragment stays text


# -- Markdown -------------------------------------------------------------------------------

def test_markdown_markup_is_removed_and_spans_stay_exact():
    src = """---
title: front matter
---
# 副作用**ゼロ**の美容液 #

当院の[エクソソーム点滴](https://example.com/no1)は
安全です。 https://example.com/best 参照

- 項目 _強調_
> 引用 `コード`

```
副作用ゼロ（コードブロックは検査しない）
```

| 項目 | 料金 |
|---|---|
| 1回 | 55,000円 |

お問い合わせ: <info@example.jp> ![写真の説明](a.png)
"""
    m = extract_md(src)
    lines = [line.strip() for line in m.text().split("\n")]
    assert lines == ["副作用ゼロの美容液", "当院のエクソソーム点滴は 安全です。  参照", "項目 強調", "引用 コード",
                     "項目", "料金", "1回", "55,000円", "お問い合わせ: info@example.jp 写真の説明"]
    for ch, s, e in zip(m.chars, m.starts, m.ends, strict=True):
        if ch not in " \n":
            assert src[s:e] == ch


def test_markdown_soft_break_joins_a_paragraph():
    text = load_bytes("当院の点滴は副作用\nゼロです。\n\n次の段落".encode(), "a.md").text
    assert text == "当院の点滴は副作用 ゼロです。\n次の段落"


# -- Findings land on the original file ---------------------------------------------------------

@pytest.mark.parametrize("path", sorted(p for p in EXAMPLES.rglob("*") if p.suffix in (".html", ".md")),
                         ids=lambda p: p.name)
def test_finding_spans_match_the_original_file(path):
    result = check_file(path)
    original = load_path(path).original
    lines = LineIndex.of(original)
    spans = [f for f in result.findings if f.matched_text]
    for f in spans:
        assert original[f.start:f.end] == f.matched_text
        assert lines(f.start) == (f.line, f.column)
    for f in result.findings:
        if not f.matched_text:
            assert (f.line, f.column, f.start, f.end) == (1, 1, 0, 0)


def test_finding_in_html_points_at_the_tag_split_phrase():
    rule = Rule.model_validate(dict(id="T-TEST-001", category="safety-guarantee", severity="error", source="s",
                                    message="m", suggestion="s", patterns=["副作用 ~3 無い|ゼロ"]))
    src = "<html><body>\n<p>当院の点滴は副作用<b>ゼロ</b>です。</p>\n</body></html>"
    loaded = load_bytes(src.encode(), "p.html")
    [hit] = check(loaded.text, "clinic", RuleSet([rule]), source=loaded).findings
    assert hit.matched_text == "副作用<b>ゼロ" == src[hit.start:hit.end]
    assert (hit.line, hit.column) == (2, 10)


def test_page_header_catch_copy_is_checked_but_not_its_menu():
    src = ("<header><nav><p>シミ治療</p></nav><ul><li><a href='/a'>ニキビ治療</a></li></ul>"
           "<h1>美容クリニック</h1><p class='lead'>最先端のエイジングケアを、あなたに。</p></header><main>本文</main>")
    assert extract_html(src).text().split("\n") == ["美容クリニック", "最先端のエイジングケアを、あなたに。", "本文"]


def test_load_path_reads_through_safeio_caps_and_fifos(tmp_path, monkeypatch):
    """load_path reads like every other file read (checker.text.safeio): a FIFO is refused
    without blocking, and the size cap holds."""
    import os

    from checker.text import load as load_module

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="not a regular file"):
        load_path(fifo)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 101)
    monkeypatch.setattr(load_module, "MAX_BYTES", 100)
    with pytest.raises(LoadError, match="too large"):
        load_path(big)
