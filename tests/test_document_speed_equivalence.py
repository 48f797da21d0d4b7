"""The fast document-level code gives exactly the results of the plain code it replaced:
`Evidence.found`, the ad/article scores and the non-space count must agree with their
straightforward versions (kept here as references) on pages of every kind."""

import random
import re
from collections import Counter
from pathlib import Path

from checker.judge import document, profiles, signals
from checker.match.disclosures import default_disclosures
from checker.text.load import load_path
from checker.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = default_disclosures()
TERMS = [t for d in CATALOGUE.disclosures for e in d.evidence for t in e.all]
SECTIONS = ("ad", "article", *(f"profile:{p}" for p in profiles.PROFILE_ORDER))
SIGNALS = [s.regex for section in SECTIONS for s in signals.compiled(section)]
SPEC = signals.spec()


def _pages() -> list[str]:
    """Example pages, all of them in one, and pages mixed from their sentences and the
    disclosure examples."""
    pages = [load_path(p).text for p in sorted(ROOT.glob("examples/**/*")) if p.is_file()]
    big = "\n\n".join(pages)
    pages += [big, big[:5000], big[-300:], big[:199], ""]
    sentences = [s for d in CATALOGUE.disclosures for group in d.examples.values() for s in group]
    rng = random.Random(8)
    for _ in range(150):
        picked = rng.sample(sentences, rng.randint(1, 12)) + rng.sample(big.split("。"), 3)
        pages.append(rng.choice(["", "\n", " ", "。", "\u3000"]).join(picked))
    pages += ["ＣＤ６３とTSG101、ｉｎ　ｖｉｔｒｏ", "İN VİTRO ſyntenin ＫＫ", "\u212aCD9 0120-12-345 03-1234-5678"]
    return [normalize(p).text for p in pages] + pages[-3:]


PAGES = _pages()


def _found_reference(evidence, text: str) -> bool:
    def spans(term):
        pattern, after, before = term.compiled
        return [m.span() for m in pattern.finditer(text)
                if not (after and after.match(text[m.end():m.end() + 30]))
                and not (before and before.search(text[max(0, m.start() - 12):m.start()]))]

    first, *others = evidence.all
    other_spans = [spans(t) for t in others]
    return any(all(any(s - evidence.within <= a and b <= e + evidence.within for a, b in sp) for sp in other_spans)
               for s, e in spans(first))


def _score_reference(text: str, section: str) -> tuple[float, Counter]:
    labels: Counter = Counter()
    score = 0.0
    for s in signals.compiled(section):
        label, pattern, weight = s.label, s.regex, s.weight
        found = Counter(m.group() for m in pattern.finditer(text))
        if found:
            n = sum(min(c, 3) for c in found.values())
            score, labels[label] = score + weight * n, labels[label] + n
    return score, labels


def test_signal_patterns_have_no_groups():
    assert all(p.groups == 0 for p in SIGNALS), "findall must return whole matches"


def test_evidence_found_as_before():
    for page in PAGES:
        for d in CATALOGUE.disclosures:
            for e in d.evidence:
                assert e.found(page) == _found_reference(e, page), (d.id, page[:60])


def test_evidence_found_as_before_at_the_edges_of_within():
    """Example sentences pulled apart, so matches of the terms sit around `within` apart."""
    for d in CATALOGUE.disclosures:
        for e in (e for e in d.evidence if len(e.all) > 1):
            for sentence in d.examples["present"] + d.examples["absent"]:
                for width in range(e.within - 15, e.within + 4):
                    pad = "〓" * width
                    pages = [sentence[:cut] + pad + sentence[cut:] for cut in range(len(sentence) + 1)]
                    for page in [*pages, sentence + pad + sentence, pad.join(sentence.split("、"))]:
                        assert e.found(page) == _found_reference(e, page), (d.id, page)


def _classify_reference(text: str) -> tuple[str, str]:
    """document.classify with the sentence style always counted (it is computed lazily)."""
    ad, ad_labels, article, art_labels, own_column = document.weighed_evidence(text)
    style, style_labels = document._style(text)
    article, art_labels = article + style, art_labels + style_labels
    reads_as_article = article >= SPEC.article_min and article >= SPEC.article_ratio * ad
    if reads_as_article and not own_column:
        why = f"記事として判定（{document._labels(art_labels)}"
        why += f"; 広告の手がかりは弱い: {document._labels(ad_labels)}）" if ad_labels else "; 広告の手がかりなし）"
        if not ad_labels[SPEC.seller_label] and any(art_labels[n] for n in SPEC.neutral_writer_labels):
            why += "。売り手でない書き手の記事のため、表現の指摘は参考情報（info）としています"
        return "article", why
    why = f"広告として判定（{document._labels(ad_labels)}）" if ad_labels else "広告として扱う（記事の手がかりが不十分）"
    if own_column and reads_as_article:
        why = f"広告として判定（記事の体裁だが、売り手の一人称と予約・購入の呼びかけがある: {document._labels(ad_labels)}）"
    if not document.checkable_page(text, CATALOGUE.settings.min_chars):
        why += "。短い抜粋のため開示項目は確認していません"
    return "ad", why


def test_classify_as_when_style_was_always_counted():
    rng = random.Random(3)
    parts = ["研究者によると効果は不明である。", "誤解が多い。", "学会は注意を促した。", "とされる。", "それは事実だ。",
             "当院で施術します。", "配合しています。", "ご予約はこちら。", "1回3,000円です。", "ご確認ください。"]
    pages = PAGES + ["".join(rng.choices(parts, k=rng.randint(1, 14))) for _ in range(400)]
    kinds = set()
    for page in pages:
        doc = document.classify(page, "cosmetic", "r")
        kind, why = _classify_reference(page)
        assert (doc.kind, doc.reason) == (kind, f"{why}。プロファイル: r"), page
        kinds.add(kind)
    assert kinds == {"ad", "article"}


def test_scores_style_and_length_as_before():
    for page in PAGES:
        for section in ("ad", "article"):
            assert document._score(page, section) == _score_reference(page, section)
        plain = len(re.findall(SPEC.style.plain_end, page))
        polite = len(re.findall(SPEC.style.polite_end, page))
        style = min(plain, 5) if plain >= 3 and plain >= 2 * polite else 0
        assert document._style(page)[0] == style
        for n in (0, 1, 200, len(page), len(page) + 1):
            assert document.has_min_chars(page, n) == (len(re.sub(r"\s", "", page)) >= n)
        for profile, (score, words) in profiles.profile_scores(page).items():
            compiled = signals.compiled(f"profile:{profile}")
            found = [Counter(m.group() for m in s.regex.finditer(page)) for s in compiled]
            assert words == sum(found, Counter())
            assert score == sum(s.weight * sum(min(c, 3) for c in f.values())
                                for s, f in zip(compiled, found, strict=True))
