"""Issue 18, round 6: false alarms by family in text about claims. Each family is a clause
frame; the same words used as claims stay reported. Every example is written for this file
(own wording)."""

import pytest
from claim_helpers import reported

QUIET = [
    # a rule given as an instruction: the list it governs is mentioned, not used
    ("clinic", "院内の説明では「絶対に効く」「10歳若返る」などの言い切りは使わないこと。"),
    ("cosmetic", "「肌が再生する」「シワが消える」といった文句は社内で厳禁としています。"),
    # an enumerated list of offers (no など) denied together
    ("clinic", "友人紹介割引、モニター料金、回数券のまとめ割は実施しておりません。"),
    # none of a kind is known to exist
    ("clinic", "欧米で承認している国も、現時点では確認されていません。"),
    # a quote seen elsewhere, introduced to be answered
    ("cosmetic", "ネットで「3日でほうれい線が消えた」という書き込みを目にしますが、本品は化粧品です。"),
    # the kind of product it is, denied (with a status verb before it)
    ("cosmetic", "幹細胞を配合した美容液ではなく、培養液から得た成分を保湿のために配合しています。"),
    # publishing a claim, denied for a list
    ("cosmetic", "この美容液は、若返りや細胞の修復をうたうものではありません。"),
    # a quoted claim denied by わけでも
    ("cosmetic", "「生きた幹細胞が入っている」わけでもありません。"),
    # a field of research, not a product
    ("cosmetic", "細胞外小胞は最先端の分野であるため、分かっていないことも多く残っています。"),
]

STILL_CLAIMS = [
    ("clinic", "当院の点滴は10歳若返ります。"),
    ("cosmetic", "副作用ゼロ、合成香料は使用していません。"),  # 使用 is no offer: the safety claim stays
    ("clinic", "欧米では承認されている国もあります。"),
    ("cosmetic", "「3日でほうれい線が消えた」という口コミを多数いただいています！"),
    ("cosmetic", "生きた幹細胞を配合した美容液です。"),
    ("cosmetic", "最先端の技術で生まれた美容液です。"),
]


@pytest.mark.parametrize(("profile", "text"), QUIET)
def test_text_about_claims_is_quiet(profile: str, text: str) -> None:
    assert reported(text, profile) == []


@pytest.mark.parametrize(("profile", "text"), STILL_CLAIMS)
def test_the_same_words_used_as_claims_stay(profile: str, text: str) -> None:
    assert reported(text, profile) != []
