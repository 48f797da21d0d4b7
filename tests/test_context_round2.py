"""Issue 18, neutral pages round 2: text about claims on pages that are not ads (news and
regulators' case reports, consumer checklists, compliance training, seller policies, study
limitations, hospital explainers, IR releases). Each family is checked by its clause frame;
the claims the same words make in an ad stay. Every example is written for this file (own
wording)."""

import pytest
from claim_helpers import reported

from checker.judge import context

_claims = reported


QUIET = [
    # a regulator's or a reporter's account of a past display (case frame)
    ("supplement", "市は、飲むだけで「腫瘍が消える」と表示していたとして、通販業者に改善を求めた。"),
    ("supplement", "ある業者が「がんを防ぐ」と説明していた事例が、消費者団体の資料で紹介された。"),
    ("clinic", "問題の医院は「今月限り半額」と何度も表示していたが、料金は一年を通して変わらなかった。"),
    # quoted wording named as such (a modifier before the wording noun, a statement noun)
    ("cosmetic", "・「絶対に若返る」「完全に無害」などの極端な言葉が並んでいる"),
    ("cosmetic", "説明文に「幹細胞入り」「細胞から生まれ変わる」などの記述があれば、掲載を見合わせます。"),
    ("cosmetic", "・「細胞がよみがえる」「肌を再生する」といった表現のある美容液"),
    ("cosmetic", "「一晩で若返る！」みたいなキャッチコピーには興味がなく、保湿だけを期待して買いました。"),
    ("supplement", "☑「論文で効果が実証済み」とあるのに、論文名がどこにも書かれていない"),
    ("clinic", "・「他のクリニックより効果が高い」と他院と比較している"),
    # a statement reported in the press (同社・取材に応じた …, a verb of saying)
    ("cosmetic", "同社の担当者は「『再生』という言葉は自社の広告で使っていない」と述べた。"),
    ("clinic", "取材に応じた医師は「効果には個人差があり、誰でも若返るとは言えない」と語った。"),
    # compliance training: NG/OK pairs, a category named, a plain-style question
    ("supplement", "修正例：「臨床試験で効果が証明された」→「本品での臨床試験は行っていません」と改める"),
    ("cosmetic", "「全員に効く」は効能効果の保証に当たるため、ページから削除しました。"),
    ("clinic", "研修問題：「1回で若返った」という患者さんの感想をホームページに掲載してもよいか。"),
    ("clinic", "「※効果には個人差があります」と書き添えても、体験談の掲載が許されるわけではありません。"),
    # seller policies
    ("cosmetic", "iPS細胞由来やES細胞由来をうたう成分を含む商品は、出品を受け付けていません。"),
    ("supplement", "病気の予防をうたう表現(例：がん予防、血圧を下げる)は、掲載できません。"),
    # consumer checklists
    ("clinic", "・患者の体験談やビフォーアフター画像ばかりが目立つ"),
    ("cosmetic", "・「売上No.1」「日本初」の根拠が自社アンケートだけになっている"),
    # study limitations, hedges
    ("clinic", "培養細胞で効果が示唆された段階にすぎず、関節リウマチの患者に対する有効性は検証されていない。"),
    ("clinic", "「次世代」とうたう治療が、安全性の確立した治療とは限らない。"),
    ("supplement", "広告に「個人の感想です」と書かれていても、体験談が効果の根拠になるわけではない。"),
    # hospital explainers of standard care for a disease
    ("clinic", "尋常性乾癬の治療には、外用薬、光線療法、内服薬、生物学的製剤などがあり、重さに応じて選びます。"),
    ("clinic", "アトピー性皮膚炎の治療では保湿剤と外用薬が基本で、効果が不十分な場合には生物学的製剤を検討します。"),
    # company IR figures
    ("supplement", "通販事業の営業利益率は、前期の6.4%から7.9%に改善しました。"),
    ("supplement", "粗利益率は前期の38.0%から41.2%へ上昇した。"),
    # more of the same families, in other words
    ("supplement", "・「医師の9割が推奨」など、根拠のわからない数字が使われている"),
    ("clinic", "□「誰でも必ず効果が出る」と言い切っている"),
    ("clinic", "加齢黄斑変性の治療には、抗VEGF薬の硝子体注射や光線力学療法が用いられます。"),
    ("cosmetic", "正直、肌が若返ったとかそういう効果はよくわかりません。香りが好きで使っています。"),
    ("cosmetic", "このブログでは「シミが消える」「若返る」といった効果は書きません。"),
    ("clinic", "「1回で効果を実感」という体験談を載せるのは問題があるか。"),
    ("cosmetic", "注意したい広告表現の例(例：肌の奥まで浸透、細胞が若返る)を下にまとめました。"),
    ("supplement", "この研究は観察研究であり、サプリメントの摂取が認知症を予防するかどうかは分かっていない。"),
    ("cosmetic", "「幹細胞コスメ」と呼ばれる商品の多くは、幹細胞そのものを含んでいない。"),
    ("clinic", "以下の表現は医療広告ガイドライン上、問題となります：「絶対に治る」「副作用ゼロ」。"),
    ("clinic", "本試験では、プラセボ群と比較して有意な改善は認められなかった。"),
    ("clinic", "症例数が少ないため、この結果から膝の痛みが改善するとは結論できない。"),
    ("clinic", "ステロイド外用薬はアトピー性皮膚炎の標準的な治療薬です。"),
    ("cosmetic", "私はこの美容液でシミが消えたとは思っていません。保湿目的で使っています。"),
    ("clinic", "記者が「本当に副作用はないのか」と尋ねると、担当者は回答を控えた。"),
    ("clinic", "・料金が「今だけ」「本日限り」と急がせる"),
    ("clinic", "・「たった1回で効果」など即効性を強調する"),
    ("clinic", "・医師の推薦や芸能人の体験談を前面に出している"),
    ("clinic", "弊所では、クリニックの広告表現について「最新」「最先端」などの用語のリスクを解説しています。"),
    ("cosmetic", "個人的には、肌が若返るなんてことはないと思っています。"),
    ("cosmetic", "出品者の皆様へ：商品ページに「医師推奨」「No.1」等の記載をする場合は、根拠資料の提出が必要です。"),
    ("cosmetic", "研修資料：×「細胞レベルで若返る」　○「年齢に応じたうるおいケア」"),
    ("supplement", "消費者向けチェックリスト：□効果を保証する言葉がある　□体験談が多すぎる　□価格の根拠が不明"),
    ("cosmetic", "ウィキペディアの記事では、エクソソーム化粧品の「肌再生効果」は科学的に確認されていないと説明されている。"),
    ("supplement", "販売元は「飲むだけでがんを予防できる」とチラシに記載していた。"),
    ("clinic", "調査では、約4割のクリニックが「痛みゼロ」「ダウンタイムなし」とホームページに掲げていた。"),
    ("cosmetic", "同誌は「1週間でシワが消える」とした通販広告を取り上げ、表示の問題点を指摘した。"),
    ("supplement", "広告には「医師の97%が推奨」とあったが、調査の方法は書かれていなかった。"),
    ("clinic", "問題となった広告では、「国内最高峰の再生医療」という表現が使われていた。"),
    ("cosmetic", "「シワが消える」は効能の範囲を超えるため、「乾燥による小ジワを目立たなくする」に修正しました。"),
    ("clinic", "誤った例：「絶対に効果が出ます」／正しい例：「効果には個人差があります」"),
    ("clinic", "A. 申し訳ありませんが、特定の病気に効くかどうかについてはお答えできません。"),
    ("clinic", "本研究はランダム化されておらず、改善効果がプラセボ効果による可能性を否定できない。"),
    ("clinic", "会員各位におかれては、「副作用がない」「必ず効く」といった説明で患者を勧誘しないよう求めます。"),
    ("clinic", "A. 他院との比較については、お答えを差し控えさせていただきます。"),
    ("cosmetic", "今回の調査で、「幹細胞化粧品」をうたう商品の8割に幹細胞そのものは含まれていなかった。"),
    ("cosmetic", "このレビューは個人の感想であり、肌が若返るといった効果を示すものではありません。"),
    # approved therapies, named as such
    ("clinic", "当院は大学病院として、国が承認した再生医療等製品による治療を行っています。"),
    ("clinic", "移植片対宿主病の治療には、間葉系幹細胞を用いた承認済みの製品が使われることがあります。"),
]


