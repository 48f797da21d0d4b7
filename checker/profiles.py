"""Profile auto-detection (taxonomy: clinic words → clinic; intake words → supplement;
otherwise cosmetic). Returns the profile and the evidence, so reports can explain it."""

from __future__ import annotations

import re

_CLINIC = re.compile(r"施術|点滴|当院|診療|医師|注射|注入|クリニック|院長|ご予約|予約|カウンセリング|治療")
_SUPPLEMENT = re.compile(r"摂取|飲む|飲んで|飲み|サプリ|[0-9]+粒|粒|カプセル|健康食品|栄養補助|ドリンク|タブレット")


def detect_profile(text: str) -> tuple[str, str]:
    """(profile, reason) for `text`, using the strongest family of signal words."""
    clinic = _CLINIC.findall(text)
    supplement = _SUPPLEMENT.findall(text)
    if clinic and len(clinic) >= len(supplement):
        return "clinic", "医療機関の語 (" + "、".join(sorted(set(clinic))[:4]) + ")"
    if supplement:
        return "supplement", "摂取・サプリの語 (" + "、".join(sorted(set(supplement))[:4]) + ")"
    return "cosmetic", "医療機関・摂取の語がないため化粧品として判定"
