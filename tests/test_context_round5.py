"""Issue 18, round 5: false alarms by family on pages that make no claim. Each family is
recognised by its clause frame; the same words used as claims stay. Every example is written
for this file (own wording)."""

import pytest

from checker import check


def _claims(text: str, profile: str) -> list[str]:
    return [f"{f.rule_id} {f.matched_text}" for f in check(text, profile=profile).findings
            if f.matched_text and f.severity.value in ("error", "warning")]


# Family 1: the sentence says that no such thing exists (yet)
EXISTENCE_DENIED = [
    ("clinic", "培養上清を有効成分とする薬で、厚生労働省が承認したものはまだありません。"),
    ("clinic", "海外でも承認を受けた製剤はなく、長期の安全性はわかっていません。"),
    ("clinic", "当会がこれらの広告の内容を認めたものではありません。"),
    ("cosmetic", "若返りを約束できる美容液やクリームは存在しません。"),
    ("clinic", "この点滴で重い副作用が起きた例は、今のところ報告されていません。"),
    ("clinic", "注射である以上、感染のリスクはゼロにはなりません。"),
    ("cosmetic", "売られているのは培養した液で、生きた幹細胞そのものではありません。"),
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
