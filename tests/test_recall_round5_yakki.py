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


# --- round 5b: whole expression families, so unseen wording is caught -----------------------
# safety-guarantee: an interaction ruled out, harm ruled out with an absolute or in dialect,
# a clean record (一度も出たことない, 出た方は一人もいない), any amount called safe, "not a
# medicine so safe", an approval or certificate given as the reason for safety
@pytest.mark.parametrize(("text", "profile"), [
    ("普段のお薬との飲み合わせも、心配は要りません。", "supplement"),
    ("食べ合わせの問題は一切ございません。", "supplement"),
    ("赤みは決して出ません。", "cosmetic"),
    ("肌トラブルは１００％起こりません。", "cosmetic"),
    ("うちの注射な、副作用なんか出えへんねん。", "clinic"),
    ("腫れなんか起きひんから、安心して。", "clinic"),
    ("副作用とかねーし、毎日イケる。", "supplement"),
    ("刺激は出んけん、心配せんでよかよ。", "cosmetic"),
    ("かぶれなんてありゃせんよ。", "cosmetic"),
    ("うちでは今まで一度も起きたことがないので、心配ありません。", "clinic"),
    ("トラブルが起きたお客様は一人もいらっしゃいません。", "cosmetic"),
    ("開院以来、誰も副作用が出ていないんです。", "clinic"),
    ("どれだけ飲んでも平気な成分です。", "supplement"),
    ("いくら塗っても問題ないので、たっぷりどうぞ。", "cosmetic"),
    ("摂りすぎても副作用はありません。", "supplement"),
    ("お薬ではありませんから、副作用の心配はございません。", "supplement"),
    ("海外機関の認証を得た原料を採用しているので安全です。", "cosmetic"),
    ("公的機関に認められた安全な注入療法です。", "clinic"),
])
def test_safety_guarantee_family_5b(text, profile):
    assert "safety-guarantee" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("飲み合わせが心配な方は、かかりつけの薬剤師にご相談ください。", "supplement"),
    ("赤みが出た場合は使用を中止してください。", "cosmetic"),
    ("量を倍にしても、その分よく効くというわけではありません。", "cosmetic"),
    ("医薬品ではないため、病気の診断や治療には使用できません。", "supplement"),
    ("認証を取得した工場で製造しています。", "cosmetic"),
    ("一度もエステに行ったことがない方にもおすすめです。", "cosmetic"),
    ("副作用が出た方には、医師が対応します。", "clinic"),
])
def test_safety_guarantee_neighbours_stay_clean_5b(text, profile):
    assert "safety-guarantee" not in _cats(text, profile)


# medical-efficacy: cells as where the change happens (細胞からリフレッシュ), youth as the felt
# result (若々しさを実感), a concern reduced as a noun (シワの減少), ageing slowed (老化スピード
# の低下, 老化にブレーキ), whole-body complaints resolved, a treatment made unnecessary,
# concerns listed then vanishing, and a result adopted from research (研究で…報告されています)
@pytest.mark.parametrize(("text", "profile"), [
    ("細胞から目覚める、朝の美容ドリンク。", "supplement"),
    ("肌の細胞ひとつひとつがピチピチに。", "cosmetic"),
    ("続けた方の多くが若々しさを体感しています。", "supplement"),
    ("ほうれい線の軽減を目指す集中美容液。", "cosmetic"),
    ("年齢による衰えのスピードをぐっと落とすクリーム。", "cosmetic"),
    ("加齢にストップをかける毎日の一粒。", "supplement"),
    ("老いをゆるやかにするナイトセラム。", "cosmetic"),
    ("気になる不調をまとめて解消するドリンク。", "supplement"),
    ("これのおかげで美容皮膚科に行かなくて済むようになった。", "cosmetic"),
    ("くすみもクマも、ひと晩で消え去るマスク。", "cosmetic"),
    ("大学の研究で、若返りを後押しする働きが確認されています。", "supplement"),
    ("施術を受けると、細胞からリフレッシュします。", "clinic"),
    ("点滴で、老化の進行を遅らせます。", "clinic"),
])
def test_medical_efficacy_family_5b(text, profile):
    assert "medical-efficacy" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("幹細胞から取り出した成分を配合しています。", "cosmetic"),
    ("体調がすぐれない場合は、医療機関を受診してください。", "supplement"),
    ("皮膚科で治療中の方は、医師に相談してからお使いください。", "cosmetic"),
    ("老化のしくみについて、研究が進められています。", "cosmetic"),
    ("毛穴の汚れをすっきり落とすクレンジング。", "cosmetic"),
])
def test_medical_efficacy_neighbours_stay_clean_5b(text, profile):
    assert "medical-efficacy" not in _cats(text, profile)


