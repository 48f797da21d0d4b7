"""Issue 19, round 21 (session 19): families widened from the regulation (a clinic's named
condition relieved or its sufferers back at work, cancer and test values, joint treatments
made unnecessary, "impossible not to change", doctors' trust and picks, rivals surpassed or
matched, stem cells counted or multiplied, any skin type or age, relatives' and others-noticed
testimonials) and context read too widely (a cure-all 1本で解決 as a guarantee, a ranking's
name as a review, a claim said not to be made, cell-culture data disclaimed, a sound someone
makes taken for a customer's voice, a life free of a disease's pain taken for a painless
procedure). Every example is written for this file (own wording)."""

from claim_helpers import category_tests, claim_tests

QUIET = [
    # round 23 (end-check, precision only): a kind of product named by its claim and said not to
    # exist; a review seen elsewhere, then answered; a speed claim taken up by そうした速さ and
    # denied; a reviewer's "it doesn't change anything dramatically"; a regulator's possible
    # violation; the same single tablet compared by content
    ("cosmetic", "「一晩でほうれい線が消える」美容液なんてありません。当社の美容液はうるおいを与えるものです。"),
    ("cosmetic", "「副作用ゼロ」と書かれたレビューを見かけますが、どの化粧品にも合わない可能性はあります。"),
    ("supplement", "「2日で効く」との口コミもあるようですが、体感は人それぞれで、そうした速さは保証できかねます。"),
    ("supplement", "「飲んで何かが劇的に変わるわけではないけど、味が好きで続けてます」（30代・女性）"),
    ("supplement", "体験談だけを根拠に効果を強くうたう健康食品の広告は、景品表示法上の問題となり得ます。"),
    # a claim said not to be made (とは言いません / とまでは言い切れません)
    ("cosmetic", "赤みがまったく出ないとは言いません。そのぶん保湿には手を抜きません。"),
    ("supplement", "副作用がないとまでは言い切れません。体調を見ながら量を加減してください。"),
    # a purpose stated with the reason a result may not come
    ("clinic", "腰の不調への注射は痛みを軽くする目的に行いますが、十分な効果が得られない方もいます。"),
    # who is not treated
    ("clinic", "乾癬の方は、この施術の対象外です。"),
    # a sound someone makes, in a list of the reader's worries
    ("supplement", "・椅子から立つとき、つい「どっこいしょ」と声が出る"),
    # the proof looked for and not found
    ("cosmetic", "「一晩で別人の肌に」と書く広告も見かけますが、その効果を支える研究データは見つかりませんでした。"),
    # a lab value, then said to come from cultured cells and to show no effect of the product
    ("cosmetic", "原料を加えて24時間後のエラスチン量を測定しました。これらの結果は培養細胞で得た数値で、本品の効果を意味するものではありません。"),
]

