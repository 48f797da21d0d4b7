"""Profile auto-detection (taxonomy: clinic words → clinic; intake words → supplement;
otherwise cosmetic). Returns the profile and the evidence, so reports can explain it.

Words are weighted: 当院/施術/点滴 say "clinic" on their own, while 医師/治療/予約 also
occur in cosmetic copy (医師監修, 予約販売, 治療ではありません) and only tip the balance.
A cosmetic page needs no signal of its own, but its product words (美容液, 化粧水 …)
outweigh a stray weak clinic word."""

from __future__ import annotations

from collections import Counter

from checker.match import linear_re

_SIGNALS: dict[str, list[tuple[linear_re.Regex, float]]] = {
    "clinic": [
        (linear_re.compile(r"当院|当クリニック|施術|点滴|注射|注入|診療|院長|来院|通院|ダウンタイム|医療機関|クリニック|美容皮膚科"), 3),
        (linear_re.compile(r"医師|治療|カウンセリング|ご予約|予約|再生医療"), 1),
    ],
    "supplement": [
        (linear_re.compile(r"サプリ|健康食品|栄養補助食品|機能性表示食品|栄養機能食品|召し上が|摂取|[0-9]+粒|カプセル|タブレット|ドリンク"), 3),
        (linear_re.compile(r"飲む|飲んで|飲み|粒|食品"), 1),
    ],
    "cosmetic": [
        (linear_re.compile(r"化粧品|美容液|化粧水|乳液|クリーム|セラム|ローション|美容オイル|フェイスマスク|シートマスク|コスメ|医薬部外品|全成分|塗布|洗顔"), 2),
    ],
}
_LABEL = {"clinic": "医療機関の語", "supplement": "摂取・サプリの語", "cosmetic": "化粧品の語"}


def profile_scores(text: str) -> dict[str, tuple[float, Counter]]:
    """Per profile: weighted score (each word counted at most 3 times) and the words found."""
    out: dict[str, tuple[float, Counter]] = {}
    for profile, signals in _SIGNALS.items():
        words: Counter = Counter()
        score = 0.0
        for pattern, weight in signals:
            found = Counter(pattern.findall(text))  # no capturing groups: whole matches
            score += weight * sum(min(n, 3) for n in found.values())
            words.update(found)
        out[profile] = (score, words)
    return out


def detect_profile(text: str) -> tuple[str, str]:
    """(profile, reason) for `text`, using the strongest family of signal words."""
    scores = profile_scores(text)
    clinic, supplement, cosmetic = (scores[p][0] for p in ("clinic", "supplement", "cosmetic"))
    if clinic >= 3 and clinic >= supplement and clinic >= cosmetic:
        profile = "clinic"
    elif supplement >= 3 and supplement >= cosmetic:
        profile = "supplement"
    else:
        profile = "cosmetic"
    words = scores[profile][1]
    if not words:
        return "cosmetic", "医療機関・摂取の語がないため化粧品として判定"
    shown = "、".join(w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
    return profile, f"{_LABEL[profile]} ({shown})"
