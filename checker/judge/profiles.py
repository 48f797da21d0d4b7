"""Profile auto-detection (taxonomy: clinic words → clinic; intake words → supplement;
otherwise cosmetic). Returns the profile and the evidence, so reports can explain it.
The words and weights are data: rules/page_kinds.yml `profiles`.

Words are weighted: 当院/施術/点滴 say "clinic" on their own, while 医師/治療/予約 also
occur in cosmetic copy (医師監修, 予約販売, 治療ではありません) and only tip the balance.
A cosmetic page needs no signal of its own, but its product words (美容液, 化粧水 …)
outweigh a stray weak clinic word."""

from __future__ import annotations

from collections import Counter

from checker.judge import signals

PROFILE_ORDER = ("clinic", "supplement", "cosmetic")


def profile_scores(text: str) -> dict[str, tuple[float, Counter]]:
    """Per profile: weighted score (each word counted at most 3 times) and the words found
    (signals and weights: rules/page_kinds.yml `profiles`)."""
    return {profile: signals.score(text, signals.compiled(f"profile:{profile}")) for profile in PROFILE_ORDER}


def detect_profile(text: str) -> tuple[str, str]:
    """(profile, reason) for `text`, using the strongest family of signal words."""
    scores = profile_scores(text)
    specs = signals.spec().profiles
    clinic, supplement, cosmetic = (scores[p][0] for p in PROFILE_ORDER)
    if clinic >= specs["clinic"].min_score and clinic >= supplement and clinic >= cosmetic:
        profile = "clinic"
    elif supplement >= specs["supplement"].min_score and supplement >= cosmetic:
        profile = "supplement"
    else:
        profile = "cosmetic"
    words = scores[profile][1]
    if not words:
        return "cosmetic", "医療機関・摂取の語がないため化粧品として判定"
    shown = "、".join(w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
    return profile, f"{specs[profile].label} ({shown})"
