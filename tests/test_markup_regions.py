"""Issue 18, text about claims is not a claim: the structure of an HTML or Markdown page that
its lines lose. The loaders record markup regions (checker.text.textmap): a table column of
prohibited wording ("mention": its claims are examples, not made) and a blockquote ("quote":
in an article, someone else's words, like a 「」 quotation; in an ad, still the seller's).

Every page here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from timing_helpers import grows_linearly

from checker.engine import check
from checker.text import html_page, markdown_prose
from checker.text.load import load_bytes
from checker.text.textmap import covers, header_kind, spans_of

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _check(page: str, name: str, profile: str = "cosmetic", regions: bool = True):
    loaded = load_bytes(page.encode("utf-8"), name)
    if not regions:  # what the checker saw before issue 18: the lines alone
        loaded.regions = []
    return loaded, check(loaded.text, profile, source=loaded)


def _found(page: str, name: str, phrase: str, occurrence: int = 0, **kw) -> bool:
    """Whether a finding covers the `occurrence`-th `phrase` of the page's source."""
    at = -1
    for _ in range(occurrence + 1):
        at = page.index(phrase, at + 1)
    _, report = _check(page, name, **kw)
    return any(f.start <= at and at + len(phrase) <= f.end for f in report.findings if f.scope == "span")


def _regions(text: str, kind: str, extract) -> list[str]:
    out = extract(text)
    return [out.text()[s:e].strip() for k, s, e in out.regions if k == kind]


# -- the vocabulary of a header cell (rules/lexicon.yml) ---------------------------------------------

@pytest.mark.parametrize(("cell", "kind"), [
    ("禁止表現の例", "ng"), ("NG表現", "ng"), ("ＮＧ例", "ng"), ("使用できない表現", "ng"), ("避けるべき表現", "ng"),
    ("×", "ng"), ("掲載できない文言", "ng"), ("修正前", "ng"),
    ("代替表現の例", "ok"), ("OK表現", "ok"), ("使用できる表現", "ok"),
    ("使用しない理由", "why"), ("理由", "why"), ("問題点", "why"),
    ("分類", None), ("ANTI-AGING", None), ("商品名", None),
    ("この欄には禁止表現の例を、実際の広告で見かけたものから選んで書いています。", None),  # prose, not a header
])
def test_header_kind(cell, kind):
    assert header_kind(cell) == kind


# -- (a) a table column of prohibited wording -------------------------------------------------------

# the reason cells are prose (…にあたります。), which ends the list the line heuristics see
# (checker.judge.context.mention_lines) after the first row
POLICY = """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>出店者向けガイドライン：美容液の商品説明</title></head>
<body><main>
<h1>美容液の商品説明で守っていただくこと</h1>
<p>このガイドラインは、当モールに出店するショップが美容液を紹介するときの表示ルールをまとめたものです。</p>
<table>
<thead><tr><th>分類</th><th>禁止表現の例</th><th>理由</th><th>代替表現の例</th></tr></thead>
<tbody>
<tr><td>安全性</td><td>刺激ゼロ</td><td>安全性の保証にあたります。</td><td>アレルギーテスト済み</td></tr>
<tr><td>効能</td><td>シミが消える<br>シワがなくなる</td><td>化粧品で言える働きを越えています。</td><td>肌にうるおいを与える</td></tr>
<tr><td>順位</td><td>業界No.1の浸透力</td><td>根拠を示せない順位です。</td><td>角層のすみずみへ</td></tr>
<tr><td>実感</td><td>奇跡の美容液</td><td>誇大な表現です。</td><td>使うたびにシワがなくなる実感</td></tr>
</tbody>
</table>
<p>ご不明な点は出店者サポートまでお問い合わせください。</p>
</main></body></html>
"""


@pytest.mark.parametrize("phrase", ["シミが消える", "シワがなくなる", "No.1"])
def test_claims_in_a_prohibited_wording_column_are_not_reported(phrase):
    assert not _found(POLICY, "policy.html", phrase)


def test_a_claim_in_the_alternative_column_is_still_reported():
    # the guideline's own alternative (代替表現の例) still makes the claim: it is checked
    assert not _found(POLICY, "policy.html", "シワがなくなる", 0)
    assert _found(POLICY, "policy.html", "シワがなくなる", 1)


