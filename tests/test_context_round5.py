"""Issue 18, round 5: false alarms by family on pages that make no claim. Each family is
recognised by its clause frame; the same words used as claims stay. Every example is written
for this file (own wording)."""

import pytest
from claim_helpers import reported

from checker import check
from checker.judge import context

_claims = reported


# Family 1: the sentence says that no such thing exists (yet)
EXISTENCE_DENIED = [
    ("clinic", "培養上清を有効成分とする薬で、厚生労働省が承認したものはまだありません。"),
    ("clinic", "海外でも承認を受けた製剤はなく、長期の安全性はわかっていません。"),
    ("clinic", "本会は、掲載した各社の宣伝文句を承認したものではありません。"),
    ("cosmetic", "若返りを約束できる美容液やクリームは存在しません。"),
    ("clinic", "この点滴で重い副作用が起きた例は、今のところ報告されていません。"),
    ("clinic", "注射である以上、感染のリスクはゼロにはなりません。"),
    ("cosmetic", "瓶に詰めてあるのは培養後の上澄みであって、生きた幹細胞を含む液ではありません。"),
]

EXISTENCE_CLAIMS = [
    # "only ours" and a degree word are claims, not denials
    ("cosmetic", "ここまでシミが消える美容液は他にありません。"),
    ("clinic", "国が承認した再生医療です。"),
    ("clinic", "厚労省認可の製剤はこれだけです。"),
    ("clinic", "副作用ゼロの点滴なので安心です。"),
    ("cosmetic", "生きた幹細胞そのものを配合しました。"),
]


@pytest.mark.parametrize(("profile", "text"), EXISTENCE_DENIED)
def test_existence_denied_is_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), EXISTENCE_CLAIMS)
def test_existence_claims_stay(profile, text):
    assert _claims(text, profile)


# Family 2: tagged comments that are no testimonial (feel, service, a consumer's trouble) and
# ratings stated as such
TAGGED_QUIET = [
    ("clinic", "■相談事例3　動画広告の「お試し価格」を見て行ったら、その場で高額な回数券を契約させられた（50代 女性）"),
    ("clinic", "■ケース2　「肩こりにも効く」と勧誘された（70代 男性）"),
    ("clinic", "施術の次の日に熱が出て、会社を休みました。（40代 女性）"),
    ("supplement", "「解約したいのに窓口の電話がずっとつながらない」（30代 女性）"),
    ("clinic", "「待合室が広くて静かでした」（60代・男性）"),
    ("clinic", "看護師さんの対応がていねいで、話しやすかったです。（20代 女性）"),
    ("supplement", "「カプセルが小さめで飲み込みやすい」（50代女性）"),
    ("clinic", "口コミ評価4.5、レビュー98件。"),
]

TAGGED_CLAIMS = [
    ("clinic", "「2回目でほうれい線が薄くなり、すぐ契約を延長しました」（40代女性）"),
    ("clinic", "「少し腫れましたが、ほとんど痛くありませんでした」（30代女性）"),
    ("clinic", "シワが目立たなくなりました。（50代 女性）"),
    ("supplement", "「飲み始めてから疲れにくい」（50代女性）"),
    ("clinic", "口コミ評価が高い当院の点滴。"),
]


@pytest.mark.parametrize(("profile", "text"), TAGGED_QUIET)
def test_tagged_comments_without_an_effect_are_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), TAGGED_CLAIMS)
def test_tagged_comments_with_an_effect_stay(profile, text):
    assert _claims(text, profile)


def test_a_tag_after_the_full_stop_is_judged_with_its_line():
    text = "スタッフの説明がわかりやすかったです。（30代 女性）\nシミが薄くなりました。（40代 女性）\n"
    marked = [text[s:e] for s, e in context.mention_lines(text)]
    assert marked == ["スタッフの説明がわかりやすかったです。（30代 女性）"]


