"""The checks behind a report's findings, described by the checker's one catalogue
(checker.match.catalogue: phrase rules and disclosure checks alike)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from checker.match.catalogue import default_catalogue
from checker.match.checks import Check
from checker.models import FileResult, Finding


def from_finding(f: Finding) -> Check:
    """A check the catalogue does not know (a tool notice, a custom pack), described by its finding."""
    return Check(id=f.rule_id, kind="disclosure" if f.scope == "document" else "phrase", category=f.category,
                 message=f.message, suggestion=f.suggestion, source=f.source)


def rules_used(results: Iterable[FileResult], catalogue: Mapping[str, Check] | None = None) -> list[Check]:
    """The checks behind the findings, sorted by id; unknown ids are described by their finding."""
    if catalogue is None:
        catalogue = default_catalogue().by_id
    used: dict[str, Check] = {}
    for r in results:
        for f in r.findings:
            if f.rule_id not in used:
                used[f.rule_id] = catalogue.get(f.rule_id) or from_finding(f)
    return [used[k] for k in sorted(used)]
