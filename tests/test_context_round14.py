"""Issue 19, round 14: families widened from the regulation and the settled questions, and
context read too narrowly on product pages (a reviewer's tag on the line under the comment, a
section heading, a blog title). Each test names one family: the claim it must report (with the
category) and the neighbouring wording it must leave alone. Every example is written for this
file (own wording)."""

import pytest
from claim_helpers import claim_tests, span_categories

QUIET = [
    # a feel-only comment with its reviewer tag on the next line (markdown quote or plain)
    ("supplement", "> 「粒が小さめで、毎朝の水でもすっと飲めます」\n> （52歳・女性・千葉県）"),
    ("supplement", "「チャック袋なので湿気ずに保存できて便利」\n\n（38歳・男性）"),
    # a section heading over the reviews (the comments are judged one by one)
    ("supplement", "ご愛用者様の声"),
    ("cosmetic", "ご愛用者さまのレビュー"),
    # a blog title: the product is 話題, the review is the writer's own
    ("cosmetic", "【辛口レビュー】話題の上清セラム、2週間の記録"),
    # a bag's convenience is not walking regained
    ("supplement", "「小分け包装なので、旅行にも持ち歩けるのが便利」（30代・女性）"),
    # a service that is not offered, after a list with a clause of its own
    ("clinic", "当クリニックでは、ES細胞から作った製剤や、幹細胞自体を注入するメニューは行っておりません。"),
    ("clinic", "効果を約束するような説明や、他院と比べての勧誘はしておりません。"),
    # quoted effects disowned
    ("supplement", "「毎日飲めば若くなる」「持病も消える」のような効果を狙った品ではございません。"),
    # an expert quoted in an article, named by title and 氏
    ("supplement", "薬剤師のT氏は「飲んだエクソソームが肌に届く根拠はまだ乏しい」と話す。"),
    # a rare risk stated after the usual case
    ("clinic", "副作用の報告は今のところ一件もありませんが、注射部位にあざが出るリスクもあります。"),
    ("clinic", "腫れは通常ございませんが、ごくまれに赤みが2〜3日続く場合もあります。"),
    # a purchase term called reassuring; a refund guarantee whose terms follow
    ("supplement", "安心の返金保証"),
    # a figure against last year, a customer's request, a capsule easy to swallow, a first use judged
    ("cosmetic", "相談件数は前年同月の約3倍に増えました。"),
    ("cosmetic", "お客様からの「もっと軽い使い心地のものを」という声から生まれました。"),
    ("supplement", "「薬を飲むのが苦手な私でも、この粒なら平気です」（69歳・女性）"),
    ("cosmetic", "1回使っただけでは分からないので、まずは2週間お試しください。"),
    # a bare reviewer tag under a comment about the staff
    ("clinic", "「受付の方がとても丁寧でした」\n60代・男性"),
    # an expert quoted with a caution, not recommending
    ("supplement", "管理栄養士のW氏は「食べたエクソソームが肌でどう働くかは不明な点が多い」と述べた。"),
    # not every skin; a claim that may not be written; posts quoted as illegal; a regulator's view;
    # a doctor's board certification
    ("cosmetic", "どのような肌質にも合うわけではないので、まず腕の内側でテストを。"),
    ("supplement", "「医学的に証明済み」とは書けません。"),
    ("cosmetic", "『副作用ゼロ』『1回で若返る』みたいな投稿は全部アウトなので信じないで。"),
    ("supplement", "消費者庁は、体験談を載せるなら効果がなかった人の割合も示すよう求めている。"),
    ("clinic", "副院長は日本麻酔科学会認定の麻酔科専門医。"),
    # our own treatment that never failed is no comparison
    ("clinic", "当院の点滴で変化がなかった方には、次回の施術内容を見直してご提案します。"),
    # what a disease's aftermath did is no absence of harm
    ("clinic", "脳卒中の後遺症で歩けなくなった方のリハビリ相談も承ります。"),
    # a quick change of weather (一気に with no effect)
    ("cosmetic", "年末は一気に寒くなりました。"),
]