# Families 3-5: figures as a report states them, non-claim senses, claims introduced as what
# others say
REPORTED_QUIET = [
    ("clinic", "昨年度の苦情件数は280件で、前年度の約2.1倍に増えました。"),
    ("cosmetic", "ネットで見た初回1,480円のつもりで申し込んだら、半年の定期コースだった。"),
    ("clinic", "注射を3回受けたが、痛みに変化はなかった。"),
    ("cosmetic", "2016年　静岡工場（現・No.2棟）稼働"),
    ("cosmetic", "ご来場の際は駐車場No.1〜No.3をご利用ください。"),
    ("clinic", "No.1表示や「日本初」への指摘が増えています。"),
    ("clinic", "大学病院なら最先端の医療が受けられると思われることがありますが、実際には承認された治療が中心です。"),
    ("clinic", "日本でも、国が承認した再生医療等製品がいくつか販売されています。"),
    ("clinic", "【院長ブログ】「痛みゼロ」「一度でシワが消える」とうたう広告も見かけますが、その有効性は確立されていません。"),
]

REPORTED_CLAIMS = [
    ("cosmetic", "従来品の2倍のうるおい。"),
    ("cosmetic", "前年の2倍の濃度にリニューアル！"),
    ("cosmetic", "初回1,480円でお試しいただけます。"),
    ("cosmetic", "乾燥肌にも脂性肌にも、どんな肌質にも効くと思います。"),
    ("clinic", "痛みのない点滴療法です。"),
    ("clinic", "満足度No.1のクリニック。"),
    ("clinic", "最先端の再生医療を提供します。"),
    ("clinic", "当院では「1回で若返る」とご紹介しています。"),
]


@pytest.mark.parametrize(("profile", "text"), REPORTED_QUIET)
def test_reported_figures_and_other_senses_are_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), REPORTED_CLAIMS)
def test_the_same_words_as_claims_stay(profile, text):
    assert _claims(text, profile)


def test_a_faq_question_line_of_two_sentences_is_a_question():
    text = "Q5. 何回通えばよいですか。1回で効果が出ますか。\nA. 1回目から変化を感じられるとは限りません。\n1回で効果が出ます。\n"
    marked = [text[s:e] for s, e in context.mention_lines(text)]
    assert marked == ["Q5. 何回通えばよいですか。1回で効果が出ますか。"]
    last = text.rindex("1回で効果が出ます")
    starts = [f.start for f in check(text, profile="clinic").findings
              if f.matched_text and f.severity.value in ("error", "warning")]
    assert starts and all(start >= last for start in starts)  # only the plain claim on line 3


# Round 5b, family 1: a denial after the topic's comma reaches the topic (〜由来の原料は、
# 当社の製品には使用していません); "only ours" stays a claim
TOPIC_DENIED = [
    ("cosmetic", "ES細胞やヒト胚から得た原料は、当社の美容液には一切使っていません。"),
    ("cosmetic", "iPS細胞に由来する成分は、弊社製品には配合していません。"),
    ("cosmetic", "ES細胞由来の原料は、当店の取扱商品では扱っていません。"),
]

TOPIC_CLAIMS = [
    ("cosmetic", "iPS細胞由来のエクソソームは、当社製品にしか配合していません。"),
    ("cosmetic", "iPS細胞由来の原料を使用しているので、仕上がりが違います。"),
]


@pytest.mark.parametrize(("profile", "text"), TOPIC_DENIED)
def test_a_denial_after_the_topic_comma_is_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), TOPIC_CLAIMS)
def test_only_ours_and_a_plain_use_stay(profile, text):
    assert _claims(text, profile)


# Round 5b, families 2-3: quoted examples or a kind of claim, a wording noun, then a verdict
# that forbids it (not used, improper, against 品位); a claim word in the reason clause
# between the wording topic and its verdict describes the wording
WORDING_VERDICT = [
    ("cosmetic", "「先着30名」「本日限定」など購入をせかす文言は使わないことにしました。"),
    ("clinic", "「今月だけ半額」「残り3名様」のように料金を強調する広告は、品位を損なうものとされています。"),
    ("cosmetic", "「肌内部※角質層」のような言い方は、注釈を付けても奥まで浸透する印象を与えるため不適切です。"),
    ("supplement", "速効性を強調する表現は、医学的に実証された効果と受け取られるおそれがあるため使いません。"),
]

WORDING_CLAIMS = [
    ("clinic", "当院の表現は、医学的に認められた効果に基づいています。"),
    ("supplement", "先着100名様限定！今すぐお申し込みください。"),
    ("cosmetic", "肌の奥まで浸透する美容液です。"),
]


@pytest.mark.parametrize(("profile", "text"), WORDING_VERDICT)
def test_wording_named_with_its_verdict_is_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), WORDING_CLAIMS)
def test_the_claims_themselves_stay(profile, text):
    assert _claims(text, profile)


