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
    ("clinic", "長期の有効性はまだ明らかになっていない。"),
    # a disease's approved drugs named (the 国内承認医薬品等 disclosure)
    ("clinic", "円形脱毛症の治療薬としては、国内承認薬もあります。"),
    # how a result is judged, not a result
    ("clinic", "一度の注入だけで効き目を判断はできません。"),
    # a risk said to be the same as another's, not absent
    ("clinic", "培養上清は、医薬品とリスクがあまり変わらないと考えられています。"),
    # a review widget's reviewer line (the comment above it is judged on its own line)
    ("supplement", "さくら さん（40代・女性）購入者"),
    # a denial after a comma
    ("clinic", "拒絶反応は絶対に起きない、とは言い切れません。"),
    # the permitted wording, with the stratum corneum named
    ("cosmetic", "角層のすみずみにうるおいを届けます。"),
    ("cosmetic", "お肌の隅々に行き渡ります※。※角層まで"),
    # an instruction by time of day, and moisture that lasts
    ("cosmetic", "朝は化粧水のあとに、夜には美容液のあとにお使いください。"),
    ("cosmetic", "朝つけると夜までうるおいが続きます。"),
    # a study reported in a sentence that sells nothing
    ("cosmetic", "培養上清には組織の修復を促す作用が報告されています。"),
    # a feel-only review (ひんやり is how a cream feels); a survey about the feel
    ("cosmetic", "「塗った瞬間ひんやりして心地よい」（20代女性）"),
    ("cosmetic", "利用者の9割が「使い心地がよい」と回答。"),
    # patients asked for case photos (a monitor condition); make-up removed, not a discount
    ("clinic", "症例写真の撮影にご協力いただける方を募集中です。"),
    ("cosmetic", "メイクも皮脂汚れもまとめてオフするクレンジング。"),
    # a quoted claim denied in speech; ads carrying quoted claims, warned about
    ("cosmetic", "「エクソソーム＝再生」じゃないよ。"),
    ("cosmetic", "「刺激ゼロ」「万人に効く」と並べた広告には気をつけて。"),
    # a doctor's caution quoted; a notification stated as a fact
    ("clinic", "当院の医師が「施術当日は激しい運動を控えて」と話しています。"),
    ("supplement", "機能性表示食品として消費者庁に届出済みです。"),
    # a delivery said to be quick, a trial size used up in days
    ("cosmetic", "ドラッグストアより早く届きます。"),
    ("cosmetic", "3日で使い切れるトライアルサイズ。"),
    # a booking comment passed on; supernatant delivered (not the cells); a feel-only rating;
    # a doctor's advice passed on
    ("cosmetic", "「予約が取りやすい」とのこと、ありがとうございます。"),
    ("cosmetic", "幹細胞を培養した上清液を肌に届けます。"),
    ("supplement", "★★★★★ 飲みやすくて続けやすいです。"),
    ("clinic", "ドクターいわく「施術後は保湿が大切」とのこと。"),
    # a state's refusal, a quality standard, what lies deep in the skin
    ("supplement", "FDAの承認は受けていません。"),
    ("cosmetic", "ISO 22716準拠の工場で製造しています。"),
    ("cosmetic", "肌の奥に潜む乾燥に。"),
    # instructions and hedged levels of irritation
    ("cosmetic", "ピリピリしたら使うのをやめてください。"),
    ("cosmetic", "刺激を感じにくい処方です。"),
    # the standard point rate
    ("cosmetic", "ポイント1倍 55ポイント"),
    # an article's stretching tip; a clinic's own menu developed by its doctor
    ("supplement", "肩こりがほぐれるストレッチを紹介します。"),
    ("clinic", "当院院長が開発した独自の点滴メニューです。"),
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
    ("clinic", "他家由来の製剤でも拒絶反応は起こりません。", "safety-guarantee"),
    ("clinic", "細菌もウイルスも一切混入しない製剤です。", "safety-guarantee"),
    ("cosmetic", "完全無菌のアンプル美容液。", "safety-guarantee"),
    # a result within the same day
    ("cosmetic", "朝ひと塗りで、夕方にはもう違いがわかります。", "immediacy"),
    ("supplement", "朝に飲めば、夜には疲れが取れているのを感じます。", "immediacy"),
    # the effect said never to fail; every user promised the result
    ("cosmetic", "この弾力は裏切りません。", "efficacy-guarantee"),
    ("cosmetic", "参加者全員が変化を実感できるクリームです。", "efficacy-guarantee"),
    # every corner of the skin, or the inside of it as the goal
    ("cosmetic", "お肌の隅々までエクソソームが届きます。", "penetration-overclaim"),
    ("cosmetic", "肌内部※の奥まで美容成分を届けます。※角質層", "penetration-overclaim"),
    # a legal procedure misdescribed as the state's approval
    ("clinic", "提供計画を厚労大臣が承認した、国のお墨付きを得た治療です。", "approval-misrepresentation"),
    # a doctor's own choice of the treatment
    ("clinic", "著名な形成外科医も、自分のケアにこの注射を選んでいる。", "endorsement"),
    # a food said to raise a skin measure
    ("supplement", "飲むだけで肌の水分量が上がります。", "medical-efficacy"),
    # a reported effect made the selling point of an ingredient
    ("supplement", "抗老化作用が確認された原料を、1粒に凝縮しました。", "medical-efficacy"),
    ("supplement", "医学誌で抗老化作用が示された原料を凝縮。", "evidence-claim"),
    # a rival run down though the wording quotes the rival's product type (deferral, no other rule)
    ("cosmetic", "他社の“幹細胞コスメ”は濃度が薄すぎて話になりません。", "comparative"),
    ("clinic", "他院で満足できなかった方にも選ばれる点滴です。", "comparative"),
    # a doctor choosing it, with a quoted word between
    ("cosmetic", "形成外科医5名が“本命”と選んだ美容液です。", "endorsement"),
    # a disease's sufferers said to recover; its figures back to normal; symptoms that stop
    ("supplement", "不眠症の方が次々と改善しています。", "disease-treatment"),
    ("supplement", "高血圧の数値も、続けるうちに正常に近づきます。", "disease-treatment"),
    ("supplement", "花粉の時期も、くしゃみ知らずの毎日に。", "disease-treatment"),
    ("supplement", "もう腰痛に悩まされる必要はありません。", "disease-treatment"),
    ("supplement", "ひざの痛みにアプローチするサプリ。", "disease-treatment"),
    ("cosmetic", "ニキビ跡もこれ1本で目立たなくなります。", "disease-treatment"),
    ("cosmetic", "円形脱毛症の部分からも産毛が生えてきます。", "disease-treatment"),
    ("supplement", "関節痛にお悩みの方から感謝の声が届いています。", "disease-treatment"),
    ("cosmetic", "アトピーに悩んでいた息子の肌も、このクリームのおかげです。", "disease-treatment"),
    ("cosmetic", "乾癬肌の赤みを落ち着かせるバーム。", "disease-treatment"),
    ("cosmetic", "ニキビ肌の方から「かゆみが出なくなった」と好評です。", "disease-treatment"),
    # effects beyond the cosmetic range or a food's body function
    ("cosmetic", "使うほどに老化サインが消えていきます。", "medical-efficacy"),
    ("supplement", "免疫のはたらきを内側から整えます。", "medical-efficacy"),
    ("supplement", "受験生の免疫サポートに。", "medical-efficacy"),
    ("supplement", "試合後の疲労からの回復が早まります。", "medical-efficacy"),
    ("supplement", "朝の疲れ残りを一気に吹き飛ばす。", "medical-efficacy"),
    ("supplement", "関節の曲げ伸ばしがなめらかに。", "medical-efficacy"),
    ("supplement", "飲んだその夜からぐっすり。", "medical-efficacy"),
    ("supplement", "すり減ったひざの軟骨を補修するサプリ。", "medical-efficacy"),
    ("cosmetic", "レーザー後の肌の回復を早めるクリーム。", "medical-efficacy"),
    ("cosmetic", "弾力を根元から立て直す美容液。", "medical-efficacy"),
    ("cosmetic", "ダメージを受けた細胞をいたわるセラム。", "medical-efficacy"),
    ("cosmetic", "シミの色をほどいていくエッセンス。", "medical-efficacy"),
    ("cosmetic", "肌のトーンが3段階アップ。", "medical-efficacy"),
    ("cosmetic", "生え際のうぶ毛が太くなるスカルプ美容液。", "medical-efficacy"),
    ("cosmetic", "つむじの毛が復活するローション。", "medical-efficacy"),
    ("cosmetic", "ほうれい線の深さが20%減少。", "medical-efficacy"),
    # a rival class then a better quality, a rival unlike ours, every other product outdone
    ("clinic", "近くの美容クリニックより高濃度なのに、料金は据え置き。", "comparative"),
    ("cosmetic", "他社とは成分のグレードが違います。", "comparative"),
    ("cosmetic", "これまで試したどのクリームとも違う手応え。", "comparative"),
    ("supplement", "高い点滴に通うより、毎日これを飲むほうが効率的。", "comparative"),
    ("supplement", "一般的なサプリの10倍の吸収率ってマジ？", "comparative"),
    # an expert's quoted verdict, own daily use, clinics counted as users
    ("cosmetic", "皮膚科医が「これは本物」と認めたクリーム。", "endorsement"),
    ("supplement", "医学博士も毎晩欠かさないサプリ。", "endorsement"),
    ("supplement", "看護師の私が毎日飲んでいるのがこれ。", "endorsement"),
    ("supplement", "300以上の医療機関が採用するサプリ。", "endorsement"),
    # a study named as the backing of the effect
    ("cosmetic", "臨床データに裏打ちされた処方。", "evidence-claim"),
    ("cosmetic", "研究データが示すとおり、ハリが変わります。", "evidence-claim"),
    ("supplement", "肌年齢が若返ったという研究データもあります。", "evidence-claim"),
    ("supplement", "免疫細胞が活性化することをマウスで確認しました。", "evidence-claim"),
    ("cosmetic", "弾力+30%（社内試験）。", "evidence-claim"),
    # a permitted feel or a noticed change by a short time
    ("cosmetic", "わずか2日でごわつきのないなめらか肌へ。", "immediacy"),
    ("cosmetic", "塗ったその日から、鏡の前が楽しみに。", "immediacy"),
    # a notification called the state's backing
    ("cosmetic", "消費者庁へ届出済みで、国のお墨付きを得たクリーム。", "approval-misrepresentation"),
    # a total result in any order or language; nobody without the result
    ("cosmetic", "実感率100%の美容液。", "efficacy-guarantee"),
    ("supplement", "100% you'll feel the difference.", "efficacy-guarantee"),
    ("cosmetic", "10人が使えば10人が違いを感じるクリーム。", "efficacy-guarantee"),
    ("supplement", "誰が飲んでも実感できる💯", "efficacy-guarantee"),
    ("clinic", "zettai失敗しない注入です。", "efficacy-guarantee"),
    ("clinic", "当院の注射で何も変わらなかった人は一人もいない。", "efficacy-guarantee"),
    # users' accounts reported in bulk, passed on, or star-rated
    ("cosmetic", "うぶ毛が生えてきた報告続々！", "testimonial"),
    ("clinic", "「2回目の翌日から肩が軽い」とのこと、うれしいです。", "testimonial"),
    ("supplement", "★★★★★ 飲み始めて1週間で、腰痛が楽になりました。", "testimonial"),
    # stem cells themselves said to be put into the skin or the body
    ("cosmetic", "肌に幹細胞を補うようなクリーム。", "stem-cell-misrepresentation"),
    ("clinic", "幹細胞を点滴で全身へ届けます。", "stem-cell-misrepresentation"),
    ("clinic", "言わば幹細胞を体内に迎え入れる施術です。", "stem-cell-misrepresentation"),
    # an authority's backing claimed for the product or its ingredient
    ("supplement", "FDA（米国食品医薬品局）認証の原料を使用。", "approval-misrepresentation"),
    ("cosmetic", "国際認証機関から認められたセラム。", "approval-misrepresentation"),
    ("cosmetic", "CE認証取得のエクソソームクリーム。", "approval-misrepresentation"),
    ("cosmetic", "厚労省が品質を確認した培養液です。", "approval-misrepresentation"),
    ("clinic", "国の認可施設だから、この注射は安心です。", "safety-guarantee"),
    # no other example anywhere; only here; nothing else like this line
    ("cosmetic", "国内でも例のないスキンケア。", "superlative"),
    ("cosmetic", "当店にしかないクリーム。", "superlative"),
    ("cosmetic", "他にはないエイジングケアシリーズ。", "superlative"),
    # the destination named after the verb; the inside of the skin as the place that changes
    ("cosmetic", "届く先は、真皮層。", "penetration-overclaim"),
    ("cosmetic", "使った後の肌内部※がもちもち。※角質層", "penetration-overclaim"),
    ("cosmetic", "肌の奥で眠る細胞を呼び覚ますセラム。", "penetration-overclaim"),
    # a price tied to a short window or to signing today
    ("clinic", "今週だけ9,800円でご案内しています。", "price-inducement"),
    ("clinic", "本日ご契約で120,000円。", "price-inducement"),
    # no irritation, no side effect to mind, no strain
    ("cosmetic", "敏感肌でも刺激を感じません。", "safety-guarantee"),
    ("clinic", "副作用を気にせず受けられます。", "safety-guarantee"),
    ("supplement", "何粒飲んでも胃に負担はかかりません。", "safety-guarantee"),
    # the effect for everyone, another verb
    ("supplement", "年齢や性別に関係なく働きかけるサプリ。", "universality"),
    # a joint, bone or bladder complaint implied and relieved (senior-directed copy)
    ("supplement", "坂道の上り下りもスイスイ。", "disease-treatment"),
    ("supplement", "ふしぶしの痛みにさよなら。", "disease-treatment"),
    ("supplement", "骨がもろくなる前に始めたい習慣。", "disease-treatment"),
    ("supplement", "頻尿が気にならなくなりました。", "disease-treatment"),
    ("supplement", "ガチガチの肩こりがほぐれていく。", "disease-treatment"),
    ("supplement", "寝つきがよくなるサプリ。", "medical-efficacy"),
    # a named rival's drawback said not to occur here; half the price, twice the effect
    ("clinic", "ボトックスのように表情が不自然になることはありません。", "comparative"),
    ("clinic", "料金は他院の半額、効果は倍以上。", "comparative"),
    # a doctor's development role; a nurse's own use
    ("cosmetic", "形成外科医が処方設計に携わったクリーム。", "endorsement"),
    ("cosmetic", "現役看護師が愛用する美容液。", "endorsement"),
    # a refund tied to the effect; a result within days; the next morning's skin
    ("clinic", "効果にご満足いただけなければ、料金をお返しします。", "efficacy-guarantee"),
    ("clinic", "5日以内に効果がなければ無料でやり直します。", "immediacy"),
    ("cosmetic", "翌朝のむくみが違うと評判のマスク。", "immediacy"),
    # a risk removed entirely; safety called unproblematic
    ("clinic", "感染のリスクは完全に排除しています。", "safety-guarantee"),
    ("cosmetic", "安全面にも問題はございません。", "safety-guarantee"),
    # everyone suited; any condition; any constitution
    ("cosmetic", "肌に合わない方はいません。", "universality"),
    ("clinic", "授乳中の方でも受けられる点滴です。", "universality"),
    ("supplement", "体質や年齢を問わず、体を整えます。", "universality"),
    # a rival compared by a figure; the same for a fraction of the price
    ("clinic", "他院と比べ、当院の投与量は2倍です。", "comparative"),
    ("cosmetic", "幹細胞注射と同じ成分を5分の1の価格で。", "comparative"),
    # the end point of skin care; thinning covered; remission; memory
    ("cosmetic", "スキンケアの最終到達点。", "superlative"),
    ("cosmetic", "分け目が目立たなくなるスカルプセラム。", "medical-efficacy"),
    ("clinic", "点滴を続けた多くの方が寛解しています。", "medical-efficacy"),
    ("supplement", "記憶力の向上をサポートするサプリ。", "medical-efficacy"),
    # celebrities as regular users
    ("clinic", "俳優やアスリートも体調管理のために通う点滴。", "endorsement"),
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


