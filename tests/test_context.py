import pytest

from checker.judge import context


@pytest.mark.parametrize("tail", [
    "わけではありません。", "とは言い切れません。", "ものではありません", "しません。", "ではない",
    "とは限りません。",                       # 限り, not only 限ら
    "されていません。", "されているわけではありません。", "れていません。",
    "を受けていません。", "を目的としたものではありません。", "を保証するものではありません。",
    "のではなく、うるおいを与えます。", "が出ないこともあります。", "があるわけではありません。",
    "の原料は使用していません。", "の薬は存在しません。",
    "、予防を目的としたものではありません。",  # a list before the negation
    "法として確立したものではありません。",
    "された製剤は、現時点で国内に存在しない。",          # no such product exists
    "したり、より健康が増進するものではありません。",    # a listed pair, denied together
    "の有効性は証明されていないとしている。",            # the evidence is denied
    "が出ると断言することはできません。",                # cannot promise it
    "することはできかねます。",                          # 効果を保証|することはできかねます
    "れず、肌表面にとどまります。", "れません。", "れない処方です。",  # 含ま|れず: the ending negates the verb
    "られなかった。",                                    # 認め|られなかった
    "ことはいたしません。", "することは一切しません。",      # we do not do it
    "の製剤は、当院では取り扱っておりません。",            # the advertiser does not offer it
    "の原料は取り扱っていません。",
    "した事実はありません。", "された記録はない。",          # the fact is denied
])
def test_negation(tail):
    assert context.negated(tail)


@pytest.mark.parametrize("tail", [
    "ので安心です。", "、毎日使えます。", "です。",
    "なので、かぶれることはなく安心です。",
    "だけではなく、効果も高い。",              # "not only" adds a claim
    "処方なので刺激はありません。",
    "治療は、他に存在しません。",                        # "only ours": still a claim
    "のに、副作用は確認されていません。",
    "を実感することができます。",
    "れずに済みます。",                                  # 悩まさ|れずに済む: a relief claim
    "れる美容液です。",
])
def test_not_negation(tail):
    assert not context.negated(tail)


@pytest.mark.parametrize("tail", [
    "の掲載は一切行っておりません。",                     # the act of publishing it is denied
    "や術前術後の写真の公開は行っていません。",           # a list before the act
    "による優位性を謳うことはいたしません。",
    "を広告に表示していません。",
    "はいたしません。",                                  # 他院との比較|はいたしません
    "の写真の掲載を控え、医師が直接ご説明します。",       # refraining from publishing it
    "の公開は差し控えております。", "の紹介は見合わせています。",
])
def test_a_denied_act_of_claiming_is_negation(tail):
    assert context.negated(tail)


@pytest.mark.parametrize("tail", [
    "でも宣伝はしていません。",                           # a clause break: the claim stands
    "なので、広告は一切行っておりません。",
    "の美容液です。体験談の掲載は行っていません。",        # another sentence in the tail
    "、刺激もありません。",                              # 副作用がなく、刺激もありません: both are claims
    "の実績を掲載しています。",
    "の写真を控えめに掲載しています。",                  # 控えめ is "modestly", not "refrain"
])
def test_a_denied_act_elsewhere_is_not_negation(tail):
    assert not context.negated(tail)


@pytest.mark.parametrize("tail", [
    "」というのは誤解です。", "」といった表現は認められていません。", "」という宣伝には注意しましょう。",
    "」といった表現は化粧品では使えない。", "」という説明をする医療機関は避けたほうがよい。",
    "の掲載は禁止されています。", "かのような広告には注意しよう。", "は誤解です。",
    "」などの表示は有利誤認にあたるおそれがある。", "」などの表示には客観的な調査根拠が必要だ。",
])
def test_refutation(tail):
    assert context.refuted("「", tail)


@pytest.mark.parametrize(("head", "tail"), [
    ("", "を広告に使うことは医療法で禁止されている。"),
    ("消費者庁は、根拠のない", "表示に対して措置命令を出している。"),
    ("医療広告ガイドラインは、", "の扱いを定めている。"),
])
def test_commentary_on_the_law_is_not_a_claim(head, tail):
    assert context.refuted(head, tail)


@pytest.mark.parametrize(("head", "tail"), [
    ("あたかも", "があるかのように記載する例もある。"),         # the wording of a misleading-ad finding
    ("「", "」とあたかも国の承認があるかのように宣伝する。"),  # the quoted claim before あたかも
])
def test_as_if_describes_a_misleading_impression(head, tail):
    assert context.refuted(head, tail)