# Round 5b, family 4: news reports of wording taken down and of an explanation that was
# missing (a missing explanation is no promise of safety)
NEWS_QUIET = [
    ("clinic", "指導を受けた医院は、患者の体験談やビフォーアフター画像をホームページから削除した。"),
    ("clinic", "相談者によると、注射の前に副作用の説明はなかったという。"),
]

NEWS_CLAIMS = [
    ("clinic", "当院の点滴は副作用の心配がなかった。"),
    ("clinic", "患者様の体験談とビフォーアフター写真を公開中です。"),
]


@pytest.mark.parametrize(("profile", "text"), NEWS_QUIET)
def test_news_of_removed_wording_and_missing_explanations_is_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), NEWS_CLAIMS)
def test_absence_of_harm_and_published_accounts_stay(profile, text):
    assert _claims(text, profile)


# Round 5b, family 5: a review's mood or routine is feel (楽しみ is no 楽に), and a rating with
# its date and count in brackets is a rating stated as such; seeing the skin stays an effect
MOOD_QUIET = [
    ("cosmetic", "ローズの香りに癒やされて、寝る前のスキンケアの時間がご褒美になりました。（40代・女性）"),
    ("cosmetic", "ジャスミンの香りで、朝のお手入れが楽しみになりました。（20代・女性）"),
    ("cosmetic", "口コミ評価は4.5（2024年12月集計・320件）でした。"),
]

MOOD_CLAIMS = [
    ("cosmetic", "鏡を見るのが楽しみになりました。（40代・女性）"),
    ("cosmetic", "香りに癒やされて、肌が楽になりました。（30代・女性）"),
    ("cosmetic", "レビュー平均は★4.8、シミが消えたと大好評です。"),
]


@pytest.mark.parametrize(("profile", "text"), MOOD_QUIET)
def test_mood_reviews_and_dated_ratings_are_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), MOOD_CLAIMS)
def test_reviews_that_see_the_skin_stay(profile, text):
    assert _claims(text, profile)


# Round 5b: a bracketed NG marker, then the item, then the rewrite (【NG例】… →【修正例】…);
# the rewrite side is not covered, so a claim there would still be reported
def test_a_bracketed_ng_item_before_its_rewrite_is_quiet():
    assert _claims("【NG例】塗るだけで5歳若返る →【修正例】うるおいのある肌へ", "cosmetic") == []
    assert _claims("【NG例】肌の奥の真皮まで浸透 →【修正例】角質層まで浸透", "cosmetic") == []
    assert _claims("【良い例】角質層まで浸透 →【NG例】真皮層まで浸透", "cosmetic") == []


def test_a_claim_after_the_rewrite_marker_stays():
    assert _claims("【NG例】乾燥対策 →【修正例】塗るだけで5歳若返る", "cosmetic")
    assert _claims("【おすすめ】塗るだけで5歳若返る美容液", "cosmetic")


# Round 5b: a Q-numbered line that states its claim with a full stop is a claim; a FAQ question
# (か。, ？, no ending) stays a question
def test_a_q_line_that_states_a_claim_is_reported():
    assert _claims("Q2. 1回の点滴で必ず若返ります。", "clinic")
    assert _claims("Q. 副作用は一切ありません。", "clinic")


@pytest.mark.parametrize("text", ["Q2. 1回の点滴で必ず若返りますか。", "Q. 1回の点滴で必ず若返りますか？",
                                  "Q. 副作用はない？", "Q3. 一度で効果が出る"])
def test_faq_questions_stay_quiet(text):
    assert _claims(text, "clinic") == []