# immediacy: the next morning's vigour or surprise, a short period or one use tied to tiredness
@pytest.mark.parametrize(("text", "profile"), [
    ("飲んだ翌朝から、体がしゃきっと軽い。", "supplement"),
    ("翌日には目元がパッチリ。", "cosmetic"),
    ("次の日の素肌に感動しました。", "cosmetic"),
    ("明朝、鏡の中の顔にきっと驚くはず。", "cosmetic"),
    ("4日で疲れが残らなくなった気がします。", "supplement"),
    ("一杯でだるさが吹き飛ぶ。", "supplement"),
])
def test_immediacy_family_5b(text, profile):
    assert "immediacy" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("翌朝、届いたパッケージのかわいさにびっくり。", "cosmetic"),
    ("施術の翌日から、普段どおり仕事に行けます。", "clinic"),
    ("2回目の施術の後から、朝の支度が楽しみになりました。", "clinic"),
])
def test_immediacy_neighbours_stay_clean_5b(text, profile):
    assert "immediacy" not in _cats(text, profile)


# universality: any age, skin or constitution tied to certainty; every benefit in one product
@pytest.mark.parametrize(("text", "profile"), [
    ("どの年齢の方でも、必ず変化が出ます。", "clinic"),
    ("どのような肌質の方でも、しっかり効果を発揮。", "cosmetic"),
    ("疲労回復・美肌・免疫アップまで、このドリンク1本で。", "supplement"),
    ("シミ改善、たるみ解消まで全部これ1本。", "cosmetic"),
])
def test_universality_family_5b(text, profile):
    assert "universality" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("化粧水から乳液まで、これ1本で完了。", "cosmetic"),
    ("どんな肌質でも伸ばしやすいジェル。", "cosmetic"),
])
def test_universality_neighbours_stay_clean_5b(text, profile):
    assert "universality" not in _cats(text, profile)


# efficacy-guarantee: a failure elsewhere said to be remedied here, certainty after the concern
@pytest.mark.parametrize(("text", "profile"), [
    ("ほかの美容液で変化がなかった方も、これなら大丈夫。", "cosmetic"),
    ("他院で結果が出なかった患者様も、当院ならご安心を。", "clinic"),
    ("よそであきらめた方も、どうぞお任せください。", "clinic"),
    ("頬のたるみは確実に持ち上がります。", "clinic"),
])
def test_efficacy_guarantee_family_5b(text, profile):
    assert "efficacy-guarantee" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("効果を感じられなかった方もいらっしゃいます。", "clinic"),
    ("他院で治療を受けている方は、事前にお知らせください。", "clinic"),
])
def test_efficacy_guarantee_neighbours_stay_clean_5b(text, profile):
    assert "efficacy-guarantee" not in _cats(text, profile)


