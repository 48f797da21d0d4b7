"""GitHub Actions workflow commands: `::error file=…,line=…,col=…::message` annotations.

Escaping follows the runner's rules: in the message %, CR and LF are percent-encoded; in
property values also `:` and `,`, which would otherwise end the value.
"""

from __future__ import annotations

from checker.models import FileResult, Finding

from .escape import printable
from .spans import end_position, is_disclosure

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, props: dict[str, object], message: str) -> str:
    joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{kind} {joined}::{escape_data(message)}"


def annotation(r: FileResult, f: Finding) -> str:
    props: dict[str, object] = {"file": printable(r.path), "line": 1 if is_disclosure(f) else f.line}
    if not is_disclosure(f):
        end_line, end_col = end_position(f)
        props["col"] = f.column
        if end_line != f.line:
            props["endLine"] = end_line
        props["endColumn"] = end_col
    props["title"] = f"{f.rule_id} [{f.category}]"
    quoted = f"「{printable(f.matched_text)}」: " if f.matched_text else ""
    message = f"{quoted}{printable(f.message)}\n言い換え: {printable(f.suggestion)}\n出典: {printable(f.source)}"
    return _command(COMMANDS[f.severity.value], props, message)


def render(results: list[FileResult], **_: object) -> str:
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(_command("error", {"file": printable(r.path), "title": "exocheck input-error"},
                                printable(r.error.reason)))
        out += [annotation(r, f) for f in r.findings]
    return "".join(line + "\n" for line in out)
