"""Issue 19, round 11: context read too narrowly or too widely. A casual invitation ending in ？
(はじめよ？), a basis said never to have been shown, a spoken denial (〜てへん), a result said not
to be established, an effect that may not be felt, a hedge that names the product sold, a rumour
hung on the seller's own product, a clinic's case caption, and numerals whose kana reading is a
different word. Every example is written for this file (own wording)."""

from claim_helpers import claim_tests, span_categories

from checker.text.tokens import analyse_term

QUIET = [
    ("cosmetic", "取材した化粧水では、保湿力を裏付けるデータが公表されていなかった。"),
    ("cosmetic", "化粧品にそんな若返り効果は認められてへんで。"),
    ("clinic", "この注射で関節リウマチが治ることが証明されたものではありません。"),
    ("clinic", "肌質によっては、初回の導入では効果を感じられない場合がございます。"),
    ("cosmetic", "このローションは細胞を活性化させるものではありません。"),
    ("clinic", "頭皮への注入は、抜け毛治療の一環として当院が行う自由診療です。"),
    ("supplement", "抗炎症作用が期待されるとの研究報告が、海外の学術誌に載りました。"),
]

STILL_CLAIMS = [
    ("cosmetic", "効果を裏付ける臨床データがそろった美容液です。"),
    ("cosmetic", "この美容液なら若返り効果が認められています。"),
    ("clinic", "この注射で関節リウマチが治ります。"),
    ("clinic", "1回の施術で効果を実感できます。"),
    ("cosmetic", "培養液が肌を再生させます。"),
    ("supplement", "抗がん作用が期待される成分を、朝の一杯に。"),
]

test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay = claim_tests(QUIET, STILL_CLAIMS)

categories = span_categories


def test_a_casual_invitation_is_no_question() -> None:
    """再生ケア、はじめよ？ invites the reader; the claim before it stands."""
    assert "medical-efficacy" in categories("眠っていた細胞が目覚める。今夜から再生ケア、はじめよ？", "cosmetic")
    assert "medical-efficacy" not in categories("細胞が目覚めるって本当？", "cosmetic")


def test_a_rumour_hung_on_the_product_is_the_sellers_claim() -> None:
    assert "endorsement" in categories("人気女優も撮影前に使うと噂のクリーム。", "cosmetic")
    assert "endorsement" not in categories("「女優も愛用」と噂の美容液もあるが、確かめようがない。", "cosmetic")


def test_a_case_caption_is_an_outcome_claim_not_a_testimonial() -> None:
    caption = "【症例】50代男性・頭皮注入4回 施術後、頭頂部の薄毛が目立たなくなりました。"
    found = categories(caption, "clinic")
    assert "testimonial" not in found and "medical-efficacy" in found
    assert "testimonial" in categories("「注入を4回受けて、頭頂部の薄毛が気にならなくなりました」（50代男性）", "clinic")


def test_a_numerals_reading_spells_no_other_word() -> None:
    """一晩 is read イチバン by the dictionary; いちばん (一番) must not match it."""
    assert analyse_term("一晩")[1] == ""
    assert "immediacy" not in categories("数ある美容液の中でも、いちばん好きな香りです。", "cosmetic")
    assert "immediacy" in categories("一晩でシミが消える美容液。", "cosmetic")


def test_a_spoken_past_effect_is_a_testimonial_only_beside_an_effect() -> None:
    assert "testimonial" in categories("このクリームで、10年前の肌にもどった", "cosmetic")
    assert "testimonial" not in categories("このクリーム、しっとりして香りもよかった", "cosmetic")
    assert "testimonial" not in categories("使ってみたけど、シミが消えたわけじゃない。", "cosmetic")


def test_a_cosmetic_disease_claim_is_beyond_its_range_too() -> None:
    found = categories("乾癬の赤みにアプローチする美容オイル。", "cosmetic")
    assert {"disease-treatment", "medical-efficacy"} <= found
    assert "medical-efficacy" not in categories("乾癬の赤みにアプローチするサプリ。", "supplement")


def test_a_joint_study_is_evidence_not_a_recommendation() -> None:
    found = categories("国立大学との共同研究で、保湿力の向上が確かめられました。", "cosmetic")
    assert "endorsement" not in found
    assert "endorsement" in categories("大学病院の皮膚科医たちと共同開発した美容液。", "cosmetic")


def test_an_inflected_kana_verb_reads_as_its_dictionary_form() -> None:
    """おち・ついて spells 落ち着く once the te-form unit reads as つく; ふくさ・よう stays a spelling."""
    assert "disease-treatment" in categories("酒さの赤ら顔が、ひと晩でおちついてきた", "cosmetic")
    assert "safety-guarantee" in categories("このクリームはふくさようがありません", "cosmetic")
    assert "comparative" in categories("もう注射はいらない、これ一本で十分。", "cosmetic")


def test_spoken_reports_of_other_ads_are_not_the_speakers_claims() -> None:
    """〜ってよう見るけど / 〜とかうたうコスメもあるけど / 〜たりとかはできない / 〜とかはなかった."""
    for profile, text in [
        ("supplement", "「飲むだけで10歳若返る」ってよう見るけど、そんなサプリはないって。"),
        ("cosmetic", "ES細胞由来とかうたう輸入コスメもあるけど、由来は確かめようがない。"),
        ("cosmetic", "化粧水ですから、たるみを引き上げたりとかはできません。"),
        ("cosmetic", "正直、3日で劇的に変わるとかはなかったです。香りは好き。"),
    ]:
        assert not categories(text, profile), text
    assert "immediacy" in categories("たった3日で劇的に変わりました。", "cosmetic")


def test_a_monitor_price_label_in_a_table_is_no_pressure() -> None:
    """A price table's モニター価格 label names a price category; offered with a deadline it presses."""
    table = "料金表\nメニュー\n通常料金\nモニター価格\n導入1回\n40,000円\n30,000円"
    assert "price-inducement" not in categories(table, "clinic")
    assert "price-inducement" in categories("今月限定、モニター価格でご案内しています。", "clinic")
