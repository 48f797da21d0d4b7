"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Columns are code points (`columnKind: unicodeCodePoints`), end columns exclusive, as SARIF
defines them. A disclosure finding (something the page lacks) has no span: it points at
line 1 of the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import PurePosixPath
from urllib.parse import quote

from checker import __version__
from checker.match.checks import DOCS_BASE_URL, Check
from checker.models import FileResult, Finding

from .catalogue import rules_used
from .escape import path_uri, without_surrogates
from .labels import category_label
from .spans import end_position, is_disclosure

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
NOTE = "exocheck はリスクスクリーニングであり、法的助言ではありません。"


def artifact_uri(path: str) -> dict:
    """A relative path stays relative to the checkout (%SRCROOT%); an absolute one is a file: URI."""
    if path == "-":
        return {"uri": "stdin"}
    if path[:8].lower().startswith(("http://", "https://")):  # a checked web page (checker.cli.urls)
        return {"uri": quote(path, safe=":/?#[]@!$&'()*+,;=%~")}
    p = PurePosixPath(path.replace("\\", "/"))
    if p.is_absolute():  # path_uri: a name that is not UTF-8 is percent-encoded from its bytes
        return {"uri": "file://" + path_uri(p.as_posix())}
    return {"uri": path_uri(p.as_posix()), "uriBaseId": "%SRCROOT%"}


def _rule(info: Check) -> dict:
    rationale = info.rationale.strip()
    help_text = "\n\n".join(x for x in (rationale, f"言い換え: {info.suggestion}", f"出典: {info.source}") if x)
    help_md = "\n\n".join(x for x in (rationale, f"**言い換え**: {info.suggestion}",
                                      f"**出典**: {info.source}", f"_{NOTE}_") if x)
    out = {
        "id": info.id,
        "shortDescription": {"text": f"{category_label(info.category)}: {info.message}"},
        "fullDescription": {"text": rationale or info.message},
        "help": {"text": help_text, "markdown": help_md},
        "helpUri": info.help_uri,
        "properties": {"category": info.category, "tags": ["exocheck", info.category]},
    }
    if info.name:
        out["name"] = info.name
    return out


def _message(f: Finding) -> str:
    quoted = f"「{f.matched_text}」: " if f.matched_text else ""
    return f"{quoted}{f.message}\n言い換え: {f.suggestion}\n出典: {f.source}"


def _region(f: Finding) -> dict:
    if is_disclosure(f):
        return {"startLine": 1}
    end_line, end_col = end_position(f)
    return {"startLine": f.line, "startColumn": f.column, "endLine": end_line, "endColumn": end_col,
            "charOffset": f.start, "charLength": f.end - f.start, "snippet": {"text": f.matched_text}}


def _result(r: FileResult, f: Finding, rule_index: int) -> dict:
    return {
        "ruleId": f.rule_id,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity.value],
        "message": {"text": _message(f)},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_uri(r.path), "region": _region(f)}}],
        "properties": {"category": f.category, **({"profile": r.document.profile} if r.document else {})},
    }


def _notification(r: FileResult) -> dict:
    return {
        "level": "error",
        "message": {"text": f"input-error: {r.error.reason}" if r.error else "input-error"},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_uri(r.path)}}],
        "descriptor": {"id": "input-error"},
    }


def to_sarif(results: list[FileResult], catalogue: Mapping[str, Check] | None = None) -> dict:
    rules = rules_used(results, catalogue)
    index = {info.id: i for i, info in enumerate(rules)}
    sarif_results = [_result(r, f, index[f.rule_id]) for r in results for f in r.findings]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "exocheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": DOCS_BASE_URL,
                "rules": [_rule(info) for info in rules],
            }},
            "invocations": [{
                "executionSuccessful": True,
                "toolExecutionNotifications": [_notification(r) for r in results if r.error],
            }],
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
            "properties": {"note": NOTE},
        }],
    }


def render(results: list[FileResult], *, catalogue: Mapping[str, Check] | None = None, **_: object) -> str:
    return json.dumps(without_surrogates(to_sarif(results, catalogue)), ensure_ascii=False, indent=2) + "\n"
