"""Issue 19, round 10: context that was read too narrowly. A denied inclusion (含みません), a
pressure the clinic says it never applies, hearsay about other products seen on social
media (with は, or in curly quotes), an ad practice named as the problem, a disclaimer's
premise (医師がすすめるからといって…), a regulator-style "none exists at home or abroad".
Every example is written for this file (own wording)."""

from claim_helpers import claim_tests, reported

from checker import check
from checker.text.normalize import normalize

QUIET = [
    ("cosmetic", "この美容液は、iPS細胞由来の成分を含みません。"),
    ("clinic", "「期間限定」などの値引きで、予約をせかすことはいたしません。"),
    ("cosmetic", "“シワが消える”という投稿はよく見かけますが、化粧品にそうした効能は認められていません。"),
    ("supplement", "体験談や医師の推奨を使った広告には問題がある、と消費者庁が指摘しています。"),
    ("clinic", "院長がすすめたからといって、誰にでも効くわけではありません。"),
    ("clinic", "有効性が証明された上清液製剤は、国内にも海外にもまだありません。"),
    # 「他社より効く」と約束しない: the comparison inside the disclaimer goes with it
    ("cosmetic", "「他社の美容液より効く」とまでは約束できません。"),
]

STILL_CLAIMS = [
    ("cosmetic", "iPS細胞由来の成分を含み、肌を若返らせます。"),
    ("clinic", "本日限定の値引きです。お急ぎください。"),
    ("cosmetic", "“シワが消える”美容液です。"),
    ("clinic", "医師がすすめる点滴です。"),
    ("cosmetic", "他社の美容液より効きます。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


def test_curly_quotes_read_as_corner_brackets_and_keep_offsets() -> None:
    text = "話題の“塗る点滴”です"
    norm = normalize(text)
    assert norm.text == "話題の「塗る点滴」です"
    assert norm.span(3, 9) == (3, 9)


def test_a_word_in_scare_quotes_is_no_testimonial() -> None:
    assert not [f for f in check("“生きた”エキスを配合。", "cosmetic").findings if f.category == "testimonial"]
    assert [f for f in check("「シミが薄くなった」と評判の美容液。", "cosmetic").findings if f.category == "testimonial"]


def test_a_report_closed_before_a_rhetorical_question_stays() -> None:
    """3日で肌が変わった…ここまで？: the change was told before the question."""
    assert any(f.category == "immediacy" for f in check("たった3日で肌の調子が変わった…ここまでとは？", "supplement").findings)
    assert not any(f.category == "immediacy" for f in check("本当に3日で肌の調子が変わるの？", "supplement").findings)


def test_the_skins_own_stem_cells_are_a_medical_claim_not_a_stem_cell_one() -> None:
    categories = {f.category for f in check("肌の幹細胞を呼び覚ますセラム。", "cosmetic").findings}
    assert "medical-efficacy" in categories and "stem-cell-misrepresentation" not in categories


def test_dose_and_course_are_not_speed() -> None:
    for text, profile in [("毎晩2粒で、ぐっすり眠れる体に。", "supplement"), ("6回の点滴で、数値が正常になりました。", "clinic"),
                          ("使用4週間後にシワが改善しました（効能評価試験）。", "cosmetic")]:
        assert not [r for r in reported(text, profile) if r.startswith("YK-IMMEDIACY")], text
    assert [r for r in reported("たった2粒で疲れが吹き飛ぶ。", "supplement") if r.startswith("YK-IMMEDIACY")]
