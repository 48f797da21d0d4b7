"""Issue 19, round 13: families widened from the regulation and the settled questions, context
read too narrowly on neutral pages, and the `defer` exception. Each test names one family: the
claim it must report (with the category) and the neighbouring wording it must leave alone.
Every example is written for this file (own wording)."""

import pytest
from claim_helpers import claim_tests, span_categories

from checker import check

QUIET = [
    # a plain noun list (や・と), then its prohibition
    ("cosmetic", "化粧品でシミの治療や若返りはうたえません。"),
    ("supplement", "食品なので、病気の予防と体質の改善はうたえません。"),
    # a result said not to be known yet
    ("clinic", "長期的な効果は明らかになっていません。"),
    # a disease's approved drugs named (the 国内承認医薬品等 disclosure)
    ("clinic", "円形脱毛症の治療薬としては、国内承認薬もあります。"),
    # how a result is judged, not a result
    ("clinic", "1回の施術で効果を判断することはできません。"),
    # a risk said to be the same as another's, not absent
    ("clinic", "培養上清は、医薬品とリスクがあまり変わらないと考えられています。"),
    # a review widget's reviewer line (the comment above it is judged on its own line)
    ("supplement", "さくら さん（40代・女性）購入者"),
    # a denial after a comma
    ("clinic", "拒絶反応が起こることはありません、とは言い切れません。"),
    # the permitted wording, with the stratum corneum named
    ("cosmetic", "角質層のすみずみまでうるおいが行き渡ります。"),
    ("cosmetic", "お肌のすみずみまで行き渡ります※。※角質層まで"),
    # an instruction by time of day, and moisture that lasts
    ("cosmetic", "朝は化粧水のあとに、夜には美容液のあとにお使いください。"),
    ("cosmetic", "朝つけると夜までうるおいが続きます。"),
    # a study reported in a sentence that sells nothing
    ("cosmetic", "培養上清には組織の修復を促す作用が報告されています。"),
]

STILL_CLAIMS = [
    ("cosmetic", "化粧品でシミの治療や若返りができます。"),
    ("clinic", "長期的な効果は明らかになりました。"),
    ("clinic", "1回の施術で効果を実感できます。"),
    ("cosmetic", "刺激の心配はいりません。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


FAMILIES = [
    # a reaction or a contamination said never to happen
    ("clinic", "他人由来の製剤でも、拒絶反応が起こることはありません。", "safety-guarantee"),
    ("clinic", "細菌もウイルスも一切混入しない製剤です。", "safety-guarantee"),
    ("cosmetic", "完全無菌のアンプル美容液。", "safety-guarantee"),
    # a result within the same day
    ("cosmetic", "朝ひと塗りで、夕方にはもう違いがわかります。", "immediacy"),
    ("supplement", "朝に飲めば、夜には疲れが取れているのを感じます。", "immediacy"),
    # the effect said never to fail; every user promised the result
    ("cosmetic", "この弾力は裏切りません。", "efficacy-guarantee"),
    ("cosmetic", "参加者全員が変化を実感できるクリームです。", "efficacy-guarantee"),
    # every corner of the skin, or the inside of it as the goal
    ("cosmetic", "お肌のすみずみまでエクソソームが行き渡ります。", "penetration-overclaim"),
    ("cosmetic", "肌内部※の奥まで美容成分を届けます。※角質層", "penetration-overclaim"),
    # a legal procedure misdescribed as the state's approval
    ("clinic", "提供計画を厚労大臣が承認した、国のお墨付きを得た治療です。", "approval-misrepresentation"),
    # a doctor's own choice of the treatment
    ("clinic", "有名な形成外科医も、自分の治療にこの点滴を選んでいます。", "endorsement"),
    # a food said to raise a skin measure
    ("supplement", "飲むだけで肌の水分量が上がります。", "medical-efficacy"),
    # a reported effect made the selling point of an ingredient
    ("supplement", "抗老化作用が確認された原料を、1粒に凝縮しました。", "medical-efficacy"),
    ("supplement", "医学誌で抗老化作用が報告された原料を、1粒に凝縮しました。", "evidence-claim"),
    # a rival run down though the wording quotes the rival's product type (deferral, no other rule)
    ("cosmetic", "他社の“幹細胞コスメ”は濃度が薄すぎて話になりません。", "comparative"),
    ("clinic", "他院で効果を感じられなかった方にもご満足いただける点滴です。", "comparative"),
    # a doctor choosing it, with a quoted word between
    ("cosmetic", "形成外科医5名が“本命”と選んだ美容液です。", "endorsement"),
]


@pytest.mark.parametrize(("profile", "text", "category"), FAMILIES)
def test_a_family_member_is_reported(profile: str, text: str, category: str) -> None:
    assert category in span_categories(text, profile)


def test_a_deferring_match_goes_when_the_rule_it_defers_to_reports() -> None:
    """`defer`: the more specific rule of the same category reports the claim alone."""
    ids = {f.rule_id for f in check("他社のエクソソーム美容液は効かない偽物です。", "cosmetic").findings}
    assert "YK-COMPARE-001" in ids and "KH-COMPARE-002" not in ids


def test_a_deferring_match_stays_when_nothing_else_reports() -> None:
    ids = {f.rule_id for f in check("他社の“幹細胞コスメ”は濃度が薄すぎて話になりません。", "cosmetic").findings}
    assert "KH-COMPARE-002" in ids
