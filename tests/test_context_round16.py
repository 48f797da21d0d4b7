"""Issue 19, round 16: families widened from the regulation and the settled questions, and
context read too narrowly on careful pages (a whole clause denied with という, a list of
claims disowned, prohibitions explained, a belief some visitors bring, a trade paper's
finding, a staff comment). Each test names one family: the claim it must report (with the
category) and the neighbouring wording it must leave alone. Every example is written for
this file (own wording)."""

import pytest
from claim_helpers import claim_tests, span_categories

QUIET = [
    # a whole clause, then "that is not so"
    ("cosmetic", "このセラムで誰でも毛穴が小さくなる、といったわけではないのです。"),
    # a list of claims, then the kind of effect disowned
    ("cosmetic", "当社の乳液は、たるみを引き上げる、肌を修復する、若く見せるといった働きを標榜するものではございません。"),
    # ingredients of a kind said not to be contained
    ("clinic", "当院の製剤には、ES細胞由来の成分は一切入っていません。"),
    # a prohibition explained for a list of acts
    ("clinic", "医院のサイトでは、治療の体験談を載せることや、他の医院より優れていると比較することが禁じられています。"),
    # a belief some visitors bring, then answered
    ("clinic", "「点滴で持病が治る」と思って相談にいらっしゃる方もいますが、効き目が確立した病気はまだありません。"),
    # a customer's question quoted, then answered
    ("cosmetic", "「生きた幹細胞入りなの？」とよく聞かれますが、使っているのは上清液だけです。"),
    # a trade paper reporting what it saw
    ("cosmetic", "専門誌は「日本初を掲げる商品が多いが、根拠の記載が乏しい」と指摘している。"),
    # a disease's usual care named after は
    ("clinic", "乾癬の治療は、まず皮膚科の標準治療から始めます。"),
    # a clinic review about the waiting room only
    ("clinic", "「院内が落ち着いた空間で、受付の案内も分かりやすかった」(患者さまの声・50代男性)"),
    # monitor recruiting, not photos shown as proof
    ("clinic", "症例写真モニターを若干名募集中です。"),
    # a baby's skin as who may use it, not as the result
    ("cosmetic", "生まれたての赤ちゃんの肌に使えるよう、無香料にしました。"),
    # the quoted idea, denied
    ("clinic", "「腫れないから気軽に受けていい」というものでもないのです。"),
    # a noticed change as the cue to stop
    ("cosmetic", "肌の違いに気づいたら、使うのをやめて医師に相談を。"),
    # a filing accepted, described as the procedure
    ("clinic", "当院は提供計画を国に届け出て、受理されています。"),
    # the disease's risk lowered by ordinary habits
    ("supplement", "動脈硬化のリスクを下げるためには、禁煙と食事の見直しが大事です。"),
    # a side effect's course
    ("clinic", "頭痛を感じる方もいますが、多くは翌朝までに治まります。"),
    # no approved product exists (a fact, not a claim)
    ("clinic", "国の承認を受けた上清液の製剤は、今のところ国内には一つもありません。"),
    # a service compared, not a result
    ("cosmetic", "思っていたより、容器のほうが軽くて驚きました。"),
    ("cosmetic", "受付は本日で終了しました。"),
    # right after a session, the next thing a patient may do (no result)
    ("clinic", "注入後すぐに、お化粧をして帰れます。"),
    # quoted wording listed, then said not to be used
    ("cosmetic", "「最上級」や「日本一」など、裏付けのない言葉は広告に使っていません。"),
    # the proof of a comparison said not to exist; a customer's question named as such
    ("clinic", "この点滴がほかの療法より優れていると示せるデータは、まだありません。"),
    ("cosmetic", "他社の美容液と比べてどうなの、というご質問には、データがないためお答えできません。"),
    # the patient's own medicine, taken alongside
    ("clinic", "薄毛の施術です。AGA治療薬の服用を続けながら受ける方もいます。"),
    # the same oversight as regenerative medicine, proposed
    ("clinic", "提供者は、再生医療と同じような管理のもとで扱うべきだと専門家は言う。"),
    # a reporter could not find the study
    ("cosmetic", "その効果を示した臨床試験を、取材班は見つけられなかった。"),
]

