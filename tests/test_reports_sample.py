"""A fixed batch of FileResults for the format tests, built by hand.

Independent of the rule catalogue and the engine, so the snapshots change only when a
format changes. Spans are computed from the phrases, so they always point at real text.
"""

from __future__ import annotations

from checker.models import DocumentInfo, FileResult, Finding, InputError, Severity
from checker.text.sourcemap import LineIndex

CLINIC_PAGE = """<h1>エクソソーム点滴のご案内</h1>
<p>当院の点滴は副作用のない安心の施術です。</p>
<p>たった1回で肌が生まれ変わったと好評です。</p>
<p>「翌朝には鏡を見るのが楽しみに」(30代, 会社員, 女性)</p>
<p>今月末まで初回50%OFF！ご予約は「お問い合わせ」から。</p>
"""

SERUM_PAGE = """# ヒト幹細胞培養液配合セラム

真皮まで浸透して肌を再生する、業界最高峰の美容液。
毎日のスキンケアで、うるおいのある肌へ。
"""

ABOUT_PAGE = "会社概要\n私たちは化粧品の企画と販売をしています。\n"


def _long_page() -> str:
    lines = [f"第{n}段落: 季節の変わり目は保湿を心がけましょう。" for n in range(1, 61)]
    lines[29] = "第30段落: この美容液なら誰でも効果を実感できます。"
    lines[44] = "ウェブ用の長い行: " + "成分のはなし。" * 40 + "医師も推薦するクリームです。" + "使い方のはなし。" * 30
    return "\n".join(lines) + "\n"


LONG_PAGE = _long_page()


def finding(text: str, phrase: str, rule_id: str, category: str, severity: str, message: str,
            suggestion: str, source: str, nth: int = 0) -> Finding:
    """A finding on the `nth` occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    line, column = LineIndex.of(text)(start)
    return Finding(rule_id=rule_id, category=category, severity=Severity(severity), line=line, column=column,
                   start=start, end=start + len(phrase), matched_text=phrase, message=message,
                   suggestion=suggestion, source=source)


def disclosure(rule_id: str, category: str, severity: str, message: str, suggestion: str, source: str) -> Finding:
    return Finding(rule_id=rule_id, category=category, severity=Severity(severity), line=1, column=1, start=0,
                   end=0, matched_text="", message=message, suggestion=suggestion, source=source,
                   scope="document")


def sample_results() -> list[FileResult]:
    """Five files: a clinic page, a cosmetic page, a long page, a clean one and an unreadable one."""
    clinic = [
        finding(CLINIC_PAGE, "副作用のない", "YK-SAFETY-001", "safety-guarantee", "error",
                "安全性を保証する表現は禁止されています。", "「体質により赤み等が出ることがあります」と事実を伝えます。",
                "医薬品等適正広告基準 第4の3(5)"),
        finding(CLINIC_PAGE, "たった1回で", "YK-SPEED-001", "immediacy", "warning",
                "速効性を強調する表現は誤認を招くおそれがあります。", "回数・期間と個人差を併記します。",
                "医薬品等適正広告基準 第4の3(4)"),
        finding(CLINIC_PAGE, "「翌朝には鏡を見るのが楽しみに」(30代, 会社員, 女性)", "MA-VOICE-001", "testimonial",
                "warning", "治療効果に関する体験談は医療広告では掲載できません。", "体験談を削除し、治療内容と費用を説明します。",
                "医療広告ガイドライン 第3の1(1)"),
        finding(CLINIC_PAGE, "今月末まで初回50%OFF", "KH-PRICE-001", "price-inducement", "warning",
                "期間限定の割引で受診を急がせる表現は有利誤認のおそれがあります。", "通常価格と条件を明記します。",
                "景品表示法 第5条第2号"),
        disclosure("MA-DISC-UNAPPROVED", "disclosure-unapproved", "warning",
                   "未承認医薬品等を用いた治療である旨の記載が見当たりません。",
                   "「本治療に用いる製剤は国内未承認です」と明記します。", "医療広告ガイドライン 限定解除の要件"),
        disclosure("MA-DISC-COST", "disclosure-cost", "info", "通常必要な費用の記載が見当たりません。",
                   "「1回 55,000円（税込）、通常5回」のように総額の目安を書きます。", "医療広告ガイドライン 限定解除の要件"),
    ]
    serum = [
        finding(SERUM_PAGE, "真皮まで浸透", "CO-PENETRATE-001", "penetration-overclaim", "error",
                "角質層を超える浸透の表現は化粧品の効能の範囲を超えます。", "「角質層まで浸透」と表現します。",
                "化粧品等の適正広告ガイドライン"),
        finding(SERUM_PAGE, "浸透して肌を再生", "CO-MEDICAL-001", "medical-efficacy", "error",
                "肌の再生は化粧品の効能の範囲外です。", "「肌をすこやかに保つ」と言い換えます。", "化粧品の効能の範囲"),
        finding(SERUM_PAGE, "業界最高峰", "YK-SUPER-001", "superlative", "warning",
                "最大級表現には客観的な根拠が必要です。", "根拠のない最大級表現は削除します。", "医薬品等適正広告基準 第4の3(8)"),
        disclosure("JS-DISC-SOURCE", "disclosure-source", "info", "培養液の由来（細胞の種類・起源）の記載が見当たりません。",
                   "「ヒト脂肪由来間葉系幹細胞の培養液」のように由来を書きます。", "JSRM 細胞外小胞等の臨床応用に関する指針"),
    ]
    long = [
        finding(LONG_PAGE, "誰でも効果を実感", "YK-ALL-001", "universality", "warning",
                "誰にでも効くという表現は効果の保証にあたるおそれがあります。", "「個人差があります」と併記します。",
                "医薬品等適正広告基準 第4の3(5)"),
        finding(LONG_PAGE, "医師も推薦", "YK-ENDORSE-001", "endorsement", "error",
                "医師等が推薦している旨の広告は禁止されています。", "推薦の表現を削除します。", "医薬品等適正広告基準 第4の10"),
    ]
    cosmetic_ad = DocumentInfo(kind="ad", profile="cosmetic", reason="医療機関・摂取の語がないため化粧品として判定")
    return [
        FileResult(path="site/clinic/exosome-drip.html", findings=clinic, encoding="utf-8", text=CLINIC_PAGE,
                   document=DocumentInfo(kind="ad", profile="clinic", reason="医療機関の語 (当院、施術、点滴)")),
        FileResult(path="site/cosmetics/serum.md", findings=serum, encoding="utf-8", text=SERUM_PAGE,
                   document=cosmetic_ad),
        FileResult(path="site/blog/long-column.txt", findings=long, encoding="utf-8", text=LONG_PAGE,
                   document=cosmetic_ad.model_copy(update={"kind": "article"})),
        FileResult(path="site/about.txt", encoding="utf-8", text=ABOUT_PAGE, document=cosmetic_ad),
        FileResult(path="site/images/logo.txt", error=InputError(reason="binary file (contains NUL bytes)")),
    ]


def test_sample_spans_point_at_their_phrases():
    for r in sample_results():
        for f in r.findings:
            if f.matched_text:
                assert r.text[f.start:f.end] == f.matched_text
