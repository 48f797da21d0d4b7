"""Batch summary shared by every format."""

from __future__ import annotations

from collections import Counter

from checker.models import FileResult


def summarize(results: list[FileResult]) -> dict:
    severities: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for r in results:
        for f in r.findings:
            severities[f.severity.value] += 1
            categories[f.category] += 1
            rules[f.rule_id] += 1
    checked = [r for r in results if r.error is None]
    return {
        "files": len(results),
        "files_checked": len(checked),
        "files_with_findings": sum(1 for r in checked if r.findings),
        "input_errors": len(results) - len(checked),
        "findings": sum(severities.values()),
        "by_severity": {s: severities.get(s, 0) for s in ("error", "warning", "info")},
        "by_category": dict(sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))),
        "top_rules": [{"rule_id": k, "count": v} for k, v in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
        "slowest_files": [
            {"path": r.path, "seconds": round(r.seconds, 4)}
            for r in sorted(checked, key=lambda r: (-r.seconds, r.path))[:5]
        ],
    }
