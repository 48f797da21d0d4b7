"""Document-level view: is the text an ad or a neutral article, and what does an ad omit.

Ad vs article. Under 薬機法 and the 医療広告ガイドライン a text is an ad when it tries to
attract buyers or patients to an identifiable product or clinic, so the signals are
what such a text does: prices, calls to buy or book, a seller speaking in the first
person (当院, 当社), product details (配合, 内容量). An article reports, explains or
refutes in the third person: attributions (〜によると, 〜と発表), other people's claims
presented as such (〜とうたう製品もある), refutations (誤解, 根拠は乏しい), encyclopedic
style and citations. A text with no clear article signals stays an ad: the checker errs
on the side of screening.

Articles get no disclosure findings. Their claim findings are softened (see `soften`):
a claim inside quotation marks, or one whose span is a whole quotation (「…」と話す), is
a quoted or reported statement, not the writer's, and is dropped; any
other claim is kept one severity lower, because an article is not an ad unless it is
covert advertising (ステルスマーケティング), which a reviewer should judge.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice

from checker.match import linear_re
from checker.match.disclosures import DisclosureSet, default_disclosures
from checker.models import DocumentInfo, Finding, Severity

# (label, pattern, weight). Each distinct signal counts at most 3 times.
_AD_SIGNALS = [
    ("価格表示", linear_re.compile(r"\d[\d,]*\s*万?\s*円|[¥\\]\s*\d|税込|税抜|送料無料|通常価格|特別価格|定価"), 3),
    ("購入・申込の呼びかけ", linear_re.compile(
        r"カートに入れる|カートへ|購入する|ご購入|購入はこちら|お買い求め|ご注文|注文する|お申し?込み|申し込む|定期便|定期コース|初回限定|今すぐ"), 3),
    ("予約・来院の呼びかけ", linear_re.compile(
        r"ご予約|予約(?:する|はこちら|受付|フォーム|専用)|無料カウンセリング|ご来院|WEB予約|LINE予約|お気軽に(?:ご相談|お問い合わせ)"), 3),
    ("売り手の一人称", linear_re.compile(r"当院|当クリニック|当社|弊社|当店|当サロン|当ブランド|本品|本製品|私たちの"), 2),
    ("製品・施術の説明", linear_re.compile(r"配合|内容量|全成分|ご使用方法|使用方法|使い方|お召し上がり方|1日\d+粒|施術|料金表|診療時間|メニュー"), 1),
]
_ARTICLE_SIGNALS = [
    ("報道・伝聞", linear_re.compile(
        r"によると|によれば|(?:と|を)(?:発表|公表|報告|指摘|説明|述べ|話|強調)(?:し|す|さ)|報道|取材|記者|編集部"
        r"|としています|としている|ということです|とのことです|担当者は|呼びかけ(?:てい|た|まし)"), 2),
    ("他者の主張の紹介", linear_re.compile(
        r"(?:と|を|などと)(?:宣伝|うた|謳|称|喧伝|アピール)[^。\n]{0,12}(?:製品|商品|クリニック|業者|広告|サイト|ケース|例|もの)"
        r"|一部の(?:クリニック|業者|製品|商品|広告|サイト|医療機関)"), 3),
    ("反証・注意喚起", linear_re.compile(
        r"誤解|俗説|根拠(?:は|が)(?:乏し|な|不十分|示されて|確立)|鵜呑み|注意が必要|注意しましょう|惑わされ|見極め|確立していない|確立されていない"), 2),
    ("解説・百科的な文体", linear_re.compile(r"とは[、,]|である。|とされる|と呼ばれる|参考文献|出典|脚注|\[\d+\]"), 1),
    ("第三者機関が主語", linear_re.compile(
        r"(?:厚生労働省|厚労省|学会|研究者|専門家|ISEV|JSRM|JSEV|消費者庁|FDA|国民生活センター|消費生活センター"
        r"|保健所|同庁|同省|同センター)(?:は|が|によ|の見解)"), 2),
    # a compliance policy, a regulator's notice, a column warning about ads: text about the
    # rules, whose claim words are examples of what not to say (issue 18)
    ("広告規制の解説", linear_re.compile(
        r"薬機法|医薬品医療機器等法|適正広告基準|医療広告ガイドライン|景品表示法|景表法|化粧品の効能の範囲"
        r"|適正広告ガイドライン|誇大広告|広告規制|不適切な表現|NG例|使用不可|用いるべきでない|限定解除"
        r"|表現(?:は|も)[、,]?(?:いずれも)?(?:使用しません|使いません|用いません|認められません|できません)"), 2),
    # a company profile: facts about the firm, not an offer (its 資本金 is not a price)
    ("会社情報", linear_re.compile(
        r"会社概要|沿革|資本金|本社所在地|所在地|事業内容|代表取締役|従業員数|取引銀行|決算期|加盟団体|許認可"
        # business results (IR, a results release): figures about the company, not the product
        r"|売上高|営業利益|経常利益|当期純利益|純利益|前年同期比|前期比|決算|株主|業績|連結|四半期"), 2),
    # a regulator acting on ads (a news report of a warning, an order, a guidance)
    ("行政の指導・処分", linear_re.compile(
        r"行政指導|改善指導|指導を行|(?:改善|是正|見直し)を(?:求め|指導|要請)|措置命令|課徴金|注意喚起|立ち入り検査|業務停止"
        r"|警告を(?:出|発|行)"), 2),
]
# Ads address the reader politely (です・ます); reports, encyclopedias and papers use the
# plain style (だ・である). Counted per sentence ending, only when plain clearly dominates.
_PLAIN_END = linear_re.compile(
    r"(?:である|のだ|だ|ている|ていた|てきた|された|される|られる|れる|する|した|ない|なかった|がある|あった|いる|いた|たい)。")
_POLITE_END = linear_re.compile(r"(?:です|ます|ません|でした|ました|ください|ましょう|でしょう)[。！!]")
ARTICLE_MIN = 6  # article score needed …
ARTICLE_RATIO = 1.5  # … and how much it must outweigh the ad score
_STYLE_MAX = 5  # most the sentence style adds to the article score
# company facts whose amounts are not prices: 資本金 9,800万円, 売上高 12億円
_COMPANY_AMOUNT = linear_re.compile(
    r"(?:資本金|資本準備金|売上高|売上|年商|設立|営業利益|経常利益|純利益|利益)[^\n。]{0,3}\n?[^\n。]{0,24}")
_SELLER = "売り手の一人称"
_CALLS = ("購入・申込の呼びかけ", "予約・来院の呼びかけ")
_PRICE = "価格表示"
_SPACE = linear_re.compile(r"\s")
_CHUNK = 4096


def has_min_chars(text: str, n: int) -> bool:
    """Whether `text` has at least `n` non-whitespace characters; reads only as far as needed."""
    count = 0
    for i in range(0, len(text), _CHUNK):
        chunk = text[i:i + _CHUNK]
        count += len(chunk) - len(_SPACE.findall(chunk))
        if count >= n:
            return True
    return n <= 0


_PAGE_PRICE = linear_re.compile(r"\d[\d,]*\s*円|[¥\\]\s*\d|税込|税抜")
_PAGE_ACTION = linear_re.compile(
    r"カートに入れる|カートへ|購入する|ご購入|購入はこちら|ご注文|注文する|お申し?込み|定期便|ご予約|予約(?:する|はこちら)|無料カウンセリング")
_PAGE_DETAIL = linear_re.compile(r"全成分|内容量|成分[:：]|容量[:：]|料金[:：]|施術時間|所要時間")


def checkable_page(text: str, min_chars: int) -> bool:
    """Long enough to show what it omits, or a complete page however short: a price, a way
    to buy or book, and the product's particulars (全成分, 内容量). Decided by structure, not
    length alone: a short product page is a page, a pasted sentence is an excerpt."""
    if has_min_chars(text, min_chars):
        return True
    return (_PAGE_PRICE.search(text) is not None and _PAGE_ACTION.search(text) is not None
            and _PAGE_DETAIL.search(text) is not None)


def _score(text: str, signals) -> tuple[float, Counter]:
    labels: Counter = Counter()
    score = 0.0
    for label, pattern, weight in signals:
        found = Counter(pattern.findall(text))  # no capturing groups: whole matches
        if found:
            n = sum(min(c, 3) for c in found.values())
            score += weight * n
            labels[label] += n
    return score, labels


def _style(text: str) -> tuple[float, Counter]:
    plain = len(_PLAIN_END.findall(text))
    # polite endings are counted only as far as the comparison needs
    polite = sum(1 for _ in islice(_POLITE_END.finditer(text), plain // 2 + 1)) if plain >= 3 else 0
    if plain >= 3 and plain >= 2 * polite:
        n = min(plain, _STYLE_MAX)  # style alone never makes an article (ARTICLE_MIN is higher)
        return float(n), Counter({"常体（だ・である調）の文": n})
    return 0.0, Counter()


def _labels(c: Counter) -> str:
    return "、".join(label for label, _ in c.most_common(3))


def ad_text(text: str) -> str:
    """The text the ad signals are counted on: without company amounts (資本金 9,800万円) and
    without what others are quoted as saying (「当院なら初回半額」と表示していた): a news report
    quoting an ad does not sell."""
    return _QUOTED.sub("「」", _COMPANY_AMOUNT.sub(" ", text))


def classify(text: str, profile: str, reason: str) -> DocumentInfo:
    """Ad or article, with the evidence; `reason` explains the profile and is kept."""
    ad, ad_labels = _score(ad_text(text), _AD_SIGNALS)
    seller = ad_labels[_SELLER] > 0
    calls = any(ad_labels[c] for c in _CALLS)
    if not seller and not calls and ad_labels[_PRICE] > 1:
        # prices with no seller and nothing to buy or book (a market-price explainer) count once
        ad -= 3 * (ad_labels[_PRICE] - 1)
        ad_labels[_PRICE] = 1
    article, art_labels = _score(text, _ARTICLE_SIGNALS)
    if article + _STYLE_MAX >= max(ARTICLE_MIN, ARTICLE_RATIO * ad):  # else style cannot make it an article
        style, style_labels = _style(text)
        article, art_labels = article + style, art_labels + style_labels
    # a seller's own column that leads to its treatment or product (当院の〜 … ご予約はこちら)
    # is an ad however encyclopedic it reads (記事風広告: 医療広告GL, the publisher sells)
    own_column = seller and calls
    if article >= ARTICLE_MIN and article >= ARTICLE_RATIO * ad and not own_column:
        why = f"記事として判定（{_labels(art_labels)}"
        why += f"; 広告の手がかりは弱い: {_labels(ad_labels)}）" if ad_labels else "; 広告の手がかりなし）"
        kind = "article"
    else:
        kind = "ad"
        why = f"広告として判定（{_labels(ad_labels)}）" if ad_labels else "広告として扱う（記事の手がかりが不十分）"
    if own_column and article >= ARTICLE_MIN and article >= ARTICLE_RATIO * ad:
        why = f"広告として判定（記事の体裁だが、売り手の一人称と予約・購入の呼びかけがある: {_labels(ad_labels)}）"
    if kind == "ad" and not checkable_page(text, default_disclosures().settings.min_chars):
        why += "。短い抜粋のため開示項目は確認していません"
    return DocumentInfo(kind=kind, profile=profile, reason=f"{why}。プロファイル: {reason}")


_QUOTED = linear_re.compile(r"「[^「」\n]*」|『[^『』\n]*』|“[^“”\n]*”|\"[^\"\n]*\"")
_SOFTENED = "（記事と判定したため重大度を1段階下げています）"
# in an article, the bare word for a kind of claim (体験談, お客様の声) names the kind: it is
# what the article is about, not a testimonial it presents
_KIND_NOUN = linear_re.compile(
    r"^(?:患者様?|お客様|ご?利用者様?|愛用者|モニター|ユーザー|購入者)?(?:様|さん)?の?(?:体験談|体験記|声|ご?感想|口コミ|クチコミ|レビュー)$")
# a span made of quotations and the separators between them (「認知症の改善」「アトピーが治る」)
_BETWEEN_QUOTES = linear_re.compile(r"^[」』”\"\s、・,]*[「『“\"]?$")
_LOWER = {Severity.error: Severity.warning, Severity.warning: Severity.info, Severity.info: Severity.info}


def soften(findings: list[Finding], doc: DocumentInfo, text: str) -> list[Finding]:
    """In an article, drop quoted claims and lower the others by one severity step.
    `text` is the checked text; finding spans are offsets into it."""
    if doc.kind != "article":
        return findings
    quotes = [m.span() for m in _QUOTED.finditer(text)]
    out = []
    for f in findings:
        if not f.matched_text:
            out.append(f)
        elif any((s <= f.start and f.end <= e) or (f.start <= s and e <= f.end) for s, e in quotes):
            continue  # a claim inside a quotation, or one made of a quotation (「…」と話す)
        elif _across_quotes(f, quotes, text) or (
                f.category == "testimonial" and _KIND_NOUN.search(f.matched_text) is not None):
            continue
        else:
            out.append(f.model_copy(update={"severity": _LOWER[f.severity], "message": f.message + _SOFTENED}))
    return out


def _across_quotes(f: Finding, quotes: list[tuple[int, int]], text: str) -> bool:
    """The span runs from inside one quotation to inside a later one, with only closing and
    opening marks between (a claim matched across a list of quoted examples)."""
    inside = [(s, e) for s, e in quotes if s < f.end and f.start < e]
    if len(inside) < 2 or not (inside[0][0] <= f.start and f.end <= inside[-1][1]):
        return False
    return all(_BETWEEN_QUOTES.search(text[a[1]:b[0]]) is not None for a, b in zip(inside, inside[1:], strict=False))


def disclosure_findings(text: str, doc: DocumentInfo, catalogue: DisclosureSet | None = None) -> list[Finding]:
    """One finding per disclosure the ad should make but does not (no span: line 1, column 1)."""
    cat = catalogue or default_disclosures()
    if doc.kind != "ad" or not checkable_page(text, cat.settings.min_chars):
        return []
    ev = cat.settings.ev_pattern.search(text) is not None
    out = []
    for d in cat.disclosures:
        severity = d.severity_for(doc.profile, ev)
        if severity is None or d.present(text):
            continue
        out.append(Finding(rule_id=d.id, category=d.category, severity=Severity(severity), line=1, column=1,
                           start=0, end=0, matched_text="", message=d.message, suggestion=d.suggestion,
                           source=d.source, scope="document"))
    return out
