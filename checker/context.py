"""Sentence-scope context filters: each says whether a matched phrase is NOT a claim.

All functions look at normalised text: `head` is the sentence before the match and
`tail` the sentence after it."""

from __future__ import annotations

import re

_CLOSE = r"[」』\"'”’)）]*\s*"

# 副作用がないわけではない / とは言い切れない / 保証するものではない / 消えません
_NEGATION = re.compile(
    rf"^{_CLOSE}(?:"
    r"(?:という|といった|との|って)?(?:わけ|訳)では(?:な|あり|ござ)"
    r"|とは(?:言|い)(?:え|い切れ|いきれ|い難|いがた)"
    r"|とは(?:限ら|かぎら)"
    r"|(?:する|される|した|できる|いたす)?(?:もの|こと|わけ)(?:では|は)(?:な|あり|ござ)"
    r"|(?:し|され|でき|いたし)?(?:ません|ない|かねま|ず[、。]|ぬ)"
    r"|では(?:な|あり|ござ)"
    r"|ではない"
    r"|とは断言でき"
    r")"
)

# 「副作用がない」は誤解です / 「真皮まで浸透」といった表現は認められていません
_REPORTED = r"(?:[」』\"”]|という|といった|との|などの|などと|なんて|って)"
_REFUTED = re.compile(
    rf"{_REPORTED}.*?(?:"
    r"誤解|間違い|まちがい|誤り|あやまり|嘘|うそ|ウソ|デマ|俗説|神話|迷信"
    r"|根拠(?:は|が)?(?:な|乏し|不十分|薄|あり?ませ|示され|確認され)"
    r"|認められ(?:てい)?(?:な|ませ)|許可され(?:てい)?(?:な|ませ)"
    r"|事実ではな|不適切|違反|NG|禁止|できません|使えません|使用できません"
    r"|注意(?:が必要|しましょう|してください|する|を)|鵜呑み|疑わし|疑問|惑わされ|誇大|虚偽"
    r")"
)

# 〜と宣伝する製品もある / 〜とうたうクリニック (reported, not adopted)
_ATTRIBUTED = re.compile(
    rf"^{_CLOSE}(?:など|なんて)?(?:と|という|といった|などと)(?:の)?\s*(?:"
    r"宣伝|謳|うた|称|主張|広告|喧伝|アピール|うそぶ|言わ|いわ|言い切|書か|記載|紹介さ|説明す|説明さ|表示す|表示さ|売り込"
    r")"
)

_QUESTION = re.compile(r"(?:か|の|でしょう|ですか|ますか)?[?？]\s*$")


def negated(tail: str) -> bool:
    """The phrase is denied right after it (〜わけではない, 〜とは言えません, 〜しません)."""
    return _NEGATION.search(tail) is not None


def refuted(head: str, tail: str) -> bool:
    """The phrase is quoted or reported and then called a myth, error or banned wording."""
    return _REFUTED.search(tail) is not None


def attributed(tail: str) -> bool:
    """The phrase is what someone else claims (〜と宣伝する製品もある)."""
    return _ATTRIBUTED.search(tail) is not None


def question(sentence: str) -> bool:
    """A question is not an assertion (本当に副作用はないの？)."""
    return _QUESTION.search(sentence) is not None


FILTERS = {
    "negation": lambda head, tail, sentence: negated(tail),
    "refutation": lambda head, tail, sentence: refuted(head, tail),
    "attribution": lambda head, tail, sentence: attributed(tail),
    "question": lambda head, tail, sentence: question(sentence),
}


def suppressed_by(enabled: list[str], head: str, tail: str, sentence: str) -> str | None:
    """Name of the first enabled filter that says this match is not a claim."""
    for name in enabled:
        if FILTERS[name](head, tail, sentence):
            return name
    return None
