"""The pattern language: compilation, lexicon lists, term keys."""

import pytest

from checker.engine import check
from checker.match import patterns
from checker.match.patterns import PatternError, compile_pattern
from checker.match.rules import Rule
from checker.match.ruleset import RuleSet


def _keys(source: str, element: int = 0) -> set[str]:
    el = compile_pattern(source).elements[element]
    return {k for t in el.terms for k in t.keys[0]}


def test_lexicon_name_expands_to_its_terms():
    lex = patterns.lexicon()
    assert {"disease", "treat", "effect", "deep", "reach", "concern", "remove"} <= set(lex)
    el = compile_pattern("$disease ~4 $treat").elements
    assert len(el[0].terms) >= len(set(lex["disease"])) - 5  # spellings with one lemma collapse
    assert el[1].gap_before == 4


def test_lexicon_mixes_with_plain_alternatives():
    assert "ゼロ" in _keys("$remove|ゼロ") and "消える" in _keys("$remove|ゼロ")


def test_unknown_lexicon_name_is_a_pattern_error():
    with pytest.raises(PatternError, match="unknown term list"):
        compile_pattern("$no_such_list ~2 治る")


def test_bad_lexicon_file_is_reported(tmp_path, monkeypatch):
    bad = tmp_path / "lexicon.yml"
    bad.write_text("disease: [アトピー, 'a b']\n", encoding="utf-8")
    monkeypatch.setattr(patterns, "LEXICON_PATH", bad)
    patterns.lexicon.cache_clear()
    try:
        with pytest.raises(PatternError, match="pattern syntax"):
            patterns.lexicon()
    finally:
        patterns.lexicon.cache_clear()


def test_term_keeps_the_written_surface():
    # 歳 alone is lemmatised as 年, but 10歳 in running text keeps 歳
    assert {"歳", "年"} <= _keys("歳")


def test_numeral_word_is_also_read_as_running_text_reads_it():
    # 十分 alone is cut 10・分 (ten minutes), but で十分です has one 十分; 一番 alone is one
    # word, but の一番が is cut 1・番
    assert ("十分",) in {t.lemmas for t in compile_pattern("十分").elements[0].terms}
    assert ("1", "番") in {t.lemmas for t in compile_pattern("一番").elements[0].terms}


def test_numeral_word_in_a_pattern_matches_running_text():
    rule = Rule.model_validate({
        "id": "T-NUM-001", "name": "numeral-word", "category": "efficacy-guarantee", "severity": "error",
        "source": "test", "message": "m", "suggestion": "s", "patterns": ["これ ~3 十分"],
        "examples": {"bad": ["これ1本で十分です。"], "good": ["よく振ってからお使いください。"]},
    })
    found = check("これ1本で十分です。", "cosmetic", ruleset=RuleSet([rule])).findings
    assert [f.rule_id for f in found if f.matched_text] == ["T-NUM-001"]


def test_short_kana_word_gets_a_literal_alternative():
    # Sudachi splits まで on its own into ま/で; running text has one まで token
    assert "まで" in _keys("まで")


@pytest.mark.parametrize(("source", "message"), [
    ("~2 最高", "must start with a required element"),
    ("最高? 品質", "must start with a required element"),
    ("最高 ~2", "ends with a gap"),
    ("re:(", "invalid regex"),
    # `#num` among alternatives would be the literal text "#num", never a number
    ("わずか|#num 日 で", "stand alone, not among alternatives"),
    ("効果 *|が 出る", "stand alone, not among alternatives"),
])
def test_invalid_patterns(source, message):
    with pytest.raises(PatternError, match=message):
        compile_pattern(source)