NOT_THIS_CATEGORY = [
    # a patient's account of how the treatment felt: a clinic testimonial, no safety promise
    ("clinic", "施術中はほとんど痛みを感じませんでした（40代女性）", "safety-guarantee"),
    # a share without a number is no promise (writers of four rounds agree)
    ("clinic", "ほとんどの方が2回目から変化を感じています。", "efficacy-guarantee"),
    # a survey's answer, a rating claim and a doctor's words are not a customer's account
    ("cosmetic", "使った人の9割が「ハリが出た」と回答しました。", "testimonial"),
    ("cosmetic", "口コミ満足度No.1のクリーム。", "testimonial"),
    ("clinic", "医師の間でも「注射ならこの院」と評判です。", "testimonial"),
]


@pytest.mark.parametrize(("profile", "text", "category"), NOT_THIS_CATEGORY)
def test_a_neighbour_is_not_that_category(profile: str, text: str, category: str) -> None:
    assert category not in span_categories(text, profile)


def test_no_pattern_carries_literal_quotes() -> None:
    """A pattern written '"…"' in YAML keeps the double quotes as text and never matches."""
    from checker.engine import default_ruleset

    quoted = [(r.id, p) for r in default_ruleset().rules for p in r.patterns
              if isinstance(p, str) and p.startswith('"') and p.endswith('"')]
    assert quoted == []
