"""Issue 19, round 9: sentence scope and context. An unquoted question reported by its hearer
and a worry dismissed in one breath stay one sentence; a Markdown line that ends a quoted
account ends its sentence; hearsay the seller puts on its own product stays a claim; a claim
called アウト is refuted. Every example is written for this file (own wording)."""

from claim_helpers import claim_tests, reported

from checker.text import markdown_prose
from checker.text.sentences import split_sentences

QUIET = [
    # hearsay about other products, then doubted
    ("cosmetic", "「塗る再生医療」といわれる商品もありますが、その根拠ははっきりしません。"),
    # a quoted claim called out of bounds in speech
    ("cosmetic", "「肌が生まれ変わる」って表現、法律的にはアウトです。"),
    # a question about a worry, answered with an explanation: no dismissal
    ("clinic", "ダウンタイムの心配は？カウンセリングで医師が詳しくご説明します。"),
]

STILL_CLAIMS = [
    # hearsay the seller puts on its own product
    ("clinic", "ヒアルロン酸注入の上位互換といわれる施術です。"),
    # a worry raised and waved away in one breath
    ("cosmetic", "刺激の心配？そんな心配はご無用です。"),
    ("cosmetic", "かぶれの心配？ないない！"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_reported_question_stays_in_its_sentence() -> None:
    """何を使ってるの？って聞かれた: the hearer's report goes on after the ？."""
    assert len(_sentences("毛穴が目立たなくなって、姉に何を使ってるの？って聞かれました（30代）")) == 1
    assert len(_sentences("どれを選ぶ？とにかく迷ったら相談を。")) == 2


def test_a_review_after_a_reported_question_keeps_its_tag() -> None:
    """The age tag at the end still marks the account as a customer's."""
    found = reported("1週間でシミが薄くなって、母にどうしたの？って言われました（40代）", "cosmetic")
    assert any(f.startswith("MA-TESTIMONIAL") for f in found), found


def test_markdown_lines_ending_an_account_end_their_sentence() -> None:
    """Patient voices on consecutive lines of one Markdown paragraph are separate sentences,
    so a comment about staff on the last line cannot hide the accounts above it."""
    source = ("「注射のあとから目元のくぼみが浅くなって驚きました」（50代・女性）\n"
              "「受付の方がとても感じのよい対応でした」（40代・女性）\n")
    text = "".join(markdown_prose.extract(source).chars)
    assert text.count("\n") >= 1, text
    found = reported(text, "clinic")
    assert any(f.startswith("MA-TESTIMONIAL") and "くぼみ" in f for f in found), found


def test_markdown_soft_breaks_inside_prose_still_join() -> None:
    """A line that breaks mid-sentence is still one sentence (rendered as a space)."""
    text = "".join(markdown_prose.extract("毎日のお手入れに\nお使いください。\n").chars)
    assert "\n" not in text.strip(), text


def test_a_term_matches_the_cut_sudachi_makes_before_a_particle() -> None:
    """お墨付きを is cut 御・墨付・を, unlike the bare term (御・墨・付き): the term still matches."""
    found = reported("研究所の所長が、この原料の安全性にお墨付きを出しています。", "supplement")
    assert any("お墨付き" in f for f in found), found