# Round 5c (blind set families). An animal or cell study, then a sentence saying it is not
# shown in people: the study's sentence is research status. A quoted question that the line
# then answers with a denial is neither a claim nor a customer's account. An effect denied with
# 〜効果はなく. A rating about the delivery service is no testimonial.
FAMILY_5C_QUIET = [
    ("supplement", "海外の研究チームがラットを使った実験で、この小胞が腸の炎症を抑える可能性を示した。"
                   "人での有効性は確かめられていない。"),
    ("supplement", "培養細胞の試験で、成分が血糖値を下げる働きを持つことが確認されました。ヒトでは確認されていません。"),
    ("clinic", "患者さんからよく「1回で若返りますか？」と質問されますが、そう言える根拠はまだありません。"),
    ("clinic", "先日の配信で「これで10歳若返るの？」と聞かれましたが、お約束できるものではありません。"),
    ("supplement", "MC「毎日飲めば若返るんですか？」社員「いいえ、そうした効果をお約束するものではありません」"),
    ("cosmetic", "シワを消す効果はなく、乾燥を防いで肌をすこやかに保つクリームです。"),
    ("cosmetic", "はっきり肌が再生すると言える研究はまだないのが現状です。"),
    ("supplement", "レビュー★5 定期便が毎月きちんとお届けされるので助かります。"),
    # the same families in other wording: one sentence with a contrast, an inquiry noun, 働き
    ("supplement", "ラットでは腸の炎症を抑えたものの、ヒトでの効果はわかっていない。"),
    ("supplement", "「飲むだけで若返りますか？」とのご質問がありますが、そうした効果はありません。"),
    ("cosmetic", "シワを治す働きはなく、肌にうるおいを与えるローションです。"),
    ("cosmetic", "肌を若返らせる効果はなく、保湿で肌を整えます。"),
]
FAMILY_5C_CLAIMS = [
    # the same frames without the denial, or with an effect, stay claims
    ("supplement", "ラットを使った実験で、腸の炎症を抑えることが確認されました。"),
    ("clinic", "よく「1回で若返りますか？」と聞かれますが、はい、確実に若返ります。"),
    ("cosmetic", "友人に「若返った？」って聞かれました。"),
    ("cosmetic", "シワを消す効果があり、乾燥を防ぎます。"),
    ("supplement", "★★★★★ 定期便で続けていたら関節の痛みがなくなりました。"),
    ("supplement", "ラットでは腸の炎症を抑えた。"),
    ("cosmetic", "肌を若返らせる効果があり、保湿で肌を整えます。"),
    # a change told, then a disclaimer in the next sentence: the quoted remark stays a testimonial
    ("cosmetic", "姉に「何使ってるの？」って聞かれるくらい肌が変わりました。効果をお約束するものではありません。"),
]


@pytest.mark.parametrize(("profile", "text"), FAMILY_5C_QUIET)
def test_round5c_research_questions_denials_and_delivery_reviews_are_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), FAMILY_5C_CLAIMS)
def test_round5c_claims_in_the_same_frames_stay(profile, text):
    assert _claims(text, profile)


# Round 5c, answers that deny: a seller's reply that it does not say or cannot state the effect
# (〜とはお伝えしていません / 〜があるとはご案内できかねます), the effect promised then denied
# (〜などの効果をお約束するものではありません), two effects in たり…たり denied together, and
# the kind of product denied (医療機関専売品ではなく)
ANSWERS_QUIET = [
    ("clinic", "当クリニックでは、この点滴でアトピーなどの病気が治るとはお伝えしておりません。"),
    ("supplement", "恐れ入りますが、このドリンクに病気を予防する効果があるとはご案内できません。"),
    ("supplement", "A. 食品ですので、若返りなどの効果をお約束するものではございません。"),
    ("cosmetic", "A. 細胞を活性化したり肌を再生したりする効果はございません。"),
    ("cosmetic", "A. 医療機関専売品ではなく、ドラッグストアでも買える化粧品です。"),
]
ANSWERS_CLAIMS = [
    ("clinic", "この点滴でアトピーなどの病気が治るとお伝えしています。"),
    ("supplement", "本品に病気を予防する効果があります。"),
    ("supplement", "若返りなどの効果をお約束します。"),
    ("cosmetic", "細胞を活性化したり肌を再生したりする効果があります。"),
    ("cosmetic", "医療機関専売品を特別にお届けします。"),
]


@pytest.mark.parametrize(("profile", "text"), ANSWERS_QUIET)
def test_round5c_answers_that_deny_are_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), ANSWERS_CLAIMS)
def test_round5c_the_same_wording_as_a_claim_stays(profile, text):
    assert _claims(text, profile)