@pytest.mark.parametrize(("profile", "text"), QUIET)
def test_text_about_claims_on_neutral_pages_is_quiet(profile, text):
    assert _claims(text, profile) == []


CLAIMS = [
    # the claim itself, outside any case frame
    ("supplement", "飲むだけで腫瘍が消えるサプリです。"),
    # a quote that is not named as wording
    ("cosmetic", "「一晩で若返る！」ナイトクリーム。"),
    ("cosmetic", "「肌が若返る！」と話題の美容液。"),
    # a patient's words in an ad are a testimonial (no press speaker)
    ("clinic", "患者様は「1回の点滴でシミが消えた」と話しています。"),
    # an arrow without a rewrite is ad copy
    ("supplement", "「臨床試験で効果が証明された」→「だから安心して飲める」"),
    # a disease treatment offered with an EV product is a claim, standard care or not
    ("clinic", "アトピー性皮膚炎の治療には、外用薬だけでなく当院のエクソソーム点滴もおすすめです。"),
    ("clinic", "乾癬の治療には幹細胞培養上清の点滴が有効です。"),
    ("clinic", "関節痛の治療では、エクソソーム注射が中心となります。"),
    # the advertiser asserting it (present tense), and customers' voices
    ("clinic", "院長は「必ず効果が出る」と断言します。"),
    ("cosmetic", "「肌が生まれ変わった！」など、うれしい声が続々。"),
    ("cosmetic", "幹細胞そのものを含んでいます。"),
    # a study that did find it
    ("clinic", "臨床研究で、膝の痛みが改善することが確認されました。"),
    # approval claimed for a product without one, or likeness to an approved one
    ("clinic", "国が承認した再生医療等製品と同じ技術を使ったエクソソーム点滴です。"),
    ("clinic", "厚生労働省が承認した医薬品と同等の安全性です。"),
    ("supplement", "本品は国が承認した医薬品です。"),
    ("clinic", "国が承認した再生医療です。"),
    # a quote the seller adopts, or a harm said not to be found
    ("cosmetic", "「1週間でシワが消える」と話題の美容液です。"),
    ("clinic", "「国内最高峰の再生医療」を当院で。"),
    # ばかりでなく is not a red flag
    ("clinic", "ビフォーアフター写真ばかりでなく、効果も実感できます！"),
    # an example in parentheses that is not an example of wording
    ("supplement", "がん予防に(例：毎日2粒)飲むサプリ。"),
    # a seller that does sell it
    ("cosmetic", "iPS細胞由来エクソソーム配合の美容液を出品しています。"),
]


@pytest.mark.parametrize(("profile", "text"), CLAIMS)
def test_the_same_words_used_as_claims_stay(profile, text):
    assert _claims(text, profile)


def test_a_quote_ending_in_an_exclamation_is_marked_only_when_named_as_wording():
    text = "「これ一本で若返る！」というキャッチコピーを見かけた。\n「これ一本で若返る！」\n"
    marked = [text[s:e] for s, e in context.mention_lines(text)]
    assert marked == ["「これ一本で若返る！」というキャッチコピー"]
