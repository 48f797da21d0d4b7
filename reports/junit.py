"""JUnit XML for CI dashboards: one testcase per file.

A file fails when it has findings at or above `--fail-on` (with `--fail-on never`, any
finding); the remaining findings are listed in its system-out. An unreadable file is an
<error>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.models import FileResult, Finding, reaches

from .escape import printable

# Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _name(r: FileResult) -> str:
    """The file name as shown: undecodable bytes and control characters escaped."""
    return printable(r.path)


def _line(r: FileResult, f: Finding) -> str:
    quoted = f"「{f.matched_text}」 " if f.matched_text else ""
    return (f"{_name(r)}:{f.line}:{f.column}: {f.severity.value} {f.rule_id} [{f.category}] {quoted}{f.message}"
            f"\n    → {f.suggestion}\n    出典: {f.source}")


def _failing(f: Finding, fail_on: str) -> bool:
    return fail_on == "never" or reaches(f.severity, fail_on)


def _testcase(r: FileResult, fail_on: str) -> tuple[ET.Element, str]:
    case = ET.Element("testcase", {"classname": "exocheck", "name": _name(r), "file": _name(r),
                                   "time": "0"})
    if r.error:
        ET.SubElement(case, "error", {"type": "input-error", "message": _clean(printable(r.error.reason))})
        return case, "error"
    failing = [f for f in r.findings if _failing(f, fail_on)]
    others = [f for f in r.findings if not _failing(f, fail_on)]
    status = "pass"
    if failing:
        worst = max(failing, key=lambda f: f.severity.rank).severity.value
        failure = ET.SubElement(case, "failure", {
            "type": worst,
            "message": f"{len(failing)} finding(s) at or above {fail_on if fail_on != 'never' else 'info'}",
        })
        failure.text = _clean("\n".join(_line(r, f) for f in failing))
        status = "failure"
    if others:
        ET.SubElement(case, "system-out").text = _clean("\n".join(_line(r, f) for f in others))
    return case, status


def render(results: list[FileResult], *, fail_on: str = "warning", **_: object) -> str:
    cases = [_testcase(r, fail_on) for r in results]
    counts = {"tests": str(len(cases)),
              "failures": str(sum(1 for _, s in cases if s == "failure")),
              "errors": str(sum(1 for _, s in cases if s == "error")),
              "skipped": "0"}
    root = ET.Element("testsuites", {"name": "exocheck", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "exocheck", **counts, "time": "0"})
    for case, _status in cases:
        suite.append(case)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
