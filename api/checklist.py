"""The disclosure checklist: what an ad of this profile is expected to state, and which of
those items the checker found missing (the `disclosure-*` findings).

The items are what the engine checked (`DocumentInfo.disclosures_checked`, recorded by
`checker.judge.document.disclosure_findings`), so "記載あり" means the checker looked and found it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from checker.match.disclosures import default_disclosures
from checker.models import DocumentInfo, Finding


@dataclass
class ChecklistItem:
    category: str
    missing: Finding | None = None  # the finding that says it is missing


@dataclass
class Checklist:
    """`state`: checked (items below), article (not asked of articles), short (an excerpt)."""

    state: Literal["checked", "article", "short"]
    items: list[ChecklistItem] = field(default_factory=list)
    min_chars: int = 0

    @property
    def missing_count(self) -> int:
        return sum(1 for i in self.items if i.missing)


def build(doc: DocumentInfo, findings: list[Finding]) -> Checklist:
    """The checklist the engine recorded on `doc` (`disclosures_checked`), with the
    `disclosure-*` findings that say which items are missing."""
    if doc.kind != "ad":
        return Checklist("article")
    if doc.disclosures_checked is None:
        return Checklist("short", min_chars=default_disclosures().settings.min_chars)
    by_category = {f.category: f for f in findings if f.scope == "document"}
    items = [ChecklistItem(c, by_category.pop(c, None)) for c in doc.disclosures_checked]
    items += [ChecklistItem(f.category, f) for f in by_category.values()]  # from elsewhere: still shown
    return Checklist("checked", items)
