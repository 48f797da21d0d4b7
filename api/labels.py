"""Japanese UI text of the web page. Category, severity and profile names come from
reports.labels so the page and the HTML report speak alike; the category codes themselves
are the contract in shared/taxonomy.md."""

from __future__ import annotations

from reports.labels import CATEGORY_LABELS, KIND_LABELS, PROFILE_LABELS, SEVERITY_LABELS, category_label

SEVERITY_HINTS = {
    "error": "ルールが禁止している表現の可能性が高いもの",
    "warning": "文脈によって問題になるため確認が必要なもの",
    "info": "改善のための助言",
}
# The profile selector (the report labels name the profile that was applied).
PROFILE_CHOICES = {"auto": "自動判定", "cosmetic": "化粧品", "supplement": "健康食品", "clinic": "クリニック"}

# Which disclosures an ad of each profile is expected to state (shared/taxonomy.md).
_ALL = ("cosmetic", "supplement", "clinic")
_COSMETIC_CLINIC = ("cosmetic", "clinic")
DISCLOSURE_PROFILES = {
    "disclosure-source": _ALL,
    "disclosure-particle-count": _COSMETIC_CLINIC,
    "disclosure-purity": _COSMETIC_CLINIC,
    "disclosure-function": _COSMETIC_CLINIC,
    "disclosure-manufacturing": _COSMETIC_CLINIC,
    "disclosure-unapproved": ("clinic",),
    "disclosure-acquisition-route": ("clinic",),
    "disclosure-domestic-approved": ("clinic",),
    "disclosure-foreign-safety": ("clinic",),
    "disclosure-relief-system": ("clinic",),
    "disclosure-cost": ("clinic",),
    "disclosure-risks": ("clinic",),
    "disclosure-treatment-content": ("clinic",),
    "disclosure-contact": ("clinic",),
    "disclosure-ingredient-purpose": ("cosmetic",),
}


def disclosures_for(profile: str) -> list[str]:
    """Disclosure categories expected in an ad of `profile`, in taxonomy order."""
    return [c for c, profiles in DISCLOSURE_PROFILES.items() if profile in profiles]


__all__ = ["CATEGORY_LABELS", "KIND_LABELS", "PROFILE_LABELS", "PROFILE_CHOICES", "SEVERITY_LABELS",
           "SEVERITY_HINTS", "DISCLOSURE_PROFILES", "category_label", "disclosures_for"]
