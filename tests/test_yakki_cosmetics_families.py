"""Issue 19 (薬機法 / 化粧品 categories): clinic outcome claims in the clinic and auto
profiles, several categories on one phrase, and frames that cover new members of a word
class. Sentences written for this test."""

import pytest

from checker import check


def _cats(text: str, profile: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in check(text, profile).findings:
        out.setdefault(f.category, set()).add(f.severity.value)
    return out


@pytest.mark.parametrize("profile", ["clinic", "auto"])
@pytest.mark.parametrize("text", [
    "当院の幹細胞上清点滴で、目元のクマが消えます。",
    "当院の施術を3回受けると8歳若返ります。",
    "当院のエクソソーム導入で肌が生まれ変わります。",
])
def test_clinic_outcome_is_medical_efficacy_warning(text, profile):
    assert _cats(text, profile).get("medical-efficacy") == {"warning"}


@pytest.mark.parametrize("profile", ["clinic", "auto"])
def test_clinic_outcome_with_guarantee_word_is_error(profile):
    cats = _cats("当院の点滴なら確実にシミが消えます。", profile)
    assert "error" in cats["medical-efficacy"]
    assert "efficacy-guarantee" in cats


@pytest.mark.parametrize("text", [
    "当院ではシミの改善を目的とした点滴を行っています。",
    "施術後の赤みは数日で引きます。",
    "効果には個人差があり、シミが薄くなることが期待できる場合もあります。",
])
def test_clinic_descriptions_stay_clean(text):
    cats = _cats(text, "clinic")
    assert not {"medical-efficacy", "immediacy"} & set(cats), cats


@pytest.mark.parametrize(("text", "profile", "expected"), [
    ("誰もが必ず変化を実感できるクリーム。", "cosmetic", {"universality", "efficacy-guarantee"}),
    ("変化を感じなければ全額を返金します。", "cosmetic", {"efficacy-guarantee"}),
    ("一度の点滴でシミが消えました。", "clinic", {"immediacy", "medical-efficacy"}),
    ("アトピー肌を改善するクリーム。", "cosmetic", {"disease-treatment", "medical-efficacy"}),
])
def test_several_categories_at_once(text, profile, expected):
    assert expected <= set(_cats(text, profile))


@pytest.mark.parametrize("text", [
    # $medicine x $unneeded: any medicine of the class, any no-longer-needed verb
    "目薬がいらなくなりました。",
    "抗アレルギー薬を卒業できました。",
    "頭痛薬を減らせています。",
    # $symptom x $gone
    "耳鳴りが気にならなくなりました。",
    "胸焼けがすっかり消えました。",
])
def test_disease_frames_cover_class_members(text):
    assert "disease-treatment" in _cats(text, "supplement")


@pytest.mark.parametrize("text", [
    "目薬をさした後は5分ほど目を閉じてください。",
    "耳鳴りが続く場合は耳鼻科を受診してください。",
    "お薬を服用中の方は医師にご相談ください。",
])
def test_disease_frames_leave_cautions_alone(text):
    assert "disease-treatment" not in _cats(text, "supplement")


# Families a later audit found missing (sentences written for this test).
@pytest.mark.parametrize(("category", "profile", "text"), [
    ("safety-guarantee", "cosmetic", "公的な機関に認可された素材だから安心。"),
    ("safety-guarantee", "cosmetic", "使用テストで異常は一例もなく、心配は要りません。"),
    ("safety-guarantee", "cosmetic", "かぶれとは無縁のやさしい使い心地。"),
    ("safety-guarantee", "clinic", "自己細胞由来なので拒絶反応は起きません。"),
    ("safety-guarantee", "clinic", "当院では重篤な合併症が起きたことは一度もございません。"),
    ("universality", "cosmetic", "いくら敏感な方でも、ためらわずにお使いいただけます。"),
    ("universality", "supplement", "肌質も年齢も関係ありません。"),
    ("universality", "cosmetic", "誰にでも同じように潤いが届きます。"),
    ("disease-treatment", "cosmetic", "ニキビ体質を改善したい方のための洗顔後美容液。"),
    ("disease-treatment", "supplement", "腰の椎間板を修復するサプリメント。"),
    ("disease-treatment", "supplement", "骨粗鬆症の進行をストップ。"),
    ("disease-treatment", "supplement", "健康診断で血糖の数値が高めと言われた方に。"),
    ("disease-treatment", "supplement", "抜け毛にさようなら、毎日のサプリ習慣。"),
    ("medical-efficacy", "cosmetic", "肌荒れを根本から立て直す集中ケア。"),
    ("medical-efficacy", "cosmetic", "弱った細胞にじかに働きかけるセラム。"),
    ("medical-efficacy", "cosmetic", "4週間後、キメの改善が確認されました。"),
    ("penetration-overclaim", "cosmetic", "繊維芽細胞へダイレクトに届ける処方。"),
    ("penetration-overclaim", "clinic", "ホームケア用のクリームは肌の最深層まで浸透します。"),
    ("medical-efficacy", "supplement", "たまった疲労がふっと抜けていく一杯。"),
    ("medical-efficacy", "supplement", "しつこいだるさが飛んでいきます。"),
    ("medical-efficacy", "clinic", "施術当日から頬がふっくらします。"),
    ("medical-efficacy", "clinic", "1回の導入で毛穴が引き締まります。"),
    ("medical-efficacy", "cosmetic", "髪のボリュームが戻るスカルプセラム。"),
    ("medical-efficacy", "supplement", "髪のボリュームが戻る毎日の習慣。"),
    ("evidence-claim", "cosmetic", "10歳若く見えることが証明済みのクリーム。"),
    ("immediacy", "supplement", "ｻﾌﾟﾘを飲んで3日で肌が変わった。"),
    ("immediacy", "supplement", "飲み始めて4日目で朝が楽になりました。"),
    ("immediacy", "supplement", "ｻﾌﾟﾘを飲んで2日目で体がﾗｸに。"),
    ("disease-treatment", "supplement", "閉経前後のホットフラッシュも、気づけば落ち着いていました。"),
    ("medical-efficacy", "cosmetic", "ハリが向上したことが明らかになりました。"),
    ("penetration-overclaim", "cosmetic", "いちばん下の層、肌の最深層へ。"),
])
def test_audit_families_flagged(category, profile, text):
    assert category in _cats(text, profile)


@pytest.mark.parametrize(("category", "profile", "text"), [
    ("safety-guarantee", "clinic", "自己由来の細胞でも、まれにアレルギーが起こることがあります。"),
    ("universality", "clinic", "どなたでもお気軽にカウンセリングへお越しください。"),
    ("disease-treatment", "supplement", "花粉の季節は、マスクと手洗いを心がけましょう。"),
    ("disease-treatment", "cosmetic", "皮膚は表皮の下に真皮があり、その奥に軟骨や骨があります。"),
    ("penetration-overclaim", "supplement", "軟骨や関節のことを考えて、内側からケアするサプリ。"),
    ("penetration-overclaim", "cosmetic", "線維芽細胞はコラーゲンをつくる細胞として研究されています。"),
    ("medical-efficacy", "clinic", "毛穴の引き締めを目的とした施術で、効果には個人差があります。"),
    ("evidence-claim", "cosmetic", "若返ることが証明されたわけではありません。"),
    ("immediacy", "supplement", "商品は注文から2日で届きます。"),
    ("immediacy", "cosmetic", "使い始めて3週間目に、使用感のアンケートにご協力ください。"),
])
def test_audit_families_compliant(category, profile, text):
    assert category not in _cats(text, profile)
