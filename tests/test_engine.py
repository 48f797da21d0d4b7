"""check(): spans in the original text, profiles, context filters, chunking."""

import pytest

from checker import check
from checker.match.rules import Rule
from checker.match.ruleset import RuleSet


def _rule(**kw) -> Rule:
    base = dict(id="T-TEST-001", category="safety-guarantee", severity="error", source="test",
                message="m", suggestion="s", patterns=["副作用 ~3 無い|無し|なし|ゼロ"])
    base.update(kw)
    return Rule.model_validate(base)


def test_span_points_at_original_characters():
    text = "ＡＢＣ\r\nこの美容液は副 作 用 な しです。"
    f = check(text, "cosmetic", RuleSet([_rule()])).findings[0]
    assert text[f.start:f.end] == f.matched_text == "副 作 用 な し"
    assert (f.line, f.column) == (2, 7)


def test_kana_spelling_matches_by_reading():
    report = check("ふくさようがない", "cosmetic", RuleSet([_rule()]))
    assert [f.matched_text for f in report.findings] == ["ふくさようがない"]


@pytest.mark.parametrize("text", [
    "副作用がないわけではありません。",
    "「副作用がない」というのは誤解です。",
    "副作用ゼロと宣伝する製品もあるが根拠は乏しい。",
    "本当に副作用はないの？",
])
def test_context_suppresses(text):
    assert check(text, "cosmetic", RuleSet([_rule()])).findings == []


def test_profile_off():
    rs = RuleSet([_rule(severity={"cosmetic": "error", "clinic": "off"})])
    assert check("副作用なし", "cosmetic", rs).findings
    assert not check("副作用なし", "clinic", rs).findings


def test_unless_document_exception():
    rs = RuleSet([_rule(patterns=["浸透"], unless={"document": "角質?層"})])
    assert check("浸透して肌を整えます。", "cosmetic", rs).findings
    assert not check("浸透※してキメを整えます。※角層まで", "cosmetic", rs).findings


def test_long_input_is_chunked_without_shifting_spans():
    filler = "保湿ケアを毎日続けましょう。" * 6000  # ~84k chars, well over Sudachi's limit
    text = filler + "副作用ゼロです。" + filler
    findings = check(text, "cosmetic", RuleSet([_rule()])).findings
    assert len(findings) == 1
    f = findings[0]
    assert f.start == len(filler) and text[f.start:f.end] == "副作用ゼロ"


def test_auto_profile_detects_clinic():
    report = check("当院のエクソソーム点滴は医師が施術します。")
    assert report.document.profile == "clinic"


def test_deterministic():
    text = "副作用ゼロ。刺激なし。ノーリスク。"
    assert check(text).model_dump() == check(text).model_dump()


def test_reported_span_leaves_out_edge_punctuation():
    rs = RuleSet([_rule(patterns=["安全 です ~1 。|！"])])
    (f,) = check("施術は安全です。", "clinic", rs).findings
    assert f.matched_text == "安全です"


def test_a_negated_match_takes_the_shorter_matches_inside_it_along():
    rs = RuleSet([Rule(id="T-TEST-002", category="stem-cell-misrepresentation", severity="error", source="s",
                       message="m", suggestion="s", patterns=["幹細胞 そのもの", "幹細胞 そのもの を 配合"])])
    denied = check("幹細胞そのものを配合したものではなく、培養上清を使っています。", "cosmetic", rs)
    assert not [f for f in denied.findings if f.matched_text]
    claimed = check("幹細胞そのものを配合した美容液です。", "cosmetic", rs)
    assert [f.matched_text for f in claimed.findings if f.matched_text] == ["幹細胞そのものを配合"]
