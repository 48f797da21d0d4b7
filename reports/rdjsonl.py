"""reviewdog rdjsonl: one Diagnostic JSON object per line (`reviewdog -f=rdjsonl`).

reviewdog counts columns in UTF-8 bytes, so the line text converts our code-point columns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from checker.match.checks import DOCS_BASE_URL, Check
from checker.models import FileResult, Finding

from .catalogue import rules_used
from .escape import without_surrogates
from .spans import end_position, is_disclosure, source_line, utf8_column

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _range(r: FileResult, f: Finding) -> dict:
    if is_disclosure(f):
        return {"start": {"line": 1}}
    end_line, end_col = end_position(f)
    return {
        "start": {"line": f.line, "column": utf8_column(source_line(r.text, f.line), f.column)},
        "end": {"line": end_line, "column": utf8_column(source_line(r.text, end_line), end_col)},
    }


def diagnostic(r: FileResult, f: Finding, help_uri: str) -> dict:
    quoted = f"「{f.matched_text}」: " if f.matched_text else ""
    return {
        "message": f"{quoted}{f.message} 言い換え: {f.suggestion} 出典: {f.source}",
        "location": {"path": r.path, "range": _range(r, f)},
        "severity": SEVERITIES[f.severity.value],
        "source": {"name": "exocheck", "url": DOCS_BASE_URL},
        "code": {"value": f.rule_id, "url": help_uri},
    }


def render(results: list[FileResult], *, catalogue: Mapping[str, Check] | None = None, **_: object) -> str:
    uris = {info.id: info.help_uri for info in rules_used(results, catalogue)}
    lines = [json.dumps(without_surrogates(diagnostic(r, f, uris[f.rule_id])), ensure_ascii=False)
             for r in results for f in r.findings]
    lines += [json.dumps(without_surrogates({"message": f"input-error: {r.error.reason}", "location": {"path": r.path},
                          "severity": "ERROR", "source": {"name": "exocheck", "url": DOCS_BASE_URL},
                          "code": {"value": "input-error"}}), ensure_ascii=False)
              for r in results if r.error]
    return "".join(line + "\n" for line in lines)
