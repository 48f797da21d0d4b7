"""Evasions: a risky phrase must still be found when it is disguised.

Each row is (evasion, text, expected category). The plain phrases are checked first,
so a row can only fail because of its disguise. Spans must still quote the input."""

from __future__ import annotations

import pytest

from checker import RuleSet, check
from checker.match.rules import Rule
from checker.project.batch import check_loaded
from checker.text.load import load_bytes

from .conftest import assert_spans_point_into

SAFETY, PENETRATION, MEDICAL, DISEASE = "safety-guarantee", "penetration-overclaim", "medical-efficacy", "disease-treatment"
EFFICACY, SUPERLATIVE = "efficacy-guarantee", "superlative"

PLAIN = [
    ("副作用ゼロの美容液です。", SAFETY),
    ("真皮まで浸透する美容液。", PENETRATION),
    ("細胞を活性化する美容液。", MEDICAL),
    ("アトピーが治る美容液。", DISEASE),
    ("100%効果を実感できます。", EFFICACY),
    ("世界初の技術です。", SUPERLATIVE),
]

TEXT_EVASIONS = [
    # width
    ("half-width katakana word", "副作用ｾﾞﾛの美容液です。", SAFETY),
    ("half-width katakana everything", "ﾌｸｻﾖｳｾﾞﾛの美容液です。", SAFETY),
    ("half-width katakana disease name", "ｱﾄﾋﾟｰが治る美容液。", DISEASE),
    ("full-width digits and percent", "１００％効果を実感できます。", EFFICACY),
    ("full-width letters and digits", "業界Ｎｏ．１の美容液。", SUPERLATIVE),
    # kana for kanji, katakana for hiragana and back
    ("katakana spelling of a kanji word", "フクサヨウゼロの美容液です。", SAFETY),
    ("hiragana spelling of a kanji word", "ふくさようゼロの美容液です。", SAFETY),
    ("hiragana throughout", "しんぴまでしんとうする美容液。", PENETRATION),
    ("katakana noun", "サイボウを活性化する美容液。", MEDICAL),
    ("katakana verb", "アトピーがナオル美容液。", DISEASE),
    ("katakana noun and particle run", "シンピマデシントウする美容液。", PENETRATION),
    ("hiragana for a short katakana word", "副作用ぜろの美容液です。", SAFETY),
    ("kana for a one-kanji word", "せかいはつの技術です。", SUPERLATIVE),
    # spacing and invisible characters between the characters of a word
    ("ASCII spaces between characters", "副 作 用 な し の美容液です。", SAFETY),
    ("ideographic spaces between characters", "真　皮　ま　で　浸　透する美容液。", PENETRATION),
    ("space between the words of a phrase", "副作用　ゼロの美容液です。", SAFETY),
    ("zero-width spaces", "副\u200b作\u200b用\u200bゼロの美容液です。", SAFETY),
    ("zero-width joiner and word joiner", "細\u200d胞を\u2060活性化する美容液。", MEDICAL),
    ("soft hyphen", "副\u00ad作用ゼロの美容液です。", SAFETY),
    ("direction mark", "副作用\u200eゼロの美容液です。", SAFETY),
    ("variation selector", "副\ufe00作用ゼロの美容液です。", SAFETY),
    # punctuation between characters
    ("middle dots", "副・作・用ゼロの美容液です。", SAFETY),
    ("half-width middle dots", "副･作･用ゼロの美容液です。", SAFETY),
    ("full stops", "副.作.用.ゼ.ロの美容液です。", SAFETY),
    ("commas", "副、作、用ゼロの美容液です。", SAFETY),
    ("wave dashes", "副〜作〜用ゼロの美容液です。", SAFETY),
    ("stars", "副☆作☆用ゼロの美容液です。", SAFETY),
    ("hyphens", "副-作-用-ゼ-ロの美容液です。", SAFETY),
    # composed characters
    ("combining voiced mark", "副作用セ\u3099ロの美容液です。", SAFETY),
    ("half-width voiced mark", "副作用ｾﾞﾛ", SAFETY),
    # line endings around the phrase
    ("CRLF before the phrase", "保湿成分配合。\r\n副作用ゼロの美容液です。", SAFETY),
    ("lone CR before the phrase", "保湿成分配合。\r副作用ゼロの美容液です。", SAFETY),
]

