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

__all__ = ["CATEGORY_LABELS", "KIND_LABELS", "PROFILE_LABELS", "PROFILE_CHOICES", "SEVERITY_LABELS",
           "SEVERITY_HINTS", "category_label"]
