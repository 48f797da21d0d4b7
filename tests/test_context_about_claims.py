"""Issue 18, second pass: text about claims by structure (bare lists and tables under a lead,
results tables), page kinds of study leaflets, and declining answers. Every example here is
written for this file (own wording)."""

import pytest
from claim_helpers import reported

from checker.judge import context

_claims = reported


def _marked(text: str) -> str:
    return "\n".join(text[s:e] for s, e in context.mention_lines(text))


# --- lists and tables as the HTML extractor gives them: one cell or item a line, no bullets ---
TABLE = """4 表示しない言い回し
下記の言い回しは、当店の販促物に載せません。
分類
例
理由
効き目の断定
シワがなくなる/肌がよみがえる
化粧品の範囲外。注記を添えても不可
安全の断言
刺激ゼロ/誰が使っても安全
安全性の保証になるため
5 置き換えの例
うるおいを与える
以上の方針に沿って、すべての販促物を制作しています。
シワがなくなる新美容液
"""


def test_bare_cells_under_a_lead_that_names_wording_are_mentions():
    marked = _marked(TABLE)
    for cell in ("シワがなくなる/肌がよみがえる", "刺激ゼロ/誰が使っても安全", "化粧品の範囲外。注記を添えても不可"):
        assert cell in marked
    assert "置き換えの例" not in marked            # a heading of permitted wording ends the list
    assert "シワがなくなる新美容液" not in marked    # after prose, copy is copy again


def test_a_bulleted_list_under_a_plain_negated_lead():
    text = ("3 会員が用いない表現\n\n 加盟店は、店頭とSNSで次のような表現を用いない。\n\n"
            " ・肌の状態:肌がよみがえる、シワがなくなる\n ・安全性:刺激ゼロ\n\n"
            " 上記は注記を付けても用いることはできない。\n")
    marked = _marked(text)
    assert "肌がよみがえる" in marked and "刺激ゼロ" in marked
    assert "上記は" not in marked


def test_a_caution_heading_then_a_pointing_sentence_then_bare_items():
    text = ("こういう言葉を見たら、まず立ち止まって\n"
            "以下は、窓口でよく相談を受ける広告の言い回しです。心当たりがあれば家族に相談を。\n"
            "刺激ゼロで誰でも安全\n"
            "一度で肌がよみがえる\n"
            "これらは、どれも根拠を確かめにくい言葉です。\n")
    marked = _marked(text)
    assert "刺激ゼロで誰でも安全" in marked and "一度で肌がよみがえる" in marked
    assert "これらは" not in marked


def test_a_lead_without_wording_keeps_bulleted_items_only():
    # 成分 is not wording: its bare lines after the lead are ad copy
    text = "以下の成分は使用していません。\n・パラベン\n・鉱物油\n\n肌の奥深くまで浸透\n"
    marked = _marked(text)
    assert "・パラベン" in marked and "肌の奥深く" not in marked
    assert _marked("NG成分不使用\n肌の奥深くまで浸透\n") == ""


def test_a_label_that_names_wording_introduces_examples():
    text = "安全性に関する表現:刺激ゼロ、誰が使っても安全\n刺激ゼロの美容液です。\n"
    marked = _marked(text)
    assert "安全性に関する表現" in marked and "刺激ゼロの美容液" not in marked


def test_change_cells_of_a_results_table_are_business_figures():
    text = "区分\n前期\n当期\n前年比\n売上高\n12億円\n14億円\n16.7%増\n営業利益\n1億円\n0.9億円\n10.0%減\n"
    spans = [text[s:e] for s, e in context.mention_lines(text)]
    assert spans == ["16.7%増", "10.0%減"]
    assert context.mention_lines("使用前\n使用後\n変化\n水分量\n32\n41\n28%アップ\n") == []


# --- sentence scope ------------------------------------------------------------------------
@pytest.mark.parametrize("tail", [
    "がある、というものでもありません。",                # the denial after a comma
    "されたものは、いまのところ国内にも海外にもない。",    # nowhere
])
def test_more_negations(tail):
    assert context.negated(tail)


@pytest.mark.parametrize("tail", [
    "がある、というのが当院の考えです。",
    "された治療は、当院以外にはどこにもない。",           # "only ours"
])
def test_not_negations(tail):
    assert not context.negated(tail)


@pytest.mark.parametrize("tail", [
    "」「肌がよみがえる」といったお約束はいたしかねます。",  # a promise named, then declined
    "」など病名をうたう広告も同様です。",                  # the list shares the verdict just given
    "ものとして使用することはありません。",                # 効能を裏付け|るものとして使用することはありません
])
def test_more_mentions(tail):
    assert context.refuted("", tail) or context.negated(tail)


