"""Issue 19, round 12: families widened from the regulation and the settled questions, and context
read too narrowly. Each test names one family: the claim it must report (with the category) and
the neighbouring wording it must leave alone. Every example is written for this file (own wording)."""

import pytest
from claim_helpers import claim_tests, span_categories

from checker import check

QUIET = [
    # a bracketed note after a denial word does not hide the denial that follows it
    ("cosmetic", "真皮の細胞まで成分が達するかどうかは、確かめられていません。"),
    ("cosmetic", "上清液入りだから即効性がある、ではありません。"),
    # a run of quoted claims, denied together
    ("cosmetic", "「刺激ゼロ」「全員に合う」とまでは断言できません。"),
    ("cosmetic", "「皮膚科医おすすめ」「売上No.1」「確実に効く」、いずれも当店の説明文には載せていません。"),
    ("cosmetic", "「誰が使っても若返る」といううわさを耳にすることもありますが、根拠はありません。"),
    # a report conceded, then limited
    ("cosmetic", "学会で有効性が報告されていますが、人での効果は確立していません。"),
    ("clinic", "この療法の安全性については、確かなデータがまだ確立していません。"),
    # the problem located deep in the skin, not the product
    ("cosmetic", "肌の奥にある悩みに目を向けましょう。"),
    ("cosmetic", "肌の奥まで乾燥している状態を、インナードライと呼びます。"),
    # the refund guarantee with its conditions on the same page is a transaction term
    ("cosmetic", "返金保証あり。返金の条件はよくある質問のページに載せています。"),
    # a general or conditional statement is no customer's account
    ("cosmetic", "母が飲み始めたので、私も一緒に飲むようになりました。"),
    # a treatment named as a menu, not a result
    ("clinic", "国内でエクソソーム育毛の取り扱いを始めました。"),
    # safe said of the manufacturing place, not of the product
    ("clinic", "安全な環境で製造された原料を使っています。"),
    # a clinic's own rule against the wording; a buyer's disappointed hope
    ("clinic", "当院では「どんな方でも十歳若く」といった言い方はしないよう心がけています。"),
    ("cosmetic", "「一晩で若返る！」と期待して使ったけど、正直ふつうの化粧水でした。"),
    # a writer's use report about feel only
    ("cosmetic", "編集部スタッフの使用感レポ：テクスチャーは軽く、無香料で使いやすい印象でした。"),
]