def test_as_if_needs_both_parts():
    assert not context.refuted("", "があるかのような仕上がりです。")
    assert not context.refuted("あたかも", "を実感できます。")


def test_plain_claim_is_not_refuted():
    assert not context.refuted("", "ので毎日安心して使えます。")
    assert not context.refuted("", "を使用した美容液です。")


@pytest.mark.parametrize("tail", [
    "と宣伝する製品もあるが根拠は乏しい。", "」とうたうクリニックもある。", "をうたう広告が増えている。",
    "を促すことが報告されています。", "への応用が研究されている。", "に使われる可能性が示されている。",
    "の研究が進んでいます。",
    "た」とうたう医院もある。",                          # the ending left inside the quote
    "」といった投稿も見られるが、根拠はない。", "に応用できるか、研究が続いている。",
])
def test_attribution_and_research_reporting(tail):
    assert context.attributed(tail)


@pytest.mark.parametrize(("head", "tail"), [
    ("「", "のエクソソーム治療」と表記するクリニックがある。"),   # the match anywhere inside the quote
    ("医院の広告には「", "で若返る」などと宣伝するものもある。"),
    ("『", "で細胞から若返る』をうたい文句にしたサプリ。"),
])
def test_a_quote_advertised_by_someone_else_is_attributed(head, tail):
    assert context.attributed(tail, head)


@pytest.mark.parametrize(("head", "tail"), [
    ("", "のエクソソーム治療」と表記するクリニックがある。"),     # no quote opens before the match
    ("「", "」。この処方を宣伝しています。"),                      # the quote ends the sentence part
    ("当院では「", "の幹細胞治療」と表記しています。"),             # the advertiser's own wording
])
def test_a_quote_is_attributed_only_to_someone_else_advertising_it(head, tail):
    assert not context.attributed(tail, head)


@pytest.mark.parametrize(("head", "tail"), [
    ("「", "で毛穴が消えた」と話すお客様も。"),
    ("", "ました！」（40代・女性）"),
    ("", "った」と喜びの声が届いています。"),
    ("", "ました」(32歳・主婦)"),
    ("", "った」とSNSで大反響。"),
    ("「", "が治りました」（70代・男性 ご利用者様の声）"),
    ("ご利用者アンケートより：「", "が薄くなった」"),
    ("★4「", "まで若返った！」"),
    ("「", "がなくなりました」（口コミより抜粋）"),
    ("", "るようになりました！（ご愛用者さまの感想）"),
    ("「", "たね」と言われました」（40代女性）"),  # told by a friend: still the customer's story
])
def test_a_customer_quote_in_an_ad_is_the_advertisers_testimonial(head, tail):
    # the advertiser adopts the customer's words: the claims inside them count
    # (the testimonial rule reports the quote itself; articles drop quotes in document.soften)
    assert not context.attributed(tail, head)


@pytest.mark.parametrize(("head", "tail"), [
    ("「", "が治った」と宣伝するサロンもあるが、根拠は示されていない。"),  # someone else's ad, reported
    ("「", "で10歳若返る」とうたう業者の広告が目立つ。"),
])
def test_someone_elses_advertised_quote_stays_attributed(head, tail):
    assert context.attributed(tail, head)


@pytest.mark.parametrize("tail", [
    "」という口コミは誤解です。",                        # a customer's words, then refuted
    "」というレビューを鵜呑みにしないでください。",
])
def test_a_refuted_customer_quote_is_refuted(tail):
    assert context.refuted("「", tail)


def test_hearsay_is_attributed_but_being_told_is_not():
    assert context.attributed("と言われています。")           # general hearsay
    assert context.attributed("」と言われることもある。")
    assert not context.attributed("」と言われました！")       # someone told the customer


@pytest.mark.parametrize("tail", ["と評判です。", "で肌が変わる。", "、多くの研究が進められています。", "」の美容液。",
                                  "か、今すぐお試しください。"])
def test_not_attribution(tail):
    assert not context.attributed(tail)


def test_question():
    assert context.question("本当に副作用はないの？")
    assert not context.question("副作用はありません。")


@pytest.mark.parametrize("tail", ["か確認します。", "かどうかを医師が判断します。", "か経過を観察します。"])
def test_indirect_question(tail):
    assert context.question("", tail)


