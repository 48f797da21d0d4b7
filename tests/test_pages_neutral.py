"""Issue 18: whole pages that talk *about* claims, or that are compliant, stay quiet; a
seller's own column is still an ad. Every page here is written for this test (own
wording), not taken from an audit set."""

import pytest

from checker import check

CLAIM_CATEGORIES = {
    "safety-guarantee", "efficacy-guarantee", "superlative", "comparative", "penetration-overclaim",
    "medical-efficacy", "disease-treatment", "immediacy", "universality", "stem-cell-misrepresentation",
    "evidence-claim", "endorsement", "approval-misrepresentation", "testimonial", "price-inducement", "ips-derived",
}

POLICY = """広告表現ガイドライン（当社の基本方針）

当社は化粧品の広告について、薬機法と化粧品等の適正広告ガイドラインにしたがいます。

使用しない表現
以下の表現は、当社の広告・SNS・店頭POPのいずれでも使用しません。
・肌が若返る、細胞がよみがえる
・シミが消える、シワがなくなる
・副作用ゼロ、誰にでも安全
・業界No.1、世界初

区分
例
判定
保証
必ず効果が出る、効果がなければ返金
使用不可
急がせる表現
今だけ半額、先着30名
使用不可

「たるみ解消」「真皮まで届く」「医師も推薦」といった表現も、注記の有無にかかわらず用いません。
体験談の掲載は、使用感に関するものに限ります。効果を語るご感想は掲載しません。
安全性を保証する表現や最大級の表現は使いません。
"""

NOTICE = """事業者の皆様へ：幹細胞培養液を配合した化粧品の広告について

当課には、培養液配合の化粧品について広告表現の相談が多く寄せられています。
化粧品で広告できる効能は「化粧品の効能の範囲」に限られます。

不適切な表現の例
NG：「肌細胞を若返らせる」「傷跡を修復」「アトピーにも効く」
NG：「副作用の心配なし」「100%安全」
NG：「業界初」「最高峰の美容液」

化粧品に幹細胞そのものを配合していると誤認させる表現は認められません。
他の製品より優れていると示すことも認められていません。
口コミや体験談は効果の証明にはなりません。
ご不明な点は薬務課までお問い合わせください。
"""

COMPANY = """会社概要

株式会社ミナモト化粧品
設立
2012年5月
資本金
4,500万円
所在地
大阪府大阪市北区〇〇1-2-3
事業内容
化粧品の企画・製造販売、化粧品原料の輸入
沿革
2012年　大阪市で創業（資本金1,000万円）
2018年　培養液配合の美容液を発売
代表取締役　源 花子
"""

CLINIC_FAQ = """よくあるご質問｜みどり皮ふ科クリニック

Q. 1回の点滴で効果はありますか？
A. 1回で変化を感じられるとはお約束できません。回数を重ねれば必ず効果が出るというものでもありません。
Q. 持病の治療になりますか？
A. 当院では病気の治療を目的とした点滴は行っておりません。関節痛への効果は研究段階です。
Q. 国の承認を受けた治療ですか？
A. いいえ。本治療は国の承認や認可を受けたものではありません。
ご予約はお電話で承ります。
"""

PRODUCT = """モイストミスト 100mL｜ミナモト公式ストア
ヒト幹細胞培養液※配合のミスト化粧水。乾燥が気になる肌にうるおいを与えます。
※ヒト脂肪細胞順化培養液エキス（保湿成分）
3,300円（税込）
カートに入れる
全成分：水、BG、グリセリン、ヒト脂肪細胞順化培養液エキス、フェノキシエタノール
お客様の声
★★★★☆「ミストが細かくて、メイクの上からでも使いやすい」（30代）
★★★★★「香りがほとんどなく、家族と共用しています」（40代）
"""


@pytest.mark.parametrize("name,text,profile", [
    ("policy", POLICY, "cosmetic"),
    ("notice", NOTICE, "cosmetic"),
    ("company", COMPANY, "cosmetic"),
    ("clinic-faq", CLINIC_FAQ, "clinic"),
    ("product", PRODUCT, "cosmetic"),
])
def test_neutral_and_compliant_pages_raise_no_claim_at_warning_or_above(name, text, profile):
    report = check(text, profile=profile)
    noisy = [(f.rule_id, f.matched_text) for f in report.findings
             if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]
    assert noisy == [], name