# evidence-claim: a result adopted from research (研究で…確認/報告/明らかに)
@pytest.mark.parametrize(("text", "profile"), [
    ("国内の研究で、老化の抑制が確認されています。", "supplement"),
    ("海外の論文により、シワが浅くなることが明らかになりました。", "cosmetic"),
    ("臨床試験の結果、薄毛の改善が報告されています。", "supplement"),
])
def test_evidence_claim_family_5b(text, profile):
    assert "evidence-claim" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("ラットの実験で毛の伸びが速くなったとの報告はあるものの、人で確かめられてはいません。", "cosmetic"),
    ("本品には難消化性デキストリンが含まれ、食後の血糖値の上昇をおだやかにする機能があることが報告されています。", "supplement"),
    ("老化を遅らせる可能性について、研究が進められています。", "supplement"),
])
def test_evidence_claim_neighbours_stay_clean_5b(text, profile):
    assert "evidence-claim" not in _cats(text, profile)


# --- round 5c frames: a body structure or function (細胞, 幹細胞, コラーゲン, 血流, 代謝,
# 自律神経, ホルモン …) + a wake / restart / renew verb, literal or metaphorical (目覚める,
# 叩き起こす, フル稼働, リセット, 巻き戻す, 蘇らせる …); an organ's work supported
WAKE = [
    ("夜のうちに、肌の奥で休んでいた幹細胞が目を覚ます。", "cosmetic"),
    ("眠ったままのコラーゲンを叩き起こすナイトクリーム。", "cosmetic"),
    ("冷えた血流を呼び覚ます朝の一杯。", "supplement"),
    ("落ちこんだ代謝をフル稼働させるドリンク。", "supplement"),
    ("乱れがちなホルモンをリセットするサプリ。", "supplement"),
    ("真皮を再起動させる集中セラム。", "cosmetic"),
    ("ステムセルが肌の中でどんどん増えていく美容液。", "cosmetic"),
    ("Wake up your skin cells with our serum.", "cosmetic"),
    ("当院の点滴で、体の幹細胞が目覚めます。", "clinic"),
    ("年齢とともに弱った脳の働きをサポートするサプリ。", "supplement"),
    ("腎臓の機能を守る毎日の一粒。", "supplement"),
]


@pytest.mark.parametrize(("text", "profile"), WAKE)
def test_body_structure_woken_family(text, profile):
    assert "medical-efficacy" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("幹細胞を培養して得た上清液を、整肌成分として配合しています。", "cosmetic"),
    ("保湿成分配合でリニューアルしました。", "cosmetic"),
    ("朝の香りで気分をリフレッシュ。", "cosmetic"),
    ("注射部位にアレルギー反応を起こすことがあります。", "clinic"),
    ("毎日の栄養補給をサポートする一粒。", "supplement"),
    ("肌にうるおいを与え、キメを整えます。", "cosmetic"),
])
def test_body_structure_woken_neighbours_stay_clean(text, profile):
    assert "medical-efficacy" not in _cats(text, profile)


# --- immediacy: a short period, a comma and the concern vanishing (casual forms too); one use
# and years off further on; the next morning's skin; an early morning's felt change; a body
# value that drops within days
IMMEDIACY_5C = [
    ("わずか4日で、頬のシミが跡形もなく。", "cosmetic"),
    ("使って2日で目元のクマにさよなら。", "cosmetic"),
    ("1回の導入で、肌が一気に5歳若返る。", "clinic"),
    ("このクリームを塗ると、翌朝の肌が全然違う。", "cosmetic"),
    ("飲み始めて2日目の朝、体が軽くて驚きました。", "supplement"),
    ("続けて10日で血糖値が下がりました。", "supplement"),
    ("つけた瞬間、頬がもっちり。", "cosmetic"),
    ("翌朝から二十歳の素肌へ。", "cosmetic"),
]


@pytest.mark.parametrize(("text", "profile"), IMMEDIACY_5C)
def test_immediacy_vanish_family(text, profile):
    assert "immediacy" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("施術から3日で、内出血はほとんど目立たなくなります。", "clinic"),
    ("翌朝の肌のために、夜はしっかり保湿を。", "cosmetic"),
    ("3回目の導入で、シミが薄くなってきました。", "clinic"),
    ("塗った瞬間に肌になじむテクスチャー。", "cosmetic"),
    ("2日目の朝は、使用量を半分にしてください。", "supplement"),
])
def test_immediacy_vanish_neighbours_stay_clean(text, profile):
    assert "immediacy" not in _cats(text, profile)


