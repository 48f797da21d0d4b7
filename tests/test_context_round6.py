"""Issue 18, round 6: false alarms by family in text about claims. Each family is a clause
frame; the same words used as claims stay reported. Every example is written for this file
(own wording)."""

from claim_helpers import claim_tests

QUIET = [
    # a rule given as an instruction: the list it governs is mentioned, not used
    ("clinic", "院内の説明では「絶対に効く」「10歳若返る」などの言い切りは使わないこと。"),
    ("cosmetic", "「肌が再生する」「シワが消える」といった文句は社内で厳禁としています。"),
    # an enumerated list of offers (no など) denied together
    ("clinic", "友人紹介割引、モニター料金、回数券のまとめ割は実施しておりません。"),
    # none of a kind is known to exist
    ("clinic", "欧米で承認している国も、現時点では確認されていません。"),
    # a quote seen elsewhere, introduced to be answered
    ("cosmetic", "ネットで「3日でほうれい線が消えた」という書き込みを目にしますが、本品は化粧品です。"),
    # the kind of product it is, denied (with a status verb before it)
    ("cosmetic", "幹細胞を配合した美容液ではなく、培養液から得た成分を保湿のために配合しています。"),
    # publishing a claim, denied for a list
    ("cosmetic", "この美容液は、若返りや細胞の修復をうたうものではありません。"),
    # a quoted claim denied by わけでも
    ("cosmetic", "「細胞が生きたまま詰まっている」わけでもないのです。"),
    # a use of the wording (として用いる/使う) refused
    ("cosmetic", "試験の数字を、効果の裏付けとして使うことはいたしません。"),
    # a noun list whose publishing is denied (載せていません)
    ("supplement", "同封の冊子には飲み方だけを書き、愛用者の体験談や医師の推薦文は載せていません。"),
    # an offer said not to exist (〜の設定はなく)
    ("cosmetic", "モニター価格や期間限定価格の設定はなく、いつでも同じ料金です。"),
    # someone else's wording, introduced to be corrected (〜と案内する施設もありますが)
    ("clinic", "「国の認可を受けた点滴」と案内する施設もありますが、承認された製剤は国内にありません。"),
    # a clinic review about how costs were explained
    ("clinic", "「カウンセラーさんが料金の総額を最初に教えてくれました」（30代女性）"),
    # evidence said not to be shown, for a claim named before it
    ("supplement", "上清液が物忘れの進行を防ぐという医学的根拠は、今のところ示されていません。"),
    ("clinic", "この点滴で肌が若返る、髪が増える、といった効果はいずれも確認されていません。"),
    ("clinic", "学会で有効性が認められた、という事実はございません。"),
    # wording taken out, sent back, or called a problem
    ("cosmetic", "「他社の5倍浸透」のような比べる言い回しは、裏付けがないため削除しました。"),
    ("cosmetic", "審査部は「至高」「唯一無二」などの語を含む原稿を差し戻します。"),
    ("cosmetic", "監督官庁は「売上No.1」表示を問題視しています。"),
    # a bracketed NG label with a prefix, and the OK side that refuses a kind of statement
    ("cosmetic", "【店舗用NG例】「肌が生まれ変わる」→【OK例】「肌を整える」"),
    ("cosmetic", "【NG】「専門医も太鼓判」→【OK】医師の推薦についての記述は載せない"),
    # what a seller may say, as a warning puts it
    ("clinic", "「痛みはゼロ」「今日決めれば割引」と言われても、その場では決めないでください。"),
    # the consequence of making a claim
    ("supplement", "食品が「血糖値を下げる」と宣伝すれば、医薬品扱いになる可能性があります。"),
    # a quiz on wording
    ("cosmetic", "講習では「毛穴が消える」のどこがいけないかを考えてもらいます。"),
    # English text about wording
    ("cosmetic", 'Words such as "cures acne" or "100% safe" should not be used in cosmetic ads.'),
    # a price named as the ground of a discount that is not offered
    ("clinic", "紹介制度やモニター料金による値引きは実施しておりません。"),
    # nothing of which the claim can be said
    ("clinic", "「必ず若返る」と断言できる施術は存在しません。"),
    ("clinic", "「どなたにも効く」と言える点滴はありません。"),
    # commentary on the law
    ("cosmetic", "景表法の解説によれば、口コミに注記を付けても誤認は解消されません。"),
    # someone else's article, disowned
    ("supplement", "お問い合わせの「上清液で血管が若返る」という記事は当社のものではなく、その効果は確かめられていません。"),
    # taste, packaging and dropper comments with an age tag and a note after it
    ("supplement", "「ほのかに甘くて、豆乳に混ぜて飲んでいます」（40代）"),
    ("cosmetic", "「スポイトで量を調節しやすく、遮光瓶なのもうれしい」（20代・会社員）※使用感の感想です"),
    # a list of offers closed by など and a description, denied
    ("clinic", "初回割引・回数券・SNS投稿特典など、料金で誘う案内は実施していません。"),
    # what a product is said to be, reported
    ("supplement", "「厚労省お墨付き」などと表示された食品を見つけたら、根拠を確かめましょう。"),
    ("supplement", "SNSで「医師も愛用」とされている商品の多くは、その事実が確かめられません。"),
    # no study of it was done
    ("supplement", "本品は食品のため、副作用に関する臨床的な試験は行っていません。"),
    # the evidence for it is not shown
    ("clinic", "そうした若返りを裏付ける臨床データは、まだ示されていません。"),
    # advice on what to trust instead
    ("supplement", "「関節痛が消えた」という体験談よりも、成分と製造元を確かめることが大切です。"),
    # a comparison named as a kind of wording
    ("cosmetic", "「他社の5倍濃い」といった比較には、測り方が書かれていないことがよくあります。"),
    # the consequence of publishing a kind of content
    ("clinic", "体験談を載せる場合でも、よかった人だけを並べると誤認を招くとされます。"),
    # not published, with the place in between
    ("cosmetic", "当社は「皮膚科医推奨」「国が認めた」のような表記を通販サイトに載せていません。"),
    # how a stated side effect passes
    ("clinic", "注射した部位に腫れが出ることがあり、数日ほどで引いていきます。"),
    # a tagged comment that names no effect and nothing of the treatment: allowed, whatever
    # words it uses (taxonomy: usage-feel reviews; clinic comments on staff or booking)
    ("supplement", "スティック包装だから旅行にも持っていきやすいです（40代女性）"),
    ("cosmetic", "容器が片手で開けられて、朝の忙しい時間に助かっています（30代）"),
    ("clinic", "駅から近く、平日の夜も開いているので仕事帰りに寄れます（50代男性）"),
    ("cosmetic", "ボトルが素敵で、棚に並べるだけで気分が上がります（20代）"),
    # quoted wording judged as a kind of wording
    ("cosmetic", "「細胞を活性化」「肌を再生」は医薬品的な言い回しにあたるので、店頭では用いません。"),
    ("supplement", "「飲めば痩せる」の一文は効き目を約束する表現に当たるので載せません。"),
    # what a product is for, denied after a promise verb
    ("cosmetic", "毛穴の改善をお約束する化粧品ではありません。"),
    # a kind of content not posted
    ("clinic", "公式アカウントでは症例写真を投稿していません。"),
    # a staff review that says it felt at ease
    ("clinic", "受付の方が丁寧で、しつこい勧誘もなく安心して通えました（50代女性）"),
    # what a customer asks, in a staff script
    ("cosmetic", "お客様から「これで毛穴は消えますか」と聞かれたら、化粧品で毛穴は消せないとお伝えください。"),
    ("clinic", "「あの女優さんも通っているの？」と尋ねられても、著名人の来院の有無はお答えしません。"),
    # a rule given to partners
    ("cosmetic", "「1本で-10歳」のような文言は、提携ブログでも掲載させないでください。"),
    ("cosmetic", "幹細胞由来という点を宣伝文句にするのは控えてください。"),
    # a quote, then what the advertiser does with it
    ("cosmetic", "ある通販サイトは「他社の5倍の濃さ」と比較をうたっていたが、根拠は示されていなかった。"),
    # the regulator's view on a kind of content
    ("cosmetic", "消費者庁は、体験談に注記を付けるだけでは誤認を打ち消せないとしている。"),
    ("clinic", "院内研修で体験談の扱いや限定解除の要件を確認しました。"),
    # a figure's bound and equipment described
    ("supplement", "保管は最高25℃までの場所でお願いします。"),
    ("clinic", "昨年、検査室を最先端の分析装置へ入れ替えました。"),
    # a field of research, not a product
    ("cosmetic", "細胞外小胞は最先端の分野であるため、分かっていないことも多く残っています。"),
]

