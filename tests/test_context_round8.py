"""Issue 19, round 8: precision and recall by family in text about claims. An unquoted
claim named as a kind of wording (〜するといった表現); several quoted claims joined by や
and reported as someone's slogan; a name the seller does not give its product; an
invitation (〜しませんか？) that asks nothing; a speaker's tag on the line above the
account; あり read as 有る. Every example is written for this file (own wording)."""

from claim_helpers import claim_tests, reported

QUIET = [
    # unquoted claims named as wording, in a list that runs into といった
    ("cosmetic", "肌が若返る、シワが消えるといった言い回しを宣伝で見ても、うのみにしないでください。"),
    ("cosmetic", "細胞を修復するなどの文言を使う化粧品には注意が必要です。"),
    # quoted claims joined by や, reported as someone's slogan and answered
    ("supplement", "「がんが消える」や「必ず若返る」などとうたう食品は、根拠を確かめたほうが安心です。"),
    # a name the seller does not give its product
    ("cosmetic", "このセラムのことを、弊社は「ヒト幹細胞化粧品」と呼んでいません。"),
    # advice on avoiding a symptom, not a cure
    ("supplement", "夜中のトイレに起きないように、夕方以降の水分は控えめにしましょう。"),
    # a channel fact, not a rival run down
    ("cosmetic", "本品はドラッグストアでは取り扱っておらず、公式通販のみでの販売です。"),
    # a share of content, not of users
    ("cosmetic", "原液100%なので、ご使用前によく振ってください。"),
    # a claim said not to be made, or found not to be so
    ("cosmetic", "「一晩でシワが消える」なんて、私たちは申しません。"),
    ("cosmetic", "「3日で毛穴ゼロ」という書き込みを信じて試したけれど、そんなことはありませんでした。"),
    ("supplement", "ネット上の「飲むだけで若返った」という投稿について、弊社ではそのような効果を確認しておりません。"),
    # a tagged comment about use only, the tag before the quote
    ("supplement", "50代・女性「毎晩の歯みがきのあとに飲むのが日課です。個包装なので旅行にも便利」"),
    # a staff script's line to say, not a patient's words
    ("cosmetic", "【接客メモ】「香りがお好みに合えば、ぜひお試しください」とお声がけを。"),
    # research reporting: what is expected of a material in general
    ("supplement", "エクソソームは、関節のこわばりを和らげることが期待されています。"),
    # an injection site's soreness fading is a disclosed side effect, not an outcome
    ("clinic", "注入した部位の痛みは、通常2〜3日でおさまります。"),
]

STILL_CLAIMS = [
    # the same wording used as the seller's own claim
    ("cosmetic", "肌が若返る、シワが消えるといった実感をお届けします。"),
    ("cosmetic", "「ヒト幹細胞化粧品」と呼ばれる話題のクリーム。"),
    # an invitation to a drug-like effect asks nothing
    ("cosmetic", "眠っている肌にも、再生のスイッチを入れてみませんか？"),
    # the seller's own product, an effect merely "expected" of it, is still claimed
    ("supplement", "本品の原料は、ひざのこわばりを和らげることが期待されています。"),
    # 根拠あり: a noun form of 有る
    ("supplement", "医学的根拠ありのエクソソームサプリ。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


def test_a_speaker_tag_line_names_the_account_below_it() -> None:
    """（70さい・男性）on its own line, the customer's words on the next: one testimonial."""
    text = "（70さい・男性　ぐんま県）\n「飲みはじめてから、ひざの痛みがうそのように消えました。」\n"
    found = reported(text, "supplement")
    assert any(f.startswith("MA-TESTIMONIAL") for f in found), found
    assert any(f.startswith("YK-DISEASE") for f in found), found


def test_a_tag_line_alone_does_not_join_prose() -> None:
    """A heading line that is no speaker's tag still ends its sentence."""
    text = "（ご注文について）\n「ひざの痛みが消えた」という広告は信じないでください。\n"
    assert not any(f.startswith("MA-TESTIMONIAL") for f in reported(text, "supplement"))
