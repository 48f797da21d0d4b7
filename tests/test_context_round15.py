"""Issue 19, round 15: families widened from the regulation and the settled questions, and
context read too narrowly on careful pages (a worries list, a checklist of what to look out
for, a contraindication, a side effect's course). Each test names one
family: the claim it must report (with the category) and the neighbouring wording it must
leave alone. Every example is written for this file (own wording)."""

import pytest
from claim_helpers import claim_tests, span_categories

QUIET = [
    # the reader's worries listed under a question heading (not accounts, not claims)
    ("clinic", "こんなお悩み、ございませんか？\n目元の弾力が落ちてきた\n夕方になると顔色がさえない"),
    # a checklist item asking whether an ad does something
    ("cosmetic", "□ 効き目を請け合ったり、専門医の推奨を掲げたりしていないか"),
    # a contraindication, an approved drug named, a treatment's aim stated with its disclaimer
    ("clinic", "頭皮に湿疹がある場合、この施術はお受けいただけません。"),
    ("clinic", "重い喘息をお持ちの方は、治療を受けられません。"),
    ("clinic", "脱毛症の治療に承認済みの医薬品として、国内では外用薬があります。"),
    ("clinic", "本施術は抜け毛の改善を目的としたものですが、結果は保証しかねます。"),
    # a side effect's usual course (a required disclosure, not speed)
    ("clinic", "針の跡が赤く腫れることもありますが、多くは3日ほどで引きます。"),
    # a feel review that says the product is enough (no rival run down)
    ("cosmetic", "冬でもこれ1本で物足りなさはありません。（40代・乾燥肌）"),
    # worries people voice, quoted
    ("supplement", "「朝起きるのがつらい」「買い物に出るのがおっくう」という声をよく伺います。"),
    # a proving study said not to exist yet
    ("clinic", "効き目を確かめた大規模な臨床研究は、まだ行われていません。"),
    # the user's own stem cells inside the body (a medical-efficacy claim at most, not misrepresentation)
    ("cosmetic", "体の中の幹細胞について学べる市民講座のお知らせ。"),
    # the name of a test, disclosed
    ("cosmetic", "（線維芽細胞の増殖試験）のデータは原料メーカーが公開しています。"),
    # results quoted in a list and disowned
    ("cosmetic", "「シワが消える」「若くなる」などの結果はお約束しておりません。"),
    # a price that may change
    ("supplement", "価格は予告なく変更となる場合があります。"),
    # the day after, in instructions or opening hours
    ("clinic", "翌日からの予約はお電話でも承ります。"),
    ("clinic", "施術当日はメイクをお控えください。"),
    # a salon's own procedure at home (no result claimed)
    ("cosmetic", "サロンに通わなくても、ご自宅で同じ手順のお手入れができます。"),
    # a failed drug mentioned in an enquiry, not a rival beaten
    ("clinic", "内服薬が効かなかった方からのご相談も多くいただきます。"),
    # a risk group told to ask first
    ("supplement", "持病のある方は、心配なことを事前に医師へご相談ください。"),
    # stem cells explained
    ("cosmetic", "幹細胞は、体の組織の再生を担う細胞です。"),
    # a cell waking in another sense, a symptom passing before a session, a side effect's course
    ("cosmetic", "朝、細胞が起きる前にコップ一杯の水を。"),
    ("clinic", "痛みが治まってから施術を受けてください。"),
    ("clinic", "・発熱、だるさ、頭痛（多くは当日から翌日に治まります）"),
    ("cosmetic", "その2倍の量を塗ってください。"),
    ("cosmetic", "シミが消えるとは断言できません。"),
    ("supplement", "上清液の点滴は、幹細胞治療とは別物です。"),
    ("clinic", "LINE予約で点滴1回分をプレゼント。"),
    ("cosmetic", "全肌質対応のジェル。"),
    ("cosmetic", "どんなに忙しい朝でも続けやすい。"),
    ("clinic", "副作用について、ご心配なことはご相談ください。"),
    ("clinic", "重い副作用は報告されていませんが、注射部位の腫れがあります。"),
    ("cosmetic", "大学との共同研究で開発しました。"),
    ("cosmetic", "以前よりずっと使いやすくなりました。"),
    ("supplement", "完売しました。次回の入荷をお待ちください。"),
    ("clinic", "施術後すぐにメイクできます。"),
    ("clinic", "施術の帰りに、お買い物もできます。"),
    # an expert's remark named after it; a frequency of use; an article's premise
    ("cosmetic", "「保湿がすべての基本です」と話すのは、皮膚科医の山本先生。"),
    ("cosmetic", "乾燥する季節は毎日使ってもOKです。"),
    ("cosmetic", "美容ライターが話題のセラムを2週間試してみた"),
    # what a filing means, denied; a contraindication in a list
    ("clinic", "届け出をしたことは、国が効き目を認めたことを意味しない。"),
    ("clinic", "・脳腫瘍の治療を受けた方"),
    # a delivery time, a session's length, a new habit, an age measured
    ("supplement", "ご注文から数日で届きます。"),
    ("clinic", "点滴が終わるまで30分ほどです。"),
    ("cosmetic", "新しい肌習慣を作るセラム。"),
    ("cosmetic", "肌年齢を測定してみましょう。"),
    # a promise denied, a survey's small share, a notice that an offer ended, a rank of one's own result
    ("cosmetic", "効き目をお約束するものではございません。"),
    ("cosmetic", "アンケートで「香りが好き」と答えた方が3割。"),
    ("cosmetic", "受付は本日で終了しました。"),
    ("cosmetic", "院長が開発した培養液を使っています。"),
    ("cosmetic", "角質層を通り抜けるほど小さい粒子ではありません。"),
    ("supplement", "どんなに忙しい方でも続けやすい。"),
    # a season compared, a fact about a country, a change listed, an offer to beginners
    ("cosmetic", "他のどの季節よりも乾燥しやすい冬。"),
    ("cosmetic", "日本で最も多い肌悩みは乾燥です。"),
    ("cosmetic", "旧処方から香料を除きました。"),
    ("cosmetic", "初めてなら、こちらはいかが。"),
    ("cosmetic", "化粧品では治療効果は得られません。"),
    # a customer recommending to her father; a Q&A answerer's label; a penetration note
    ("supplement", "「実家の父にもすすめています」（40代・お客様）"),
    ("clinic", "A.（看護師）施術は30分ほどで終わります。"),
    ("cosmetic", "プロが選ぶ人気ランキングに掲載。"),
    # a deadline for paperwork, not an offer
    ("supplement", "お申し込みは月末までにお済ませください。"),
    # a consultation offered, a size, a method discussed, a service not offered
    ("cosmetic", "湿疹がひどいときは、まず皮膚科を受診してください。"),
    ("cosmetic", "男性も女性もお使いいただけます。"),
    ("cosmetic", "家族みんなで使えるサイズ。"),
    ("cosmetic", "効果をどう検証するかを解説します。"),
    ("clinic", "当院では幹細胞治療は行っておりません。"),
    ]

