"""Document level: profile detection, ad vs article, disclosures (present / missing), softening."""

from pathlib import Path

import pytest

from checker import check
from checker.judge.document import classify, disclosure_findings, soften
from checker.judge.profiles import detect_profile
from checker.judge.taxonomy import DISCLOSURE_CATEGORIES
from checker.match.disclosures import default_disclosures, load_disclosures
from checker.match.rules import Rule, RuleError, default_rules
from checker.match.ruleset import RuleSet
from checker.text.normalize import normalize

NO_RULES = RuleSet([])  # document checks only: independent of the phrase-rule catalogue
CATALOGUE = default_disclosures()

# A complete clinic page for an EV treatment, one section per disclosure it must make.
CLINIC_SECTIONS = {
    "intro": "当院では医師の診察のうえで、エクソソーム点滴を自由診療として行っています。ご予約はWEBから承ります。",
    "disclosure-source": "製剤は、ヒト臍帯由来間葉系幹細胞の培養上清から精製した細胞外小胞です。",
    "disclosure-particle-count": "粒子数は 1.0×10^10 個/mL です（NTAで測定）。",
    "disclosure-purity": "CD9・CD63・CD81 の陽性をロットごとに確認しています。",
    "disclosure-function": "培養細胞を用いた試験管内試験で、ロットごとの活性を評価しています。",
    "disclosure-manufacturing": "国内のCPCで製造され、無菌試験とエンドトキシン試験に適合したものを使います。",
    "disclosure-unapproved": "本製剤は医薬品医療機器等法上の承認を受けていない未承認医薬品等です。",
    "disclosure-acquisition-route": "入手経路：国内の製造業者から当院医師の判断で購入しています。",
    "disclosure-domestic-approved": "国内で承認されている同一の性能を有する医薬品はありません。",
    "disclosure-foreign-safety": "海外においても承認している国はなく、重大なリスクが分かっていない可能性があります。",
    "disclosure-relief-system": "重い副作用が起きても医薬品副作用被害救済制度の対象外です。",
    "disclosure-cost": "料金：1回 66,000円（税込）。",
    "disclosure-risks": "主なリスク・副作用：内出血、腫れ、発熱、アレルギー反応が起こることがあります。",
    "disclosure-treatment-content": "通常は4週間に1回、合計3回を目安に行います。",
    "disclosure-contact": "お問い合わせ：電話 03-5555-0123",
}
CLINIC_ITEMS = [c for c in CLINIC_SECTIONS if c.startswith("disclosure-")]


def _page(sections: dict[str, str], skip: str | None = None) -> str:
    return "\n".join(text for key, text in sections.items() if key != skip)


def _disclosures(text: str, profile: str = "auto") -> list:
    return [f for f in check(text, profile, NO_RULES).findings if f.category.startswith("disclosure-")]


# -- the catalogue ------------------------------------------------------------------------------

def test_catalogue_covers_every_disclosure_category_once():
    assert sorted(d.category for d in CATALOGUE.disclosures) == sorted(DISCLOSURE_CATEGORIES)


def test_phrase_rule_loader_does_not_read_disclosures():
    assert not any(r.id.startswith("DOC-") for r in default_rules())


@pytest.mark.parametrize("item", CATALOGUE.disclosures, ids=lambda d: d.id)
def test_disclosure_examples(item):
    assert item.examples.get("present") and item.examples.get("absent"), "every disclosure carries examples"
    for text in item.examples["present"]:
        assert item.present(normalize(text).text), f"{item.id} should accept: {text}"
    for text in item.examples["absent"]:
        assert not item.present(normalize(text).text), f"{item.id} should not accept: {text}"


def test_invalid_disclosure_pack_names_file_and_id(tmp_path):
    (tmp_path / "settings.yaml").write_text("ev_terms: エクソソーム\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(
        "disclosures:\n  - id: DOC-BAD-001\n    category: disclosure-nonsense\n    when: {ev: {clinic: error}}\n"
        "    source: s\n    message: m\n    suggestion: s\n    evidence: ['x']\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"bad\.yaml: disclosure DOC-BAD-001: category"):
        load_disclosures(tmp_path)


# -- profiles -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, profile", [
    ("当院のエクソソーム点滴は医師が施術します。", "clinic"),
    ("1日2粒を目安に水と一緒にお召し上がりください。", "supplement"),
    ("医師監修の美容液。予約販売の化粧水とセットでどうぞ。", "cosmetic"),
    ("再生医療の研究から生まれたクリームです。", "cosmetic"),
    ("うるおいを与えて肌を整えます。", "cosmetic"),
])
def test_detect_profile(text, profile):
    assert detect_profile(text)[0] == profile


# -- ad or article ----------------------------------------------------------------------------------

def test_clinic_page_is_an_ad():
    doc = classify(normalize(_page(CLINIC_SECTIONS)).text, "clinic", "r")
    assert doc.kind == "ad" and "広告" in doc.reason and doc.reason.endswith("プロファイル: r")


