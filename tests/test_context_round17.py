"""Issue 19, round 17: families widened from the regulation and the settled questions, and
context read too narrowly on careful pages (an effect's standing denied after a comma, the
reader asked not to believe a claim, quoted claims said not to exist, a kind of post said to
be common, a health check advised, the same oversight as regenerative medicine). Each test
names one family: the claim it must report (with the category) and the neighbouring wording
it must leave alone. Every example is written for this file (own wording)."""

from claim_helpers import category_tests, claim_tests

QUIET = [
    # the effect's standing denied after a comma
    ("clinic", "ただし、ひざ痛やほてりへの有効性は、臨床研究でまだ確立されていない段階です。"),
    # how far it works asked as an open question
    ("clinic", "この点滴が関節の痛みにどの程度有効かについては、研究の蓄積が足りません。"),
    # a health check advised (a disease that needs treatment may be behind a symptom)
    ("clinic", "息切れが長引く場合、心臓病や貧血など治療が必要な病気のこともあります。"),
    # the reader asked not to believe the claim
    ("clinic", "当院の点滴は幹細胞を投与しません。幹細胞治療並みの結果が出るとお考えになりませんよう、ご理解ください。"),
    # the same oversight as regenerative medicine, proposed
    ("clinic", "指針は、小胞を用いる診療も再生医療と同じように安全性を管理すべきだと述べています。"),
    # an effect reported, then said to be unsettled
    ("supplement", "腰痛への効果が報告されていますが、人への有効性は証明途上です。"),
    # someone else's description, introduced to be corrected
    ("clinic", "「リスクのない点滴」と紹介される場合もありますが、発熱・内出血の可能性はあります。"),
    # a kind of post said to be common, then answered
    ("cosmetic", "「塗るだけでほうれい線が消える」系の動画が多いけど、化粧品でそれは起きません。"),
    # quoted claims said not to exist
    ("supplement", "うちのゼリーで「5歳若返る」とか「肩こりが消える」はないです。"),
    # a spoken denial before an emoji
    ("cosmetic", "生きた幹細胞は入ってません🙅 入っているのは培養液です。"),
    # monitor recruiting: photos asked of a patient
    ("clinic", "症例写真の撮影にご協力くださる患者さまを、若干名お待ちしています。"),
    # a team's material, not the therapy equated
    ("clinic", "大学の再生医療チームと同じ研究棟で、品質試験を行っています。"),
    # sold out at once is not an effect at once
    ("cosmetic", "前回は即完売したクレンジングバーム、再入荷しました。"),
    # a footnote naming an iPS-derived ingredient with its purpose; a full ingredient list
    ("cosmetic", "※2 ヒトiPS細胞順化培養液エキス（整肌成分）"),
    ("cosmetic", "全成分：水、BG、グリセリン、iPS細胞由来培養液、ヒアルロン酸Na"),
    # questions patients ask; a page's sections listed; a word people have heard of
    ("clinic", "点滴について患者さまからよくいただくお問い合わせを、以下に掲載します。"),
    ("cosmetic", "ブランドの想い、ご愛用者様のレビュー、FAQ。"),
    ("cosmetic", "「細胞外小胞」という言葉を耳にしたことがある方もいるでしょう。"),
    # approved alternatives named (a 限定解除 disclosure)
    ("clinic", "薄毛には、保険診療で受けられる承認済みの治療もあります。"),
    # a research disclaimer on a hard-wrapped line
    ("cosmetic", "以下は研究用の参考データであり、\n化粧品の効き目を示すものでもありません。"),
    # the question of proof separated from the product
    ("clinic", "研究が進んでいることと、その商品の安全性が確認されていることとは別です。"),
    # a survey's note is not a customer's tag
    ("cosmetic", "※当社調べ（30～60代女性 150名、アンケート）"),
    # a clarification that the product is not the therapy
    ("cosmetic", "培養上清は、幹細胞そのものとは全く別物です。"),
    # a persisting complaint patients bring; a product said not to exist yet
    ("clinic", "内科では「検査で異常はないのに、だるさが抜けない」という方をよく診ます。"),
    ("clinic", "なお、有効性と安全性が確かめられ、国の承認を受けた培養上清の医薬品は、現時点で存在しません。"),
    # how a lotion feels is not a lighter body
    ("cosmetic", "使い心地が軽く、夏でもベタベタしないのがお気に入り。(40代・女性)"),
]