@pytest.mark.parametrize("text", [POLICY, NOTICE, COMPANY])
def test_pages_about_rules_and_company_profiles_are_not_ads(text):
    report = check(text, profile="cosmetic")
    assert report.document.kind == "article"
    assert not [f for f in report.findings if f.category.startswith("disclosure-")]


COLUMN = """エクソソーム療法とは｜さくら美容クリニック コラム

エクソソームとは、細胞から分泌される小さな小胞のことである。近年、研究者によると再生医療への応用が研究されている。
当院のエクソソーム点滴は、細胞を活性化し、肌を再生させる治療です。
エクソソームは幹細胞の培養上清に含まれており、細胞どうしの情報伝達を担うと考えられている。
海外でも研究が進んでおり、国内では自由診療として行われている。施術の回数や間隔は医療機関ごとに異なる。
点滴は30分ほどで終わり、当日からメイクも可能です。
信頼できる医療機関（当院のような）を選ぶことが大切である。
さくら美容クリニックでは無料カウンセリングを行っています。
ご予約はこちら
"""


def test_a_clinics_own_column_that_leads_to_its_treatment_is_an_ad():
    report = check(COLUMN, profile="clinic")
    assert report.document.kind == "ad"
    claims = [f for f in report.findings if f.category == "medical-efficacy"]
    assert claims and all("記事と判定" not in f.message for f in claims)  # full severity, not softened
    assert any(f.category == "disclosure-unapproved" for f in report.findings)  # 限定解除 checked


def test_a_short_complete_product_page_gets_its_disclosure_checks():
    page = ("エクソソーム美容液 30mL\n8,800円（税込）\nカートに入れる\n"
            "全成分：水、グリセリン、ヒト臍帯血細胞順化培養液")
    report = check(page, profile="cosmetic")
    assert report.document.kind == "ad"
    assert any(f.category.startswith("disclosure-") for f in report.findings)
    excerpt = check("エクソソーム美容液、うるおいを与えます。", profile="cosmetic")
    assert not any(f.category.startswith("disclosure-") for f in excerpt.findings)  # an excerpt, not a page


def test_a_market_price_explainer_that_sells_nothing_is_not_an_ad():
    text = ("エクソソーム点滴の費用の目安\n\n"
            "自由診療のため、料金は医療機関ごとに異なる。調査によると、1回あたり3万円から15万円程度とされる。\n"
            "初回の血液検査に5,000円〜1万円がかかる場合もある。\n"
            "「今だけ半額」のような表示には注意が必要である。価格だけでなく、リスクや製剤の由来の説明を比べたい。\n"
            "景品表示法では、実際より有利に見せる価格表示は問題になるとされる。\n")
    report = check(text, profile="clinic")
    assert report.document.kind == "article"
    assert not [f for f in report.findings if f.category in CLAIM_CATEGORIES and f.severity.value == "error"]


NEWS = """美容クリニック4院に改善指導　「1回で若返る」など根拠示さず

県は、エクソソームを使った施術を行う美容クリニック4院のウェブ広告に不適切な表現があったとして、改善を指導した。

「1回で10歳若返る」
ある院のサイトには「たった1回の点滴で10歳若返る」との見出しが掲げられていた。点滴は1回33万円で、「今月中のご予約で初回半額」とも表示していた。

「厚労省承認」「副作用なし」
別の院は「当院の治療は厚労省承認」「副作用なし」と記載していた。県によると、この製剤は国の承認を受けていない。

「がんにも効く」
県の担当者は「根拠のない表示で来院を促すのは問題だ」と話している。各院は既にサイトを修正したという。
"""

RESULTS = """2026年12月期 第3四半期決算のお知らせ

株式会社ミナモト化粧品（本社：大阪市）は、2026年12月期第3四半期の連結業績を発表しました。
売上高は前年同期比12.5％増の84億円、営業利益は同8.3％増の9億6千万円となりました。
経常利益は前年同期比3.1％減、親会社株主に帰属する当期純利益は同5.2％増でした。
スキンケア部門の売上高は前年同期比20％増と好調に推移しました。
新製品のお知らせ
11月1日より、ヒト幹細胞培養液※配合の美容液「ミナモト セラム」を通信販売で発売します。価格は8,800円（税込）です。
※ヒト脂肪細胞順化培養液エキス（保湿成分）
株主の皆様には引き続きご支援を賜りますようお願い申し上げます。
"""