STILL_CLAIMS = [
    ("clinic", "こんなお悩み、ございませんか？\n目元の弾力が落ちてきた\n\n当院の点滴で肌が10歳若返ります。"),
    ("cosmetic", "□ 効き目を保証します"),
    ("clinic", "アトピー性皮膚炎が当院の注射で治ります。"),
    ("cosmetic", "市販のクリームでは物足りない方へ。"),
    ("supplement", "「膝がすっかり楽になった」という声を多くいただいています。"),
    ("clinic", "臨床研究で効果が確かめられています。"),
    ("supplement", "今なら初回1,200円。"),
    ("cosmetic", "くすみが必ず晴れる、と断言できます。"),
    ("cosmetic", "いくら使っても安心。"),
    ("clinic", "アトピーの治療を受けた方の8割が改善。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


FAMILIES = [
    # a disclaimer marks the words as one user's account of an effect
    ("cosmetic", "「塗った翌週には目尻の線が浅くなってて驚き！」※個人の感想です", "testimonial"),
    ("clinic", "個人の感想ですけど、3回の注射で頬のシミが薄くなりました。", "testimonial"),
    # others noticing, then the effect stated around the quote
    ("cosmetic", "2日使ったら同僚に「肌どうしたの?」と聞かれた。ほんとに効く。(26歳・会社員)", "testimonial"),
    # no effect on a baby; people at risk told not to worry
    ("clinic", "授乳中でも母乳への影響がない点滴です。", "safety-guarantee"),
    ("supplement", "基礎疾患のある方でも、不安なく続けられます。", "safety-guarantee"),
    # any stage of a concern; everyone
    ("clinic", "どれほど悪化した抜け毛でも、この注射でケアできます。", "universality"),
    ("cosmetic", "すべての人のために作用するクリームです。", "universality"),
    # no example anywhere yet
    ("supplement", "日本でもいまだ例のない製法のサプリ。", "superlative"),
    # a publication, an established standing or figures offered as proof
    ("cosmetic", "学術誌にも掲載された作用を、毎晩のお手入れに。", "evidence-claim"),
    ("cosmetic", "その作用はすでに海外の専門誌で発表済みです。", "evidence-claim"),
    ("clinic", "治療の実力が数値にはっきり表れています。", "evidence-claim"),
    # a described doctor recommending; a celebrity's secret
    ("supplement", "整形外科医である私が、外来でもすすめているサプリです。", "endorsement"),
    ("cosmetic", "皮膚科の先生もすすめているクリーム。", "endorsement"),
    ("cosmetic", "人気モデルのBさんが何年も続けている美の秘訣がこちら。", "endorsement"),
    # the day after, or the day itself, tied to a change
    ("cosmetic", "次の日の肌の調子が全然違う。", "immediacy"),
    ("clinic", "打った日から体調がすっきり。", "immediacy"),
    # rivals multiplied, made obsolete or failed
    ("cosmetic", "エステの何倍もの手応え。", "comparative"),
    ("cosmetic", "他ブランドの培養液コスメを過去のものにする一本。", "comparative"),
    ("clinic", "育毛剤が効かなかった方でも、この注射なら変化が出ます。", "comparative"),
    # stem-cell therapy equated, in any tense, or the reader told to take it so
    ("supplement", "毎朝の一杯で、幹細胞療法を受けているのと同然に。", "stem-cell-misrepresentation"),
    ("clinic", "自分の幹細胞を培養して戻す療法と同等の効果を、この点滴で。", "stem-cell-misrepresentation"),
    ("clinic", "この点滴は幹細胞治療と思っていただいて構いません。", "stem-cell-misrepresentation"),
    # the cells themselves in the product or put back
    ("cosmetic", "幹細胞自体が持つパワーを一本に。", "stem-cell-misrepresentation"),
    ("cosmetic", "ヒト幹細胞3%配合ジェル", "stem-cell-misrepresentation"),
    ("clinic", "培養した幹細胞そのものを静脈から戻す施術です。", "stem-cell-misrepresentation"),
    ("cosmetic", "ヒト幹細胞が弾力を作り直すクリーム。", "stem-cell-misrepresentation"),
    ("cosmetic", "幹細胞が、疲れた肌を再生へ導きます。", "stem-cell-misrepresentation"),
    # a first price pressed by a deadline; a price that may end at any time
    ("supplement", "このキャンペーン価格は予告なく打ち切ります。", "price-inducement"),
    # round 15, fitted sets: rivals in units, multiplied, outclassed, unable or watered down
    ("supplement", "1袋で青汁ドリンク8杯分！", "comparative"),
    ("cosmetic", "他ブランドの濃度は1%未満。本品はその15倍を配合。", "comparative"),
    ("cosmetic", "浸透の速さが段違い。", "comparative"),
    ("cosmetic", "よその化粧品じゃムリな透明感。", "comparative"),
    ("clinic", "うちは他院みたいに上清液を薄めたりしません。", "comparative"),
    ("cosmetic", "よその店の原液はたいてい希釈品です。", "comparative"),
    ("cosmetic", "サロンに通うより、このセラムのほうが結果が出ます。", "comparative"),
    # office holders and described doctors recommending; a settled finding as proof
    ("supplement", "日本抗加齢医学会の理事長が推薦するサプリ。", "endorsement"),
    ("supplement", "薬剤師の私が全力で推すドリンクです。", "endorsement"),
    ("cosmetic", "美容皮膚科医・M先生（登録者15万人）が推薦。", "endorsement"),
    ("supplement", "関節に有効であることが、すでに分かっています。", "evidence-claim"),
    ("supplement", "国立大学の研究で、飲むだけで骨が丈夫になることが証明されました。", "evidence-claim"),
    # no worry left; no report at all
    ("clinic", "安全性はご心配いりません。", "safety-guarantee"),
    ("supplement", "健康被害はひとつも報告されていません。", "safety-guarantee"),
    # a result promised in other words
    ("cosmetic", "どんな肌悩みにも、この1本が確実に答えを出します。", "efficacy-guarantee"),
    ("cosmetic", "使い始めたら必ず友人に褒められます。", "efficacy-guarantee"),
    ("supplement", "もう一生、膝の心配はいりません。", "efficacy-guarantee"),
    ("cosmetic", "くすみが必ず晴れる、と断言できます。", "efficacy-guarantee"),
    # at once; one session
    ("cosmetic", "ひと塗りで、すぐ変身。", "immediacy"),
    ("clinic", "1回の点滴で、だるさがリセット。", "immediacy"),
    # anyone, any state, any skin, several conditions at once
    ("supplement", "どれだけ疲れていても、この1本で即回復。", "universality"),
    ("cosmetic", "あらゆる肌トラブルも、まとめてリセット。", "universality"),
    ("cosmetic", "誰でも頬がぷるぷるに。", "universality"),
    ("cosmetic", "全年齢がもちもちに。", "universality"),
    ("clinic", "花粉症も慢性疲労も、点滴ひとつで改善します。", "universality"),
    # the first or a miracle, far ahead
    ("cosmetic", "初のヒト臍帯培養液セラム。", "superlative"),
    ("supplement", "奇跡のサプリメント。", "superlative"),
    ("cosmetic", "これまで試した中でダントツ。", "superlative"),
    # the supernatant treatment named the therapy or likened to it
    ("clinic", "培養液を用いた幹細胞療法のご案内。", "stem-cell-misrepresentation"),
    ("cosmetic", "夜のお手入れが、まさに幹細胞治療。", "stem-cell-misrepresentation"),
    # cells inside the skin reached, woken or signalled; a newborn skin
    ("cosmetic", "エクソソームが真皮の細胞に情報を届けます。", "penetration-overclaim"),
    ("cosmetic", "眠っていた細胞が目覚める美容液。", "medical-efficacy"),
    ("cosmetic", "細胞に若返りのメッセージを送るクリーム。", "medical-efficacy"),
    ("cosmetic", "素肌が生まれたての状態に。", "medical-efficacy"),
    # a named condition, then life after it; an account from a trouble
    ("supplement", "「冷え性で寝つけなかったのがウソみたい」(63歳・女性)", "disease-treatment"),
    ("supplement", "骨粗しょう症と診断された母が、毎朝の1包で骨密度が改善しました。", "disease-treatment"),
    ("supplement", "湿疹のかゆみから解放されました！", "disease-treatment"),
    ("supplement", "更年期のほてりがピタッと止まりました。", "disease-treatment"),
    ("cosmetic", "ニキビ肌もトラブル知らずに。", "disease-treatment"),
    ("clinic", "腰痛も、注射で治していける時代です。", "disease-treatment"),
    ("cosmetic", "ニキビで悩んでいた娘の肌がすべすべになりました。", "testimonial"),
    ("supplement", "「膝が痛くて旅行を諦めていたのに、今は毎月出かけています」(70歳・女性)", "testimonial"),
    ("clinic", "すごかった。2日後には頬がつるつる（患者様より）", "testimonial"),
    # a clinic's symptom stopped or a function back, as fact
    ("clinic", "片頭痛は、点滴を続けることでピタッと止まります。", "medical-efficacy"),
    ("clinic", "注射の帰りには正座ができるようになります。", "medical-efficacy"),
    # the state's approval as safety
    ("supplement", "国が認めた安全性です。", "safety-guarantee"),
    # a sell-out and a last chance; at once or on the way home
    ("supplement", "先月も即完売。ラスト入荷のご案内です。", "price-inducement"),
    ("cosmetic", "赤みを素早く鎮めるジェル。", "immediacy"),
    ("clinic", "注射の帰りには、足取りが軽くなっています。", "immediacy"),
    # a deep layer's contents acted on directly; every concern in one; far stronger
    ("cosmetic", "真皮にあるエラスチンに直接働きかけます。", "penetration-overclaim"),
    ("cosmetic", "シミもくすみも毛穴も、この一本で。", "universality"),
    ("cosmetic", "植物由来の上清より断然パワフル。", "comparative"),
    # a staff member's own account; another clinic's verdict overturned; a human trial as proof
    ("clinic", "看護師自身もこの点滴を受けていますが、朝の目覚めが軽くなりました。", "testimonial"),
    ("clinic", "他の病院で「年齢のせい」と言われた痛みも、当院の注射で。", "comparative"),
    ("supplement", "ヒト試験で有意差あり。", "evidence-claim"),
    ("clinic", "長引く慢性疲労も、点滴でリセットします。", "disease-treatment"),
    # an offer bound to a near deadline; a writer's strong verdict
    ("clinic", "今月末までのご予約が対象です。", "price-inducement"),
    ("cosmetic", "人気の美容ライターも「毛穴が消えた」と太鼓判。", "endorsement"),
    # a body function changed; a few days; by the session's end; any age or constitution
    ("supplement", "疲労をためないカラダへ。", "medical-efficacy"),
    ("supplement", "血の巡りをサポートするゼリー。", "medical-efficacy"),
    ("supplement", "数日で別人のように。", "immediacy"),
    ("clinic", "注射が終わるころには、目元がふっくらしています。", "immediacy"),
    ("clinic", "体質や性別に関係なく、効果を実感できます。", "universality"),
    # cells reached or restarted, new skin made, youth woken, age or decline halted, hair grown
    ("cosmetic", "肌細胞へ、成長因子がダイレクトに働きかける。", "medical-efficacy"),
    ("cosmetic", "眠った細胞を再起動させるセラム。", "medical-efficacy"),
    ("cosmetic", "新しい皮膚を作り出すクリーム。", "medical-efficacy"),
    ("cosmetic", "失われた若さを呼び戻す美容液。", "medical-efficacy"),
    ("cosmetic", "使うほどに肌年齢を下げるクリーム。", "medical-efficacy"),
    ("cosmetic", "肌の衰えをストップ。", "medical-efficacy"),
    ("cosmetic", "ターンオーバーを加速させるマスク。", "medical-efficacy"),
    ("cosmetic", "濃く強い髪を育てるエッセンス。", "medical-efficacy"),
    ("cosmetic", "髪にハリとボリュームが復活。", "medical-efficacy"),
    ("cosmetic", "凹んだ頬がふっくら。", "medical-efficacy"),
    # a result promised, pursued until it comes, or asserted by a doctor; a large share answering
    ("cosmetic", "うるおいに満ちた素肌をお約束します。", "efficacy-guarantee"),
    ("clinic", "変化が得られるまで追加料金なしで施術します。", "efficacy-guarantee"),
    ("supplement", "続ければ、効果はきっとついてきます。", "efficacy-guarantee"),
    ("clinic", "専門医として断言できます。", "efficacy-guarantee"),
    ("cosmetic", "モニター調査で「ハリが出た」と回答した方が92%。", "efficacy-guarantee"),
    # celebrities, developers and doctors vouching
    ("clinic", "タレントの皆さんからも「体が軽い」と大絶賛。", "endorsement"),
    ("cosmetic", "開発者である医学博士が効果を保証しています。", "endorsement"),
    ("cosmetic", "美容外科医がプロデュースしたクリーム。", "endorsement"),
    ("supplement", "内科の医師たちからも信頼されています。", "endorsement"),
    # studies as proof
    ("cosmetic", "多数の研究で、その作用が示されています。", "evidence-claim"),
    ("supplement", "研究論文が効果を裏付けています。", "evidence-claim"),
    ("cosmetic", "科学的にお墨付きの処方。", "evidence-claim"),
    # minutes, one application, one night
    ("cosmetic", "3分なじませるだけで、フェイスラインがすっきり。", "immediacy"),
    ("cosmetic", "違いは一度で実感できます。", "immediacy"),
    ("cosmetic", "眠っている間に働いて、朝にはもちもち。", "immediacy"),
    # top, landmark, only, unlike any other
    ("clinic", "症例数は国内屈指。", "superlative"),
    ("cosmetic", "スキンケアの金字塔。", "superlative"),
    ("supplement", "ほかにないスキンケア発想のサプリ。", "superlative"),
    # a standard or a review as safety
    ("cosmetic", "欧州基準の安全を。", "safety-guarantee"),
    # anyone, any age, every sign
    ("clinic", "何歳からでも変わる。", "universality"),
    ("cosmetic", "エイジングサインのすべてに、この一本で応えます。", "universality"),
    # a rank above, even younger, rivals outgrown, watered down
    ("cosmetic", "ワンランク上の化粧水。", "comparative"),
    ("cosmetic", "胎盤由来よりもずっと新鮮な原料。", "comparative"),
    ("cosmetic", "ビタミンCもレチノールも、もう卒業。", "comparative"),
    ("clinic", "安い他院の上清液は中身が薄い。", "comparative"),
    # the therapy named, offered in the skin; the product's stem cells at work
    ("clinic", "上清液点滴は、まさに幹細胞療法。", "stem-cell-misrepresentation"),
    ("cosmetic", "お肌で再生医療を。", "stem-cell-misrepresentation"),
    ("cosmetic", "幹細胞が、あなたの素肌で生き続ける。", "stem-cell-misrepresentation"),
    # an account under a label; a creator's report
    ("clinic", "受けた方の感想：2回目から頬のたるみが気にならなくなった。", "testimonial"),
    ("clinic", "人気ユーチューバーが当院の点滴を受けて体験談を公開。", "testimonial"),
    # a condition calmed, erased, or left behind
    ("cosmetic", "アトピーの赤みもしずめていきます。", "disease-treatment"),
    ("cosmetic", "湿疹も、なかったことに。", "disease-treatment"),
    ("supplement", "不眠で悩んでいたのに、今ではぐっすり眠れます。", "disease-treatment"),
    # a near end, no next chance; a drug's standing claimed
    ("supplement", "ご注文は本日18:00まで。", "price-inducement"),
    ("cosmetic", "モニター応募は今週末で締め切り。", "price-inducement"),
    ("cosmetic", "次回の販売予定はありません。", "price-inducement"),
    ("cosmetic", "医薬品級と認定された原料。", "approval-misrepresentation"),
    # a clinic's top rank; the only one in the trade; the epidermis passed; a deep layer described
    ("clinic", "導入件数は県内屈指。", "superlative"),
    ("cosmetic", "美容業界でも唯一の抽出法。", "superlative"),
    ("cosmetic", "ナノ粒子がバリアをすり抜ける。", "penetration-overclaim"),
    ("cosmetic", "コラーゲンを生む層までしっかり届ける。", "penetration-overclaim"),
    ("supplement", "どれだけ疲れやすい方でも、続ければ必ず変わります。", "universality"),
    # focus sets (K/L/M 25): official standing implied in other words
    ("cosmetic", "国の基準で効き目を確かめたクリーム。", "approval-misrepresentation"),
    ("cosmetic", "MFDSの審査を通過した美容液。", "approval-misrepresentation"),
    ("clinic", "公的な研究機関の検査で問題なしと判定。", "approval-misrepresentation"),
    ("clinic", "市の検査でも問題なしとされた点滴。", "approval-misrepresentation"),
    ("clinic", "再生医療学会公式認定の施術です。", "approval-misrepresentation"),
    ("cosmetic", "県のお墨付きブランド。", "approval-misrepresentation"),
    ("cosmetic", "国際認定でお墨付きの原料。", "approval-misrepresentation"),
    # professionals and public figures vouching, described
    ("supplement", "管理栄養士が信頼するサプリ。", "endorsement"),
    ("clinic", "当院の医師は、自分の両親にもこの点滴を勧めています。", "endorsement"),
    ("clinic", "皮膚科医の間で話題の注射。", "endorsement"),
    ("clinic", "全国の医師500名が採用。", "endorsement"),
    ("cosmetic", "看護師の愛用率90%。", "endorsement"),
    ("cosmetic", "プロが推す美容液。", "endorsement"),
    ("supplement", "ノーベル賞受賞者も注目する成分。", "endorsement"),
    ("cosmetic", "メイクアップのプロが「この下地はいらなくなる」と絶賛。", "endorsement"),
    ("cosmetic", "元宝塚のトップスターも愛用。", "endorsement"),
    ("cosmetic", "海外セレブの間でひそかに話題。", "endorsement"),
    ("cosmetic", "美容部員がこっそり推している化粧水。", "endorsement"),
    ("supplement", "「血圧が落ち着きました」（60代女性・薬剤師）", "endorsement"),
    # rivals outdone, however named
    ("cosmetic", "他のどんな美容液よりも早く潤う。", "comparative"),
    ("cosmetic", "どこよりもお得な価格で。", "comparative"),
    ("cosmetic", "以前使っていたクリームより、たるみが気にならない。", "comparative"),
    ("cosmetic", "海外コスメとは濃度が桁違い。", "comparative"),
    ("cosmetic", "高級クリームより断然潤う。", "comparative"),
    ("cosmetic", "旧タイプより粒子数が2倍。", "comparative"),
    ("cosmetic", "従来の美容液が“鉛筆”なら、これは“万年筆”。", "comparative"),
    # rivals failed or disparaged
    ("clinic", "飲み薬で諦めた方も、この注射なら。", "comparative"),
    ("cosmetic", "他社の美容液を何本使っても得られなかったハリ。", "comparative"),
    ("clinic", "他院では上清液を薄めて使う例もあります。当院は原液です。", "comparative"),
    ("cosmetic", "他のサロンで何回受けても変わらなかった方へ。", "comparative"),
    ("supplement", "合成ビタミンのような負担がありません。", "comparative"),
    ("cosmetic", "市販品とは全く違う手応え。", "comparative"),
    ("clinic", "セルフケアでは得られない変化を。", "comparative"),
    ("cosmetic", "ビタミンC誘導体では物足りない方へ。", "comparative"),
    # the best, first or only, in other words
    ("cosmetic", "他のどの美容液にも負けない濃度。", "superlative"),
    ("cosmetic", "販売数トップの美容液。", "superlative"),
    ("cosmetic", "美容液の王様。", "superlative"),
    ("cosmetic", "ここまでの濃度は他に見当たらない。", "superlative"),
    ("cosmetic", "他社では真似できない技術。", "superlative"),
    ("cosmetic", "実感が別格。", "superlative"),
    ("cosmetic", "エイジングケアはこれしかない。", "superlative"),
    ("cosmetic", "今まで試した中でいちばん。", "superlative"),
    ("clinic", "都内で一番選ばれているクリニック。", "superlative"),
    ("cosmetic", "5年連続No.1。", "superlative"),
    ("cosmetic", "保湿ケアはこの一本一択。", "superlative"),
    ("cosmetic", "培養液コスメの決定版。", "superlative"),
    ("cosmetic", "幹細胞コスメの先駆け。", "superlative"),
    # focus set M: pores shrunk, a line lifted, age turned back, collagen refilled, cells reset
    ("cosmetic", "毛穴を縮めるセラム。", "medical-efficacy"),
    ("cosmetic", "頬がキュッと引き上がる。", "medical-efficacy"),
    ("cosmetic", "肌年齢を巻き戻す。", "medical-efficacy"),
    ("cosmetic", "30代に見られるようになった。", "medical-efficacy"),
    ("cosmetic", "昔の肌を取り戻すクリーム。", "medical-efficacy"),
    ("cosmetic", "若さを生み出すセラム。", "medical-efficacy"),
    ("cosmetic", "エラスチンを補うクリーム。", "medical-efficacy"),
    ("clinic", "細胞を初期化する点滴。", "medical-efficacy"),
    ("supplement", "活力を底上げするドリンク。", "medical-efficacy"),
    ("supplement", "免疫のスイッチを入れるゼリー。", "medical-efficacy"),
    ("supplement", "寒さに負けないカラダへ。", "medical-efficacy"),
    ("supplement", "免疫細胞の働きが2倍に。", "medical-efficacy"),
    # a condition named as what it is for; a medicine given up
    ("cosmetic", "円形脱毛症や産後の抜け毛に。", "disease-treatment"),
    ("supplement", "糖尿病の方にも選ばれています。", "disease-treatment"),
    ("clinic", "がんの転移予防に効果的です。", "disease-treatment"),
    ("cosmetic", "ステロイドなしで、すべすべ肌に。", "disease-treatment"),
    # sets E/F 25, fitted after their sealed figures were taken: authorities and societies abroad
    ("clinic", "欧州の規制当局も認めた点滴。", "approval-misrepresentation"),
    ("cosmetic", "公的な品質認定を取得済み。", "approval-misrepresentation"),
    ("supplement", "米国の栄養学会が公式に推奨する成分。", "approval-misrepresentation"),
    ("supplement", "国際再生医学協会が認定したサプリ。", "approval-misrepresentation"),
    # doctors using it quietly, hospitals supplied, a doctor's mark in a listing title
    ("cosmetic", "医師たちがこっそり自宅で使っている美容液。", "endorsement"),
    ("clinic", "医療機関への導入実績多数の製剤。", "endorsement"),
    ("cosmetic", "【医師推奨】エクソソーム セラム 30mL", "endorsement"),
    # rivals priced up, failed or emptied; another dimension; a treatment multiplied
    ("clinic", "よそでは20万円かかる点滴が、当院なら半分以下。", "comparative"),
    ("clinic", "他の病院で良くならなかった膝が、うちで楽になりました。", "comparative"),
    ("cosmetic", "安い培養液は中身のない水にすぎない。", "comparative"),
    ("cosmetic", "競合ブランドでは届かなかったハリ。", "comparative"),
    ("cosmetic", "他にはないレベルの濃さ。", "comparative"),
    ("cosmetic", "エステで受ける導入、その3倍の濃度をおうちで。", "comparative"),
    # hair regained, blood vessels reached, new cells supplied, life extended
    ("cosmetic", "失った髪を取り戻すエッセンス。", "medical-efficacy"),
    ("cosmetic", "血管の近くまで届ける。", "penetration-overclaim"),
    ("cosmetic", "新たな細胞を生み出すクリーム。", "medical-efficacy"),
    ("supplement", "寿命を伸ばす一粒。", "medical-efficacy"),
    # studies counted, a patent as proof; a registration or a foreign approval as safety; no worry at all
    ("supplement", "論文30本分のエビデンス。", "evidence-claim"),
    ("cosmetic", "特許製法で弾力アップが実証されました。", "evidence-claim"),
    ("cosmetic", "米国が認めた安全性。", "safety-guarantee"),
    ("cosmetic", "FDA登録済みの安全処方。", "safety-guarantee"),
    ("cosmetic", "何の心配もいらないクリーム。", "safety-guarantee"),
    # the product said to grow stem cells; a few days in
    ("supplement", "新しい幹細胞をどんどん作るドリンク。", "stem-cell-misrepresentation"),
    ("cosmetic", "飲み始めて4日目、肌がつるつるに。", "immediacy"),
    ("clinic", "施術後2日でむくみがすっきり。", "immediacy"),
    # sets N/O 25, fitted after the end check: none can follow, as good as a rival, rivals dismissed
    ("cosmetic", "当社の抽出技術は他社の追随を許さない。", "superlative"),
    ("cosmetic", "サロン専売品に引けを取らないハリ。", "comparative"),
    ("cosmetic", "安いだけの原液を使うブランドとは違います。", "comparative"),
    ("clinic", "ステロイドに頼る治療とは違う選択を。", "comparative"),
    ("clinic", "九州エリアで最も多い施術実績。", "superlative"),
    # no trouble ever; a registration as reassurance; any skin; all of humanity; anyone reset
    ("clinic", "合併症は当院では決して起こりません。", "safety-guarantee"),
    ("supplement", "FDA登録済みの原料なので、ご家族で安心。", "safety-guarantee"),
    ("cosmetic", "肌タイプを選ばず効果を実感。", "universality"),
    ("cosmetic", "万人の肌に合うクリーム。", "universality"),
    ("clinic", "誰でも疲れがリセットされる点滴。", "universality"),
    # a few places, a day's deadline; a monitor test as proof; a promise; only this long
    ("clinic", "追加枠は2枠のみ。", "price-inducement"),
    ("supplement", "父の日まで限定の2箱セット。", "price-inducement"),
    ("cosmetic", "モニター試験で改善率92%。", "evidence-claim"),
    ("clinic", "ご満足いただけることをお約束いたします。", "efficacy-guarantee"),
    ("cosmetic", "目尻のシワが目立たなくなるまで、たった1週間。", "immediacy"),
    ("cosmetic", "塗った瞬間から浸透していく。", "immediacy"),
    # the skin's power revived; a deeper place named; a function or immunity regained as fact
    ("cosmetic", "衰えた肌のパワーを呼び覚ます。", "medical-efficacy"),
    ("cosmetic", "くすみの原因になる層まで届く。", "penetration-overclaim"),
    ("clinic", "失われた機能を取り戻す点滴です。", "medical-efficacy"),
    # a condition not given up on, left behind, listed; recurrence prevented; doctors giving or joining
    ("clinic", "円形脱毛症もあきらめなくていい。", "disease-treatment"),
    ("supplement", "花粉症の時期も平気。", "disease-treatment"),
    ("supplement", "糖尿病、高血圧、年齢からくるあらゆる不調にも。", "disease-treatment"),
    ("clinic", "院長が外来の患者さんにも手渡しているクリーム。", "endorsement"),
    ("clinic", "理事長も父に毎月受けさせている点滴です。", "endorsement"),
    ("cosmetic", "開発には現役の皮膚科医が協力。", "endorsement"),
    # the therapy replaced by the supernatant; cells counted
    ("supplement", "再生医療に代わる毎日の習慣。", "stem-cell-misrepresentation"),
    ("cosmetic", "1本に含まれる幹細胞は約3000万個。", "stem-cell-misrepresentation"),
    # focus sets S/T/U 25: a condition ended or cleared, a lab value normal, a life after it
    ("cosmetic", "長年の湿疹にサヨナラ。", "disease-treatment"),
    ("supplement", "目のかすみがくっきりに。", "disease-treatment"),
    ("supplement", "HbA1cが正常範囲に。", "disease-treatment"),
    ("supplement", "腰痛で悩んでいた父が、今では毎朝ジョギング。", "disease-treatment"),
    ("cosmetic", "乾癬の赤みが気になる膝に。", "disease-treatment"),
    ("cosmetic", "薄毛の進行に歯止め。", "disease-treatment"),
    ("clinic", "関節リウマチと診断された方が、点滴で改善。", "disease-treatment"),
    ("clinic", "関節リウマチのこわばりから解放。", "disease-treatment"),
    # accounts in bulk, first person, under a label, relayed
    ("supplement", "親子そろって実感しています。", "testimonial"),
    ("clinic", "多くのお客様が実感されています。", "testimonial"),
    ("cosmetic", "使った方が口をそろえて絶賛。", "testimonial"),
    ("cosmetic", "私の顔が生まれ変わった。", "testimonial"),
    ("clinic", "【口コミ】2回目で痛みが楽になりました。", "testimonial"),
    ("clinic", "お客様Cさん（70歳）は、半年で海外旅行に行けるほどになりました。", "testimonial"),
    ("supplement", "血圧が下がったと、嬉しいお声が届いています。", "testimonial"),
    ("cosmetic", "3人とも「毛穴が消えた」って。", "testimonial"),
    # anyone, any age
    ("supplement", "男性も女性も、同じように実感。", "universality"),
    ("supplement", "どのような食生活の方でも、これさえ続ければ。", "universality"),
    ("cosmetic", "誰の肌にも届く。", "universality"),
    ("supplement", "いくつになっても若々しい。", "universality"),
    ("cosmetic", "誰もがすぐに気づく変化。", "universality"),
    ("clinic", "体質に左右されず効果が出ます。", "universality"),
    ("clinic", "変化をお約束できる治療。", "efficacy-guarantee"),
    # counts, images, checks as proof
    ("supplement", "関連する論文は500本以上。", "evidence-claim"),
    ("cosmetic", "写真で確認済みの浸透力。", "evidence-claim"),
    ("cosmetic", "作用を検証済み。", "evidence-claim"),
    ("cosmetic", "研究でその効き目が確かめられています。", "evidence-claim"),
    # stem cells supplied, the therapy from the inside, the therapy named for the supernatant
    ("clinic", "補充した幹細胞が、全身を若返らせます。", "stem-cell-misrepresentation"),
    ("supplement", "からだの中から再生医療を。", "stem-cell-misrepresentation"),
    ("clinic", "当院の幹細胞療法では、臍帯由来の培養上清を使用します。", "stem-cell-misrepresentation"),
]


@pytest.mark.parametrize(("profile", "text", "category"), FAMILIES)
def test_a_family_member_is_reported(profile: str, text: str, category: str) -> None:
    assert category in span_categories(text, profile)