# Round 5c, more denials and a labelled service review: a purpose denied (〜するためのもので
# はありません), an origin not contained (〜に由来するものは含まれていません), a belief called
# wrong (〜、という考え方は正しくありません), the evidence said to be lacking (〜を裏付ける根拠は
# 乏しい), and a quote of several sentences about booking labelled (口コミ)
MORE_QUIET = [
    ("supplement", "この粒は病気を治すためのものではないので、通院中の方は主治医にご相談ください。"),
    ("clinic", "当院の製剤には、ES細胞やヒト胚に由来する原料は含まれていません。"),
    ("cosmetic", "オーガニックだから安全、という思い込みは正しくありません。"),
    ("supplement", "「飲むだけで若返る」と売り込むサプリも出回っているが、そうした効果を裏付ける根拠は乏しい。"),
    ("clinic", "「予約がアプリで取れて便利。院内も静かで助かりました」(お客様の声)"),
]
MORE_CLAIMS = [
    ("supplement", "病気を治すための粒です。"),
    ("clinic", "ヒト胚に由来する幹細胞を使った点滴です。"),
    ("cosmetic", "オーガニックだから安全です。"),
    ("supplement", "効果を裏付ける臨床データがあります。"),
    ("clinic", "「予約がスムーズ。シミも薄くなりました」(口コミ)"),
]


@pytest.mark.parametrize(("profile", "text"), MORE_QUIET)
def test_round5c_more_denials_and_labelled_service_reviews_are_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), MORE_CLAIMS)
def test_round5c_more_claims_stay(profile, text):
    assert _claims(text, profile)


# Round 5c, text about the rules: effects named as what may not be said (〜とかいった効果は言えな
# い決まり), a use forbidden with where it would be used (〜を広告に用いることも…認められていない),
# the kind of treatment denied (安全性が確立した施術ではない), and a "can a cosmetic say this"
# table whose verdict cell says 使えない (each cell on its own line, or a plain-text pipe row)
RULES_TEXT_QUIET = [
    ("cosmetic", "化粧水でシワが消えるとか若返るとかいった効果は、そもそもうたえない決まりです。"),
    ("cosmetic", "・医師の推薦をチラシに用いることも、化粧品では認められていない。"),
    ("clinic", "この点滴は安全性が確立した治療ではないことをご承知おきください。"),
    ("cosmetic", "表現\n判定\n理由\nシミが消える\n使えない\n効能の範囲を超える\nうるおいを与える\n使える\n効能の範囲内"),
    ("cosmetic", "| 細胞を活性化 | 使えない | 医薬品的な効能にあたる |"),
]
RULES_TEXT_CLAIMS = [
    ("cosmetic", "シワが消えるといった効果を実感できます。"),
    ("clinic", "安全性が確立した治療です。"),
    ("cosmetic", "| 細胞を活性化 | ◎ | × |"),
]


@pytest.mark.parametrize(("profile", "text"), RULES_TEXT_QUIET)
def test_round5c_text_about_the_rules_is_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), RULES_TEXT_CLAIMS)
def test_round5c_rules_text_frames_without_the_verdict_stay(profile, text):
    assert _claims(text, profile)


# Round 5c: a cell study's data, then a sentence saying it is no evidence of the product's effect
def test_a_cell_study_called_no_evidence_in_the_next_sentence_is_quiet():
    text = ("試験管での評価（線維芽細胞によるコラーゲン産生など）は、原料ロットの比較に使う目安です。"
            "製品の効能の根拠にはなりません。")
    assert _claims(text, "cosmetic") == []
    assert _claims("試験管での評価で、線維芽細胞によるコラーゲン産生が増えました。", "cosmetic")


