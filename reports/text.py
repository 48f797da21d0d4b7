"""Plain text: `path:line:col severity rule_id message`, grouped by file."""

from __future__ import annotations

from checker.models import FileResult

from .summary import summarize


def render(results: list[FileResult], **_: object) -> str:
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(f"{r.path}: input-error: {r.error.reason}")
            continue
        for f in r.findings:
            out.append(f"{r.path}:{f.line}:{f.column}: {f.severity.value} {f.rule_id} [{f.category}] {f.message}")
            if f.matched_text:
                out.append(f"    「{f.matched_text}」 → {f.suggestion}")
            else:
                out.append(f"    → {f.suggestion}")
            out.append(f"    出典: {f.source}")
    s = summarize(results)
    sev = s["by_severity"]
    out.append(
        f"{s['files_checked']} file(s) checked, {s['findings']} finding(s): "
        f"{sev['error']} error, {sev['warning']} warning, {sev['info']} info"
        + (f"; {s['input_errors']} input error(s)" if s["input_errors"] else "")
    )
    return "\n".join(out) + "\n"
