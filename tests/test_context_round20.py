"""Issue 19, round 24 (session 20): families widened from the regulation (star-rated and relayed
customer reviews of a change, hedged or slangy first-person changes, a short period then a change
of any kind, joint pain and a disease's course, pollen seasons and fertility, a clinic's named
disease cured at the root, rivals set apart through quotes, another way of getting the result,
treatments made unnecessary, a procedure's measure exceeded) and context read too narrowly (a
result that is not promised for everyone, a product that is not "the type", an effect not meant
for those who want it, a nickname corrected, a rumour without backing). Every example is written
for this file (own wording)."""

from claim_helpers import category_tests, claim_tests

QUIET = [
    # a result said not to come for everyone (とは限りません)
    ("cosmetic", "どなたにも同じ仕上がりが得られるとは限りません。"),
    # a reviewer: not the kind of product that changes things in days
    ("cosmetic", "香りは好き。でも一週間で何かが激変するタイプではないかな。"),
    # those who want speed told the product is not for them
    ("supplement", "食品ですので、すぐに効く感覚をお求めの方には向いていません。"),
    # a nickname, then corrected by what the product holds
    ("cosmetic", "「塗る幹細胞」と呼ぶ人もいますが、この美容液に幹細胞は入っていません。"),
    # a rumour named and said to have no backing
    ("supplement", "「飲むだけで持病が治る」という噂には、何の裏付けもありません。"),
    # a side effect passing in days is a risk disclosure, not speed
    ("clinic", "内出血は1週間後にはほとんど目立たなくなります。"),
    # a caution page: a heading naming a kind of wording, and an impression that may not be given
    ("cosmetic", "（3）肌の再生をうたうもの"),
    ("supplement", "データを示さずに、臨床で実証されたかのように書くことはできません。"),
    # moisture lasting until morning is duration, not speed
    ("cosmetic", "翌朝までしっとり感が続きます。"),
]

STILL_CLAIMS = [
    ("cosmetic", "どなたにも同じ仕上がりを約束いたします。"),
    ("cosmetic", "一週間で肌が激変するタイプの美容液です。"),
    ("supplement", "すぐに効く感覚をお求めの方にぴったりです。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


FAMILIES = [
    # testimonial: a star-rated review of a change, customers' words of a change relayed
    ("cosmetic", "★★★★☆ 目元のくすみが薄くなってきました。", "testimonial"),
    ("supplement", "「朝の散歩が楽になった」「夜中に起きなくなった」とうれしいお声が届いています。", "testimonial"),
    ("cosmetic", "お客様の声💌「毎朝の洗顔が楽しみに。頬のシミが薄くなって！」", "testimonial"),
    # hedged or slangy first-person changes
    ("cosmetic", "使い続けてたら、目尻のシワが目立たなくなってきた気がする…", "testimonial"),
    ("cosmetic", "背中ニキビ、このジェルだけで治しました！", "testimonial"),
    ("clinic", "2回目の導入で、もうはっきり違いがわかりました！", "testimonial"),
    ("supplement", "飲んだ次の日から寝起きが全然ちがう。", "testimonial"),
    ("supplement", "もう疲れ知らずの体になりました。", "testimonial"),
    ("cosmetic", "ハリがマジでヤバい。友達にも聞かれた。", "testimonial"),
    # others noticed skin looking better; a movement regained
    ("cosmetic", "3か月使ったら、姉に「肌、キレイになったね」と言われた（40代女性）", "testimonial"),
    ("clinic", "【患者様の声】5回目の注射のあと、正座がつらくなくなりました（60代・女性）", "testimonial"),
    # immediacy: a short period, then a change of any kind
    ("cosmetic", "翌日の肌のキメで、違いを感じてください。", "immediacy"),
    ("clinic", "施術から3日後には、頬のくすみがすっきり。", "immediacy"),
    ("clinic", "点滴を受けたら、今朝は顔のむくみがゼロ。", "immediacy"),
    ("cosmetic", "ソッコーでしっとり、エクソソームミスト。", "immediacy"),
    # disease: joint pain as the target, a condition's symptoms no longer ruling, patients as buyers
    ("supplement", "腰やひざ、つらい節々の痛みにこの一粒。", "disease-treatment"),
    ("supplement", "更年期ののぼせやイライラに、もう悩まされない毎日へ。", "disease-treatment"),
    ("supplement", "関節リウマチの患者様からもご注文をいただいています。", "disease-treatment"),
    ("supplement", "パーキンソン病の進行がゆっくりになった、と家族が話しています。", "disease-treatment"),
    ("supplement", "花粉の時期も、この一杯で快適に乗り切れます。", "disease-treatment"),
    ("supplement", "妊活にもいいと評判のサプリです。", "disease-treatment"),
    ("supplement", "ひざがポキポキ言わなくなりました。", "disease-treatment"),
    ("supplement", "腰が痛くて長く歩けなかった父が、飲み始めて坂道もスイスイ。", "disease-treatment"),
    # a clinic: a named disease cured at the root, its sufferers freed by the treatment
    ("clinic", "脊柱管狭窄症を、幹細胞上清の注射で根本から改善します。", "disease-treatment"),
    ("clinic", "五十肩にお悩みの方、上清液の注入で痛みから解放されます。", "disease-treatment"),
    # comparative: rivals set apart through quotes, another way of getting the result
    ("cosmetic", "よくある「ヒト幹細胞コスメ」とは、濃度がまったくの別物。", "comparative"),
    ("cosmetic", "ヒアルロン酸を塗るより、ずっと効率よくうるおいを実感。", "comparative"),
    ("cosmetic", "この美容液があれば、もうエステに通う必要はありません。", "comparative"),
    ("supplement", "吸収力は注射並み。", "comparative"),
    ("clinic", "レーザーのように、半年で効果が切れることはありません。", "comparative"),
]

NOT_THIS_CATEGORY = [
    # a standing reminder to keep using is no speed claim
    ("cosmetic", "3日後も、1週間後も、同じお手入れを続けてください。", "immediacy"),
    # a usage-feel review with a star rating is no testimonial
    ("cosmetic", "★★★★★ 香りがやさしくて、ボトルもかわいいです。", "testimonial"),
    # a plain price comparison of courses is not a rival disparaged
    ("clinic", "5回コースは、1回ずつ受けるより1万円お得です。", "comparative"),
]

test_a_family_member_is_reported, test_a_neighbouring_category_is_not_reported = category_tests(
    FAMILIES, NOT_THIS_CATEGORY)