STILL_CLAIMS = [
    ("cosmetic", "シミが一晩で消えた！"),
    ("cosmetic", "ハリ改善を臨床で実証済み（※医薬部外品ではありません）。"),
    ("cosmetic", "細胞に届くことが確かめられています。"),
    ("cosmetic", "「副作用がない」処方です。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)

categories = span_categories


FAMILIES = [
    # penetration: the inside of the skin as where the product stays or works (note or not)
    ("cosmetic", "美容成分が肌深部※で水分を抱え込みます。※角質層", "penetration-overclaim"),
    ("cosmetic", "保湿成分が肌内部※にとどまります。※角質層", "penetration-overclaim"),
    ("cosmetic", "角質層まで浸透では満足できない方へ。もっと深層まで。", "penetration-overclaim"),
    # comparative: a rival brand, a treatment given up, a rival tried and found wanting
    ("cosmetic", "某人気ブランドの美容液と比較して濃度は3倍。", "comparative"),
    ("cosmetic", "このクリームがあれば、美容皮膚科の注射はもう卒業。", "comparative"),
    ("cosmetic", "ヒアルロン酸注射に満足できなかった方へ。", "comparative"),
    ("clinic", "他のどの治療でも良くならなかった悩みにも対応します。", "comparative"),
    ("cosmetic", "あの人気ブランドのクリームより、ずっと早く変化が出ます。", "comparative"),
    ("supplement", "他社の植物由来サプリはほとんど吸収されません。", "comparative"),
    # stem cells themselves given, or a supernatant named a stem-cell treatment
    ("cosmetic", "年齢とともに減る幹細胞を、あなたの肌にもう一度。", "stem-cell-misrepresentation"),
    ("cosmetic", "このセラムは実質、幹細胞注射。", "stem-cell-misrepresentation"),
    ("cosmetic", "幹細胞ごと肌に届けるから違う", "stem-cell-misrepresentation"),
    ("clinic", "当院の幹細胞点滴は、脂肪由来の培養上清液を使います。", "stem-cell-misrepresentation"),
    # approval: FDA registration, a regional bureau's permission, a state body's confirmation
    ("cosmetic", "アメリカFDAにも登録されている成分です。", "approval-misrepresentation"),
    ("clinic", "厚生局から許可を得た専門外来です。", "approval-misrepresentation"),
    ("supplement", "国の研究機関で有効性が確認された原料。", "approval-misrepresentation"),
    # safety: a safe treatment or clinic, safety said to be established
    ("clinic", "当院で行う安全な臍帯由来上清液療法です。", "safety-guarantee"),
    ("clinic", "安全なクリニックです。", "safety-guarantee"),
    ("clinic", "この点滴の安全性は、すでに学術的に確立されています。", "safety-guarantee"),
    # evidence: a society's report, papers or data as what shows the effect
    ("cosmetic", "皮膚科の学会でも有効性が報告された原料です。", "evidence-claim"),
    ("cosmetic", "臨床データあり。", "evidence-claim"),
    ("cosmetic", "エビデンスが豊富に蓄積された成分", "evidence-claim"),
    ("clinic", "最新研究で、寿命が延びることが確認されました。", "evidence-claim"),
    # universality: every age band, every user
    ("clinic", "30代・40代はもちろん、60代の方でも若い頃のハリを取り戻せます。", "universality"),
    ("clinic", "60代の方はもちろん、90代の方でもしっかり結果が出ています。", "universality"),
    ("clinic", "75歳を過ぎた方でも、見違えるほど若返ります。", "universality"),
    ("clinic", "どんな肌質の方にも、はっきりした変化をお約束します。", "universality"),
    # immediacy: a short period with an approximation, the first session
    ("clinic", "点滴から2日ほどで、くすみがすっきり消えます。", "immediacy"),
    ("clinic", "「1回目の点滴のあと、疲れが嘘のように取れました」(50代女性)", "immediacy"),
    ("clinic", "1回の導入で、確実に効果を感じていただけます。", "immediacy"),
    # testimonial: a waking-up account, a relative's account
    ("clinic", "「朝スッと起きられて、家事もはかどります」(60代・点滴3回目)", "testimonial"),
    ("supplement", "腰痛で外出を嫌がっていた父が、このサプリを飲み始めてから毎日散歩に出るようになりました。",
     "testimonial"),
    # disease: a symptom as the product's target
    ("supplement", "肩のしつこい痛みに、毎日2粒。", "disease-treatment"),
    ("supplement", "花粉の時期のムズムズに、体質から。", "disease-treatment"),
    ("supplement", "慢性疲労に悩む方へ。", "disease-treatment"),
    ("cosmetic", "乾癬からくるかゆみの対策に。", "disease-treatment"),
    ("clinic", "自律神経失調症のめまいも、月2回の注射で解消。", "disease-treatment"),
    # medical efficacy: a concern vanishing after a period, results stated as fact, body function
    ("cosmetic", "シミなんて2週間で消えちゃうから。", "medical-efficacy"),
    ("clinic", "眠っていた肌本来の輝きがよみがえる治療。", "medical-efficacy"),
    ("clinic", "発毛につながる注射です。", "medical-efficacy"),
    ("clinic", "1回で、肌も体も5年前に。", "medical-efficacy"),
    ("cosmetic", "肌年齢を10年前へ。", "medical-efficacy"),
    ("supplement", "記憶力をサポートするサプリ", "medical-efficacy"),
    ("cosmetic", "目の下の血行にアプローチ。", "medical-efficacy"),
    # endorsement: professionals said to use or recommend it
    ("cosmetic", "実は形成外科医の多くがプライベートで愛用しています。", "endorsement"),
    ("cosmetic", "皮膚科の先生（開業医）が「うちの患者さんにもすすめてる」って話してたクリーム", "endorsement"),
    # superlative: the best result, the only one recognised, a first application
    ("clinic", "数ある施術の中で、いちばん結果が出る注入です。", "superlative"),
    ("cosmetic", "国内で唯一承認を得たと紹介される美容原料。", "superlative"),
    ("cosmetic", "歯髄由来の上清を美容液に初めて応用。", "superlative"),
    # iPS or ES in a list of sources
    ("clinic", "臍帯・iPS・脂肪、3種類の幹細胞上清をブレンド", "ips-derived"),
    ("clinic", "胚性幹（ES）細胞由来のエクソソーム点滴、国内では限られた医院のみの取り扱い", "ips-derived"),
]


@pytest.mark.parametrize(("profile", "text", "category"), FAMILIES)
def test_a_family_member_is_reported(profile: str, text: str, category: str) -> None:
    assert category in categories(text, profile)


NOT_THIS_CATEGORY = [
    # the year before is compared, not turned back
    ("cosmetic", "肌は5年前に比べて乾燥しやすくなっています。", "medical-efficacy"),
    # a treatment compared with a filler: no outcome of the filler itself
    ("clinic", "ヒアルロン酸注入の何倍も持続する注入治療。", "medical-efficacy"),
    # a cosmetic replacing a beauty injection is a comparison, not a medicine made unneeded
    ("cosmetic", "このクリームがあれば、美容皮膚科の注射はもう卒業。", "disease-treatment"),
    # a present-tense or conditional statement is no account
    ("supplement", "飲んで3日で細胞が若返る", "testimonial"),
    ("cosmetic", "塗って10日で手応えがなかったら、開封後でも返品できます。", "testimonial"),
    # a professional's words are an endorsement, not a user's account
    ("cosmetic", "皮膚科の先生（開業医）が「うちの患者さんにもすすめてる」って話してたクリーム", "testimonial"),
    # a refund tied to the effect is the efficacy guarantee, not a price lure
    ("clinic", "変化が感じられなかった場合は施術料をお返しします。", "price-inducement"),
    # the treatment introduced is a menu, not a result
    ("clinic", "国内でいち早くエクソソーム育毛を導入しました。", "medical-efficacy"),
    ("cosmetic", "iPS・ES細胞由来の成分は使用していません。", "ips-derived"),
    ("cosmetic", "肌の奥まで乾燥している状態を、インナードライと呼びます。", "penetration-overclaim"),
    # an origin (made from iPS cells) is no cell effect
    ("cosmetic", "iPS細胞から生み出された上清を配合したローション。", "medical-efficacy"),
    # no side effects "unlike medicines" is a safety claim, not a comparison
    ("supplement", "食品なので、薬みたいな副作用は出ません。", "comparative"),
    # a rated review in a clinic ad is a patient's account, not the clinic's stated result
    ("clinic", "★★★★ 点滴のあとは体が軽くなって、仕事がはかどります。", "medical-efficacy"),
]


@pytest.mark.parametrize(("profile", "text", "category"), NOT_THIS_CATEGORY)
def test_a_neighbour_is_not_that_category(profile: str, text: str, category: str) -> None:
    assert category not in categories(text, profile)


CLINIC_RESULTS = [
    # a cosmetic rule's effect, stated by a clinic as its treatment's result
    ("当院の導入で、頬のシミが跡形もなく消えます。", True),
    ("首のシワが跡形もなく消えます。", True),
    # hedged, a patient's account, a wish list, a side effect, how the body works
    ("シミが薄くなることが期待できます。", False),
    ("「シミが消えました」(40代女性)", False),
    ("当院の導入で、頬のシミが跡形もなく消えました！", False),
    ("たるみを根本から消したい方に。", False),
    ("注射部位の腫れや痛みは数日で治まることが多いです。", False),
    ("若返り点滴のご案内", False),
]


@pytest.mark.parametrize(("text", "reported"), CLINIC_RESULTS)
def test_a_clinic_reports_a_cosmetic_effect_only_when_stated_as_its_result(text: str, reported: bool) -> None:
    found = [f.rule_id for f in check(text, "clinic").findings if f.category == "medical-efficacy" and f.matched_text]
    assert ("YK-OUTCOME-001" in found) is reported


def test_borrowed_rules_exist_and_are_not_modifiers() -> None:
    from checker.match.ruleset import default_ruleset

    rs = default_ruleset()
    for rule in rs.rules:
        for rid in rule.borrows:
            assert rid in rs.by_id, (rule.id, rid)
            assert not rs.by_id[rid].alongside, (rule.id, rid)
            assert rs.by_id[rid].category == rule.category, (rule.id, rid)
