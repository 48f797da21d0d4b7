"""Issue 19, round 7: precision by family in text about claims. A whole quote that a rule
takes (「…」という口コミ) is judged by what follows the quote; an overstatement called so;
an anaphor (そのような効果) denied; a listed pair denied by 〜たり…ものではありません; a FAQ
question that reports hearsay. Every example is written for this file (own wording)."""

from claim_helpers import claim_tests

QUIET = [
    # a whole quote taken by the testimonial patterns, answered after it
    ("supplement", "「飲んだら腰痛が消えた」という書き込みもありますが、本品でそのような作用は確認されておりません。"),
    ("clinic", "「3回でシミがゼロに」という動画が出回っていますが、当院ではそのような結果はお約束できません。"),
    ("clinic", "「この注射で絶対に若返る」と言われて相談に来る方もいますが、効果を保証できる施術ではありません。"),
    # an overstatement called so
    ("cosmetic", "「塗るだけで細胞が若返る」はさすがに言い過ぎです。"),
    # the talk itself denied
    ("supplement", "「1粒で10歳若返る」なんて話はありません。"),
    # someone else's wording, said not to be ours
    ("clinic", "「1回で別人の肌」などのネット上の評判は、当院の見解ではありません。"),
    # the kind of purpose denied after など
    ("cosmetic", "本品は、毛穴の引き締めなど医薬品的な作用を目的とした商品ではありません。"),
    # a listed pair denied by 〜たり…ものではありません (させる form)
    ("cosmetic", "このクリームは、シワを消したり、目元を若返らせたりするものではございません。"),
    # a FAQ question that reports what the asker heard
    ("cosmetic", "Q. 「生きた幹細胞が入っている」と聞いたのですが？ A. 入っていません。"),
    ("cosmetic", "Q.「幹細胞そのものが配合されている」と耳にしました。"),
    # a use for a disease's sake, forbidden to the reader
    ("supplement", "食品ですので、高血圧の改善のために飲むのはお控えください。"),
    # the act of displaying a kind of claim, said to be avoided
    ("supplement", "専門家の推薦や効き目の保証を載せることは、サプリの宣伝でも控えるべきだと言われます。"),
    # a pair denied by 〜でも〜でもない
    ("cosmetic", "原料はiPS細胞由来でも、ES細胞由来でもありません。"),
    # a real question stays a question
    ("cosmetic", "生きた幹細胞が入っている化粧品って、本当にあるの？"),
]

STILL_CLAIMS = [
    # a quote of the seller's own slogan, with a safety claim after it (副作用 is no anaphor)
    ("cosmetic", "「1回でシミが消える」と評判の美容液。副作用もありません。"),
    # the anaphor praised, not denied
    ("cosmetic", "「3日でくすみが消えた」との声多数！その効果は見逃せません。"),
    ("clinic", "「10歳若返った」という声が続々。この効果をぜひ体感してください。"),
    # a statement, not a FAQ question
    ("cosmetic", "生きた幹細胞がそのまま入っている美容液です。"),
    # a pair claimed, not denied
    ("cosmetic", "シワを消したり、目元を若返らせたりする美容液です。"),
    ("supplement", "高血圧の改善のために毎日飲むサプリです。"),
    ("cosmetic", "刺激もない、やさしい処方です。"),
    # an exclamation in question form asserts what it asks about
    ("cosmetic", "このクリーム、生きた幹細胞が入ってるってヤバくない？"),
    ("cosmetic", "上清液が肌の奥の真皮まで届くって、知ってました？"),
    # a tagged comment about a symptom that went away is a testimonial (symptoms count as effects)
    ("supplement", "「寝る前に飲んで、足のしびれが楽になりました」(70代・男性)"),
]


test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)
