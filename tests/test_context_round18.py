"""Issue 19, round 18: families widened from the regulation (a disease's symptom said to
clear or to be lived with, recovery held out, rivals failed or diluted, certainty in everyday
words, speed in slang, official backing by a named authority) and context read too narrowly (a
customer's quote of several sentences judged by its last one, an offer's terms taken for a
reviewer's tag, a product said not to exist with 存在せず, a pain that stopped taken for a
painless procedure). Every example is written for this file (own wording)."""

from claim_helpers import category_tests, claim_tests

QUIET = [
    # a quote of several sentences about staff and waiting time, then its tag
    ("clinic", "「看護師さんが親切でした。待合室も落ち着いていました」（50代・女性）"),
    ("cosmetic", "「香りがやさしいです。ポンプも押しやすい」（30代）"),
    # storage advice: out of a child's reach is not a depth of delivery
    ("supplement", "小さなお子さまの手の届かない場所に保管してください。"),
    # an approved product said not to exist (存在せず)
    ("clinic", "国の承認を受けた上清液の製剤は存在せず、当院の点滴も未承認です。"),
    # a research team's finding reported as not confirmed
    ("supplement", "研究チームは、人での有効性はまだ確認できていないとしています。"),
    # a belief, then called wrong; a doctor's assertion, then called baseless
    ("supplement", "このゼリーでがんが治る、と思い込むのは間違いです。"),
    ("clinic", "点滴でアトピーが完治すると言い切る医院には気をつけてください。"),
    # quoted claim words said not to be among the permitted effects
    ("cosmetic", "化粧品の効能に「シワが消える」や「細胞の若返り」は含まれません。"),
    # when a side effect may appear; advice to ask early; an interviewer's question
    ("clinic", "注射の当日から翌日にかけて、内出血が出る場合があります。"),
    ("supplement", "体調に異変を感じたら、お早めに医師にご相談ください。"),
    ("clinic", "― 関節リウマチの方にも受けていただけるのでしょうか。"),
    # one of a list of purposes, denied
    ("clinic", "この点滴は、病気を治すことや体質改善を目的とした治療ではありません。"),
    # a consumer's complaint: a harm that appeared, with an age tag
    ("clinic", "【相談事例3】注射の翌日に強い腫れが出た。解約にも応じてもらえなかった。（60代男性）"),
    # waved away in speech; an exaggeration called so; a belief corrected; a list of sources denied
    ("cosmetic", "これで5歳若く見える…なんてことはないけど、しっとり感は好き。"),
    ("clinic", "「一度で別人のように若返る」は誇張です。"),
    ("cosmetic", "上清コスメ＝幹細胞入り、と思われがちですが、実際は配合されているのは培養液のほうです。"),
    ("clinic", "当院の製剤は脂肪由来で、iPS細胞・ES細胞由来のものではありません。"),
    # a claim the seller says it does not make; an access-only review labelled before its quote
    ("supplement", "本品で血圧が下がるといった説明は一切しておりません。"),
    ("clinic", "患者様の声：「駐車場が広くて、予約も取りやすいです」"),
    # a partner asked not to compare or to use superlatives; a page's menu; a section heading
    ("cosmetic", "「業界初」などの表現や、他社品との比較も行わないでください。"),
    ("supplement", "成分 ｜ 愛用者の声 ｜ よくある質問"),
    ("cosmetic", "## ② お客様の声 {#review}"),
    # listed in speech, then denied; reviews said to prove nothing; a claim called inaccurate
    ("supplement", "これで体重が落ちるとか髪が増えるとかは全然ないよ、ただの習慣。"),
    ("supplement", "「肌が10歳若返った」などのSNSの声は、本品の効果を裏付けるものではありません。"),
    ("cosmetic", "「刺激ゼロ」と書く広告は、正確ではないと考えます。"),
    # no firm data; a habit made easier; a refund condition, not a speed
    ("clinic", "関節痛への効果について、現時点で確かなデータはありません。"),
    ("supplement", "【愛用者の声】「小分けの袋で持ち歩けて、飲み忘れが減りました」(30代・女性)"),
    # a deep word with a note, quoted as what is judged an overstatement
    ("cosmetic", "「肌の奥※」と注記しても過度な表現とみなされるので、弊社は用いません。"),
]