# Round 5d: whole neutral pages, by family. Each quiet frame has a claim in similar words
# that stays.
PAGES_5D_QUIET = [
    # an enumerated list of offers closed by など and denied
    ("clinic", "当クリニックでは、初診限定の価格、季節限定の値引き、ご家族紹介の特典などは設けておりません。"),
    # a list of wording, then a rule the company set itself against it
    ("supplement", "弊社は、病気の治療や予防をうたう表示、愛用者の体験談による効果の訴求を行わないことを、広告規程で定めています。"),
    # a regulator's list of problems found, under its lead
    ("cosmetic", "当該の冊子には、以下の問題点がありました。\n・使った当日から結果が出ると約束するかのような印象を与えていること\n"
                 "・医師の推薦や安全性の保証を強調していること"),
    # 安全 as advice about what to do
    ("clinic", "開始時期は「来春から導入予定」のように具体的に書いておく方が安全です。"),
    ("clinic", "飲んでいる薬は、かかりつけ医と共有しておくのが安全です。"),
    # a list of effects whose evidence is denied
    ("cosmetic", "美容液で湿疹やニキビが治る、くすみが消える、といった根拠は、いまのところありません。"),
    # the front of research, not of a product
    ("clinic", "当会では毎年、再生医療の最先端の研究動向をやさしく解説する講演会を開いています。"),
    ("clinic", "医学の最先端で論じられているのは、製剤の品質をどう揃えるかという点です。"),
    # a handout's heading of words not to say, underlined, then bare items
    ("cosmetic", "2. 使わない言葉（成分について）\n=====================\n\n・細胞の奥まで届く\n・生きた幹細胞入り\n"),
    # a platform's lead that does not allow listing, then bare items
    ("cosmetic", "次のような言葉も、出品ページへの掲載を認めておりません\n厚労省認可、学会公認\n今だけ半額、先着5名様"),
    # a guideline's article: a list, then いずれも…表示しない
    ("cosmetic", "若返り、細胞の活性化、シミの消失は、いずれも化粧品の効能を超えるため表示しない。"),
    # a packaging review with an age tag
    ("cosmetic", "★★★★☆ 化粧箱が小ぶりで、ギフトの袋も付けてもらえて助かりました。（40代・女性）"),
    # a forum thread: a leaflet quoted, a claim called untrue, answer numbers, what someone saw
    ("clinic", "配られた案内に、次の文句が載っていました。\n・「膝の痛みがなくなる」\n・「副作用はまったく心配いりません」"),
    ("clinic", "「副作用の心配はありません」というのも事実と違います。"),
    ("clinic", "■ 回答 No.2\nNo.1さんの説明に補足します。"),
    ("clinic", "「学会が認めた治療」と書いているブログもありますが、そうした認定の事実はありません。"),
    ("clinic", "点滴に用いる培養液については、日本でも外国でも承認を受けた薬はまだありません。"),
    # a statistic's maximum; an age in a byline; a link to the reviews
    ("clinic", "支払額の平均は約30万円、最高は150万円でした。"),
    ("clinic", "寄稿：会員Bさん（61歳・自営業）\n"),
    ("supplement", "すべての口コミを見る\n"),
    # a rewrite table under its lead: reason cells (short sentences) do not end the rows
    ("cosmetic", "下の表の「NG表現」欄の言葉は、出品ページに掲載できません。\n区分\nNG表現\n理由\n代替表現の例\n"
                 "安全の保証\n刺激ゼロ\n保証表現は禁止です。\nパッチテスト済み\n最大級\n業界No.1\n最大級の表現は使えません。\n容量の表示"),
    # a comparison the reader might make, weighed or conditioned
    ("cosmetic", "単位のない数字だけでは、ほかの商品と比べる材料にはなりません。"),
    ("cosmetic", "他社原料の数値と比較される際は、測定条件をご確認ください。"),
    # no one can promise it; how healing works; a refund's condition
    ("clinic", "「絶対」効果が出ると約束できる治療もありません。"),
    ("clinic", "やけどの跡が治る過程では、炎症のあとに組織が作り直されます。"),
    ("supplement", "初回の方に限り、開封後でも代金を返金します（お一人様1回限り。送料はご負担ください）。"),
]
PAGES_5D_CLAIMS = [
    ("cosmetic", "副作用ゼロ、防腐剤などは使用していません。"),
    ("clinic", "今だけモニター価格、期間限定の割引をご用意しました。"),
    ("clinic", "当院の点滴は安全です。"),
    ("cosmetic", "湿疹やニキビが治る美容液です。"),
    ("cosmetic", "最先端の技術で生まれた美容液です。"),
    ("cosmetic", "★★★★★ 2週間でシミが薄くなりました。（40代・女性）"),
    ("clinic", "当院は地域No.1の症例数です。"),
    ("clinic", "今なら最高50%オフ！"),
    ("cosmetic", "区分\n業界No.1の濃度\n当社比でも最高品質です。\nどこにも負けない保湿力"),
    ("cosmetic", "ほかの商品と比べると濃度が違います。"),
    ("clinic", "絶対に効果が出ると約束できる治療です。"),
    ("cosmetic", "やけどの跡が治る美容液です。"),
    ("supplement", "先着順、お一人様1回限りの特別価格です。"),
]


@pytest.mark.parametrize(("profile", "text"), PAGES_5D_QUIET)
def test_round5d_neutral_page_families_are_quiet(profile, text):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), PAGES_5D_CLAIMS)
def test_round5d_the_same_words_as_claims_stay(profile, text):
    assert _claims(text, profile)
