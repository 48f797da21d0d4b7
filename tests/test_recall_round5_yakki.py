"""Issue 19, round 5 (薬機法 / 化粧品 families): recall by expression family for immediacy,
universality, efficacy-guarantee, medical-efficacy and safety-guarantee, and the compliant
neighbours of each family that must stay clean. Sentences written for this test."""

import pytest

from checker import check


def _cats(text: str, profile: str) -> set[str]:
    return {f.category for f in check(text, profile).findings if f.scope == "span"}


# --- immediacy: one use or a short period (digits in any width, kanji numerals) tied to a
# visible result: years off, a result pointed at (この差), a concern or symptom changing
IMMEDIACY = [
    ("化粧水を替えて一晩で、肌年齢がマイナス2歳に。", "cosmetic"),
    ("美容液1本でマイナス６歳の印象へ。", "cosmetic"),
    ("使い始めて五日で、もうこの違い。", "cosmetic"),
    ("塗り続けて２週間でこの結果です。", "cosmetic"),
    ("飲んで３日でむくみがすっと引きました。", "supplement"),
    ("はじめて１０日で薄毛が目立たなくなった。", "supplement"),
    ("最初の1回目の照射から、毛穴がぐっと小さくなります。", "clinic"),
    ("使って４日後には頬のシミが薄く。", "cosmetic"),
]


@pytest.mark.parametrize(("text", "profile"), IMMEDIACY)
def test_immediacy_family(text, profile):
    assert "immediacy" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("施術後の内出血は1週間ほどで消えます。", "clinic"),
    ("注射部位のむくみは2日後には落ち着きます。", "clinic"),
    ("１本で約２か月分、この容量が目安です。", "cosmetic"),
    ("3日でこの価格に戻ります。", "cosmetic"),
    ("1週間後には発送いたします。", "supplement"),
    ("１回で肌年齢が下がるわけではありません。", "cosmetic"),
])
def test_immediacy_neighbours_stay_clean(text, profile):
    assert "immediacy" not in _cats(text, profile)


# --- universality: anyone (誰でも / どなたでも / みんな / whoever uses it / the user does not
# matter) tied to a result, including years off (十歳, マイナスN歳)
UNIVERSALITY = [
    ("毎朝飲めば、どなたでも五歳若く。", "supplement"),
    ("誰にでもマイナス３歳の肌印象を。", "cosmetic"),
    ("誰が飲んでも、体の軽さを実感できます。", "supplement"),
    ("年代も使い手も選ばず効果を発揮するクリーム。", "cosmetic"),
    ("誰でもおうちでシミ取りケア。", "cosmetic"),
    ("ここで導入を受けた方、皆さん見違えてます。", "clinic"),
]


@pytest.mark.parametrize(("text", "profile"), UNIVERSALITY)
def test_universality_family(text, profile):
    assert "universality" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("誰でも押しやすいポンプボトルです。", "cosmetic"),
    ("使う人を選ばない、やわらかな色のパッケージ。", "cosmetic"),
    ("誰が使っても同じ香りが続くよう、調香しています。", "cosmetic"),
    ("誰でも年齢とともにシワは増えていきます。", "cosmetic"),
    ("どなたでも20歳以上であればご予約いただけます。", "clinic"),
])
def test_universality_neighbours_stay_clean(text, profile):
    assert "universality" not in _cats(text, profile)


# --- efficacy-guarantee: near-certain shares without a number (ほぼ全員, 9割を超える),
# near-certain likelihood (十中八九, 高い確率で), certainty tied to a concern or to ageing
# stopped; with the clinic profile the certain outcome is also medical-efficacy (error)
@pytest.mark.parametrize(("text", "profile"), [
    ("試した方のほぼ皆さんが、ツヤの違いを実感しています。", "cosmetic"),
    ("モニターのほとんど全員が効果に満足。", "supplement"),
    ("8割を上回る女性がハリを実感しました。", "cosmetic"),
    ("十中八九、翌月には肌の変化に気づくはず。", "cosmetic"),
    ("高い確率で若返りを実感できるクリーム。", "cosmetic"),
    ("間違いなく口元のシワが目立たなくなる。", "cosmetic"),
    ("毎日飲めば、抜け毛は確実にストップ。", "supplement"),
])
def test_efficacy_guarantee_family(text, profile):
    assert "efficacy-guarantee" in _cats(text, profile)