# --- universality: any group (どの年代 / どんな年齢 / 何歳からでも / いくつになっても)
# tied to a result; every concern at once. A share of users (参加者の100%が実感) is the
# taxonomy's own efficacy-guarantee example (100%実感), and fresh writers label it so alone
# (round 7): see test_share_of_users_is_a_guarantee.
UNIVERSAL_5C = [
    ("どの肌質の方が使っても、同じようにハリが出ます。", "cosmetic"),
    ("どんな体質の方でも、体の変化を実感できます。", "supplement"),
    ("何歳からでも若返るエイジングケア。", "cosmetic"),
    ("いくつになっても若返る、毎日の一杯。", "supplement"),
    ("性別や年齢を問わず、体の芯まで働きかけます。", "supplement"),
    ("お悩みの数に関係なく、すべてまとめて解決します。", "clinic"),
]


@pytest.mark.parametrize(("text", "profile"), UNIVERSAL_5C)
def test_universality_any_group_family(text, profile):
    assert "universality" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("どの肌質の方が使っても、べたつかない軽い使い心地です。", "cosmetic"),
    ("何歳からでもご入会いただけます。", "supplement"),
    ("どんな年齢の方でも、まずはパッチテストをおすすめします。", "cosmetic"),
    ("参加者の100%が女性でした。", "cosmetic"),
])
def test_universality_any_group_neighbours_stay_clean(text, profile):
    assert "universality" not in _cats(text, profile)


# --- efficacy-guarantee: any certainty word (百パーセント, 保証付き, 間違いなし) + result;
# everyone's result as a fact; the result as the reason for popularity;
# the certainty said as its own phrase
GUARANTEE_5C = [
    ("塗るたびにシミが百パーセント薄くなる。", "cosmetic"),
    ("試した人みんなが若返りを感じています。", "cosmetic"),
    ("効果が出るから、リピートされ続けています。", "supplement"),
    ("塗れば変わる、それが確実な一本。", "cosmetic"),
    ("続ければきっと驚くはずです。", "supplement"),
    ("毎日飲めば肌は若返ります。間違いありません。", "supplement"),
    ("どなたでも、必ず。", "cosmetic"),
]


@pytest.mark.parametrize(("text", "profile"), GUARANTEE_5C)
def test_efficacy_guarantee_certainty_family(text, profile):
    assert "efficacy-guarantee" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("ご使用の際は、必ずパッチテストを行ってください。", "cosmetic"),
    ("使った人みんなが、香りを気に入ってくれました。", "cosmetic"),
    ("ご来院の方のほとんどが、平日の夕方を選ばれます。", "clinic"),
    # a share without a number is no promise (round 13: writers of four rounds agree; numbered
    # shares and everyone stay guarantees)
    ("その日のうちに違いを実感される方が大半です。", "clinic"),
    ("続けやすい価格だから、選ばれ続けています。", "supplement"),
    ("お届け日は、きっと驚くほど早いはずです。", "supplement"),
])
def test_efficacy_guarantee_certainty_neighbours_stay_clean(text, profile):
    assert "efficacy-guarantee" not in _cats(text, profile)


# --- medical-efficacy: a disease-affected skin then a cure, a cosmetic offered to a disease's
# sufferers, a newborn's skin as the result, a root cure in a clinic, no more clinic visits
MEDICAL_5C = [
    ("湿疹でガサガサだった手も、このクリームで改善します。", "cosmetic"),
    ("脂漏性皮膚炎でお悩みの方にぜひ使ってほしいローション。", "cosmetic"),
    ("生まれたての素肌へ導くセラム。", "cosmetic"),
    ("乾癬の根本治療として、点滴療法を行っています。", "clinic"),
    ("これ一本で、もう美容クリニックに通う必要はありません。", "cosmetic"),
    ("体の抵抗力を底上げする毎朝の一杯。", "supplement"),
]