STILL_CLAIMS = [
    # the same quote with an effect in its first sentence
    ("clinic", "「看護師さんが親切で、肌もすべすべに。また来ます」（50代・女性）"),
    # an offer's terms in brackets are not a reviewer's tag
    ("clinic", "【メニュー表】導入トリートメント 通常33,000円→16,500円（先着30名様）"),
    ("clinic", "国の承認を受けた上清液の製剤です。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


FAMILIES = [
    ('clinic', '長く続く帯状疱疹後の神経痛も、点滴を重ねるごとに晴れていきます。', 'disease-treatment'),
    ('clinic', '脳卒中のまひにも、エクソソーム療法で機能の回復が見込めます。', 'disease-treatment'),
    ('clinic', '腰椎ヘルニアのしびれは、この注射でもう我慢しなくていいんです。', 'disease-treatment'),
    ('clinic', '幹細胞上清の注射1回で、五十肩の痛みから解放される方が多くいます。', 'disease-treatment'),
    ('clinic', '点滴ひとつで、自律神経失調症のだるさも吹き飛びます。', 'disease-treatment'),
    ('clinic', '大腸がんの手術を終えた方の再発予防を目的に、点滴を行っています。', 'disease-treatment'),
    ('supplement', 'ぜんそくと付き合う毎日に、寄り添うひと粒を。', 'disease-treatment'),
    ('supplement', '首や腰に悩む患者さんにも整形外科医がすすめるドリンクです。', 'disease-treatment'),
    ('cosmetic', 'アトピー体質でごわつく肌も、根本から立て直すクリーム。', 'disease-treatment'),
    ('cosmetic', '脂漏性皮膚炎の悩みにアプローチするローション。', 'disease-treatment'),
    ('cosmetic', 'かぶれを繰り返す肌を、根本から治していく美容液。', 'disease-treatment'),
    ('clinic', '保険の治療で良くならなかった湿疹の方にも、当院の再生療法が選ばれています。', 'comparative'),
    ('cosmetic', 'エステに通うよりも、この一本のほうが結果は上です。', 'comparative'),
    ('supplement', '高額なだけの点滴より、毎朝の1杯のほうが賢い選択です。', 'comparative'),
    ('cosmetic', '美容クリニックの施術と比べても、仕上がりは見劣りしません。', 'comparative'),
    ('clinic', 'いくつもの病院を回っても変わらなかった肌が、ここでだけ変わりました。', 'comparative'),
    ('cosmetic', '他社の美容液は水で薄めたようなもの。', 'comparative'),
    ('clinic', '採血よりもリスクの小さい、負担の軽い治療です。', 'comparative'),
    ('cosmetic', '期待を裏切らない仕上がりをお約束。', 'efficacy-guarantee'),
    ('cosmetic', '一度使えばハズレなし。', 'efficacy-guarantee'),
    ('supplement', '失敗しないエイジングケアの新常識。', 'efficacy-guarantee'),
    ('cosmetic', 'マイナス5歳肌、確定です。', 'efficacy-guarantee'),
    ('clinic', '肌が細胞から生まれ変わるのは、紛れもない事実です。', 'efficacy-guarantee'),
    ('clinic', '医師が注入するので失敗ゼロです。', 'efficacy-guarantee'),
    ('cosmetic', 'くすみの原因に確実にアプローチ。', 'efficacy-guarantee'),
    ('supplement', '確かな根拠があるから、必ず結果が出る。', 'efficacy-guarantee'),
    ('cosmetic', '夜塗って寝るだけで、翌朝にはほうれい線が消えている。', 'immediacy'),
    ('cosmetic', '使えば一発でわかるハリ感。', 'immediacy'),
    ('supplement', '飲んで数時間後には体がぽかぽか。', 'immediacy'),
    ('clinic', '受けた次の日、鏡を見てびっくり。毛穴が消えていた。', 'immediacy'),
    ('cosmetic', '1回のパックで、くすみを一掃。', 'immediacy'),
    ('clinic', '初回の施術のあと、驚くほど目元のくまが薄くなりました。', 'immediacy'),
    ('cosmetic', '今夜のケアで、明日の朝にはふっくら肌。', 'immediacy'),
    ('clinic', '肺がんの治療後の再発予防として点滴を希望される方が多くいます。', 'disease-treatment'),
    ('clinic', '脳出血のあとのまひにも、点滴療法で回復が見込めます。', 'disease-treatment'),
    ('clinic', '1回の注射で、ひざの痛みから解放されたという方が続出。', 'disease-treatment'),
    ('supplement', 'ぜんそくの咳と付き合う日々に、毎朝の一杯を。', 'disease-treatment'),
    ('cosmetic', '乾癬で悩んでいたところにも、なめらかさが戻ってきました。', 'disease-treatment'),
    ('cosmetic', 'ゆらぎ肌を根本から治すセラム。', 'medical-efficacy'),
    ('supplement', '飲むだけで脂肪が燃えるカラダに。', 'medical-efficacy'),
    ('supplement', '続けて1年、健診の数値がオールA判定に。', 'medical-efficacy'),
    ('cosmetic', '目尻のシミが、半年ですっかり気にならなくなった。', 'medical-efficacy'),
    ('cosmetic', '気づけば肌年齢がマイナス8歳に。', 'medical-efficacy'),
    ('cosmetic', 'どんなに深く刻まれたほうれい線でも、ふっくら。', 'universality'),
    ('supplement', '試した方の100%が何かしらの変化を実感。', 'efficacy-guarantee'),
    ('cosmetic', 'ハリが変わるのは当たり前。', 'efficacy-guarantee'),
    ('clinic', '細胞レベルで若返る、それは紛れもない事実。', 'efficacy-guarantee'),
    ('clinic', '必ず理想のボディラインへ導きます。', 'efficacy-guarantee'),
    ('cosmetic', '塗れば一発で違いがわかる。', 'immediacy'),
    ('cosmetic', '爆速でツヤが出る美容液。', 'immediacy'),
    ('clinic', '受けた翌日、鏡の前で二度見しました。', 'immediacy'),
    ('cosmetic', 'たった3日で、この通りです。', 'immediacy'),
    ('cosmetic', '1回のマスクで角栓を一掃。', 'immediacy'),
    ('supplement', '他社のカプセルは吸収率がわずか5%程度。', 'comparative'),
    ('cosmetic', '他社のエキスは薄めた水同然です。', 'comparative'),
    ('clinic', '再生医療学会の認定施設として治療を提供しています。', 'approval-misrepresentation'),
    ('cosmetic', 'MFDS（韓国の食品医薬品安全処）の認可を得たアンプル。', 'approval-misrepresentation'),
    ('supplement', '大学医学部の研究チームが有効性を確認済み。', 'evidence-claim'),
    ('cosmetic', '人気女優のポーチに必ず入っている一本。', 'endorsement'),
    ('clinic', 'これまで体調を崩した患者さんは一人もいません。', 'safety-guarantee'),
    ('cosmetic', '新生児の肌にも使えるやさしさ。', 'safety-guarantee'),
    ('clinic', '今月中のご予約で、もう1回分を無料でお付けします。', 'price-inducement'),
    ('cosmetic', '「妹にもすすめたら、妹もほうれい線が浅くなったって」', 'testimonial'),
    ('cosmetic', '国内のどのメーカーより高濃度な原液。', 'comparative'),
    ('cosmetic', '化粧水を何本も重ねるより、この一本。', 'comparative'),
    ('cosmetic', '皮膚科の塗り薬でも良くならなかった手荒れに。', 'comparative'),
    ('supplement', '青汁では何年もかかった変化を、わずか数日で。', 'comparative'),
    ('cosmetic', 'ほかのブランドは配合量がほんの数滴です。', 'comparative'),
    ('cosmetic', '医薬部外品を上回る手応え。', 'comparative'),
    ('cosmetic', '肌のいちばん奥までうるおいを。', 'penetration-overclaim'),
    ('cosmetic', '角質層のその先まで届けるカプセル技術。', 'penetration-overclaim'),
    ('clinic', '厚生労働省からこの治療の実施を認められています。', 'approval-misrepresentation'),
    ('supplement', '薬との飲み合わせを気にする必要はありません。', 'safety-guarantee'),
    ('supplement', '定期便の受付は今月で終了します。今のうちにどうぞ。', 'price-inducement'),
    ('cosmetic', '美容外科の名医が奥さまにもこっそり使わせているクリーム。', 'endorsement'),
    ('cosmetic', '失敗のしようがないスキンケア。', 'efficacy-guarantee'),
    ('supplement', '生活習慣病やがんに負けない体へ。', 'disease-treatment'),
    ('cosmetic', '肝斑の原因をブロックするクリーム。', 'disease-treatment'),
    ('supplement', 'ひざの痛みで諦めていた登山を、今は楽しめています。', 'disease-treatment'),
    ('clinic', '長引く頭痛が、点滴でうそみたいに楽になります。', 'disease-treatment'),
    ('cosmetic', '幹細胞そのものをあなたの肌に。', 'stem-cell-misrepresentation'),
    ('supplement', '朝のだるさが、うそのように軽くなりました。', 'medical-efficacy'),
    ('supplement', '坂道でも息切れしなくなった。', 'medical-efficacy'),
    ('supplement', '体力が戻ってくる一杯。', 'medical-efficacy'),
    ('cosmetic', '並べて比べれば、違いは一目瞭然。', 'comparative'),
    ('cosmetic', '韓国コスメより断然こっち。', 'comparative'),
    ('cosmetic', 'サロンの導入と同じ効果を、数百円で。', 'comparative'),
    ('supplement', '市販のサプリでは満足できなかった方に。', 'comparative'),
    ('cosmetic', '美容液を何本重ねても出なかったハリ。', 'comparative'),
    ('supplement', 'ひざ用のサプリをいろいろ試してもダメだった方へ。', 'comparative'),
    ('clinic', '理想の仕上がりになるまで、責任を持って通っていただきます。', 'efficacy-guarantee'),
    ('cosmetic', 'ハリの実感、それが弊社の約束。', 'efficacy-guarantee'),
    ('supplement', '「効かない」という返品は、これまでゼロです。', 'efficacy-guarantee'),
    ('cosmetic', '塗れば違いが出る、そんな一本。', 'efficacy-guarantee'),
    ('clinic', '迷いは、1回目で確信に変わります。', 'efficacy-guarantee'),
    ('cosmetic', 'ほぼ全員のモニターが効果を実感しました。', 'efficacy-guarantee'),
    ('cosmetic', '目元のことは、この一本に任せておけば大丈夫。', 'efficacy-guarantee'),
    ('cosmetic', '今まで使ってきた美容液は何だったのか。', 'comparative'),
    ('clinic', '前の皮膚科ではシミが薄くならなかったのに、当院で一気に。', 'comparative'),
    ('cosmetic', 'そもそも他の化粧品とは土俵が違います。', 'comparative'),
    ('cosmetic', '数ある美容液の中でもぶっちぎりの1位。', 'superlative'),
    ('supplement', 'インフルエンザに負けない体づくりに。', 'disease-treatment'),
    ('supplement', '花粉の時期がつらくなくなりました。', 'disease-treatment'),
    ('supplement', '膝の曲げ伸ばしがつらい方に。', 'disease-treatment'),
    ('cosmetic', '塗った翌朝の鏡で違いに気づく。', 'immediacy'),
    ('clinic', '本日ご来院の方のみ、施術料が無料です。', 'price-inducement'),
]


NOT_THIS_CATEGORY = [
    # a pain that stopped is a cure claim in a patient's account, not a painless procedure promised
    ("clinic", "「通い始めてから、肩が痛まなくなりました」", "safety-guarantee"),
    # a research team's confirmation is an evidence claim, not an endorsement
    ("supplement", "大学医学部の研究グループが効果を確認した成分です。", "endorsement"),
    # a share of users feeling something is a guarantee, not "for everyone"
    ("cosmetic", "試した方の100%がハリを実感したクリーム。", "universality"),
    # the therapy equated for less effort is stem-cell misrepresentation, not a comparison
    ("supplement", "医療機関で受ける幹細胞療法と同等の恵みを、朝の一杯で手軽に。", "comparative"),
    # a medicine that the product does not replace
    ("supplement", "本品は医薬品ではなく、アレルギー薬の代わりにはなりません。", "comparative"),
    # a refund condition is an efficacy guarantee, not a promise of speed
    ("cosmetic", "2本目を使い切る前に実感できなかった場合は、返品を承ります。", "immediacy"),
]

test_a_family_member_is_reported, test_a_neighbouring_category_is_not_reported = category_tests(
    FAMILIES, NOT_THIS_CATEGORY)