HTML_EVASIONS = [
    ("inline tag inside the phrase", "x.html", "<p>副作用<b>ゼロ</b>の美容液です。</p>", SAFETY),
    ("line wrap inside the phrase", "x.html", "<h2>副作用<br>ゼロの美容液</h2>", SAFETY),
    ("inline tag inside a word", "x.html", '<p>副<span class="a">作用</span>ゼロの美容液です。</p>', SAFETY),
    ("link around part of a word", "x.html", '<p>真皮まで<a href="#x">浸</a>透する美容液。</p>', PENETRATION),
    ("ruby with furigana", "x.html", "<p><ruby>副作用<rt>ふくさよう</rt></ruby>ゼロの美容液です。</p>", SAFETY),
    ("ruby per character with rp", "x.html",
     "<p><ruby>副<rp>(</rp><rt>ふく</rt><rp>)</rp>作<rt>さ</rt>用<rt>よう</rt></ruby>ゼロの美容液です。</p>", SAFETY),
    ("comment inside a word", "x.html", "<p>副作<!-- note -->用ゼロの美容液です。</p>", SAFETY),
    ("wbr inside a word", "x.html", "<p>細胞を活<wbr>性化する美容液。</p>", MEDICAL),
    ("numeric character reference", "x.html", "<p>&#21103;作用ゼロの美容液です。</p>", SAFETY),
    ("markdown emphasis inside the phrase", "x.md", "**副作用**ゼロの美容液です。", SAFETY),
]


def _categories(findings) -> set[str]:
    return {f.category for f in findings if f.matched_text}


@pytest.mark.parametrize(("text", "category"), PLAIN)
def test_plain_phrase_is_flagged(text, category):
    assert category in _categories(check(text, "cosmetic").findings)


@pytest.mark.parametrize(("evasion", "text", "category"), TEXT_EVASIONS, ids=[r[0] for r in TEXT_EVASIONS])
def test_text_evasion_is_still_flagged(evasion, text, category):
    report = check(text, "cosmetic")
    assert category in _categories(report.findings), evasion
    assert_spans_point_into(text, report.findings)


@pytest.mark.parametrize(("evasion", "name", "source", "category"), HTML_EVASIONS, ids=[r[0] for r in HTML_EVASIONS])
def test_markup_evasion_is_still_flagged(evasion, name, source, category):
    loaded = load_bytes(source.encode("utf-8"), name)
    result = check_loaded(name, loaded, "cosmetic")
    assert category in _categories(result.findings), (evasion, loaded.text)
    assert_spans_point_into(loaded.original, result.findings)


# Width folding also reaches `re:` patterns, which see the normalised text.
_NUMBER_ONE = RuleSet([Rule(id="T-SUPER-001", category=SUPERLATIVE, severity="error", source="test",
                            message="No.1", suggestion="-", patterns=[r"re:(?i)(?P<m>No\.?\s*1)(?:\D|$)"])])


@pytest.mark.parametrize("text", ["業界No.1の美容液", "業界Ｎｏ．１の美容液", "業界ＮＯ．１の美容液", "業界Ｎｏ.\u200b１"])
def test_full_width_reaches_regex_patterns(text):
    report = check(text, "cosmetic", ruleset=_NUMBER_ONE)
    assert [f.rule_id for f in report.findings if f.matched_text] == ["T-SUPER-001"]
    assert_spans_point_into(text, report.findings)


@pytest.mark.parametrize("text", ["朝・夜の2回お使いください。", "シミ・そばかすを防ぐ", "A-B-C評価", "1〜3回"])
def test_ordinary_separators_are_kept(text):
    """De-spacing only touches runs of three or more single characters."""
    from checker.text.normalize import normalize

    assert normalize(text).text == text