STILL_CLAIMS = [
    ("supplement", "「飲み始めてから夜中に目が覚めなくなりました」\n（71歳・男性）"),
    ("cosmetic", "口コミで話題の培養液セラム。"),
    ("clinic", "当院では、ES細胞由来の製剤を点滴しています。"),
    ("clinic", "ダウンタイムはありません。"),
    ("clinic", "「半月板の痛みが引いて、階段が平気になりました」\n60代・女性"),
    ("supplement", "「飲み始めてから朝の目覚めが違います」\n（58歳・男性）"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


FAMILIES = [
    # comparative: beyond comparison, A より B のほうが, rival users surprised, a gap plain to see
    ("cosmetic", "ドラッグストアのセラムとは比べものにならない仕上がり。", "comparative"),
    ("cosmetic", "有名ブランドのクリームより、この一本のほうが仕上がりが上。", "comparative"),
    ("cosmetic", "ほかのブランドを試してきた方ほど、その差に驚かれます。", "comparative"),
    ("cosmetic", "有名ブランドの乳液と比べても、手触りの差は歴然。", "comparative"),
    ("cosmetic", "一般的な化粧水の何十倍もの濃度です。", "comparative"),
    ("cosmetic", "格安の上清液コスメは、ほとんどただの水。", "comparative"),
    ("cosmetic", "ほかの化粧水では改善しなかった乾燥小じわにも。", "comparative"),
    ("clinic", "脂肪由来よりも高純度な培養上清を使います。", "comparative"),
    ("supplement", "グルコサミンじゃ物足りない人に。", "comparative"),
    ("clinic", "ミノキシジルの内服よりも効き目が高い治療です。", "comparative"),
    # superlative: only one in a class, nothing beats it, the end point of skin care
    ("supplement", "国内の培養上清サプリで唯一、粒子数を公開。", "superlative"),
    ("cosmetic", "この美容液ほど若々しさに導くコスメはありません。", "superlative"),
    ("cosmetic", "スキンケアの最終形。", "superlative"),
    # universality: anyone regains, any injury or disease, every skin type listed, all concerns in one
    ("supplement", "どなたでもすっきりした毎朝を取り戻せます。", "universality"),
    ("cosmetic", "誰が塗っても違いがわかる美容液。", "universality"),
    ("clinic", "どんなスポーツのケガにも効果を発揮します。", "universality"),
    ("cosmetic", "脂性肌も乾燥肌も、肌のタイプから変えていく一本。", "universality"),
    ("cosmetic", "すべての肌悩みをこの1本で。", "universality"),
    ("clinic", "年齢に関わらず、確実に回復を早めます。", "universality"),
    # efficacy-guarantee: a change promised, no result impossible, every user, nobody without it,
    # a fee waived on no result
    ("clinic", "うちの施術で、お顔の印象を確実に変えます。", "efficacy-guarantee"),
    ("clinic", "5回通えば確実に理想の肌になれます。", "efficacy-guarantee"),
    ("clinic", "通えば変化が出ないことはありません。", "efficacy-guarantee"),
    ("clinic", "受けた方は、みんなが何らかの変化を実感しています。", "efficacy-guarantee"),
    ("supplement", "誰ひとり「実感なし」とは言わなかった。", "efficacy-guarantee"),
    ("clinic", "効き目を感じられない場合は、次回のお代はいただきません。", "efficacy-guarantee"),
    # endorsement: a celebrity never without it, a place famous among celebrities, a doctor's quote
    ("cosmetic", "トップモデルが撮影に必ず持参する一本。", "endorsement"),
    ("clinic", "芸能人の間で「秘密の点滴」と呼ばれています。", "endorsement"),
    ("supplement", "整形外科医K先生「膝が気になる患者さんにも勧めています」", "endorsement"),
    # evidence-claim: proof by repeat rate, papers showing an effect, found in animals or in a clinic
    ("clinic", "リピート率の高さが効果の何よりの証拠です。", "evidence-claim"),
    ("supplement", "数多くの論文が示す培養上清の抗酸化作用。", "evidence-claim"),
    ("clinic", "ラットの実験で発毛が確認されています。", "evidence-claim"),
    ("supplement", "臨床で血管年齢の若返りが示されました。", "evidence-claim"),
    ("supplement", "疲れに効くことが論文でわかっています。", "evidence-claim"),
    # safety-guarantee: trouble never once, a harm not to fear
    ("clinic", "これまで重い副作用は一度も起きていません。", "safety-guarantee"),
    ("clinic", "関節を傷める心配もありません。", "safety-guarantee"),
    # medical-efficacy: a rejuvenating effect asserted, skin reset to a newborn's, a sag lifted,
    # body functions a supplement may not claim
    ("clinic", "当院の上清点滴には桁違いの若返り効果があります。", "medical-efficacy"),
    ("clinic", "老化そのものを止める点滴。", "medical-efficacy"),
    ("cosmetic", "素肌を赤ちゃんのころの状態にリセット。", "medical-efficacy"),
    ("cosmetic", "肌そのものが変わるから、違いが続く。", "medical-efficacy"),
    ("cosmetic", "フェイスラインのたるみがキュッと上向き。", "medical-efficacy"),
    ("supplement", "ピント調節力をアップするサプリ。", "medical-efficacy"),
    ("supplement", "頭の冴えを取り戻したい方に。", "medical-efficacy"),
    ("supplement", "ひざの軟骨を育てる成分。", "medical-efficacy"),
    # disease-treatment: a disease's complications or its tissue, a sign settled, before and now
    ("supplement", "糖尿病の合併症にも効果があります。", "disease-treatment"),
    ("supplement", "骨粗しょう症が心配な世代の骨を丈夫に。", "disease-treatment"),
    ("supplement", "高血圧の数値が安定しました。", "disease-treatment"),
    ("supplement", "冷え性で眠れなかったのが、今ではぐっすりです。", "disease-treatment"),
    ("supplement", "便秘でつらかったけど、飲み始めたら落ち着きました。", "disease-treatment"),
    ("supplement", "あんなに痛がっていた膝が嘘のように楽に。", "disease-treatment"),
    ("supplement", "腰や膝のしつこい痛みのためのサプリ。", "disease-treatment"),
    ("cosmetic", "湿疹の出にくい肌へ。", "disease-treatment"),
    ("cosmetic", "主婦湿疹でひび割れていた指先が、このバームで治った。", "disease-treatment"),
    # superlative: a first in the prefecture; testimonial: one's own surprise
    ("cosmetic", "県内初導入のフェイシャルメニュー。", "superlative"),
    ("cosmetic", "1回塗っただけで手触りが全然違うのにびっくり。", "testimonial"),
    # penetration: a deep layer named as the destination, the inner skin despite its note
    ("cosmetic", "有効成分が皮膚の深層部まで。", "penetration-overclaim"),
    ("cosmetic", "肌内部※にハリ成分が行き渡る。※角質層", "penetration-overclaim"),
    ("cosmetic", "真皮に眠るコラーゲンの源にアプローチ。", "penetration-overclaim"),
    # stem cells put in, the therapy made casual, cells planted
    ("cosmetic", "ヒト幹細胞を肌の内側まで補給するクリーム。", "stem-cell-misrepresentation"),
    ("cosmetic", "配合された幹細胞が肌を守ります。", "stem-cell-misrepresentation"),
    ("supplement", "減ってしまう幹細胞を、毎朝2粒で補充。", "stem-cell-misrepresentation"),
    ("supplement", "幹細胞の力を直接届けるカプセル。", "stem-cell-misrepresentation"),
    ("clinic", "幹細胞療法を、もっと気軽に。", "stem-cell-misrepresentation"),
    ("cosmetic", "お肌に若い細胞を植えるような美容液。", "stem-cell-misrepresentation"),
    # approval: an agency's backing implied
    ("supplement", "厚生労働省の区分で「安全」と認められた素材。", "approval-misrepresentation"),
    ("cosmetic", "海外の保健当局が安全性を認めた成分。", "approval-misrepresentation"),
    ("cosmetic", "国も注目する新技術。", "approval-misrepresentation"),
    ("cosmetic", "FDA（アメリカ食品医薬品局）に認可された原料。", "approval-misrepresentation"),
    # testimonial: a result after switching, a compliment received, accounts said to arrive
    ("cosmetic", "シャンプーを変えたらかゆみが治まりました。", "testimonial"),
    ("cosmetic", "職場で「髪つやつやだね」って言われるようになった！", "testimonial"),
    ("cosmetic", "久しぶりの友達に顔が明るくなったねと言われました。", "testimonial"),
    ("cosmetic", "こんな声が毎日のように届いています。", "testimonial"),
    # immediacy: the same evening, the next week, this morning already, in one go, a week at most
    ("clinic", "施術当日の夜には、肌の色がワントーン明るくなる。", "immediacy"),
    ("clinic", "初回の注射の翌週には、ひざの痛みが楽になります。", "immediacy"),
    ("clinic", "点滴後は疲れが一気に取れていきます。", "immediacy"),
    ("cosmetic", "2週間もすればシワが浅くなります。", "immediacy"),
    # "nothing does it as well" is a superlative, not a denial (and the claim inside it stays)
    ("clinic", "この注射ほど確実に若返る施術はほかにありません。", "superlative"),
    ("clinic", "この注射ほど確実に若返る施術はほかにありません。", "efficacy-guarantee"),
    ("clinic", "数ある治療の中でも最も安全な方法です。", "superlative"),
    ("supplement", "この素材をはじめてサプリとして採用。", "superlative"),
    ("cosmetic", "口コミ満足度No.1（※30〜40代女性300名へのイメージ調査）", "superlative"),
    ("cosmetic", "有効性は実証済みです。", "evidence-claim"),
    ("supplement", "飲むだけで肌のコラーゲン量がアップ。", "medical-efficacy"),
    ("supplement", "血管年齢を若く保つサプリ。", "medical-efficacy"),
    ("clinic", "レーザーのように肌を傷める心配もありません。", "comparative"),
    ("cosmetic", "持ちの良さは比べものになりません。", "comparative"),
    ("cosmetic", "これまで肌トラブルのご報告はゼロです。", "safety-guarantee"),
    # clinic outcomes as fact: ageing undone, every illness prevented, recovery shortened, hair back
    ("clinic", "加齢による衰えを、根本から巻き戻します。", "medical-efficacy"),
    ("clinic", "あらゆる病気を防ぐ点滴です。", "medical-efficacy"),
    ("clinic", "施術後の腫れを大幅に短縮します。", "medical-efficacy"),
    ("clinic", "進行した薄毛でも、当院の注入で生えてきます。", "medical-efficacy"),
    ("clinic", "1回の注入で、腰の痛みが嘘みたいに引きます。", "medical-efficacy"),
    ("cosmetic", "5年後も老けない素肌へ。", "medical-efficacy"),
    ("cosmetic", "毛穴の黒ずみにはもう悩まない。", "medical-efficacy"),
    ("clinic", "脳卒中の後遺症で上がらなかった腕も、点滴で回復します。", "disease-treatment"),
    # any degree or anyone, beside an effect
    ("clinic", "どんな段階の抜け毛でも、当院の注射なら必ず毛量が戻ります。", "universality"),
    ("cosmetic", "皆様例外なく、翌朝のハリを実感されています。", "universality"),
    # endorsement: an institution's use (passive), a famous user's choice, a doctor to patients, athletes
    ("cosmetic", "大学病院の皮膚科でも、レーザー後の保湿に採用されているジェル。", "endorsement"),
    ("clinic", "元ラグビー選手のTさんも、肩のケアに当院の点滴を選ばれました。", "endorsement"),
    ("supplement", "テレビで見かける先生も、患者さんにすすめているとか。", "endorsement"),
    ("supplement", "現役Jリーガーも愛飲する一杯。", "endorsement"),
    # stem cells said to be in the bottle, fresh; the therapy bottled; the patient's own cells returned
    ("cosmetic", "容器の中の幹細胞が毎晩働きます。", "stem-cell-misrepresentation"),
    ("cosmetic", "新鮮な幹細胞をそのまま凍結。", "stem-cell-misrepresentation"),
    ("cosmetic", "再生医療を1本の美容液に凝縮しました。", "stem-cell-misrepresentation"),
    ("clinic", "培養上清の注入では、自分の幹細胞を育てて体に戻します。", "stem-cell-misrepresentation"),
    ("cosmetic", "幹細胞そのもののエネルギーを一滴に。", "stem-cell-misrepresentation"),
    # comparative: matched or beaten, half the time, out of an ordinary product's reach, outdated treatments
    ("clinic", "仕上がりはボトックスと同等以上です。", "comparative"),
    ("clinic", "再生医療と同等の効果を、お手頃な価格で。", "comparative"),
    ("clinic", "打撲も、通常の半分の期間で回復へ。", "comparative"),
    ("cosmetic", "一般的な美容液では届かない層まで。", "comparative"),
    ("clinic", "塗り薬の治療では改善しなかった方も。", "comparative"),
    ("clinic", "もう薬で治す時代ではありません。", "comparative"),
    # evidence: papers showing evidence, evidence called plenty, an outside lab's proof
    ("supplement", "多くの研究が有効性を示す成分です。", "evidence-claim"),
    ("supplement", "科学的根拠は十分にそろっています。", "evidence-claim"),
    ("supplement", "第三者機関の検査で立証済みです。", "evidence-claim"),
    # disease: a disease named then soothed, cared for, its season made easy, a brain function kept
    ("cosmetic", "手湿疹でガサガサだった指先も、塗るたびに落ち着きます。", "disease-treatment"),
    ("cosmetic", "乾燥肌の方の湿疹ケアに。", "disease-treatment"),
    ("supplement", "つらい花粉症の季節を快適に。", "disease-treatment"),
    ("supplement", "記憶力の低下を防ぐサプリ。", "disease-treatment"),
    ("supplement", "腰痛で寝つけなかった夜が減りました。", "disease-treatment"),
    ("supplement", "関節痛で歩けなかったのが、今では山登りができるまでに。", "disease-treatment"),
    ("supplement", "肩の痛みを忘れて、ゴルフを楽しめるように。", "disease-treatment"),
    ("supplement", "朝の手のこわばりがほどけていく。", "disease-treatment"),
    ("supplement", "翌朝には筋肉痛が消えています。", "disease-treatment"),
    # safety never happened; immediacy at once or in one application; a same-day deadline by the clock
    ("clinic", "この10年、重い副作用は一度も起きたことがない。", "safety-guarantee"),
    ("cosmetic", "ひと塗りでくすみが消える。", "immediacy"),
    ("clinic", "点滴でくすみが即座に晴れます。", "immediacy"),
    ("cosmetic", "お申し込みは本日20時まで。", "price-inducement"),
    # body functions a food (or a cosmetic) may not claim
    ("supplement", "内側から再生する毎日へ、再生する体へ。", "medical-efficacy"),
    ("supplement", "体じゅうの細胞を修復。", "medical-efficacy"),
    ("supplement", "抗疲労パワーで毎日を元気に。", "medical-efficacy"),
    ("supplement", "3倍の回復スピード。", "medical-efficacy"),
    ("supplement", "筋繊維の修復を促進。", "medical-efficacy"),
    ("supplement", "関節にまで働きかける成分。", "medical-efficacy"),
    ("supplement", "骨を丈夫にするカプセル。", "medical-efficacy"),
    ("supplement", "眠りの質が変わります。", "medical-efficacy"),
    ("supplement", "手足がぽかぽかに。", "medical-efficacy"),
    ("cosmetic", "ハリのもとを呼び覚ます。", "medical-efficacy"),
    ("cosmetic", "頬のへこみを押し上げる。", "medical-efficacy"),
    ("cosmetic", "肌の巡りを整えるマッサージジェル。", "medical-efficacy"),
    ("cosmetic", "細胞の一つ一つに栄養を与えます。", "medical-efficacy"),
    ("cosmetic", "生え際が目立たなくなるエッセンス。", "medical-efficacy"),
    # a refund on not feeling it
    ("cosmetic", "変化を感じなければ、60日間は全額返金。", "efficacy-guarantee"),
    # comparative: a treatment matched at home, left behind, beaten by a figure or a verdict,
    # another product or treatment that failed
    ("cosmetic", "エステのフェイシャルと同等のハリを、ご自宅で。", "comparative"),
    ("cosmetic", "もうダーマペンには戻れません。", "comparative"),
    ("clinic", "他院の半分の期間で仕上がります。", "comparative"),
    ("supplement", "原料の違いは雲泥の差。", "comparative"),
    ("cosmetic", "人気ブランドとの比較テストで完勝。", "comparative"),
    ("cosmetic", "保湿剤で良くならなかった手荒れに。", "comparative"),
]


@pytest.mark.parametrize(("profile", "text", "category"), FAMILIES)
def test_a_family_member_is_reported(profile: str, text: str, category: str) -> None:
    assert category in span_categories(text, profile)


def test_a_refund_guarantee_is_info_until_its_terms_follow() -> None:
    """The refund guarantee alone is info (state the terms); terms in the next sentence settle it."""
    from checker import check

    def rule_ids(text: str) -> set[str]:
        return {f.rule_id for f in check(text, "supplement").findings}

    assert "KH-PRICE-005" in rule_ids("全額返金保証つき。")
    assert "KH-PRICE-005" not in rule_ids("返金保証について\n全額返金いたします。\n※お届けから14日以内にお申し出ください。")