# the reason column of a table of wording not used explains the wording: about it, not a claim
REASONS = """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>表示の方針</title></head>
<body><main>
<h1>商品ページの表示方針</h1>
<table>
<tr><th>使用しない表現</th><th>使用しない理由</th><th>代わりの書き方</th></tr>
<tr><td>「ニキビが治る」</td><td>病気の治療をうたうことになるため</td><td>肌を整える</td></tr>
<tr><td>「医師も推奨」</td><td>医師の推薦で効き目を印象づけるため</td><td>—</td></tr>
<tr><td>「国のお墨付き」</td><td>国の承認を受けて効能を示す品ではないため</td><td>—</td></tr>
</table>
</main></body></html>
"""


@pytest.mark.parametrize("phrase", ["病気の治療", "医師の推薦", "国の承認"])
def test_claim_words_in_a_reason_column_are_not_reported(phrase):
    assert not _found(REASONS, "reasons.html", phrase)


# a seller's page that shows its own wording policy as a table, and makes the claim itself
SHOP_POLICY = """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>ナイトリペア美容液 30mL</title></head>
<body><main>
<h1>ナイトリペア美容液 30mL 4,980円（税込）</h1>
<p>当店いちおしの夜用美容液。毎晩使えばシミが消える透明感を実感できます。</p>
<h2>当店の表示について</h2>
<table>
<tr><th>項目</th><th>使用しない表現</th><th>当店の考え</th><th>当店での書き方</th></tr>
<tr><td>安全</td><td>刺激ゼロ</td><td>どんな肌にも刺激がないとは言えないためです。</td><td>低刺激処方</td></tr>
<tr><td>効果</td><td>シミが消える</td><td>化粧品で言える働きを越えるためです。</td><td>透明感のある肌へ。シミが消える日を目指して</td></tr>
</table>
<p><a href="/cart">カートに入れる</a></p>
</main></body></html>
"""


def test_same_claim_in_prose_or_another_column_of_an_ad_is_still_reported():
    page, name = SHOP_POLICY, "shop.html"
    assert _found(page, name, "シミが消える", 0)  # body prose of the ad
    assert _found(page, name, "シミが消える", 1, regions=False)
    assert not _found(page, name, "シミが消える", 1)  # the 使用しない表現 column
    assert _found(page, name, "シミが消える", 2)  # the seller's own wording column
    assert _check(page, name)[1].document.kind == "ad"


def test_disclosure_findings_are_not_mentions():
    """A mention region drops claim findings only: what an ad omits is still reported."""
    page = (EXAMPLES / "cosmetic" / "serum-ng.html").read_bytes()
    loaded = load_bytes(page, "serum-ng.html")
    before = check(loaded.text, "auto", source=loaded).findings
    loaded.regions = [("mention", 0, len(loaded.text))]
    after = check(loaded.text, "auto", source=loaded).findings
    assert any(f.scope == "span" for f in before) and not any(f.scope == "span" for f in after)
    assert [f.rule_id for f in after] == [f.rule_id for f in before if f.scope == "document"] != []


MARKDOWN_POLICY = """# 広告表現チェックリスト

美容液の紹介記事を書くライターさん向けのメモです。

| 種類 | 避けるべき表現 | 理由 | 言い換え |
|------|--------|------|--------|
| 安全 | 刺激ゼロ | 安全性の保証になります。 | 低刺激処方 |
| 効能 | シミが消える \\| シワがなくなる | 化粧品の範囲を超えます。 | 肌を整える |
| 順位 | 業界No.1 | 根拠が示せません。 | 発売10周年 |

毎晩使えばシミが消えるので、ぜひお試しください。
"""


def test_markdown_pipe_table_column():
    page, name = MARKDOWN_POLICY, "memo.md"
    mentions = _regions(page, "mention", markdown_prose.extract)
    # the NG column's cells (an escaped pipe is text), and the table's other cells about them
    assert {"刺激ゼロ", "シミが消える | シワがなくなる", "業界No.1"} <= set(mentions)
    assert not _found(page, name, "シミが消える", 0)
    assert not _found(page, name, "No.1")
    assert _found(page, name, "シミが消える", 1)  # the prose after the table