@pytest.mark.parametrize(("text", "profile"), MEDICAL_5C)
def test_medical_efficacy_round5c_family(text, profile):
    assert "medical-efficacy" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("湿疹がある肌には使わないでください。", "cosmetic"),
    ("赤ちゃんの肌にも使える低刺激処方です。", "cosmetic"),
    ("症状がある方は、医療機関の受診が必要です。", "clinic"),
    ("サロンに通う必要がない、自宅用のマスク。", "cosmetic"),
])
def test_medical_efficacy_round5c_neighbours_stay_clean(text, profile):
    assert "medical-efficacy" not in _cats(text, profile)


# --- evidence-claim: the result first and the research after, 研究で判明, the data said to prove
# the product's power, a skin measure multiplied; penetration-overclaim: through the layer
# (突き抜ける, 突き破る), past it as a headline, acting deep in the skin
EVIDENCE_5C = [
    ("肌のハリを高めることが、複数の論文で示されています。", "cosmetic"),
    ("試験データが、この一本の実力を証明しています。", "cosmetic"),
    ("臨床試験で肌弾力が1.8倍に向上。", "cosmetic"),
    ("データで判明、毎日の一杯で肌が若返る。", "supplement"),
]


@pytest.mark.parametrize(("text", "profile"), EVIDENCE_5C)
def test_evidence_claim_round5c_family(text, profile):
    assert "evidence-claim" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("ヒトでの効果を示した論文は、まだありません。", "cosmetic"),
    ("容量を従来の1.5倍に増やしました。", "cosmetic"),
    ("研究データの出典は、下記のページにまとめています。", "cosmetic"),
])
def test_evidence_claim_round5c_neighbours_stay_clean(text, profile):
    assert "evidence-claim" not in _cats(text, profile)


PENETRATION_5C = [
    ("角層を突き抜けて届く美容液。", "cosmetic"),
    ("極小のカプセルが、表皮のその先へ。", "cosmetic"),
    ("肌の深部で長くはたらくエッセンス。", "cosmetic"),
]


@pytest.mark.parametrize(("text", "profile"), PENETRATION_5C)
def test_penetration_round5c_family(text, profile):
    assert "penetration-overclaim" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("角質層のすみずみまでうるおいで満たします。※角質層まで", "cosmetic"),
    ("肌の表面でうるおいのベールとして働きます。", "cosmetic"),
])
def test_penetration_round5c_neighbours_stay_clean(text, profile):
    assert "penetration-overclaim" not in _cats(text, profile)


# --- safety-guarantee: safety itself promised (安全が保証された, 安心をお約束)
@pytest.mark.parametrize(("text", "profile"), [
    ("国の基準で安全が保証された点滴です。", "clinic"),
    ("安心をお約束する、毎日のサプリ。", "supplement"),
])
def test_safety_promised_family(text, profile):
    assert "safety-guarantee" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("安全を担保するため、ロットごとに無菌試験を行っています。", "clinic"),
    ("すべての方への安全性を保証するものではないため、体調をみながらお召し上がりください。", "supplement"),
])
def test_safety_promised_neighbours_stay_clean(text, profile):
    assert "safety-guarantee" not in _cats(text, profile)


# --- medical-efficacy: a living skin layer acted on (基底層に作用), a skin measure multiplied
@pytest.mark.parametrize(("text", "profile"), [
    ("線維芽細胞に作用するナイトクリーム。", "cosmetic"),
    ("3か月で肌の水分量が2倍に増加。", "cosmetic"),
])
def test_living_layer_family(text, profile):
    assert "medical-efficacy" in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile"), [
    ("角質層にうるおいを届けて、肌を整えます。", "cosmetic"),
    ("容量が2倍にアップした詰め替え用。", "cosmetic"),
])
def test_living_layer_neighbours_stay_clean(text, profile):
    assert "medical-efficacy" not in _cats(text, profile)