@pytest.mark.parametrize("name,text,profile", [
    ("news-quoting-ads", NEWS, "clinic"),
    ("results-release", RESULTS, "cosmetic"),
])
def test_reports_about_ads_and_company_results_are_quiet_articles(name, text, profile):
    """A news report quoting ads (their prices and 当院 in 「」 are not the page's offer, its
    headings are quoted claims) and a results release (its %増 are sales, not efficacy data)."""
    report = check(text, profile=profile)
    assert report.document.kind == "article", name
    noisy = [(f.rule_id, f.matched_text) for f in report.findings
             if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]
    assert noisy == [], name


def test_efficacy_percent_in_a_results_release_still_counts():
    report = check(RESULTS + "\n新製品は使用4週間でハリが30％アップしました。\n", profile="cosmetic")
    assert [f.matched_text for f in report.findings if f.rule_id == "YK-DATA-001"] == ["30％アップ"]


CONSUMER_COLUMN = """エクソソーム化粧品の広告、ここに注意

エクソソーム配合をうたう化粧品が増えている。広告を見るときに気をつけたい点をまとめた。

「肌の奥深くまで届く」――化粧品が浸透するのは角層までである。
「たった1本でシミが消える」――化粧品にシミを消す効能は認められていない。
副作用の記載がない広告もある。化粧品でも肌に合わないことはある。
「医師が推薦」「学会が推奨」と書かれていたら注意したい。
広告によくある文句としては、万人に効く、誰でも効果を実感、といったものがある。
注意したい表示の例
・学会が推薦
・全額返金保証
・業界No.1
薬機法は、効果の発現を保証するような表現を禁じている。
"""


def test_a_consumer_column_about_ad_wording_is_quiet():
    report = check(CONSUMER_COLUMN, profile="cosmetic")
    assert report.document.kind == "article"
    noisy = [(f.rule_id, f.matched_text) for f in report.findings
             if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]
    assert noisy == []


QA_PAGE = """よくあるご質問｜ミナモト公式ストア

Q. 使い続ければシミは消えますか
A. 化粧品のため、シミを消す効果はありません。

Q. 副作用はありませんか。
A. すべての方に肌トラブルが起きないわけではありません。

Q：ニキビが治りますか？
回答：ニキビの治療を目的とした化粧品ではありません。

Q. アトピーにも効きますか？
A. 医薬品ではないため、アトピーへの効果はございません。

「シワは消えますか？」
化粧品でシワを消すことはできません。乾燥による小ジワを目立たなくします（効能評価試験済み）。

Q. 医師が推薦していますか？
A. 医師による推薦はありません。

3,300円（税込）　ご購入はこちら
"""


def test_a_multi_line_qa_whose_answers_deny_is_quiet():
    report = check(QA_PAGE, profile="cosmetic")
    assert report.document.kind == "ad"
    noisy = [(f.rule_id, f.matched_text) for f in report.findings
             if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]
    assert noisy == []


POLITE_NEWS = """エクソソーム点滴の広告に注意　消費者庁がクリニックに警告

消費者庁は3日、エクソソーム点滴を提供する複数のクリニックに対し、広告表示の見直しを求める警告を出しました。

「1回で10歳若返る」
問題とされたのは、1回の点滴で見た目が10歳若返るとするウェブ広告です。同庁は、裏付けとなる資料の提出を求めましたが、合理的な根拠は示されなかったとしています。

「厚労省承認」
また、あるクリニックは厚労省承認の治療であるかのように表示していました。エクソソーム製剤で国が承認したものはありません。

「副作用ゼロ」「がんも予防」
同庁の担当者は、こうした表示をうのみにせず、医師の説明をよく聞くよう呼びかけています。料金は1回20万円前後が多いということです。
"""


def test_a_polite_news_report_of_a_regulators_warning_is_a_quiet_article():
    """です・ます news: its quoted-claim headings and its reported display are mentions."""
    report = check(POLITE_NEWS, profile="clinic")
    assert report.document.kind == "article"
    noisy = [(f.rule_id, f.matched_text) for f in report.findings
             if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]
    assert noisy == []


