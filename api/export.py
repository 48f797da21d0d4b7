"""Taking the result away: the CLI's self-contained HTML report and a CSV of the findings,
posted by the page's own form (so they work without JavaScript too), and /favicon.ico.

The text is checked again in memory for the download and never stored or logged."""

from __future__ import annotations

import csv
import io
import logging
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response

from reports import html as html_report

from . import ui_text
from .pages import check_posted
from .render import result_view
from .service import Checked

router = APIRouter(include_in_schema=False)
log = logging.getLogger("exocheck.api")
FAVICON = Path(__file__).resolve().parent / "static" / "favicon.ico"
PASTE_NAME = "貼り付けたテキスト"
CSV_HEADER = ["番号", "重要度", "カテゴリ", "ルールID", "行", "列", "該当表現", "理由", "言い換え案", "言い換えの方針", "出典"]


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(FAVICON, media_type="image/x-icon", headers={"Cache-Control": "public, max-age=86400"})


async def _checked(request: Request) -> Checked | Response:
    """The posted form checked like `POST /` (an empty text is refused); an error answers
    with the page and its message."""
    posted = await check_posted(request, require_text=True)
    return posted if isinstance(posted, Response) else posted[0]


def _download(body: bytes, media_type: str, suffix: str) -> Response:
    name = f"exocheck-{datetime.now().strftime('%Y%m%d-%H%M')}.{suffix}"
    return Response(body, media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{name}"',
        "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})


@router.post("/export/report.html")
async def export_report(request: Request) -> Response:
    """The same self-contained HTML report as `exocheck check --format html`."""
    checked = await _checked(request)
    if isinstance(checked, Response):
        return checked
    result = checked.result
    if result.path == "-":
        result = result.model_copy(update={"path": PASTE_NAME})
    html = await run_in_threadpool(html_report.render, [result], fail_on="warning")
    return _download(html.encode("utf-8"), "text/html; charset=utf-8", "html")


def _cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def findings_csv(checked: Checked) -> str:
    """One row per finding, in reading order (Excel-friendly: the caller adds the BOM)."""
    view = result_view(checked)
    hits = {h.index: h for g in view.groups for h in g.hits}
    hits.update({h.index: h for h in view.other_document})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for i, (f, orig) in enumerate(zip(checked.shown_findings, checked.result.findings, strict=True)):
        hit = hits.get(i)
        rewrite = ""
        if hit and hit.rewrite:
            rw = hit.rewrite
            rewrite = (f"削除（{rw.delete}）" if rw.replacement is None
                       else f"「{rw.original}」→「{rw.replacement}」" if rw.replacement else f"「{rw.original}」を削除")
        phrase = f.matched_text if f.matched_text else "（記載なし）"
        writer.writerow([_cell(v) for v in (
            i + 1, ui_text.SEVERITY_LABELS[f.severity.value], ui_text.category_label(f.category), f.rule_id,
            orig.line if f.matched_text else "", orig.column if f.matched_text else "", phrase, f.message,
            rewrite, f.suggestion, f.source)])
    return out.getvalue()


@router.post("/export/findings.csv")
async def export_csv(request: Request) -> Response:
    checked = await _checked(request)
    if isinstance(checked, Response):
        return checked
    body = await run_in_threadpool(findings_csv, checked)
    return _download(b"\xef\xbb\xbf" + body.encode("utf-8"), "text/csv; charset=utf-8", "csv")