# --- round 5c, third pass (frames widened from a fresh blind set's wording families; every
# sentence here is our own): a concern fading progressively, the cell itself activated, one use
# or a short period with a dramatic change (別人 / 激変 / エグい / 嘘のように, kanji numerals),
# anyone with one use, two ages listed, every type's concerns in one product, spoken guarantees
# (これで変わらなかったら / 100%いける / うちなら結果を出す), research said to show the effect,
# an official approval sold as safety, every corner of the inside, iPS/ES cells' power sold
FRAMES_5C3 = [
    ("目元のクマがみるみる薄くなっていくアイクリーム。", "cosmetic", "medical-efficacy"),
    ("使うたびに、ほうれい線がぐんぐん浅くなる。", "cosmetic", "medical-efficacy"),
    ("頬のそばかすが日に日に消えていく美容液。", "cosmetic", "medical-efficacy"),
    ("シミもくすみも、塗るほどにどんどん薄く。", "cosmetic", "medical-efficacy"),
    ("細胞自体を元気にするクリーム。", "cosmetic", "medical-efficacy"),
    ("肌細胞そのものを目覚めさせるセラム。", "cosmetic", "medical-efficacy"),
    ("導入後は、肌ツヤが別人みたいになります。", "clinic", "medical-efficacy"),
    ("たった1回のケアで、肌ツヤが別人。", "cosmetic", "immediacy"),
    ("初回から肌ツヤ爆上がり。", "cosmetic", "immediacy"),
    ("2週間で肌ツヤが別人レベル。", "cosmetic", "immediacy"),
    ("10日でフェイスラインが激変した。", "cosmetic", "immediacy"),
    ("1週間でこれはヤバい。", "cosmetic", "immediacy"),
    ("飲み始めて五日、寝起きが別人みたい。", "supplement", "immediacy"),
    ("一杯目から疲れが嘘のように抜けた。", "supplement", "immediacy"),
    ("初回の点滴で、体の重さが嘘みたいに消えた。", "clinic", "immediacy"),
    ("1回受けただけで見た目が激変。", "clinic", "immediacy"),
    ("打ったその日から顔つきが別人。", "clinic", "immediacy"),
    ("どなたでも一回でハリの違いを実感できます。", "clinic", "universality"),
    ("30代も70代も、同じようにハリを実感。", "cosmetic", "universality"),
    ("二十代も六十代も、使えば肌が変わる。", "cosmetic", "universality"),
    ("誰もが若々しさを手に入れられるセラム。", "cosmetic", "universality"),
    ("あらゆる肌質のトラブルを、この一本でケア。", "cosmetic", "universality"),
    ("どんな年代のお悩みにもこれ1本で対応。", "cosmetic", "universality"),
    ("これで効かなかったら、もう諦めてください。", "cosmetic", "efficacy-guarantee"),
    ("このセラムで変わらなければ、何を使っても変わりません。", "cosmetic", "efficacy-guarantee"),
    ("コレで変わらんかったら返金します。", "cosmetic", "efficacy-guarantee"),
    ("百パーセントいける、このクリーム。", "cosmetic", "efficacy-guarantee"),
    ("うちだったら結果出せますよ。", "clinic", "efficacy-guarantee"),
    ("他で諦めた方も、当サロンなら変化を出します。", "clinic", "efficacy-guarantee"),
    ("私たちなら効果をお約束します。", "clinic", "efficacy-guarantee"),
    ("学会で効き目が発表されたエクソソーム。", "cosmetic", "evidence-claim"),
    ("研究で証明されたとおり、このクリームはシワを減らします。", "cosmetic", "evidence-claim"),
    ("国の認可を受けた安心のサプリメント。", "supplement", "safety-guarantee"),
    ("FDAのお墨付きをもらった安心成分。", "supplement", "safety-guarantee"),
    ("厚労省の承認を取得した、安全な点滴です。", "clinic", "safety-guarantee"),
    ("肌の奥※のすみずみまで。※角質層", "cosmetic", "penetration-overclaim"),
    ("iPS細胞のパワーが、あなたの肌を変える。", "cosmetic", "ips-derived"),
    ("ES細胞のチカラで、毎朝すっきり。", "supplement", "ips-derived"),
    ("iPS細胞の成長因子を高濃度で配合。", "supplement", "ips-derived"),
]