def test_a_customers_question_quoted_is_not_the_shops_claim():
    assert context.attributed("と聞いた」というお問い合わせをいただきます。", head="店頭で「飲めば")


@pytest.mark.parametrize("head", [
    "2024年度の売上高は30億円で、前年度から",
    "化粧品事業の売上高が12億円(前年同期比5.0%増)、雑貨事業が3億円(同",
])
def test_a_percent_after_business_results_is_a_business_figure(head):
    assert context.attributed("増加しました。", head=head)


def test_a_review_boards_approval_is_not_a_regulators():
    assert context.attributed("", head="審査:○○病院倫理審査委員会で")
    assert not context.attributed("", head="当院の治療は厚労省で")


@pytest.mark.parametrize(("sentence", "head", "expected"), [
    ("出荷前に必ず測定し、その結果を記録します。", "出荷前に", True),      # 必ず governs a step
    ("続ければ必ず結果が出ます。", "続ければ", False),
])
def test_an_instruction_with_kanarazu_is_not_a_promise(sentence, head, expected):
    tail = "を記録します。" if expected else "が出ます。"
    assert context.question(sentence, tail, head) is expected


# --- whole texts -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "profile"), [
    ("Q3. 一度で変わりますか?\n「一度で変わる」「肌がよみがえる」といったお約束はいたしかねます。"
     "続ければ必ず結果が出る、というものでもありません。", "clinic"),
    ("料金は一律です。割引キャンペーンやモニター価格は設けていません。", "clinic"),
    ("2024年度の売上高は30億円で、前年度から8%増加しました。", "cosmetic"),
    ("出荷前に必ず測定し、その結果を記録します。", "cosmetic"),
    ("当院の治療として国に承認されたものは、いまのところ国内にも海外にもありません。", "clinic"),
])
def test_declining_answers_and_company_facts_are_quiet(text, profile):
    assert _claims(text, profile) == []


@pytest.mark.parametrize(("text", "profile"), [
    ("続ければ必ず結果が出ます。", "cosmetic"),
    ("割引キャンペーン実施中!今だけ半額です。", "clinic"),
    ("使用4週間でハリが30%アップ。", "cosmetic"),
])
def test_the_same_words_in_use_stay_claims(text, profile):
    assert _claims(text, profile)


# --- wording named as a kind, suggested impressions, denied lists -----------------------------
@pytest.mark.parametrize("text", [
    "根拠のない最大級表現にあたるとして、指導の対象になった。",          # 最大級|表現 (a compound)
    "No.1表示には、客観的な調査の裏付けが必要だとされる。",
    "最大級表現とは、最高、究極、世界一といった言葉を指す。",            # a definition listing examples
    "「最高」「究極」などの最大級表現は、使用が制限されている。",
    "語句そのものが肌の奥への到達を印象づける場合、注記では打ち消せない。",
    "「誰でも若返る」のように万人に効くかのような表現も、効果の発現を保証するものとして問題になる。",
    "効果を確かめた臨床試験はまだなく、当院は結果をお約束していません。",
    "海外で医薬品として承認した例も確認されていません。",
    "当社は、広告で「肌の再生」等の表現や、医師による推薦を用いない方針です。",
    "本品は化粧品であり、シミを消したり薄くしたりする効果はありません。",
    "本品は「国が認めた」「厚労省認可」の製品ではありません。",
    "院長は、1回で「肌が若返る」、「痛みゼロ」などとうたう広告を批判した。",
    "「一度で効果を実感」と書かれた広告には気をつけましょう。",
    "モニター価格での施術は行っておりません。",
    "キャンペーン価格は設定しておりません。",
    "皮膚科の先生に勧められたとかではなく、香りで選びました。",       # not that it was so
])
def test_text_about_wording_is_quiet(text):
    assert _claims(text, "cosmetic") == [] and _claims(text, "clinic") == []


@pytest.mark.parametrize(("text", "profile"), [
    ("業界No.1の美容液、最高品質。", "cosmetic"),
    ("最高の表現力を引き出すファンデーション。", "cosmetic"),
    ("刺激ゼロでの施術を行っています。", "clinic"),
    ("点滴1回で「10歳若返る」と話題の治療です。", "clinic"),
    ("他院のような怪しい製剤ではなく、国内製造の製剤です。", "clinic"),  # a short noun + ではなく is no quote denial
    ("皮膚科の先生に勧められた美容液です。", "cosmetic"),
])
def test_wording_in_use_stays_a_claim(text, profile):
    assert _claims(text, profile)