def test_suppressed_by_names_the_filter():
    assert context.suppressed_by(["negation", "question"], "", "とは言えません。", "x") == "negation"
    assert context.suppressed_by(["question"], "", "とは言えません。", "x") is None


def test_exclamation_question_mark_is_not_a_question():
    assert not context.question("シワが消える!?")
    assert not context.question("シワが消える！？")


@pytest.mark.parametrize("tail", [
    "」「最先端」といった言葉だけで選ばないでください。",   # quoted words mentioned, not used
    "」などの表現に注意しましょう。",
    "」という宣伝文句を見かけます。",
])
def test_quoted_words_that_are_only_mentioned_are_attributed(tail):
    assert context.attributed(tail)


@pytest.mark.parametrize("tail", [
    "」と言える品質です。", "の品質を、ぜひお試しください。", "な仕上がりという評判です。",
])
def test_words_in_use_are_not_attributed(tail):
    assert not context.attributed(tail)


@pytest.mark.parametrize("sentence", [
    "どれが一番かを決めるより、肌に合うものを選びましょう。",
    "最高の一本はどれか迷ったら、成分表示を見てください。",
])
def test_choosing_between_products_is_an_indirect_question(sentence):
    tail = sentence[sentence.index("か"):]
    assert context.question(sentence, tail)


# --- issue 18: text about claims (own wording; not from any audit set) ----------------------

@pytest.mark.parametrize("tail", [
    "や肌の再生をうたうことはできません。",            # 若返り|や肌の再生をうたう…: every item of the list
    "、美白、小顔といった表現は、当社では使いません。",
    "」「シワが消える」「真皮に届く」といった言葉は、いずれも広告に用いません。",
    "する表現は、注記を付けた場合でも使用しません。",   # 安全性を保証|する表現は…
    "の表現は使用しません。",                          # 最大級|の表現は…
    "の掲載は医療広告では禁止されています。",          # 体験談|の掲載は…
    "ていると示すことは認められていません。",          # 他院より優れ|ていると示す…
    "だと説明するのは不正確です。",                    # 幹細胞治療と同じ|だと説明する…
    "」「ヒト幹細胞コスメ」）も使用せず、培養液であると明記します。",
    "するものと誤認されるような表示は行いません。",
    "・比較などの表現",                                # a heading naming a kind of wording
])
def test_a_claim_word_mentioned_as_wording_not_to_use(tail):
    assert context.refuted("", tail)


@pytest.mark.parametrize("tail", [
    "は効果の根拠にはなりません。",                    # 口コミ|は…根拠にはなりません
    "は、現時点では研究段階です。",                    # 膝の痛みへの効果|は研究段階です
    "については臨床研究の段階にとどまっています。",
    "は、まだ確立していません。",
    "というのは事実に反します。",
])
def test_hedges_and_status_words_are_not_claims(tail):
    assert context.refuted("", tail)


@pytest.mark.parametrize("tail", [
    "や期間限定の値引きは行っていません。",            # 先着|や期間限定の値引きは…
    "やポイント倍増のキャンペーンは実施しておりません。",
    "や認可を受けたものではありません。",              # 国の承認|や認可を受けた…
    "を目的とした点滴は、当院では行っておりません。",
    "を感じられるとはお約束できません。",
])
def test_negation_reaches_across_a_list(tail):
    assert context.negated(tail)


@pytest.mark.parametrize("tail", [
    "なので、保存料は使用していません。",              # the negation governs another clause
    "、合成香料は使用していません。",                  # a list joined by 、 before a plain act: ambiguous, kept
    "の美容液です。表現には自信があります。",
    "！この表現は使いません",                          # an exclamation ends the slogan
    "で、他社には真似できない品質です。",
    "の美容液は他にありません。",
])
def test_a_claim_followed_by_another_clause_stays(tail):
    assert not context.refuted("", tail) and not context.negated(tail)


@pytest.mark.parametrize("head", ["NG：「", "NG例：", "使用不可：", "× "])
def test_an_item_after_an_ng_marker_is_a_mention(head):
    assert context.refuted(head, "」")


def test_ng_inside_a_word_is_not_a_marker():
    assert not context.refuted("NG成分フリーで、", "の美容液です。")


@pytest.mark.parametrize("sentence", [
    "「ポンプ式で、片手でも出しやすいです」（40代）",
    "★★★★☆「においが控えめで、寝る前にも使いやすい」",
    "受付の方の対応が丁寧で、待ち時間もほとんどありませんでした（30代女性）",
    "粒が小さめで飲みやすく、味も気になりません（50代男性）",
])
def test_a_review_about_use_only_is_not_a_claim(sentence):
    assert context.usage_review(sentence)