def test_row_labels_and_spans():
    rows = "<table><tr><th>×</th><td>シミが消える</td></tr><tr><th>○</th><td>うるおう</td></tr></table>"
    mentions = _regions(rows, "mention", html_page.extract)
    assert "シミが消える" in mentions and "うるおう" not in mentions
    # a two-row header: 区分 spans both rows, the wording header spans two columns
    spanned = ("<table><thead><tr><th rowspan=2>区分</th><th colspan=2>表現</th></tr>"
               "<tr><th>NG例</th><th>OK例</th></tr></thead>"
               "<tr><td>効能</td><td>シワがなくなる</td><td>ハリを与える</td></tr>"
               "<tr><td colspan=3>※ 表の例は一部です</td></tr></table>")
    assert _regions(spanned, "mention", html_page.extract) == ["効能", "シワがなくなる"]  # the row's category too
    # a row header (rowspan) shifts the next row's cells one column to the right
    shifted = ("<table><tr><th>区分</th><th>NG表現</th><th>OK表現</th></tr>"
               "<tr><td rowspan=2>効能</td><td>シミが消える</td><td>透明感</td></tr>"
               "<tr><td>シワがなくなる</td><td>ハリ</td></tr></table>")
    assert _regions(shifted, "mention", html_page.extract) == ["効能", "シミが消える", "シワがなくなる"]


def test_regions_follow_normalisation():
    """Half-width kana and full-width letters change length when normalised: a mention is still
    compared in the checked text's offsets (after norm.span)."""
    page = ("<html><body><table><tr><th>ＮＧ表現</th><th>理由</th></tr>"
            "<tr><td>ｼﾐが消える ﾊﾞﾂｸﾞﾝの美白</td><td>効能の範囲外です。</td></tr></table>"
            "<p>当店の美容液。ｼﾐが消える！ 3,980円 ご注文はこちら</p></body></html>")
    assert not _found(page, "p.html", "ｼﾐが消える", 0)
    assert _found(page, "p.html", "ｼﾐが消える", 1)


def test_the_table_structure_decides_over_the_line_heuristics():
    # without the markup the cells are bare lines under an NG header cell, all taken for
    # wording; with it, the column of permitted wording is still copy to check
    loaded = load_bytes(POLICY.encode(), "policy.html")
    plain = check(loaded.text, "cosmetic")
    assert not any("シワがなくなる実感" in f.matched_text for f in plain.findings)
    assert _found(POLICY, "policy.html", "シワがなくなる", 1)


# -- (b) a blockquote -------------------------------------------------------------------------------

CENTRE = """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>注意喚起：幹細胞コスメの通信販売をめぐる相談</title></head>
<body><article>
<h1>幹細胞コスメの通信販売をめぐる相談が増えています</h1>
<p>県消費生活センターによると、今年度に寄せられた相談は前年度の約2倍となった。相談の多くは、SNS広告を見て購入した美容液についてのものだという。</p>
<p>ある相談者が見た広告には、次のように書かれていた。</p>
<blockquote>
<p>塗るだけでシミが消える奇跡の美容液</p>
<p>副作用ゼロだから敏感肌でも安心</p>
<p>業界No.1の幹細胞エキス濃度</p>
</blockquote>
<p>センターは、購入前に販売元の連絡先や解約条件を確かめるよう呼びかけている。</p>
</article></body></html>
"""


@pytest.mark.parametrize("phrase", ["シミが消える", "副作用ゼロ", "No.1"])
def test_blockquoted_ad_in_an_article_is_dropped(phrase):
    loaded, report = _check(CENTRE, "centre.html")
    assert report.document.kind == "article"
    assert _found(CENTRE, "centre.html", phrase, regions=False)  # softened, but reported
    assert not _found(CENTRE, "centre.html", phrase)


def test_blockquoted_ad_in_a_markdown_article_is_dropped():
    page = """# 幹細胞コスメの通信販売をめぐる相談が増えています

県消費生活センターによると、今年度に寄せられた相談は前年度の約2倍となった。相談の多くは、SNS広告を見て購入した美容液についてのものだという。

ある相談者が見た広告には、次のように書かれていた。

> 塗るだけでシミが消える奇跡の美容液
> 副作用ゼロだから敏感肌でも安心

センターは、購入前に販売元の連絡先や解約条件を確かめるよう呼びかけている。
"""
    loaded, report = _check(page, "centre.md")
    assert report.document.kind == "article"
    assert _regions(page, "quote", markdown_prose.extract) == ["塗るだけでシミが消える奇跡の美容液 副作用ゼロだから敏感肌でも安心"]
    assert _found(page, "centre.md", "シミが消える", regions=False)
    assert not _found(page, "centre.md", "シミが消える")
    assert not _found(page, "centre.md", "副作用ゼロ")