def test_a_results_release_with_a_product_announcement_raises_no_claim():
    """The seller's release may stay an ad (当社 + お買い求め), but its %増/%減 are results."""
    text = ("2026年9月期 決算短信（連結）の概要\n"
            "当社の連結業績は、売上高152億円（前年同期比8.2％増）、営業利益18億円（同15.4％増）、"
            "当期純利益11億円（同3.6％減）となりました。\n"
            "スキンケア部門の売上高は前期比21％増となりました。\n"
            "新製品「ハナミ リペアセラム」（30mL、税込9,900円）を発売します。当社通信販売サイトでお買い求めいただけます。\n")
    report = check(text, profile="cosmetic")
    assert not [f for f in report.findings if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]


QA_PAGE_BRACKETS = """【Q】シミは消えますか
【A】シミを消す効果はありません。

Q2 シワは消えますか？
A2 いいえ。シワへの効果は認められていません。

質問：敏感肌でも副作用はありませんか
回答：すべての方に刺激が起きないわけではありません。

Q. 肌の奥まで浸透しますか？
A. いいえ、浸透は角質層までです。

Q. 医師が推奨していますか？
A. いいえ、医師による推奨は受けておりません。

Q. アトピーが治りますか？
A. 化粧品ですので、アトピーなどの疾患の治療はできません。

Q. 幹細胞が肌を再生しますか？
A. 幹細胞は配合しておらず、肌を再生する作用もありません。

Q. 1回で効果を実感できますか？
A. 感じ方には個人差があり、1回での実感をお約束するものではありません。

3,300円（税込）　ご購入はこちら
"""


def test_a_qa_with_bracketed_markers_and_denying_answers_is_quiet():
    report = check(QA_PAGE_BRACKETS, profile="cosmetic")
    noisy = [(f.rule_id, f.matched_text) for f in report.findings
             if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]
    assert noisy == []


COMPLIANT_CLINIC = """あおば美容皮膚科　エクソソーム療法について

エクソソーム療法は、培養上清から精製したエクソソームを点滴または注入する自由診療です。
当院では、医療広告ガイドラインに基づき、他の医療機関との比較や、治療効果を保証する表現は用いておりません。
また、他の医療機関との比較による優位性を示す情報は掲載しておりません。他院との料金比較についてもお答えしておりません。
当院の治療が他の医療機関より優れているとお伝えすることはありません。
効果の感じ方には個人差があり、すべての方に同じ結果が得られるわけではありません。
使用する製剤は国内で承認を受けた医薬品ではなく、同等の承認医薬品は国内にありません。入手経路は当院が海外の製造元から輸入しています。
主なリスク・副作用：注入部位の内出血、腫れ、発熱、アレルギー反応。
治療期間：1回約60分、2〜4週間おきに3回程度。料金：1回 66,000円（税込）。
患者様の体験談やビフォーアフター写真は掲載しておりません。
ご予約・ご相談はお電話で承ります。
"""


def test_a_compliant_clinic_page_that_says_it_does_not_compare_is_quiet():
    report = check(COMPLIANT_CLINIC, profile="clinic")
    assert report.document.kind == "ad"
    noisy = [(f.rule_id, f.matched_text) for f in report.findings
             if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]
    assert noisy == []


@pytest.mark.parametrize("text", ["他の医療機関より優れていると自信を持ってお伝えします。", "他院より効果が高いとご説明することもあります。"])
def test_a_comparison_the_clinic_does_tell_stays(text):
    assert any(f.category == "comparative" for f in check(text, profile="clinic").findings)


MARKED_HEADINGS_NEWS = """再生医療うたう美容クリニック、都が3院を指導

東京都は、エクソソームなどを使った施術の広告が医療法に違反するおそれがあるとして、都内の美容クリニック3院を指導した。都の発表によると、各院はウェブサイトで効果を誇張していた。

■「1回で10歳若返る」
A院のサイトでは、トップページに大きく掲載されていた。都は、施術の効果を保証する表現にあたると判断した。

【「厚労省承認」「安全性は国のお墨付き」】
B院は、国の承認を受けていない製剤について、承認済みであるかのような説明をしていた。

▼「がん予防にも」「免疫力アップ」
C院の広告には、病気の予防をうたう文言が並んでいた。都は3院に対し、1か月以内に広告を修正するよう求めた。

■患者の声も問題に
「1回で肌がよみがえった」（40代女性）などの体験談も掲載されていた。
"""