def test_a_heading_that_is_only_a_marker_and_a_rewrite_table():
    text = "方針です。\nNG\n肌がよみがえる\n細胞を活性化\n以上です。\n最高品質\n"
    assert "肌がよみがえる" in _marked(text) and "最高品質" not in _marked(text)
    table = "表現例\n理由\n言い換え\n肌がよみがえる\n範囲外\nすこやかに保つ\n以上の表に沿います。\n最高品質\n"
    assert "肌がよみがえる" in _marked(table) and "最高品質" not in _marked(table)
    # a row that ends with an NG cell is still a row, not a heading
    row = "表現\n判定\n肌がよみがえる\nNG\nうるおう\nOK\n"
    assert "肌がよみがえる" in _marked(row)


def test_a_heading_naming_forbidden_wording_and_its_lead_proper():
    md = "## 広告で使ってはいけない表現\n\n- 肌がよみがえる\n- 細胞を活性化\n\n本文です。\n"
    assert "肌がよみがえる" in _marked(md) and "本文" not in _marked(md)
    # the heading, then the lead proper (indented prose), then the bulleted list
    txt = "3.広告に用いない言い回し\n\n 会員は、次のような言い回しを用いない。\n\n ・肌がよみがえる\n ・刺激ゼロ\n\n"
    assert "肌がよみがえる" in _marked(txt) and "刺激ゼロ" in _marked(txt)
    assert "☑ 刺激ゼロ" in _marked("避けたい言葉\n☑ 刺激ゼロ\n")


@pytest.mark.parametrize("text", [
    "言葉では言えない、うるおい体験\n肌の奥まで浸透\n",    # 言葉 … 言えない is no heading of wording
    "成分表示に注意して選びたい方へ\n肌の奥まで浸透\n",    # a caution about labels, not wording: no bare list
])
def test_ad_copy_lines_after_look_alike_leads_stay_claims(text):
    assert "肌の奥まで浸透" not in _marked(text)


@pytest.mark.parametrize("text", [
    "1回で効果を実感できるとは限りません。",
    "1回で実感できる方もいれば、変化を感じにくい方もいます。",         # some do, some do not
    "個人差があり、1回で変化を実感できることをお約束するものではありません。",
    "先着順の特典などもございません。",
    "研究の結果を、製品の効能の裏付けとして広告に用いる予定はありません。",
])
def test_declining_answers_of_a_clinic_faq(text):
    assert _claims(text, "clinic") == []


@pytest.mark.parametrize("text", [
    "1回で効果を実感できることをお約束します。",
    "1回で実感できる方がほとんどです。",
    "自然由来の処方なので、副作用の心配もありません。",                  # a harm denied is the claim
    "刺激ゼロの処方は他にありません。",
])
def test_promises_in_a_clinic_faq_stay(text):
    assert _claims(text, "clinic")


def test_a_verdict_after_a_list_points_back_to_it():
    text = "広告でよく見かける言葉\n刺激ゼロで安全\n一度で肌がよみがえる\nこれらは、いずれも問題とされる表現です。\n"
    assert "一度で肌がよみがえる" in _marked(text)
    md = "・刺激ゼロ\n・肌がよみがえる\n\n上記のような表示は、いずれも認められていません。\n"
    assert "肌がよみがえる" in _marked(md)
    # a disclaimer after testimonials names no wording and gives no verdict: they stay
    reviews = "お客様の声\n「肌がよみがえった」(40代)\n「シミが消えた」(50代)\n※上記は個人の感想です。感じ方には個人差があります。\n"
    assert _marked(reviews) == ""


def test_flagged_wording_and_myths_lead_lists():
    news = "処分の概要\n問題とされた主な表示\n一度で肌がよみがえる\n刺激の心配なし\n同庁は、いずれも根拠がないと判断した。\n"
    assert "一度で肌がよみがえる" in _marked(news) and "同庁は" not in _marked(news)
    myths = "■ 誤解1「塗るだけで細胞がよみがえる」\n実際には、化粧品の働きは角質層までです。\n"
    assert "細胞がよみがえる" in _marked(myths) and "実際には" not in _marked(myths)
    # a clinic's own "myths" section answers with its claims: only the labelled line is a mention
    own = "よくある誤解\n・エクソソームは効かない\n→当院の点滴で肌が再生します\n"
    assert "肌が再生" not in _marked(own)
    assert _claims("誤解されがちですが、当社の美容液は肌を再生します。", "cosmetic")