SHOP = """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>当店オリジナル 幹細胞美容液</title></head>
<body><main>
<h1>幹細胞美容液 30mL</h1>
<p>当店がおすすめする毎晩の美容液です。通常価格 5,500円（税込）、送料無料。</p>
<h2>お客様の声</h2>
<blockquote><p>使い始めて2週間でシミが消えました！（40代・女性）</p></blockquote>
<p><a href="/cart">カートに入れる</a></p>
</main></body></html>
"""


def test_blockquoted_testimonial_in_an_ad_is_kept():
    loaded, report = _check(SHOP, "shop.html")
    assert report.document.kind == "ad"
    assert [k for k, _, _ in loaded.regions] == ["quote"]
    assert _found(SHOP, "shop.html", "シミが消えました")


# -- (c) malformed markup ---------------------------------------------------------------------------

MALFORMED = [
    "<table><tr><th>NG表現<td>シミが消える",  # nothing closed
    "<table><td>NG表現</td><td>x</td></tr><tr><td>シミが消える",  # a cell before any <tr>
    "<table><tr><th colspan=abc>NG表現</th><th colspan=99999 rowspan=0>OK</th></tr><tr><td>シミが消える",
    "<table><tr><th>NG表現</th></tr><tr><td><table><tr><td>入れ子<table><tr><th>×<td>シミが消える</table>",
    "</td></tr></table></thead></blockquote></q><td>シミが消える",  # only end tags
    "<blockquote><p>シミが消える<div>閉じない",
    "<div><blockquote>シミが消える</div>後の文",  # closed by an enclosing end tag
    "<table><tr><th>NG表現</th></tr><tr><td hidden>隠れた<td>シミが消える</tr></table>",
    "<q><q><q>シミが消える</q>",
    "<table><caption>NG表現</caption><tr><th>²</th><td colspan=²>シミが消える</td></tr></table>",
    "<p>表のないページ。シミが消える</p>",
]


@pytest.mark.parametrize("page", MALFORMED)
def test_malformed_markup_does_not_crash(page):
    out = html_page.extract(page)
    n = len(out.chars)
    assert all(0 <= s < e <= n and k in ("quote", "mention", "table") for k, s, e in out.regions)
    loaded, report = _check(page, "bad.html")
    assert report.document is not None
    md = markdown_prose.extract(page.replace("<", "| <") + "\n|---|\n> " + page)
    assert all(0 <= s < e <= len(md.chars) for _, s, e in md.regions)


def test_unclosed_blockquote_closes_with_its_enclosing_element():
    assert _regions("<div><blockquote>シミが消える</div>後の文", "quote", html_page.extract) == ["シミが消える"]
    assert _regions("<blockquote>シミが消える<p>続き", "quote", html_page.extract) == ["シミが消える\n続き"]


def test_spans_of_merges_nested_regions():
    spans = spans_of([("quote", 5, 9), ("quote", 0, 20), ("mention", 3, 4), ("quote", 20, 25), ("quote", 30, 31)],
                     "quote")
    assert spans == [(0, 25), (30, 31)]
    assert covers(spans, 6, 22) and not covers(spans, 24, 31) and not covers(spans, 26, 27)


HOSTILE = {
    "tables never closed": lambda n: "<table><tr><th>NG表現<td>シミ" * n,
    "header cells with huge spans": lambda n: "<table><thead>" + "<tr><th colspan=1000 rowspan=0>NG" * n,
    "cells under a rowspan": lambda n: "<table><tr><th rowspan=0>×</th>" + "<tr><td>シミ" * n,
    "blockquotes never closed": lambda n: "<blockquote>シミ" * n,
    "a wide header row": lambda n: "<table><tr>" + "<th>NG表現" * n + "<tr>" + "<td>x" * n,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_regions_take_linear_time(name):
    ok, figures = grows_linearly(html_page.extract, HOSTILE[name], (1_250, 20_000))
    assert ok, f"{name}: {figures}"


def test_markdown_wide_table_takes_linear_time():
    def make(n: int) -> str:
        return "|" + " NG表現 |" * n + "\n|" + "---|" * n + "\n" + ("|" + " シミ |" * n + "\n") * 20

    ok, figures = grows_linearly(markdown_prose.extract, make, (250, 2_000))
    assert ok, figures
