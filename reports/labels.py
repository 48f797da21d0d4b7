"""Japanese labels for the human-facing reports (the JSON keeps the contract's codes); category
labels live with the categories in checker.judge.taxonomy."""

from __future__ import annotations

from checker.judge.taxonomy import CATEGORY_LABELS

SEVERITY_LABELS = {"error": "違反の可能性大", "warning": "要確認", "info": "助言"}
PROFILE_LABELS = {"cosmetic": "化粧品", "supplement": "健康食品", "clinic": "クリニック（自由診療）"}
KIND_LABELS = {"ad": "広告", "article": "記事"}
__all__ = ["CATEGORY_LABELS", "KIND_LABELS", "PROFILE_LABELS", "SEVERITY_LABELS", "category_label"]


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)