STILL_CLAIMS = [
    ("clinic", "ひざ痛への有効性は、当院の症例で確かめられています。"),
    ("clinic", "幹細胞治療と同じ結果を、もっと気軽に。"),
    ("supplement", "ひざの痛みにも効果が報告された原料を使用。"),
    ("cosmetic", "「塗るだけでほうれい線が消える」美容液。"),
    ("cosmetic", "見てください、このシミ、薄くなってません！？"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


FAMILIES = [
    # an effect on a named disease, offered as on record
    ("supplement", "パーキンソン病やALSにも効果が報告されています。", "disease-treatment"),
    ("supplement", "パーキンソン病やALSにも効果が報告されています。", "evidence-claim"),
    ("clinic", "血圧の数値が改善した例も多数ございます。", "evidence-claim"),
    # recovery from injury; the constitution changed (a drug's action for a food)
    ("supplement", "捻挫からの回復を体の内側から支えます。", "medical-efficacy"),
    ("supplement", "体質そのものを根本から変えるサプリです。", "medical-efficacy"),
    # cells woken the moment it is taken
    ("supplement", "ひと口飲んだ瞬間から、体中の細胞が目を覚ます。", "immediacy"),
    # any user answered; no difference between users; a list of users, the same result
    ("cosmetic", "年齢も性別も選ばずに応える美容液。", "universality"),
    ("clinic", "効果の個人差がほとんど出ないのが当院の強みです。", "universality"),
    ("cosmetic", "10代にも60代にも、オイリー肌にも、同じように結果が出るミスト。", "universality"),
    ("clinic", "70代の方でも、20代の方と変わらず同じように効果が出ます。", "universality"),
    ("cosmetic", "どんな体質の人にもフィットするジェル状ドリンク。", "universality"),
    # rivals' results out of reach, different in kind, or beaten
    ("cosmetic", "他のどんなクリームとも違う、ひとつ上の手応え。", "comparative"),
    ("cosmetic", "浸透力が違う。", "comparative"),
    ("cosmetic", "ほかでは得られない若返り。", "comparative"),
    ("clinic", "細胞そのものを入れる治療と比較して、当院の点滴は安全性がはるかに高い選択です。", "comparative"),
    ("cosmetic", "従来の美容液とは、研究の層の厚さが違います。", "comparative"),
    ("clinic", "他院のように薄めた製剤は使いません。", "comparative"),
    ("cosmetic", "サロンで毎月ケアを受けるより、この1本を続けるほうが仕上がりは上です。", "comparative"),
    # a reaction ruled out; an incident count of nil; safety called certain
    ("clinic", "施術の後に、腫れや熱っぽさが起こることは一切ございません。", "safety-guarantee"),
    ("clinic", "内出血が出たという報告は、開院以来この5年間で一件もございません。", "safety-guarantee"),
    ("cosmetic", "安全性の確かな成分だけを配合。", "safety-guarantee"),
    ("supplement", "国内工場で作っているので、健康被害の心配はゼロです。", "safety-guarantee"),
    # a public body's approval; 公認 after the ministry; a review the product never had
    ("cosmetic", "海外の公的機関で医薬品の原料として認可された培養液。", "approval-misrepresentation"),
    ("cosmetic", "厚労省の指導に準拠した公認サロン。", "approval-misrepresentation"),
    ("supplement", "特定保健用食品と同等の審査をクリアしたドリンク。", "approval-misrepresentation"),
    # a result promised
    ("cosmetic", "肌荒れから確実に卒業させます。", "efficacy-guarantee"),
    ("cosmetic", "その効果は、必ずお使いの方に伝わるはずです。", "efficacy-guarantee"),
    ("clinic", "当院の育毛治療なら、発毛を保証できます。", "efficacy-guarantee"),
    ("supplement", "1箱飲み切って体感できなかった人は、今まで一人もおりません。", "efficacy-guarantee"),
    # living cells; the supernatant sold under the therapy's name; the therapy equated
    ("cosmetic", "生きたまま充填したヒト脂肪幹細胞。", "stem-cell-misrepresentation"),
    ("clinic", "培養液の注入を「幹細胞注射」として打ち出せば、来院数が伸びます。", "stem-cell-misrepresentation"),
    ("clinic", "培養上清点滴は、幹細胞治療と仕組みは同じです。", "stem-cell-misrepresentation"),
    ("clinic", "点滴すれば体の中で幹細胞がどんどん増えます。", "stem-cell-misrepresentation"),
    # a deep layer named, then a part of it
    ("cosmetic", "肌の奥の真皮の弾力層まで成分を届けます。", "penetration-overclaim"),
    # the only one, said of the seller or the ingredient
    ("cosmetic", "この純度を出せるのは、日本でも当社の原料のみ。", "superlative"),
    ("cosmetic", "最上級グレードの臍帯由来のみを厳選。", "superlative"),
    # a famous person's own doctor as the chooser; a hospital's own material
    ("cosmetic", "有名モデルの専属ドクターが、自分の肌のために選んだ美容液です。", "endorsement"),
    ("cosmetic", "有名大学病院と同じ製剤を、そのまま採用しています。", "endorsement"),
    # spots measured smaller; aging as the target; every concern at once
    ("cosmetic", "使用8週間でシミの面積が縮小しました。", "medical-efficacy"),
    ("cosmetic", "年齢サインに効果を発揮するナイトクリーム。", "medical-efficacy"),
    ("cosmetic", "くすみもたるみも毛穴も、まとめて解決する一本。", "medical-efficacy"),
    # sufferers targeted or said to take it up; high values as who it is for
    ("cosmetic", "乾燥性敏感肌やアトピー性皮膚炎でお困りのお客様にもご提案いただけるクリームです。", "disease-treatment"),
    ("supplement", "関節の痛みに悩むシニアの方が、次々と愛用を始めています。", "disease-treatment"),
    ("supplement", "痛風が気になるお客様にも、朝の習慣としてお伝えください。", "disease-treatment"),
    ("supplement", "血糖値が高めの方にも、毎朝の一杯を。", "disease-treatment"),
    ("supplement", "スギの花粉シーズンでも、毎朝これを飲めばムズムズ知らず。", "disease-treatment"),
    ("cosmetic", "カサつき対策だけでなく、湿疹やかぶれにも！", "disease-treatment"),
    ("clinic", "五十肩のつらい痛みも、当院のひざ・肩への上清注射で消失します。", "disease-treatment"),
    # a near deadline, then a gift
    ("clinic", "年内ご予約の方限定で、導入1回分をプレゼント。", "price-inducement"),
    # an account, then the customer who said it; an account said to be common
    ("clinic", "「その日のうちに顔色が明るくなった」と、施術直後のお客様。", "testimonial"),
    ("supplement", "長年の膝の痛みが楽になった、という声をいただくお客様が続々と増えています。", "testimonial"),
    ("clinic", "患者様の声「2回目のあと、友人から年齢を聞かれて驚かれました」(40代・女性)", "testimonial"),
    ("supplement", "「ずっと悩んでいた冷えがウソみたい」（会員さまの声）", "testimonial"),
    # certainty words before a verb of working, solving or returning
    ("cosmetic", "お肌の奥で確実に働くセラム。", "efficacy-guarantee"),
    ("cosmetic", "ほうれい線もくすみも、必ず解決します。", "efficacy-guarantee"),
    # a spot broken down; cheap rivals run down; hardly any difference between users
    ("cosmetic", "シミを、ビタミンが分解して薄く。", "medical-efficacy"),
    ("clinic", "安い点滴は中身が薄いことが多い。", "comparative"),
    ("clinic", "個人差が出にくい施術です。", "universality"),
    # a count of nil after a question; a worry called needless
    ("clinic", "「痛みは？」→ 開院以来ゼロです、ご安心を。", "safety-guarantee"),
    ("supplement", "安全性の心配はいりません。", "safety-guarantee"),
    # the cells themselves said delivered
    ("supplement", "幹細胞そのものを、朝の1杯でカラダに届けます。", "stem-cell-misrepresentation"),
    ("clinic", "幹細胞そのものを頭皮に導入するメニュー。", "stem-cell-misrepresentation"),
    ("clinic", "若い幹細胞の力をそのまま届けます。", "stem-cell-misrepresentation"),
    ("supplement", "飲んで取り込まれた幹細胞が、傷んだ関節を修復。", "stem-cell-misrepresentation"),
    # other care beaten by a multiple, or outright; everything else failed, this works
    ("clinic", "飲み薬だけの治療と比べて、髪の伸びるスピードは約2倍。", "comparative"),
    ("cosmetic", "エステの導入よりコスパも手応えも上だった。", "comparative"),
    ("cosmetic", "何を使ってもダメだった髪も、これなら応えてくれる。", "comparative"),
    # depth as the selling point; the dermis as where it rebuilds; a layer that makes glow
    ("cosmetic", "真皮から肌を立て直すセラム。", "penetration-overclaim"),
    ("cosmetic", "ツヤを生み出す層まで浸透※。※角質層", "penetration-overclaim"),
    # the question called settled; a paper called the proof
    ("clinic", "医学的にはもう決着済みです。", "evidence-claim"),
    ("clinic", "論文こそが何よりの証拠です。", "evidence-claim"),
    # a cosmetic named a treatment; collagen production; dormant skin woken; concerns solved
    ("cosmetic", "まさに塗るエクソソーム治療。", "medical-efficacy"),
    ("cosmetic", "コラーゲン工場にアプローチ。", "medical-efficacy"),
    ("cosmetic", "眠った肌を呼び覚ますオイル。", "medical-efficacy"),
    ("cosmetic", "毛穴の黒ずみも開きも、必ず解決。", "medical-efficacy"),
    # the strongest in the range; the only choice
    ("cosmetic", "当店で一番ガチなクリーム。", "superlative"),
    ("clinic", "エクソソーム一択です。", "superlative"),
    # almost every patient
    ("clinic", "ほぼ100%の方に効果が見られます。", "universality"),
    # a named disease, then hair again at a clinic
    ("clinic", "円形脱毛症も、当院の注射なら再び発毛します。", "disease-treatment"),
    # a professional's own recommendation; a doctor's family; a star's hidden habit
    ("supplement", "薬剤師歴20年の私が、親にもすすめる青汁です。", "endorsement"),
    ("clinic", "テレビでも話題の内科医が、ご自身のご両親にも行う点滴。", "endorsement"),
    ("cosmetic", "有名モデルがロケ前に必ず仕込む美容液。", "endorsement"),
    # a reviewer tagged by age and as a regular user
    ("cosmetic", "たった5日で、目元のハリが別人みたいに変わりました。(30代・愛用者)", "testimonial"),
    # third batch (G/H/I/J fitted): beyond the stratum corneum in other words
    ("cosmetic", "角質層のその先まで届く美容液。", "penetration-overclaim"),
    ("cosmetic", "弾力のもとがある層まで届ける。", "penetration-overclaim"),
    ("cosmetic", "表皮の下まで浸透。", "penetration-overclaim"),
    ("cosmetic", "うるおいが肌の土台となる層へ。", "penetration-overclaim"),
    # a case told as a story; a family member's condition; a post and its poster
    ("clinic", "70代の女性が、5回の注入で坂道を歩けるようになりました。", "testimonial"),
    ("supplement", "妻の湿疹がこのゼリーで落ち着きました。", "testimonial"),
    ("clinic", "『点滴の翌朝、顔色が違う』と投稿した30代のお客様も。", "testimonial"),
    ("clinic", "Before(52歳)/After(52歳・4回施術後)：ほうれい線がすっきり。", "testimonial"),
    ("clinic", "「5回目で、誰にも40代と思われなかった」(48歳・女性)", "testimonial"),
    # professionals and clinics as backing
    ("clinic", "医学部教授が技術指導するクリニック。", "endorsement"),
    ("clinic", "医師である私自身も毎月受けています。", "endorsement"),
    ("clinic", "全国200院以上で導入されている点滴。", "endorsement"),
    ("cosmetic", "人気女優が5年使い続けているクリーム。", "endorsement"),
    # rivals run down or set apart
    ("cosmetic", "1本でエステ5回分のハリを。", "comparative"),
    ("cosmetic", "ヒアルロン酸が入っていなければ意味がない。", "comparative"),
    ("clinic", "他院では1ccしか使いませんが、当院では3cc使います。", "comparative"),
    ("cosmetic", "高いレーザーに通わなくても、この1本で十分。", "comparative"),
    ("cosmetic", "一般的なジェルは表面で止まるのに対して、本品は違います。", "comparative"),
    ("cosmetic", "普通の化粧水とは、うるおいがまるで別物です。", "comparative"),
    ("supplement", "何年使ってもダメだった方に。", "comparative"),
    # results for everyone, promised
    ("clinic", "誰が受けても同じ結果が出る施術。", "efficacy-guarantee"),
    ("clinic", "結果に満足できない場合は、次の施術を無料にします。", "efficacy-guarantee"),
    ("cosmetic", "応えないことはまずありません。", "efficacy-guarantee"),
    ("supplement", "効果がないなんてありえない自信作。", "efficacy-guarantee"),
    # outcomes measured, lasting or aging fought
    ("clinic", "ほうれい線の深さが平均20%改善。", "medical-efficacy"),
    ("clinic", "一度の注射で、若々しい状態が1年続きます。", "medical-efficacy"),
    ("cosmetic", "目尻のシワをもう隠さなくていい。", "medical-efficacy"),
    ("cosmetic", "15年前の写真と比べても見分けがつかない。", "medical-efficacy"),
    ("supplement", "毎朝の一杯で老化に打ち勝つ。", "medical-efficacy"),
    # proof claimed from a test's result or data
    ("clinic", "血液検査の結果、代謝が上がることが確認されました。", "evidence-claim"),
    ("clinic", "症例データが効果を示しています。", "evidence-claim"),
    # the only one, the first, the most in the area
    ("cosmetic", "業界として唯一の認証。", "superlative"),
    ("cosmetic", "日本でまだどこも成功していない製法。", "superlative"),
    ("clinic", "地域で最も実績の多い再生医療クリニック。", "superlative"),
    # no reaction; any condition safe
    ("cosmetic", "パッチテストでは赤みゼロ。", "safety-guarantee"),
    ("cosmetic", "赤ちゃんがいても、気にせず使える乳液。", "safety-guarantee"),
    # a short time to a change; an offer ending
    ("cosmetic", "ツヤ肌まで最短3日。", "immediacy"),
    ("supplement", "その週から体の変化に気づくはず。", "immediacy"),
    ("cosmetic", "このお値段で買えるのは今週末まで。", "price-inducement"),
    ("cosmetic", "このページを閉じたら、もう出会えません。", "price-inducement"),
    ("clinic", "発売記念価格は今月いっぱいで終了。", "price-inducement"),
    # official stamps
    ("cosmetic", "国立の研究機関が認証した原料。", "approval-misrepresentation"),
    ("cosmetic", "欧州では医療用の原料として認められた成分。", "approval-misrepresentation"),
    ("clinic", "当院は提供計画の承認を厚労省から受けています。", "approval-misrepresentation"),
    # cells said to be in it; the therapy made a daily habit
    ("cosmetic", "培養液に含まれる幹細胞がハリを与えます。", "stem-cell-misrepresentation"),
    ("cosmetic", "病院の幹細胞療法を、毎日の塗るケアで。", "stem-cell-misrepresentation"),
    # conditions: an end put to them; fading as sessions go on; free of them; sufferers walking
    ("cosmetic", "思春期ニキビに、このジェルで終止符を。", "disease-treatment"),
    ("clinic", "のぼせも、通ううちに消えていきます。", "disease-treatment"),
    ("clinic", "脊柱管狭窄症で手術を勧められた方も、痛みから解放されています。", "disease-treatment"),
    ("supplement", "鼻のムズムズと無縁の毎日へ。", "disease-treatment"),
    ("supplement", "一度も薬を飲まずに冬を越せました。", "disease-treatment"),
    ("supplement", "冷え性の悩みに、朝のカプセル。", "disease-treatment"),
    ("supplement", "便秘の悩みを、腸からリセット。", "disease-treatment"),
    ("supplement", "ひざ痛の方も、すいすい歩ける朝へ。", "disease-treatment"),
    # fourth batch (K/L/S end-check sets, fitted after their figures were taken)
    ("supplement", "格安の他社品だと、有効成分はほぼ入っていないのが実情です。", "comparative"),
    ("supplement", "他社製品の配合量はごく微量です。", "comparative"),
    ("cosmetic", "話題のレチノールと比べても、ハリ感が一枚上手。", "comparative"),
    ("cosmetic", "【比較表】A社：3%／B社：5%／当社：20%", "comparative"),
    ("clinic", "他院の常識を覆す点滴。", "comparative"),
    ("clinic", "高濃度ビタミン点滴と比べて、即効性が高いのが特長です。", "comparative"),
    ("supplement", "抗がん剤の副作用を和らげたい方に。", "disease-treatment"),
    ("supplement", "糖尿病の患者さんにも、このドリンクをまず試してほしい。", "disease-treatment"),
    ("cosmetic", "アトピーで揺らぐ肌のためのクリーム。", "disease-treatment"),
    ("cosmetic", "年齢サインにサヨナラ。", "medical-efficacy"),
    ("cosmetic", "高校生の娘と姉妹に間違われます。", "medical-efficacy"),
    ("supplement", "体を赤ちゃんのようにリセット。", "medical-efficacy"),
    ("supplement", "1か月で髪のツヤが戻ってきます。", "medical-efficacy"),
    ("clinic", "80代でも30代の肌に近づけます。", "medical-efficacy"),
    ("clinic", "平均で4歳ぶんの若返りが確認済みです。", "evidence-claim"),
    ("clinic", "外部機関の検証で、その効果がはっきり示されました。", "evidence-claim"),
    ("clinic", "海外の論文でも有用性が証明されています。", "evidence-claim"),
    ("clinic", "通常3回かかる効果を1回で。", "immediacy"),
    ("clinic", "1回受けただけで、メイクのノリが別物に。", "immediacy"),
    ("supplement", "国産の培養液サプリで最大の配合量。", "superlative"),
    ("cosmetic", "美容液業界で初めての処方。", "superlative"),
    ("supplement", "何歳の方でも実感できます。", "universality"),
    ("clinic", "細胞を使わない幹細胞治療として人気です。", "stem-cell-misrepresentation"),
    ("clinic", "切り札「iPS」を応用した導入プラン。", "ips-derived"),
    ("cosmetic", "大手美容クリニックでも採用されている美容液。", "endorsement"),
    ("clinic", "形成外科医として15年、多くの肌を見てきた私が、家族にも勧める施術です。", "endorsement"),
    ("cosmetic", "公的なお墨付きを得た原料。", "approval-misrepresentation"),
    ("cosmetic", "表皮のさらに奥へ。", "penetration-overclaim"),
    ("cosmetic", "肌内部※から整える。※角質層", "penetration-overclaim"),
    # an advertorial's sponsor quoted: the page says it is an ad
    ("cosmetic", "[PR] 提供：サンプル化粧品株式会社\n開発担当者は「どんな肌質の人でも必ずハリを実感できます」と話す。", "efficacy-guarantee"),
]


NOT_THIS_CATEGORY = [
    # an aesthetic injection made needless is a comparison with a clinic, not a cure
    ("cosmetic", "注射に頼らず、毎日の保湿でうるおいのある肌へ。", "disease-treatment"),
    # who may use it safely is a safety claim only (taxonomy, settled questions)
    ("cosmetic", "妊娠中の方も授乳期の方も、気にせず毎日使えるミルクです。", "universality"),
    # everyone's reaction, not everyone's result
    ("supplement", "「母の物忘れが減って、家族みんな驚いています」（長男・40代）", "universality"),
    # a free session as a booking gift is a price offer, not a comparison
    ("clinic", "今月中のご予約で、点滴1回分を無料でご案内します。", "comparative"),
]

test_a_family_member_is_reported, test_a_neighbouring_category_is_not_reported = category_tests(
    FAMILIES, NOT_THIS_CATEGORY)


def test_an_esthetic_salons_page_is_read_as_cosmetic() -> None:
    from checker.judge.profiles import detect_profile
    salon = ("当サロンの導入フェイシャルは、施術時間60分。ダウンタイムはありません。"
             "施術前にカウンセリングを行います。ご予約はサロンのLINEから。")
    clinic = ("当院の点滴は医師が診察のうえ行います。エステサロンの導入とは異なり、医療機関での施術です。"
              "ご予約は当クリニックの窓口へ。")
    assert detect_profile(salon)[0] == "cosmetic"
    assert detect_profile(clinic)[0] == "clinic"