STILL_CLAIMS = [
    ("cosmetic", "このセラムで誰でも毛穴が目立たなくなります。"),
    ("cosmetic", "当社の美容液は、肌を再生する効果があります。"),
    ("supplement", "「このお茶で痛風が治る」と言っても大げさではありません。"),
    ("cosmetic", "生まれたての赤ちゃんの肌へ導く美容液。"),
    ("cosmetic", "専門誌でも話題の、日本初のエクソソーム美容液。"),
    ("clinic", "この点滴は国への届出が受理済みの、正式な治療です。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


FAMILIES = [
    # a result promised without a disease word; a certain change a few words on
    ("cosmetic", "どんな毛質の方でも、ツヤのある仕上がりをお約束します。", "efficacy-guarantee"),
    ("cosmetic", "どんな毛質の方でも、ツヤのある仕上がりをお約束します。", "universality"),
    ("clinic", "続ければ確実に頭皮の血色が上がるプログラムです。", "efficacy-guarantee"),
    ("cosmetic", "毎晩きちんと使えば、結果はついてきます。", "efficacy-guarantee"),
    ("clinic", "これまでの全症例で効果を確認している治療です。", "efficacy-guarantee"),
    ("clinic", "すべての患者様に変化が見られる点滴です。", "efficacy-guarantee"),
    # anyone at any age, then the effect
    ("supplement", "何歳からでも、毎日のめぐりが変わります。", "universality"),
    ("supplement", "どなたでも、続けるうちに体が軽くなります。", "universality"),
    # rivals: visits made needless, failures, stopping short, a multiple after a comma, a contrast
    ("cosmetic", "このクリームが一本あれば、ピーリングに通う必要はもうない。", "comparative"),
    ("cosmetic", "皮膚科に通っても変わらなかった人に使ってほしい。", "comparative"),
    ("cosmetic", "よくある美容液は表面でとどまりますが、この一本は違います。", "comparative"),
    ("supplement", "市販のコラーゲンドリンクの、約15倍の濃さ。", "comparative"),
    ("cosmetic", "レーザーより、こちらのほうがずっとハリが出ます。", "comparative"),
    ("supplement", "粉末タイプとは体へのなじみ方が全然違います。", "comparative"),
    ("cosmetic", "比較すると、X社は配合量が少なめでした。", "comparative"),
    ("cosmetic", "細胞移植と同等の効果を、もっと安く。", "comparative"),
    ("cosmetic", "今までの美容液で満足できなかったのは、浸透が足りなかったからです。", "comparative"),
    # conditions named: a short list then an effect, a long lead then calm, risk, worry gone
    ("cosmetic", "乾燥性湿疹や手荒れにも効果があるバームです。", "disease-treatment"),
    ("supplement", "更年期ののぼせや寝つきの悪さは、毎朝の一杯でやわらぎます。", "disease-treatment"),
    ("supplement", "膀胱炎を繰り返していた私も、今はすっかり落ち着いています。", "disease-treatment"),
    ("supplement", "脳梗塞のリスクをしっかり下げる毎日の一粒。", "disease-treatment"),
    ("supplement", "骨粗しょう症の心配がない暮らしを。", "disease-treatment"),
    ("cosmetic", "「このクリームで乾癬が治る」と言っても嘘ではありません。", "disease-treatment"),
    ("cosmetic", "肝斑もシミも、この美容液で薄くなります。", "disease-treatment"),
    # cosmetic effects beyond the range in other words
    ("cosmetic", "古い細胞を新しい細胞に置き換えるクリーム。", "medical-efficacy"),
    ("cosmetic", "肌の細胞が目を覚まし、内側から変わっていく。", "medical-efficacy"),
    ("cosmetic", "抜け毛がみるみる減るスカルプセラム。", "medical-efficacy"),
    ("cosmetic", "弱った毛根も復活させるトニック。", "medical-efficacy"),
    ("cosmetic", "バリア機能を修復するナイトクリーム。", "medical-efficacy"),
    ("supplement", "血中のビタミン濃度が上がることを確認。", "medical-efficacy"),
    ("supplement", "認知機能の衰えを食い止める毎日のドリンク。", "medical-efficacy"),
    # a famous user's quote or habit; a staff account labelled
    ("cosmetic", "人気モデルのAさんも「くすみが抜けた」と使い続けるセラム。", "endorsement"),
    ("clinic", "トップアスリートが選ぶクリニックです。", "endorsement"),
    ("clinic", "施術を受けたスタッフの感想：「肌のキメが全然違う！」", "testimonial"),
    # one session or night, then the change
    ("clinic", "たった1回の点滴で、朝の目覚めが変わりました。", "immediacy"),
    ("cosmetic", "頬の赤みが一晩で引くジェル。", "immediacy"),
    # safety asserted: settled, proven, lifelong, never any trouble, a baby as the measure
    ("cosmetic", "安全性は間違いありません。", "safety-guarantee"),
    ("cosmetic", "安全性は外部の試験で証明済みです。", "safety-guarantee"),
    ("supplement", "一生飲み続けても平気です。", "safety-guarantee"),
    ("clinic", "これまで事故は一件も起きていません。", "safety-guarantee"),
    ("cosmetic", "新生児に使っても平気なほど、安全な設計です。", "safety-guarantee"),
    # proof: a clinic, a test's users
    ("cosmetic", "臨床で実証された保湿力。", "evidence-claim"),
    ("cosmetic", "専門家5名が使用テストを行い、効果を確認しました。", "evidence-claim"),
    # a same-day decision, a deadline this week, a price rise ahead
    ("clinic", "本日ご契約の方には導入1回分をプレゼント。", "price-inducement"),
    ("supplement", "お申し込みは今週末で締め切ります。", "price-inducement"),
    ("supplement", "来月から価格が上がります。", "price-inducement"),
    # the most, the only one in a prefecture, a regulator's standard, the reader's own stem cells
    ("clinic", "いちばん安全なエイジング治療です。", "superlative"),
    ("clinic", "市内でただ一つのエクソソーム専門院。", "superlative"),
    ("clinic", "FDAの基準をクリアした製剤を使用。", "approval-misrepresentation"),
    ("supplement", "飲むたびに自分の幹細胞が増えていく。", "stem-cell-misrepresentation"),
    ("clinic", "幹細胞を点滴で体に戻す治療。", "stem-cell-misrepresentation"),
    ("cosmetic", "毛乳頭まで届くスカルプエッセンス。", "penetration-overclaim"),
    # round 16, second wave: conditions as the target, braked, removed, left behind, resisted
    ("supplement", "膝や腰の違和感に、朝晩2粒。", "disease-treatment"),
    ("supplement", "パーキンソン病の進行を緩やかにすると期待される成分。", "disease-treatment"),
    ("clinic", "神経痛によるしびれを取り除く点滴です。", "disease-treatment"),
    ("cosmetic", "湿疹を繰り返していた手も、今ではすっかり落ち着いています。", "disease-treatment"),
    ("supplement", "抵抗力を高めて、風邪に負けない毎日を。", "disease-treatment"),
    ("supplement", "続けるうちにHbA1cが大きく下がりました。", "disease-treatment"),
    # effects beyond the range in other words
    ("cosmetic", "眠っていた肌細胞を呼び起こす美容液。", "medical-efficacy"),
    ("cosmetic", "コラーゲンを肌の内側から育てるクリーム。", "medical-efficacy"),
    ("cosmetic", "笑いジワなど表情ジワまでアプローチするアイセラム。", "medical-efficacy"),
    ("cosmetic", "たるみの悩みに終止符を打つ一本。", "medical-efficacy"),
    ("supplement", "まるで薬のように効くドリンク。", "medical-efficacy"),
    ("clinic", "弱った内臓の機能まで取り戻す点滴です。", "medical-efficacy"),
    # safety, comparison, endorsement, approval, proof, rank, speed, promise, accounts, price
    ("supplement", "副作用も飲み合わせも気にしなくて大丈夫です。", "safety-guarantee"),
    ("clinic", "授乳中でも、この点滴なら心配いりません。", "safety-guarantee"),
    ("cosmetic", "他社の美容液がかすむほどの濃さ。", "comparative"),
    ("cosmetic", "サロンの施術に迫る仕上がりを自宅で。", "comparative"),
    ("supplement", "睡眠薬よりも自然に眠れるサプリ。", "comparative"),
    ("clinic", "有名皮膚科医も自分の医院で導入を決めた注射です。", "endorsement"),
    ("cosmetic", "人気モデルも多数愛用。", "endorsement"),
    ("supplement", "国の研究事業で効果が実証された原料です。", "approval-misrepresentation"),
    ("cosmetic", "学会認定グレードのエクソソームを配合。", "approval-misrepresentation"),
    ("clinic", "この治療の効果のデータは、すでに出そろっています。", "evidence-claim"),
    ("cosmetic", "独自の浸透試験で確認しました。", "evidence-claim"),
    ("cosmetic", "この濃度を実現できたのは当ブランドだけ。", "superlative"),
    ("cosmetic", "これを超える美容液は、もう存在しない。", "superlative"),
    ("clinic", "施術が終わる頃には、顔がすっきり軽くなっています。", "immediacy"),
    ("cosmetic", "ワンプッシュでくすみが晴れるミスト。", "immediacy"),
    ("clinic", "どの年代の方にも結果を出します。", "efficacy-guarantee"),
    ("cosmetic", "違いがわからなければ、代金を全額お返しいたします。", "efficacy-guarantee"),
    ("supplement", "腰の痛みで歩けなかった父が、今では毎朝散歩しています。", "testimonial"),
    ("clinic", "今週中のご予約で、導入1回分が無料になります。", "price-inducement"),
    # round 16, end batch: more members of the same families
    ("clinic", "注入後すぐに、フェイスラインがリフトアップ。", "immediacy"),
    ("cosmetic", "この1本で結果が出ます。", "efficacy-guarantee"),
    ("cosmetic", "ここまで届くのは、このクリームだけ。", "superlative"),
    ("cosmetic", "イオンの力で成分を肌の奥まで押し込むローション。", "penetration-overclaim"),
    ("cosmetic", "塗るだけの美容液とは違い、中から支えます。", "comparative"),
    ("supplement", "青汁から乗り換えた方が続出中。", "comparative"),
    ("cosmetic", "一般的な化粧水と比べて、格段にうるおう。", "comparative"),
    ("clinic", "医師が「自分のケアはこれ一択」と話す注射です。", "endorsement"),
    ("cosmetic", "皮膚科の先生が自分用に買っている美容液。", "endorsement"),
    ("supplement", "お薬を服用中の方でも、まったく問題ございません。", "safety-guarantee"),
    ("supplement", "眠れない夜に、寝る前の1粒。", "disease-treatment"),
    ("clinic", "Cさん(40代)「2回目から、同僚に肌をほめられます」", "testimonial"),
    ("clinic", "今日ご来院の方に限り、初回半額でご案内します。", "price-inducement"),
    ("supplement", "幹細胞を1粒に50万個。", "stem-cell-misrepresentation"),
    ("cosmetic", "ES細胞とiPS細胞の培養液を贅沢に配合。", "ips-derived"),
    ("clinic", "その効き目は、数多くの臨床研究で確立済みです。", "evidence-claim"),
]


@pytest.mark.parametrize(("profile", "text", "category"), FAMILIES)
def test_a_family_member_is_reported(profile: str, text: str, category: str) -> None:
    assert category in span_categories(text, profile)
