"""What the reports say about each rule (name, why, how to fix, where it is documented)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from checker.models import FileResult, Finding

# Placeholder until the project has a public home; rule links are DOCS_BASE_URL + docs/rules.md#anchor.
DOCS_BASE_URL = "https://github.com/exocheck/exocheck/blob/main/"


def rule_anchor(rule_id: str, name: str = "") -> str:
    """GitHub's heading anchor for `## {rule_id} {name}` in docs/rules.md."""
    heading = f"{rule_id} {name}".strip().lower()
    return re.sub(r"[^\w\- ]", "", heading).replace(" ", "-")


def rule_url(rule_id: str, name: str = "") -> str:
    return f"{DOCS_BASE_URL}docs/rules.md#{rule_anchor(rule_id, name)}"


@dataclass(frozen=True)
class RuleInfo:
    """The documentation of one rule, as the reports need it."""

    id: str
    category: str
    message: str
    suggestion: str
    source: str
    name: str = ""
    rationale: str = ""
    url: str = ""

    @property
    def help_uri(self) -> str:
        return self.url or rule_url(self.id, self.name)

    @classmethod
    def from_finding(cls, f: Finding) -> RuleInfo:
        return cls(id=f.rule_id, category=f.category, message=f.message, suggestion=f.suggestion, source=f.source)


def default_catalogue() -> dict[str, RuleInfo]:
    """Every rule of the loaded packs, by id."""
    from checker.rules import default_rules

    return {r.id: RuleInfo(id=r.id, category=r.category, message=r.message, suggestion=r.suggestion,
                           source=r.source, name=r.name, rationale=r.rationale.strip(), url=r.url)
            for r in default_rules()}


def rules_used(results: Iterable[FileResult], catalogue: Mapping[str, RuleInfo] | None = None) -> list[RuleInfo]:
    """The rules behind the findings, sorted by id; unknown ids are described by their finding."""
    if catalogue is None:
        catalogue = default_catalogue()
    used: dict[str, RuleInfo] = {}
    for r in results:
        for f in r.findings:
            if f.rule_id not in used:
                used[f.rule_id] = catalogue.get(f.rule_id) or RuleInfo.from_finding(f)
    return [used[k] for k in sorted(used)]