@pytest.mark.parametrize("sentence", [
    "「香りが好きで、使い始めてからシミが薄くなりました」（40代）",
    "「テクスチャーが軽く、肌のハリが戻ってきました」（50代女性）",
    "「飲みやすい粒で、膝の痛みが楽になりました」（60代）",
    "香りがよくて好きです。",                                  # no tag: not a tagged review
])
def test_a_review_with_an_effect_or_without_a_tag_is_not_exempt(sentence):
    assert not context.usage_review(sentence)


def test_how_a_procedure_felt_is_no_safety_promise_but_still_a_clinic_account():
    sentence = "「点滴の針はチクッとしただけで、痛みもほぼ感じませんでした」（40代女性）"
    assert context.usage_review(sentence, inside=True)       # a phrase inside it
    assert not context.usage_review(sentence, inside=False)  # the whole comment: a testimonial


def test_mention_lines_finds_ng_tables_and_lists_under_a_forbidding_lead():
    text = ("表現ガイド\n"
            "以下の表現は、当社の広告では使用しません。\n"
            "・肌が若返る\n"
            "・シミが消える\n"
            "\n"
            "最高の使い心地をお届けします。\n"
            "区分\n例\n判定\n"
            "保証\n必ず効果が出る\n使用不可\n"
            "NG：「細胞を活性化」\n")
    spans = context.mention_lines(text)
    marked = [text[s:e] for s, e in spans]
    joined = "\n".join(marked)
    for item in ("・肌が若返る", "・シミが消える", "必ず効果が出る", "NG：「細胞を活性化」"):
        assert item in joined
    assert "最高の使い心地" not in joined  # after the list ends, copy is copy again


def test_context_vocabulary_is_data():
    from checker.match.patterns import lexicon
    for name in ("ctx_mention_noun", "ctx_mention_verb", "ctx_prohibition", "ctx_act_verb", "ctx_status",
                 "ctx_not_proof", "ctx_ng_marker", "ctx_feel", "ctx_procedure", "ctx_review_effect"):
        assert lexicon()[name]
        assert context.words(name)


@pytest.mark.parametrize("tail", [
    "」「胚性幹細胞由来」をうたう原料は、当社では取り扱っていません。",
    "やビフォーアフター写真をホームページに掲載していません。",
    "効果はございません。",                              # シミを消す|効果はございません
])
def test_wording_or_effect_denied_as_a_whole(tail):
    assert context.refuted("", tail)


def test_a_faq_question_with_its_answer_is_not_a_claim():
    assert context.question("Q. 毎日使えばシワは消えますか？ A. 化粧品のため、そのような効果はありません。",
                            "ますか？ A. 化粧品のため、そのような効果はありません。")


# --- a consumer column about what ads say (own wording) --------------------------------------
@pytest.mark.parametrize("text", [
    "化粧品にシミを消す効能は認められていない。",                    # the effect is not allowed
    "副作用の記載がない広告もある。",                                # a missing statement
    "「医師が推薦」「学会が推奨」と書かれていたら注意したい。",
    "学会が推薦と書かれた広告は要注意だ。",
    "広告によくある文句には、万人に効く、誰でも効果を実感、といったものがある。",
    "薬機法は、効果の発現を保証するような表現を禁じている。",         # what the law forbids
    "効果の発現を保証する表現は禁じられています。",
])
def test_a_column_about_ad_wording_makes_no_claim(text):
    from checker import check
    report = check(text, profile="cosmetic")
    assert not [f for f in report.findings if f.matched_text and f.severity.value in ("error", "warning")], text


@pytest.mark.parametrize(("text", "rule"), [
    ("万人に効く美容液、誰でも効果を実感できます。", "YK-UNIVERSAL-001"),
    ("副作用がない処方です。", "YK-SAFETY-001"),
    ("学会が推薦する美容液です。", "JS-APPROVAL-002"),
    ("副作用の心配がない、といったものが人気です。", "YK-SAFETY-001"),  # not a list of what ads say
])
def test_the_same_words_in_use_stay_claims(text, rule):
    from checker import check
    assert rule in {f.rule_id for f in check(text, profile="cosmetic").findings}, text


