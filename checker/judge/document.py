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
from collections.abc import Sequence
from itertools import islice

from checker.judge import signals
from checker.match import linear_re
from checker.match.disclosures import DisclosureSet, default_disclosures
from checker.models import DocumentInfo, Finding, Severity
from checker.text.textmap import covers

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


def checkable_page(text: str, min_chars: int) -> bool:
    """Long enough to show what it omits, or a complete page however short: a price, a way
    to buy or book, and the product's particulars (全成分, 内容量). Decided by structure, not
    length alone: a short product page is a page, a pasted sentence is an excerpt."""
    if has_min_chars(text, min_chars):
        return True
    page = signals.spec().complete_page
    return all(signals.regex(p).search(text) is not None for p in (page.price, page.action, page.detail))


def _score(text: str, section: str) -> tuple[float, Counter]:
    """Weighted score of the `ad` or `article` signals (rules/page_kinds.yml) and, per label,
    how many occurrences counted."""
    labels: Counter = Counter()
    total = 0.0
    for s in signals.compiled(section):
        n, _ = signals.found(text, s)
        if n:
            total += s.weight * n
            labels[s.label] += n
    return total, labels


def _discount(score: float, labels: Counter, caps: dict[str, int]) -> tuple[float, Counter]:
    """The ad score with each capped label counted at most its cap."""
    weights = {s.label: s.weight for s in signals.compiled("ad")}
    for label, cap in caps.items():
        if label in weights and labels[label] > cap:
            score -= weights[label] * (labels[label] - cap)
            labels[label] = cap
    return score, labels