STILL_CLAIMS = [
    ("cosmetic", "「一晩でシワが消える」美容液です！"),
    ("cosmetic", "「3日で毛穴がなくなった」ってレビュー、ほんとでした！"),
    # the same words made as claims
    ("cosmetic", "赤みがまったく出ない処方です。"),
    ("clinic", "腰の痛みは、この注射で確実に軽くなります。"),
    ("clinic", "アトピー性皮膚炎がこの点滴で改善します。"),
    ("cosmetic", "原料を加えて24時間後にエラスチン量が3倍に増えました。"),
    ("supplement", "副作用がないため、毎朝続けても大丈夫です。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


FAMILIES = [
    # disease: sufferers back at work or life, a list relieved, cancer, test values, no more surgery
    ("clinic", "潰瘍性大腸炎と診断された患者さんの大半が、点滴を重ねて仕事に復帰しています。", "disease-treatment"),
    ("clinic", "パニック障害で休職していた方も、治療を重ねて職場に戻られました。", "disease-treatment"),
    ("clinic", "頭痛や不眠、原因のはっきりしない不調も上清点滴で解消します。", "disease-treatment"),
    ("supplement", "がんと闘う体力を毎日の一包で支えます。", "disease-treatment"),
    ("clinic", "再発しにくい体へ。がんの治療後にエクソソーム点滴を。", "disease-treatment"),
    ("supplement", "健康診断のあと、朝の1本で尿酸値の数値が下がっていきます。", "disease-treatment"),
    ("supplement", "冬の間、一度も風邪をひいていません。", "disease-treatment"),
    ("clinic", "股関節の軟骨がよみがえり、人工関節の手術はもういりません。", "disease-treatment"),
    ("cosmetic", "ステロイドを塗る毎日から、やっと卒業できました。", "disease-treatment"),
    # a clinic's cure past a long product name is also a definite outcome (medical-efficacy)
    ("clinic", "関節リウマチも、週1回の臍帯由来上清液による点滴治療で軽減します。", "medical-efficacy"),
    ("clinic", "幹細胞そのものを注射して、失われたエラスチンを取り戻します。", "medical-efficacy"),
    ("cosmetic", "ほうれい線もくすみも、塗るたびに薄れていく。", "medical-efficacy"),
    ("supplement", "寝る前の1杯で、だるさがリセット。", "medical-efficacy"),
    # efficacy guarantee
    ("cosmetic", "これで肌が変わらないなんて、まずありえません。", "efficacy-guarantee"),
    ("cosmetic", "3本目に入る頃には、鏡の中の変化にきっと気づくはず。", "efficacy-guarantee"),
    ("clinic", "結果が出なかったとおっしゃる患者さんは、開院以来一人もいません。", "efficacy-guarantee"),
    ("cosmetic", "どんなくすみにも完璧に効くクリーム。", "efficacy-guarantee"),
    # endorsement
    ("clinic", "全国の医師から絶大な信頼を得ている治療法です。", "endorsement"),
    ("supplement", "管理栄養士が「家族の朝ごはん」に選んだサプリです。", "endorsement"),
    ("clinic", "医師の7割が「家族にも受けさせたい」と回答した治療。", "endorsement"),
    ("cosmetic", "人気女優さんも、舞台の前は欠かさずこれ。", "endorsement"),
    ("clinic", "当院で施術を受けたタレントやモデルも多数。", "endorsement"),
    # comparative
    ("cosmetic", "ぶっちゃけ、ハイフよりこっちのほうが肌が変わった。", "comparative"),
    ("cosmetic", "エステのフェイシャル6回分に匹敵する手応え。", "comparative"),
    ("supplement", "他社のサプリで変化がなかった人にこそ試してほしい。", "comparative"),
    ("cosmetic", "格安の上清コスメは、中身のほとんどが水です。", "comparative"),
    # stem-cell misrepresentation
    ("supplement", "ヒト幹細胞を、1包に3000万個。", "stem-cell-misrepresentation"),
    ("supplement", "取り入れた幹細胞が体の中で増えて、若々しさを保ちます。", "stem-cell-misrepresentation"),
    # universality
    ("cosmetic", "脂性肌も乾燥肌も、どんな肌質でも大丈夫。", "universality"),
    ("clinic", "70代の方でも見違えるほど若返る点滴です。", "universality"),
    ("cosmetic", "これを使って変化がなかった人を、私はひとりも知りません。", "universality"),
    # testimonial
    ("supplement", "足腰が弱っていた祖母が、これを飲み始めてから畑仕事ができるまで回復しました。", "testimonial"),
    ("clinic", "「くすみが晴れて、化粧が楽しくなりました」当院で施術を受けた30代女性の声", "testimonial"),
    ("cosmetic", "目元が明るく見えると同僚に言われました。", "testimonial"),
    # immediacy, price, safety, superlative
    ("clinic", "施術を終えてご帰宅される頃には、顔色がぱっと明るく変わります。", "immediacy"),
    ("cosmetic", "夜に塗れば、翌朝にはぷるぷる。", "immediacy"),
    ("cosmetic", "公式ショップで買えるのは今日から24時間限定。", "price-inducement"),
    ("supplement", "食品ですから、お薬との併用も気にせず続けられます。", "safety-guarantee"),
    ("cosmetic", "赤ちゃんにも安心のやさしい処方です。", "safety-guarantee"),
    ("cosmetic", "美容マニアの私的に、過去イチ効いたセラム。", "superlative"),
    # end-check families (round 21, K/L): hair loss or an organ restored as a clinic's fact,
    # a professional's recommendation with words between, proof claimed in plain words
    ("clinic", "薄毛は、この注入を続ければ1年で改善します。", "medical-efficacy"),
    ("clinic", "弱った腎臓の機能を回復させる点滴です。", "medical-efficacy"),
    ("supplement", "大学病院の薬剤師も、毎日の健康習慣として推奨しています。", "endorsement"),
    ("clinic", "この療法の効果には、科学的な裏付けが十分にそろっています。", "evidence-claim"),
    ("cosmetic", "学術論文にもなった原料を配合。", "evidence-claim"),
    ("cosmetic", "弊社だけが、EVの安定性の高さを実証しています。", "evidence-claim"),
    ("supplement", "効き目も安全性も、専門家のお墨付きです。", "efficacy-guarantee"),
    ("clinic", "今この施術を受ければ、この先たるみで悩む心配はありません。", "efficacy-guarantee"),
    ("cosmetic", "他ブランドの美容液は、実は保湿成分が主役です。", "comparative"),
    ("cosmetic", "ほかを寄せつけない高配合。", "comparative"),
    ("cosmetic", "ほかのどのブランドのセラムよりも濃い。", "comparative"),
    ("clinic", "外用薬で改善がなかった人でも、当院の導入なら肌が落ち着きます。", "comparative"),
    ("cosmetic", "「美容外科でピーリングに通ってた時より肌がきれい」（30代）", "comparative"),
    ("supplement", "飲んだ幹細胞が、関節の弱った場所を探して修復してくれます。", "stem-cell-misrepresentation"),
    ("cosmetic", "有効成分が真皮層で新しいコラーゲンをつくる。", "penetration-overclaim"),
    ("cosmetic", "朝つければ、家を出る頃にはもうくすみが消えています。", "immediacy"),
    ("cosmetic", "3日もあれば、肌の手触りが違います。", "immediacy"),
    ("cosmetic", "公的に認証された成分だけを配合。", "approval-misrepresentation"),
    ("supplement", "厚労省が安全性を保証した素材だけを使っています。", "safety-guarantee"),
    ("cosmetic", "毛穴もくすみも、もう過去のもの。", "medical-efficacy"),
    ("cosmetic", "脂漏性皮膚炎に悩む方の頭皮にも、髪が生えてきます。", "disease-treatment"),
    ("supplement", "「ひざの痛みで正座がつらかったのが、ウソみたいです」（60代）", "disease-treatment"),
    ("supplement", "季節の変わり目もこれで元気、と愛用者の方から好評です。", "testimonial"),
    # round 22 families (own wording)
    ("supplement", "尿酸値が基準値まで下がったとのご報告も。", "testimonial"),
    ("cosmetic", "よそのブランドの上清コスメって、ほとんどただの水なんです。", "comparative"),
    ("clinic", "他院では上清液が希釈されていることもあります。", "comparative"),
    ("cosmetic", "海外で話題のどの美容液よりも濃い処方。", "comparative"),
    ("cosmetic", "ハイフを受けに通わなくても、この1本で十分。", "comparative"),
    ("clinic", "ダーマペンでも消えなかったニキビ跡が、この導入なら目立たなくなります。", "comparative"),
    ("supplement", "花粉の時期の目のかゆみとも、これでおさらば。", "disease-treatment"),
    ("supplement", "「続けて3年、がんの再発もなく過ごせています」（70代）", "disease-treatment"),
    ("supplement", "耳鼻科通いがなくなりました。", "disease-treatment"),
    ("supplement", "頭痛薬を飲む回数が半分になりました。", "disease-treatment"),
    ("clinic", "治療当日の夜から、体が嘘のように軽くなります。", "medical-efficacy"),
    ("cosmetic", "薄毛の悩みに終止符を打つスカルプ美容液。", "medical-efficacy"),
    ("cosmetic", "眠った細胞にスイッチを入れるセラム。", "medical-efficacy"),
    ("supplement", "幹細胞点滴に通わなくても、毎朝の1杯で同じ恵みを。", "stem-cell-misrepresentation"),
    ("cosmetic", "まるで幹細胞移植のような贅沢ケア。", "stem-cell-misrepresentation"),
    ("cosmetic", "大学病院の皮膚科でも使われている成分です。", "endorsement"),
    ("cosmetic", "モニター50人全員が「明るくなった」と回答しました。", "efficacy-guarantee"),
    ("clinic", "ダウンタイムの心配はご無用です。", "safety-guarantee"),
    ("cosmetic", "1本使えばわかる、もっちり肌。", "immediacy"),
    ("cosmetic", "わずか1回の導入で、3年前の肌へ。", "immediacy"),
    ("clinic", "県内のクリニックで初めて、この点滴を導入しました。", "superlative"),
    ("cosmetic", "関連する論文は200報以上。", "evidence-claim"),
]


NOT_THIS_CATEGORY = [
    # a cure-all said of every concern is "for everything", not a guarantee of the result
    ("cosmetic", "毛穴もくすみもハリ不足も、この1本でまとめて解決。", "efficacy-guarantee"),
    # a life free of a disease's pain is a cure claim, not a painless procedure
    ("clinic", "軟骨がよみがえり、痛みのない毎日を取り戻せます。", "safety-guarantee"),
    # a ranking's name is no customer's account
    ("cosmetic", "口コミ満足度No.1※の美容液。※自社調べ", "testimonial"),
    # a famous user's habit introduced with 必ず is an endorsement, not a guarantee
    ("cosmetic", "人気モデルさんもロケの日は必ず持ち歩いているという化粧水。", "efficacy-guarantee"),
    # the state's backing named for an effect is an approval claim, not a guarantee of the result
    ("supplement", "届出済みのドリンクだから、効き目は国のお墨付き。", "efficacy-guarantee"),
    # a season compared with other seasons is no comparison with a rival
    ("cosmetic", "ほかのどの季節よりも肌がゆらぐ春に。", "comparative"),
    # a serious adverse event reported is a risk disclosure, not a testimonial
    ("clinic", "海外で、投与後に発熱や感染が起きたという報告が寄せられています。", "testimonial"),
    # supernatant said not to be the stem cells themselves
    ("clinic", "この上清液に、幹細胞そのものは一切入っていません。", "stem-cell-misrepresentation"),
    # the same single tablet, compared by what is in it, is no speed claim
    ("supplement", "ほかのサプリの20倍の濃度。同じ1粒でも中身が違います。", "immediacy"),
    # a clinic's own outcome sentence with 点滴 in it is not a comparison with another treatment
    ("clinic", "当院の点滴は、従来の水準を超えた唯一の治療です。", "comparative"),
]

test_a_family_member_is_reported, test_a_neighbouring_category_is_not_reported = category_tests(
    FAMILIES, NOT_THIS_CATEGORY)