def test_news_report_is_an_article():
    text = ("日本再生医療学会は5月、細胞外小胞を用いる治療についての指針を公表した。学会によると、製品の品質には"
            "ばらつきがあるという。一部のクリニックは「副作用がない」などとうたう広告を出しているが、根拠は示されていない。"
            "厚生労働省は医療機関に注意を呼びかけている。専門家は、患者が由来細胞や製造方法を確認することが重要だと指摘した。")
    doc = classify(normalize(text).text, "clinic", "r")
    assert doc.kind == "article", doc.reason
    assert _disclosures(text) == []


def test_short_excerpt_stays_an_ad_without_disclosure_checks():
    report = check("当院のエクソソーム点滴で肌が変わる。", "clinic", NO_RULES)
    assert report.document.kind == "ad" and "短い抜粋" in report.document.reason
    assert report.findings == []


# -- disclosures --------------------------------------------------------------------------------

def test_complete_clinic_page_has_no_disclosure_findings():
    assert _disclosures(_page(CLINIC_SECTIONS)) == []


@pytest.mark.parametrize("missing", CLINIC_ITEMS)
def test_clinic_page_missing_one_item_gets_exactly_that_finding(missing):
    found = _disclosures(_page(CLINIC_SECTIONS, skip=missing))
    assert [f.category for f in found] == [missing]
    f = found[0]
    assert (f.line, f.column, f.start, f.end, f.matched_text) == (1, 1, 0, 0, "")
    assert f.rule_id.startswith("DOC-") and f.message and f.suggestion.startswith("例") and f.source
    expected = "warning" if missing in ("disclosure-source", "disclosure-particle-count", "disclosure-purity",
                                        "disclosure-function", "disclosure-manufacturing") else "error"
    assert f.severity.value == expected


def test_bare_clinic_ad_misses_all_fourteen_clinic_items():
    text = CLINIC_SECTIONS["intro"] * 6
    cats = {f.category for f in _disclosures(text)}
    assert cats == set(CLINIC_ITEMS)


def test_denials_are_not_disclosures():
    sections = dict(CLINIC_SECTIONS)
    sections["disclosure-risks"] = "副作用ゼロで、内出血や腫れの心配もありません。ダウンタイムもほとんどありません。"
    sections["disclosure-cost"] = "費用はカウンセリング時にご案内します。"
    found = {f.category for f in _disclosures(_page(sections))}
    assert found == {"disclosure-risks", "disclosure-cost"}


def test_risk_section_in_list_layout_counts():
    sections = dict(CLINIC_SECTIONS)
    sections["disclosure-risks"] = "■主なリスク・副作用\n・注射部位の痛み\n・まれにアナフィラキシー"
    assert _disclosures(_page(sections)) == []


def test_clinic_ad_without_ev_gets_only_the_general_items_as_warnings():
    text = ("当院の美容点滴（ビタミンC）は自由診療です。医師が診察のうえ施術します。ご予約はWEBから。" * 5)
    found = _disclosures(text)
    assert {f.category for f in found} == {"disclosure-cost", "disclosure-risks", "disclosure-treatment-content",
                                           "disclosure-contact"}
    assert {f.severity.value for f in found} == {"warning"}


COSMETIC = ("ヒト幹細胞培養液※を配合した美容液です。乾燥しがちな肌にうるおいを与え、キメを整えます。"
            "30mL 8,800円（税込）。カートに入れる。") * 3


def test_cosmetic_ev_ad_gets_advice_and_the_ingredient_purpose():
    found = {f.category: f.severity.value for f in _disclosures(COSMETIC, "cosmetic")}
    assert found == {"disclosure-source": "info", "disclosure-particle-count": "info", "disclosure-purity": "info",
                     "disclosure-function": "info", "disclosure-manufacturing": "info",
                     "disclosure-ingredient-purpose": "info"}  # taxonomy: cosmetic disclosures are advice
    fixed = COSMETIC + "※保湿成分"
    assert "disclosure-ingredient-purpose" not in {f.category for f in _disclosures(fixed, "cosmetic")}


def test_supplement_ev_ad_is_asked_for_the_source_only():
    text = ("エクソソーム配合のサプリメント。1日2粒を目安にお召し上がりください。60粒入り 5,400円（税込）。" * 4)
    assert [(f.category, f.severity.value) for f in _disclosures(text, "supplement")] == [("disclosure-source", "info")]


def test_disclosure_findings_only_for_ads():
    text = normalize(_page(CLINIC_SECTIONS, skip="disclosure-cost")).text
    ad = classify(text, "clinic", "r")
    assert [f.category for f in disclosure_findings(text, ad)] == ["disclosure-cost"]
    article = ad.model_copy(update={"kind": "article"})
    assert disclosure_findings(text, article) == []


# -- softening claims in articles ----------------------------------------------------------------

def _rule() -> Rule:
    return Rule.model_validate(dict(id="T-TEST-001", category="safety-guarantee", severity="error", source="s",
                                    message="m", suggestion="s", patterns=["副作用 ~3 無い|ゼロ"]))


