"""After matching: every post-processing step, in the order it runs (textlint's message
processing). A step is one function here, or names the one module that owns its logic.

    per text  `finish_text` (in check())   dedupe → soften → disclosures → locate
    per file  `finish_file` (with a config) suppress → select
    per run   `finish_run` (Project.finish) baseline → diff

`locate` moves spans from the checked text onto the user's file (checker.text.sourcemap); the
steps before it work in checked-text offsets, the steps after it in file offsets and lines.
The baseline is matched before the changed-lines filter (diff), so a baselined finding on
an unchanged line counts as matched, not as gone."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checker.judge import document
from checker.models import DocumentInfo, FileResult, Finding
from checker.project import gitdiff, suppress
from checker.text.sourcemap import SourceMap

if TYPE_CHECKING:
    from checker.project.baseline import Baseline
    from checker.project.config import Config

STEPS = ("dedupe", "soften", "disclosures", "locate", "suppress", "select", "baseline", "diff")


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop a finding whose span overlaps one of the same category already kept."""
    findings.sort(key=lambda f: (f.start, -f.end, -f.severity.rank, f.rule_id))
    kept: list[Finding] = []
    last_end: dict[str, int] = {}
    for f in findings:
        if f.start < last_end.get(f.category, -1):
            continue
        kept.append(f)
        last_end[f.category] = f.end
    return kept


def finish_text(findings: list[Finding], doc: DocumentInfo, text: str, ntext: str,
                source: SourceMap, quotes: Sequence[tuple[int, int]] = ()) -> list[Finding]:
    """dedupe → soften (checker.judge.document: articles) → disclosures (what an ad omits) → locate.
    `text` is the checked text the spans point into, `ntext` its normalised form; `quotes`
    the blockquotes of its markup (sorted disjoint spans of `text`), which soften treats
    as quotations."""
    findings = document.soften(dedupe(findings), doc, text, quotes)
    findings.extend(document.disclosure_findings(ntext, doc))
    return findings if source.identity else [source.locate(f) for f in findings]


def finish_file(findings: list[Finding], original: str, path: Path | str, profile: str,
                config: Config) -> list[Finding]:
    """suppress (inline `exocheck-disable` comments, checker.project.suppress) → select (select/ignore,
    per-file-ignores and severity overrides, checker.project.selectors; rules the selection turned off
    never matched, this also covers findings not made by phrase rules). `findings` are in
    `original`'s coordinates."""
    compiled = config.compiled()
    findings = suppress.apply(findings, original, compiled.known_ids)
    return compiled.selection.filter_findings(findings, config.relative(path), profile, config.ignore_specs)


def finish_run(results: list[FileResult], baseline: Baseline | None,
               changed: dict[Path, set[int] | None] | None) -> tuple[list[FileResult], int, int]:
    """baseline (checker.project.baseline) → diff (changed lines only, checker.project.gitdiff). Returns the
    results and, from the baseline, how many findings it matched and how many are gone."""
    baselined = stale = 0
    if baseline is not None:
        results, baselined, stale = baseline.filter(results)
    if changed is not None:
        results = gitdiff.filter_results(results, changed)
    return results, baselined, stale