def test_a_caution_heading_makes_its_list_items_mentions():
    text = "注意したい表示の例\n・学会が推薦\n・業界No.1\n\nこの美容液は業界No.1です。"
    spans = context.mention_lines(text)
    assert [text[s:e] for s, e in spans] == ["・学会が推薦\n・業界No.1"]


@pytest.mark.parametrize("tail", [
    "見えるようになると宣伝していた。",      # the rest of the reported phrase, then the report
    "と説明していたという。",
    "効果があると書かれていた。",
])
def test_a_reported_phrase_with_its_rest_is_attributed(tail):
    assert context.attributed(tail)


@pytest.mark.parametrize("tail", ["、と評判の美容液です。", "と話題の美容液です。", "と説明しています。", "、と宣伝しています"])
def test_own_or_unreported_phrases_are_not_attributed(tail):
    assert not context.attributed(tail)


@pytest.mark.parametrize("sentence", [
    "Q. 使い続ければシミは消えますか",       # a FAQ question line without a question mark
    "Q：副作用はありませんか。",
    "質問1：ニキビは治りますか。",
    "「シワは消えますか？」",                # a quoted question heading
])
def test_faq_question_lines_are_questions(sentence):
    assert context.question(sentence)


@pytest.mark.parametrize("sentence", ["Q. シミは消えますか A. はい、シミが消えます。", "シミが消えます。", "シミが消える!?"])
def test_an_answer_or_a_statement_is_not_a_question(sentence):
    assert not context.question(sentence)


@pytest.mark.parametrize("tail", ["はございません。", "はありません。", "も一切ありません。", "はない。"])
def test_a_thing_said_not_to_exist_is_negated(tail):
    assert context.negated(tail)


@pytest.mark.parametrize("text", [
    "当院では、他の医療機関との比較は行わず、治療内容を正確にお伝えしています。",
    "他の医療機関との比較はせず、当院の治療内容をご説明します。",
    "他の医療機関との比較を控え、事実のみを掲載しています。",
    "当院は、他の医療機関と比較して優れている旨の広告はしておりません。",
])
def test_a_clinic_saying_it_does_not_compare_makes_no_comparison(text):
    from checker import check
    report = check(text, profile="clinic")
    assert not [f for f in report.findings if f.category == "comparative" and f.severity.value in ("error", "warning")], text


@pytest.mark.parametrize("text", ["当院は他の医療機関より優れた治療を提供します。", "他院と比較して効果が高い治療です。"])
def test_a_comparison_made_stays(text):
    from checker import check
    assert any(f.category == "comparative" for f in check(text, profile="clinic").findings), text


@pytest.mark.parametrize("text", [
    "「肌の奥深くへ」――浸透は角層までです。",                     # a quote, a dash, a correction
    "「たった1本でシミが消える」――化粧品にシミを消す効能は認められていません。",
    "「肌細胞がよみがえる」――化粧品で細胞を変えることはできません。",
])
def test_a_quote_corrected_after_a_dash_is_no_claim(text):
    from checker import check
    assert not [f for f in check(text, profile="cosmetic").findings
                if f.matched_text and f.severity.value in ("error", "warning")], text


@pytest.mark.parametrize("text", [
    "「たった1回でシミが消える」――そんな夢の美容液が誕生しました。",  # an ad's own headline
    "「シミが消える」――もう諦めない。",
    "「肌の奥深くまで浸透」――新発想の美容液。",
])
def test_an_ad_headline_with_a_dash_stays_a_claim(text):
    from checker import check
    assert [f for f in check(text, profile="cosmetic").findings if f.severity.value == "error"], text


@pytest.mark.parametrize("text", [
    "次のような表現があったら要注意です。\n・学会が推薦\n・万人に効く\n・副作用なし\n",
    "こんな言葉には気をつけましょう\n・医師も推薦\n・誰でも効果を実感\n",
    "広告で見かけたら疑いたいフレーズ\n・学会推奨\n・100%安全\n",
])
def test_a_caution_about_wording_makes_its_list_items_mentions(text):
    from checker import check
    assert not [f for f in check(text, profile="cosmetic").findings
                if f.matched_text and f.severity.value in ("error", "warning")], text


def test_a_caution_about_something_else_leads_no_list():
    from checker import check
    text = "乾燥に注意したい季節に。こんな方におすすめ\n・シミが消える美容液\n・シワがなくなる\n"
    assert {f.matched_text for f in check(text, profile="cosmetic").findings} >= {"シミが消える", "シワがなくなる"}