def test_article_drops_quoted_claims_and_lowers_the_rest():
    text = ("学会は指針を公表した。学会によると、品質にはばらつきがあるという。よく見る宣伝文句には「副作用ゼロ」がある。"
            "専門家は根拠は示されていないと指摘した。厚生労働省は注意を呼びかけている。この成分は副作用ゼロである。")
    report = check(text, "clinic", RuleSet([_rule()]))
    assert report.document.kind == "article", report.document.reason
    [f] = report.findings
    assert text[f.start:f.end] == "副作用ゼロ" and f.start > text.index("この成分")
    assert f.severity.value == "warning" and "記事と判定" in f.message


def test_article_drops_a_claim_made_of_a_quotation():
    rule = Rule.model_validate(dict(id="T-TEST-002", category="testimonial", severity="error", source="s",
                                    message="m", suggestion="s", patterns=["re:「[^」]*」と(?:話|述べ)"]))
    ad = "当院で施術を受けた方は「肌が変わった」と話す。ご予約はこちら。"
    assert [f.matched_text for f in check(ad, "clinic", RuleSet([rule])).findings] == ["「肌が変わった」と話"]
    text = ("学会は指針を公表した。学会によると、品質にはばらつきがあるという。関係者は「裏付けは示されていない」と話す。"
            "専門家は注意が必要だと指摘した。厚生労働省は医療機関に注意を呼びかけている。")
    report = check(text, "clinic", RuleSet([rule]))
    assert report.document.kind == "article" and report.findings == []


def test_soften_leaves_ads_alone():
    report = check("当院の点滴は「副作用ゼロ」です。", "clinic", RuleSet([_rule()]))
    assert report.document.kind == "ad"
    assert soften(report.findings, report.document, "当院の点滴は「副作用ゼロ」です。") == report.findings
    assert [f.severity.value for f in report.findings] == ["error"]


def test_catalogue_files_live_outside_the_phrase_rule_glob():
    rules_dir = Path(__file__).resolve().parent.parent / "rules"
    assert not list(rules_dir.glob("*disclosure*.yaml"))
    assert (rules_dir / "disclosures" / "settings.yaml").is_file()


# --- issue 18: page kinds and running-text disclosures (own wording) ------------------------

def test_a_company_profile_is_not_an_ad_and_its_capital_is_not_a_price():
    text = ("会社概要\n商号\n株式会社サンプル美研\n設立\n2015年4月\n資本金\n3,000万円\n従業員数\n42名\n"
            "所在地\n東京都港区〇〇1-1-1\n事業内容\n化粧品の製造販売\n沿革\n2015年 創業\n2020年 研究所を開設\n")
    doc = classify(normalize(text).text, "cosmetic", "test")
    assert doc.kind == "article"


def test_acquisition_route_in_running_text_is_a_disclosure():
    text = "製剤は、国内の医薬品製造業者から、担当医師が必要と判断した分を入手しています。"
    route = next(d for d in CATALOGUE.disclosures if d.category == "disclosure-acquisition-route")
    assert route.present(normalize(text).text)


def test_ingredient_purpose_in_running_text_is_a_disclosure():
    purpose = next(d for d in CATALOGUE.disclosures if d.category == "disclosure-ingredient-purpose")
    assert purpose.present(normalize("ヒト幹細胞培養液は保湿成分として配合しています。").text)
    assert not purpose.present(normalize("ヒト幹細胞培養液を高濃度で配合しています。").text)


def test_an_article_drops_a_claim_matched_across_quoted_examples_and_bare_kind_nouns():
    text = ("消費者庁によると、「がん予防」「認知症の改善」「アトピーが治る」などの広告には注意が必要である。"
            "医療機関の体験談は、医療広告ガイドラインで規制されているとされる。研究者によれば根拠は乏しい。") * 2
    report = check(text, profile="clinic")
    assert report.document.kind == "article"
    assert not [f for f in report.findings if f.severity.value in ("error", "warning") and f.matched_text]


def test_ad_signals_inside_quotations_are_someone_elses():
    from checker.judge.document import ad_text
    assert "初回半額" not in ad_text("あるクリニックは「当院なら初回半額、ご予約はこちら」と表示していた。")
    quoting = ("都は、美容クリニックに改善を求める行政指導を行った。都によると、ある院は「当院の点滴は1回10万円、"
               "今すぐご予約を」と表示していた。担当者は「根拠のない表示だ」と話している。")
    assert classify(quoting, "clinic", "r").kind == "article"
    selling = "当院の点滴は1回10万円です。ご予約はこちら。「肌が明るくなった」（40代）"
    assert classify(selling, "clinic", "r").kind == "ad"


def test_business_results_are_company_information():
    text = ("2026年12月期 第3四半期決算\n売上高は前年同期比12.5％増の84億円、営業利益は同8.3％増。"
            "経常利益は前年同期比3.1％減、当期純利益は同5.2％増。株主の皆様へ。新製品は8,800円（税込）。")
    doc = classify(text, "cosmetic", "r")
    assert doc.kind == "article" and "会社情報" in doc.reason
