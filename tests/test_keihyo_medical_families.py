"""Blind-audit families for the 景表法 / 医療広告 / JSRM categories: endorsement,
stem-cell-misrepresentation, ips-derived, evidence-claim, comparative, superlative,
approval-misrepresentation, price-inducement, testimonial, and the false alarms they
must not raise. Sentences written for this test."""

import pytest

from checker import check
from checker.judge.taxonomy import CLAIM_CATEGORIES


def _cats(text: str, profile: str) -> set[str]:
    return {f.category for f in check(text, profile).findings if f.category in CLAIM_CATEGORIES}


@pytest.mark.parametrize(("profile", "text", "expected"), [
    # endorsement
    ("cosmetic", "「患者にも自信をもって渡せる」と、形成外科医たちが口をそろえるセラム。", {"endorsement"}),
    ("supplement", "国立大学病院の美容外来で採用されているものと同じ原料を配合。", {"endorsement"}),
    ("clinic", "人気女優もお忍びで来院する上清液点滴。", {"endorsement"}),
    ("supplement", "人気モデルのEさんも愛飲中！「夕方の疲れ方が変わった」とのこと。",
     {"endorsement", "testimonial"}),
    # stem-cell-misrepresentation
    ("cosmetic", "おうちのスキンケアで、再生医療を。", {"stem-cell-misrepresentation"}),
    ("cosmetic", "注射と同じ「幹細胞治療」のアプローチを美容液で叶えます。", {"stem-cell-misrepresentation"}),
    ("supplement", "幹細胞点滴と同じ働きを毎日のサプリで。", {"stem-cell-misrepresentation"}),
    ("supplement", "上清に含まれる幹細胞が全身をめぐり、組織を修復します。", {"stem-cell-misrepresentation"}),
    ("clinic", "幹細胞点滴とも呼ばれる上清液療法です。", {"stem-cell-misrepresentation"}),
    ("supplement", "幹細胞の力をひと粒に閉じ込めました。", {"stem-cell-misrepresentation"}),
    # ips-derived
    ("cosmetic", "Made with iPS-derived exosomes.", {"ips-derived"}),
    ("cosmetic", "ノーベル賞で一躍話題になったあの細胞由来の上清液を配合。", {"ips-derived"}),
    # evidence-claim
    ("cosmetic", "医学論文にも掲載された確かなエビデンスが、効果を裏付けます。", {"evidence-claim"}),
    ("clinic", "この治療の効果は医学的に確立されています。", {"evidence-claim"}),
    ("clinic", "当院の臨床研究で、ハリの改善が証明されました。", {"evidence-claim"}),
    ("cosmetic", "大学との共同研究で、弾力の向上が明らかになりました。", {"evidence-claim"}),
    # comparative
    ("cosmetic", "クリニックで受ける施術と同等以上の手応え。", {"comparative"}),
    ("cosmetic", "他社の美容液は加熱処理で中身が壊れています。", {"comparative"}),
    # superlative
    ("cosmetic", "ここまで透明感を引き出せるのは、このクリームだけ。", {"superlative"}),
    ("cosmetic", "他に並ぶもののない品質です。", {"superlative"}),
    # approval-misrepresentation (+ safety-guarantee)
    ("supplement", "届出受理済み＝国のチェックを通過した安心のドリンク。",
     {"approval-misrepresentation", "safety-guarantee"}),
    # price-inducement
    ("cosmetic", "締め切りまであと5日！", {"price-inducement"}),
    ("clinic", "残り枠わずか。枠が埋まり次第、受付を終了します。", {"price-inducement"}),
    ("supplement", "実質ワンコインでお試しいただけます。", {"price-inducement"}),
    # testimonial
    ("supplement", "ｻﾌﾟﾘ飲んで4日で肌ﾂﾔﾂﾔ", {"testimonial"}),
    ("clinic", "スタッフの感想：点滴を受けてから、肌のハリが戻ってきました。", {"testimonial"}),
])
def test_family_is_flagged(profile, text, expected):
    cats = _cats(text, profile)
    assert expected <= cats, cats


@pytest.mark.parametrize(("profile", "text", "absent"), [
    ("cosmetic", "「患者に勧めたい」と皮膚科医たちが口をそろえる美容液。", "testimonial"),
    ("cosmetic", "ノーベル賞で話題のあの細胞由来のエクソソーム。", "evidence-claim"),
    ("cosmetic", "ノーベル賞の授賞式が開かれました。", "evidence-claim"),
    ("clinic", "医師インタビュー：上清液の点滴は、まだ確立された治療ではありません。", "evidence-claim"),
    ("clinic", "幹細胞培養上清液の点滴は、再生医療等安全性確保法の対象外です。", "approval-misrepresentation"),
    ("supplement", "お客様の声：においが気にならず飲みやすいです（60代・女性）", "testimonial"),
    ("cosmetic", "定期コースは実質的な縛りがなく、いつでも解約できます。", "price-inducement"),
])
def test_false_alarm_stays_off(profile, text, absent):
    assert absent not in _cats(text, profile)