def test_news_with_marked_quoted_headings_is_a_quiet_article():
    """Headings ■「…」 / 【「…」「…」】 / ▼「…」 repeat the clinics' claims; the body reports them."""
    report = check(MARKED_HEADINGS_NEWS, profile="clinic")
    assert report.document.kind == "article"
    noisy = [(f.rule_id, f.matched_text) for f in report.findings
             if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]
    assert noisy == []


# --- second pass: a study leaflet, a shop FAQ that declines, a style guide as extracted
# from an HTML table (one cell a line, no bullets) ----------------------------------------
STUDY_LEAFLET = """研究へのご参加についての説明文書

研究課題名：手指の変形性関節症に対する細胞外小胞の局所投与の安全性をみる第I相試験
研究責任医師：北山病院 リウマチ科 医長
審査：北山病院臨床研究審査委員会で承認済み

この文書は、研究への参加をお願いするにあたって、内容をご説明するものです。
参加するかどうかは、あなたの自由な意思で決めてください。参加しなくても、今後の診療で不利益はありません。
この研究で使う製剤は未承認で、ヒトで効果があるかどうかは分かっていません。
「一度の注射で関節痛が治る」といった宣伝を見かけることがありますが、この研究はそれを裏付けるものではありません。
予想される副作用は、注射部位の痛み、腫れ、発熱です。
来院1回ごとに交通費として3,000円をお支払いします。
参加に同意した後でも、いつでも同意の撤回ができます。
相談窓口：北山病院 臨床研究支援室 電話 000-0000-0000
"""

SHOP_FAQ = """よくあるご質問（健康食品の選び方）
Q1. 「飲むだけで若返る」という広告を見ました。本当ですか？
A. 当店ではそのような表現を使うことはありません。
食品の広告で「若返る」「細胞がよみがえる」といった効果をうたうことは、薬機法で認められていません。「糖尿病が治る」「がんを防ぐ」など病名を挙げる広告も同様です。
Q2. 店頭に置いていないのはなぜですか？
A. 安全性が確認できない原料を使った商品は、当店では取り扱っておりません。
"""

STYLE_GUIDE = """販促物の表現ルール
2 表示しない言い回し
下記の言い回しは、当店の販促物では使用しません。注記を付けても使用しません。
分類
例
理由
効き目の断定
シワがなくなる/肌がよみがえる/細胞を活性化
化粧品の効能の範囲外のため
安全の断言
刺激ゼロ/誰が使っても安全
安全性の保証にあたるため
急がせる表現
今だけ半額/先着20名様
有利誤認のおそれがあるため
3 置き換えの例
肌にうるおいを与える
上記の置き換えは、いずれも化粧品の効能の範囲内の表現です。
"""


@pytest.mark.parametrize("name,text,profile", [
    ("study-leaflet", STUDY_LEAFLET, "clinic"),
    ("shop-faq", SHOP_FAQ, "supplement"),
    ("style-guide", STYLE_GUIDE, "cosmetic"),
])
def test_second_pass_pages_raise_no_claim_at_warning_or_above(name, text, profile):
    report = check(text, profile=profile)
    noisy = [(f.rule_id, f.matched_text) for f in report.findings
             if f.category in CLAIM_CATEGORIES and f.severity.value in ("error", "warning")]
    assert noisy == [], name


def test_a_study_leaflet_is_not_an_ad():
    report = check(STUDY_LEAFLET, profile="clinic")
    assert report.document.kind == "article"
    assert not [f for f in report.findings if f.category.startswith("disclosure-")]


def test_a_clinic_ad_that_mentions_research_stays_an_ad():
    text = ("当院のエクソソーム点滴は、臨床研究でも使われている製剤です。\n"
            "1回 55,000円（税込）。ご予約はこちら\n肌を再生させる点滴です。\n")
    assert check(text, profile="clinic").document.kind == "ad"