@pytest.mark.parametrize("text", [
    "当院の点滴なら、老化は確実にストップします。",
    "導入を重ねれば、体質は必ず変わります。",
])
def test_certain_clinic_outcome_is_also_medical_efficacy_error(text):
    findings = check(text, "clinic").findings
    assert "efficacy-guarantee" in {f.category for f in findings}
    assert any(f.category == "medical-efficacy" and f.severity.value == "error" for f in findings)


@pytest.mark.parametrize(("text", "profile"), [
    ("ほぼ全員が40代のスタッフです。", "clinic"),
    ("高い確率で売り切れるため、予約購入をおすすめします。", "cosmetic"),
    ("必ず少量から試して、肌に合うか確認してください。", "cosmetic"),
    ("ほとんど全員が、紹介でのご来院です。", "clinic"),
])
def test_efficacy_guarantee_neighbours_stay_clean(text, profile):
    assert "efficacy-guarantee" not in _cats(text, profile)


# --- medical-efficacy: cells supplied or multiplying, the whole body repaired, cell or
# fibre counts multiplied by a figure, and hedged self-reports (〜た気がする…かも？)
@pytest.mark.parametrize(("text", "profile"), [
    ("夜のあいだに、肌へ若々しい細胞を補給するマスク。", "cosmetic"),
    ("毎朝の一杯で、体内の細胞がどんどん増える。", "supplement"),
    ("粒に閉じ込めた成分が、全身を内から修復。", "supplement"),
    ("表皮細胞の数が2倍にアップするクリーム。", "cosmetic"),
    ("コラーゲンの産生量が1.3倍に。", "cosmetic"),
    ("ほうれい線、ちょっと浅くなった気がする…かも？ #PR", "cosmetic"),
    ("白髪が減ったような気がする…？", "supplement"),
])
def test_medical_efficacy_family(text, profile):
    assert "medical-efficacy" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("このセラムで、ほうれい線は浅くなりますか？", "cosmetic"),
    ("水分と油分を補って、肌をやわらかく保ちます。", "cosmetic"),
    ("容量を2倍にした大容量ボトル。", "cosmetic"),
    ("体の修復には、十分な睡眠が欠かせません。", "supplement"),
    ("しっとりした気がする、軽い使い心地。", "cosmetic"),
])
def test_medical_efficacy_neighbours_stay_clean(text, profile):
    assert "medical-efficacy" not in _cats(text, profile)


# --- safety-guarantee: hedged and casual forms (可能性はゼロ, 気にする必要はない, やさしいから
#安心, 薬と一緒でも問題ない, 肌が弱くても心配無用) next to the written ones already covered
@pytest.mark.parametrize(("text", "profile"), [
    ("副作用はほぼゼロなので、気軽に始められます。", "supplement"),
    ("かぶれが起こる恐れは皆無です。", "cosmetic"),
    ("刺激を心配する必要はありません。", "cosmetic"),
    ("低刺激だから、安心して毎日塗れます。", "cosmetic"),
    ("持病のお薬と併用しても問題ございません。", "supplement"),
    ("敏感な方でも心配ご無用のクレンジング。", "cosmetic"),
    ("生まれたての赤ちゃんにも使えるミルク。", "cosmetic"),
])
def test_safety_guarantee_family(text, profile):
    assert "safety-guarantee" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("副作用が出る可能性はゼロではありません。", "clinic"),
    ("お薬と併用してよいかは、主治医にご相談ください。", "supplement"),
    ("やさしい香りなので、リラックスタイムにぴったり。", "cosmetic"),
    ("ご予約の心配は不要です、当日でも承ります。", "clinic"),
])
def test_safety_guarantee_neighbours_stay_clean(text, profile):
    assert "safety-guarantee" not in _cats(text, profile)