@pytest.mark.parametrize("text", [
    "医師や学会が推薦しているように見せる広告もあります。",
    "「副作用なし」の表示を見かけたら注意が必要です。",
    "副作用についての説明がない広告には注意しましょう。",
])
def test_more_column_sentences_make_no_claim(text):
    from checker import check
    assert not [f for f in check(text, profile="cosmetic").findings
                if f.matched_text and f.severity.value in ("error", "warning")], text


@pytest.mark.parametrize(("sentence", "is_question"), [
    ("【Q】シミは消えますか", True), ("Q2 シワは消えますか", True),
    ("Q シミが消える【A】はい、消えます", False),   # the answer is on the same line
    ("Quality first シミが消える", False), ("問題なくシミが消える", False),
])
def test_faq_markers(sentence, is_question):
    assert context.question(sentence) is is_question


def test_an_answer_denying_the_effect_after_a_verb():
    assert context.refuted("幹細胞は配合しておらず、", "する作用もありません。")


@pytest.mark.parametrize(("text", "quiet"), [
    ("化粧品の広告で効果の発現を保証することは、法律で認められていません。", True),  # the act is forbidden
    ("4. 誰にでも効くという言い方", True),                                      # a kind of wording, named
    ("効果を保証することは当院の誇りです。", False),
    ("若返ることは、いまや不可能ではありません。", False),                        # a double negation
    ("若返ることは、できないわけではありません。", False),
])
def test_an_act_named_by_the_match_and_forbidden(text, quiet):
    from checker import check
    found = [f for f in check(text, profile="cosmetic").findings if f.matched_text and f.severity.value in ("error", "warning")]
    assert (not found) is quiet, text


@pytest.mark.parametrize(("text", "quiet"), [
    ("他の医療機関との比較について", True),                      # a heading: the topic
    ("当院の方針：他の医療機関との比較を行わないこと", True),
    ("他院との比較による優良性の強調は行っていません。", True),
    ("他院との比較で明らかな効果の差", False),
    ("他院と比較して効果が高い治療です。", False),
])
def test_comparison_as_a_topic_or_an_act_not_done(text, quiet):
    from checker import check
    found = [f for f in check(text, profile="clinic").findings if f.category == "comparative"]
    assert (not found) is quiet, text


def test_a_red_flag_lead_makes_its_list_items_mentions():
    from checker import check
    text = "こんな広告の言葉は危険信号\n・学会が推薦\n・万人に効く\n・副作用ゼロ\n"
    assert not [f for f in check(text, profile="cosmetic").findings if f.matched_text]


@pytest.mark.parametrize(("text", "quiet"), [
    ("シミが消えると思われがちですが、化粧品でシミは消えません。", True),   # a belief, then corrected
    ("副作用が全くないと思われがちですが、まれに赤みが出ることがあります。", True),
    ("シミが消えると思われるほどの実感。", False),
    ("シミが消えると信じています。", False),
])
def test_a_common_belief_introduced_to_be_corrected(text, quiet):
    from checker import check
    found = [f for f in check(text, profile="cosmetic").findings if f.matched_text and f.severity.value in ("error", "warning")]
    assert (not found) is quiet, text


@pytest.mark.parametrize(("text", "quiet"), [
    ("効果の発現を保証するような広告は許されない。", True),
    ("化粧品の広告では、効果の発現を保証してはいけない決まりがある。", True),
    ("効果の発現を保証する書き方は違反です。", True),
    ("効果の発現を保証する表現は、使ってはならないとされている。", True),
    ("シミが消える美容液を諦めてはいけない。", False),
    ("若返りを諦めてはいけません。", False),
])
def test_what_the_rules_forbid_is_no_claim(text, quiet):
    from checker import check
    found = [f for f in check(text, profile="cosmetic").findings if f.matched_text and f.severity.value in ("error", "warning")]
    assert (not found) is quiet, text


@pytest.mark.parametrize(("text", "quiet"), [
    ("「医師が推薦」「学会が推奨」とあっても、根拠を確かめましょう。", True),   # what a label says
    ("「医師推薦」と書いてある美容液も、根拠を確認したい。", True),
    ("シミが消えるとあって大人気。", False),                                    # とあって: because
    ("医師が推薦とあれば安心です。", False),
])
def test_what_a_label_says_weighed_by_the_reader(text, quiet):
    from checker import check
    found = [f for f in check(text, profile="cosmetic").findings if f.matched_text and f.severity.value in ("error", "warning")]
    assert (not found) is quiet, text