@pytest.mark.parametrize(("text", "profile", "category"), FRAMES_5C3)
def test_frames_5c3(text, profile, category):
    assert category in _cats(text, profile)


@pytest.mark.parametrize(("text", "profile", "category"), [
    ("汚れがどんどん落ちるクレンジング。", "cosmetic", "medical-efficacy"),
    ("使うたびにどんどん好きになる香り。", "cosmetic", "medical-efficacy"),
    ("細胞そのものは配合していません。", "cosmetic", "medical-efficacy"),
    ("3日で届きました、梱包もエグい丁寧。", "cosmetic", "immediacy"),
    ("2週間でボトルが空に。香りが好きすぎる。", "cosmetic", "immediacy"),
    ("一回の使用量はパール粒大です。", "cosmetic", "immediacy"),
    ("1回目の来院時は、問診票の記入に時間がかかります。", "clinic", "immediacy"),
    ("初回のカウンセリングは無料です。", "clinic", "immediacy"),
    ("どなたでも1回目のカウンセリングは無料です。", "clinic", "universality"),
    ("20代も60代も使いやすい、さっぱりした使用感。", "cosmetic", "universality"),
    ("誰もが手に入れやすい価格を目指しました。", "cosmetic", "universality"),
    ("これで変わらなかったら、使用を中止して医師にご相談ください。", "cosmetic", "efficacy-guarantee"),
    ("100%植物由来の容器です。", "cosmetic", "efficacy-guarantee"),
    ("当院なら、駅から徒歩3分です。", "clinic", "efficacy-guarantee"),
    ("当院では、結果が出るまでの期間を事前にご説明します。", "clinic", "efficacy-guarantee"),
    ("論文で示されたとおりの結果が、ヒトで得られるとは限りません。", "cosmetic", "evidence-claim"),
    ("保湿効果は、効能評価試験で確認しています。", "cosmetic", "evidence-claim"),
    ("研究では効果が確認されていません。", "cosmetic", "evidence-claim"),
    ("当院は厚生労働省に届け出を行い、受理されています。", "clinic", "safety-guarantee"),
    ("角質層のすみずみまでうるおいを届けます。", "cosmetic", "penetration-overclaim"),
    ("お部屋のすみずみまで香りが広がるディフューザー。", "cosmetic", "penetration-overclaim"),
    ("iPS細胞の力を借りた治療は、まだ研究段階です。", "clinic", "ips-derived"),
    ("当院の製剤は、iPS細胞の培養液を使用していません。", "clinic", "ips-derived"),
])
def test_frames_5c3_neighbours_stay_clean(text, profile, category):
    assert category not in _cats(text, profile)


def test_share_of_users_is_a_guarantee():
    cats = _cats("参加者の100%が変化を実感しました。", "cosmetic")
    assert "efficacy-guarantee" in cats and "universality" not in cats


def test_reaching_a_living_layer_is_penetration():
    # アプローチ says where it reaches, not what it does there: fresh writers (round 7) label
    # 真皮層へアプローチ penetration only; 作用・働きかける stays medical-efficacy
    cats = _cats("基底層にまっすぐアプローチするセラム。", "cosmetic")
    assert "penetration-overclaim" in cats and "medical-efficacy" not in cats