def _style(text: str) -> tuple[float, Counter]:
    style = signals.spec().style
    plain = len(signals.regex(style.plain_end).findall(text))
    # polite endings are counted only as far as the comparison needs
    polite = sum(1 for _ in islice(signals.regex(style.polite_end).finditer(text), plain // 2 + 1)) if plain >= 3 else 0
    if plain >= 3 and plain >= 2 * polite:
        n = min(plain, style.max)  # style alone never makes an article (article_min is higher)
        return float(n), Counter({style.label: n})
    return 0.0, Counter()


def _labels(c: Counter) -> str:
    return "、".join(label for label, _ in c.most_common(3))


def ad_text(text: str) -> str:
    """The text the ad signals are counted on: without company amounts (資本金 9,800万円) and
    without what others are quoted as saying (「当院なら初回半額」と表示していた): a news report
    quoting an ad does not sell."""
    return _QUOTED.sub("「」", signals.regex(signals.spec().company_amount).sub(" ", text))


def weighed_evidence(text: str) -> tuple[float, Counter, float, Counter, bool]:
    """Ad score and labels (after the publisher discounts), article score and labels (without
    the sentence style), and whether the text is a seller's own column (記事風広告)."""
    spec = signals.spec()
    ad, ad_labels = _score(ad_text(text), "ad")
    calls = any(ad_labels[c] for c in spec.call_labels)
    article, art_labels = _score(text, "article")
    # a writer who says they sell nothing (当院では行っていません, 自腹で購入, a job ad):
    # their first person is not a seller's, and the prices and calls they describe are
    # someone else's offer: each counts once
    non_seller = any(art_labels[n] for n in spec.non_seller_labels)
    if non_seller:
        ad, ad_labels = _discount(ad, ad_labels, {spec.seller_label: 0, spec.price_label: 1, spec.description_label: 1}
                                  | dict.fromkeys(spec.call_labels, 1))
    seller = ad_labels[spec.seller_label] > 0
    if not seller and any(art_labels[n] for n in spec.publisher_labels):
        # no seller, and a publisher who warns or advises (a consumer centre's case): the offer
        # described is someone else's
        ad, ad_labels = _discount(ad, ad_labels, {spec.price_label: 1, spec.description_label: 1}
                                  | dict.fromkeys(spec.call_labels, 1))
    elif not seller and not calls:
        # prices and product descriptions with no seller and nothing to buy or book (a
        # market-price explainer, a society's column on what a label means) count once each
        ad, ad_labels = _discount(ad, ad_labels, {spec.price_label: 1, spec.description_label: 1})
    # a seller's own column that leads to its treatment or product (当院の〜 … ご予約はこちら)
    # is an ad however encyclopedic it reads (記事風広告: 医療広告GL, the publisher sells)
    own_column = seller and calls and not non_seller
    return ad, ad_labels, article, art_labels, own_column


def classify(text: str, profile: str, reason: str) -> DocumentInfo:
    """Ad or article, with the evidence; `reason` explains the profile and is kept."""
    spec = signals.spec()
    article_min, ratio = spec.article_min, spec.article_ratio
    ad, ad_labels, article, art_labels, own_column = weighed_evidence(text)
    if article + spec.style.max >= max(article_min, ratio * ad):  # else style cannot make it an article
        style, style_labels = _style(text)
        article, art_labels = article + style, art_labels + style_labels
    neutral = False
    if article >= article_min and article >= ratio * ad and not own_column:
        why = f"記事として判定（{_labels(art_labels)}"
        why += f"; 広告の手がかりは弱い: {_labels(ad_labels)}）" if ad_labels else "; 広告の手がかりなし）"
        kind = "article"
        neutral = not ad_labels[spec.seller_label] and any(art_labels[n] for n in spec.neutral_writer_labels)
        if neutral:
            why += "。売り手でない書き手の記事のため、表現の指摘は参考情報（info）としています"
    else:
        kind = "ad"
        why = f"広告として判定（{_labels(ad_labels)}）" if ad_labels else "広告として扱う（記事の手がかりが不十分）"
    if own_column and article >= article_min and article >= ratio * ad:
        why = f"広告として判定（記事の体裁だが、売り手の一人称と予約・購入の呼びかけがある: {_labels(ad_labels)}）"
    if kind == "ad" and not checkable_page(text, default_disclosures().settings.min_chars):
        why += "。短い抜粋のため開示項目は確認していません"
    return DocumentInfo(kind=kind, profile=profile, reason=f"{why}。プロファイル: {reason}", neutral_writer=neutral)


_QUOTED = linear_re.compile(r"「[^「」\n]*」|『[^『』\n]*』|“[^“”\n]*”|\"[^\"\n]*\"")
_SOFTENED = "（記事と判定したため重大度を1段階下げています）"
# in an article, the bare word for a kind of claim (体験談, お客様の声) names the kind: it is
# what the article is about, not a testimonial it presents
_KIND_NOUN = linear_re.compile(
    r"^(?:患者様?|お客様|ご?利用者様?|愛用者|モニター|ユーザー|購入者)?(?:様|さん)?の?(?:体験談|体験記|声|ご?感想|口コミ|クチコミ|レビュー)$")
# a span made of quotations and the separators between them (「認知症の改善」「アトピーが治る」)
_BETWEEN_QUOTES = linear_re.compile(r"^[」』”\"\s、・,]*[「『“\"]?$")
_LOWER = {Severity.error: Severity.warning, Severity.warning: Severity.info, Severity.info: Severity.info}
_NEUTRAL = "（売り手でない書き手の記事と判定したため参考情報としています）"


def soften(findings: list[Finding], doc: DocumentInfo, text: str,
           blockquotes: Sequence[tuple[int, int]] = ()) -> list[Finding]:
    """In an article, drop quoted claims and lower the others by one severity step (to info
    when the writer sells nothing here: `doc.neutral_writer`).
    `text` is the checked text; finding spans are offsets into it. `blockquotes` are the
    spans of `text` its markup quotes (<blockquote>, Markdown `>`: sorted and disjoint, from
    checker.text.textmap.spans_of): a claim inside one is dropped like one inside 「」 (a
    health centre reproducing a flyer). In an ad they change nothing: a seller quotes
    testimonials."""
    if doc.kind != "article":
        return findings
    quotes = [m.span() for m in _QUOTED.finditer(text)]
    blocks = list(blockquotes)
    out = []
    for f in findings:
        if not f.matched_text:
            out.append(f)
        elif blocks and covers(blocks, f.start, f.end):
            continue  # a claim inside a blockquote: the quoted ad's, not the writer's
        elif any((s <= f.start and f.end <= e) or (f.start <= s and e <= f.end) for s, e in quotes):
            continue  # a claim inside a quotation, or one made of a quotation (「…」と話す)
        elif _across_quotes(f, quotes, text) or (
                f.category == "testimonial" and _KIND_NOUN.search(f.matched_text) is not None):
            continue
        elif doc.neutral_writer:
            out.append(f.model_copy(update={"severity": Severity.info, "message": f.message + _NEUTRAL}))
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
    """One finding per disclosure the ad should make but does not (no span: line 1, column 1).
    Records on `doc.disclosures_checked` what was checked (the checklist every report shows)."""
    cat = catalogue or default_disclosures()
    if doc.kind != "ad" or not checkable_page(text, cat.settings.min_chars):
        doc.disclosures_checked = None
        return []
    ev = cat.settings.ev_pattern.search(text) is not None
    out = []
    checked = doc.disclosures_checked = []
    for d in cat.disclosures:
        severity = d.severity_for(doc.profile, ev)
        if severity is None:
            continue
        checked.append(d.category)
        if d.present(text):
            continue
        out.append(Finding(rule_id=d.id, category=d.category, severity=Severity(severity), line=1, column=1,
                           start=0, end=0, matched_text="", message=d.message, suggestion=d.suggestion,
                           source=d.source, scope="document"))
    return out
