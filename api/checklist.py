"""The disclosure checklist: what an ad of this profile is expected to state, and which of
those items the checker found missing (the `disclosure-*` findings).

The items come from the same catalogue and the same conditions as
`checker.judge.document.disclosure_findings`, so "記載あり" means the checker looked and found it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from checker.judge import document
from checker.match.disclosures import default_disclosures
from checker.models import DocumentInfo, Finding
from checker.text.normalize import normalize


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


def build(text: str, doc: DocumentInfo, findings: list[Finding]) -> Checklist:
    """The checklist of `text` (the text given to check()) with its disclosure findings."""
    catalogue = default_disclosures()
    by_rule = {f.rule_id: f for f in findings if f.category.startswith("disclosure-")}
    if doc.kind != "ad":
        return Checklist("article")
    ntext = normalize(text).text
    if not document.has_min_chars(ntext, catalogue.settings.min_chars) and not by_rule:
        return Checklist("short", min_chars=catalogue.settings.min_chars)
    ev = catalogue.settings.ev_pattern.search(ntext) is not None
    items = [ChecklistItem(d.category, by_rule.pop(d.id, None))
             for d in catalogue.disclosures if d.severity_for(doc.profile, ev)]
    items += [ChecklistItem(f.category, f) for f in by_rule.values()]  # from elsewhere: still shown
    return Checklist("checked", items)