STILL_CLAIMS = [
    ("clinic", "当院の点滴は10歳若返ります。"),
    ("cosmetic", "副作用ゼロ、合成香料は使用していません。"),  # 使用 is no offer: the safety claim stays
    ("clinic", "欧米では承認されている国もあります。"),
    ("cosmetic", "「3日でほうれい線が消えた」という口コミを多数いただいています！"),
    ("cosmetic", "生きた幹細胞を配合した美容液です。"),
    ("cosmetic", "最先端の技術で生まれた美容液です。"),
    ("clinic", "副作用の心配はなく、安心です。"),
    ("clinic", "当院では「国の認可を受けた点滴」とご案内しています。"),
    ("clinic", "「料金は高いけどシミが消えました」（40代女性）"),
    ("supplement", "物忘れの進行を防ぐという医学的根拠が示されています。"),
    ("cosmetic", "「至高」の美容液です。"),
    ("cosmetic", "Zero side effects and 100% safe!"),
    ("clinic", "モニター料金による値引きを実施中です！"),
    ("clinic", "副作用が出ることがありますが、1回で10歳若返ります。"),
    ("cosmetic", "毛穴の改善を保証する美容液です。"),
    ("cosmetic", "最先端の技術で毛穴レスへ。"),
    ("clinic", "人気女優も通院中のクリニックです。"),
    # a tagged comment that reports a body value or a medicine dropped stays a testimonial
    ("supplement", "続けていたら血糖値が下がりました！（60代男性）"),
    ("supplement", "季節の変わり目も薬いらずになりました（40代女性）"),
    ("cosmetic", "なじませるとぐんぐん浸透していく感じがします（20代）"),
    # an offer's terms in brackets are no customer's tag
    ("clinic", "通常 98,000円 → 今月は 49,000円（先着5名様・今週限り）"),
    ("clinic", "「どなたにも効く」と言える唯一の点滴です。"),
    ("supplement", "「甘くて飲みやすく、シミも薄くなりました」（30代）※個人の感想です"),
]


test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)
