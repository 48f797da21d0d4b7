"""JSON: the machine contract `{"files": [...], "summary": {...}}`."""

from __future__ import annotations

import json

from checker.models import FileResult

from .escape import without_surrogates
from .summary import summarize


def to_dict(results: list[FileResult], timings: bool = False) -> dict:
    files = []
    for r in results:
        d = r.model_dump(mode="json", exclude_none=False)
        if not timings:
            d.pop("seconds", None)
        files.append(d)
    summary = summarize(results)
    if not timings:
        summary.pop("slowest_files", None)
    # a file name that is not UTF-8 is shown with \xNN escapes (reports.escape)
    return without_surrogates({"files": files, "summary": summary})


def render(results: list[FileResult], *, timings: bool = False, **_: object) -> str:
    return json.dumps(to_dict(results, timings), ensure_ascii=False, indent=2) + "\n"
