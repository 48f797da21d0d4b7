"""The web form: `GET /` and the no-JavaScript `POST /` that renders the result page."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException

from checker.models import PROFILES

from .render import render_page
from .service import Checked, InputProblem, check_text, check_upload

router = APIRouter(include_in_schema=False)
log = logging.getLogger("exocheck.api")
INTERNAL_ERROR = "チェック中に内部エラーが発生しました。入力はそのまま残しています。時間をおいてもう一度お試しください。"

# Defence in depth: user text is autoescaped, and the page runs only its own script.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def page(request: Request, status: int = 200, **context) -> HTMLResponse:
    html = render_page(max_chars=request.app.state.settings.max_chars, **context)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    return page(request)


@router.post("/", response_class=HTMLResponse)
async def submit(request: Request) -> HTMLResponse:
    settings = request.app.state.settings
    try:
        form = await request.form(max_files=1, max_fields=10, max_part_size=settings.max_body_bytes)
    except (MultiPartException, UnicodeDecodeError) as exc:
        return page(request, 400, error=f"フォームの送信内容を読み取れませんでした（{exc}）。")
    try:
        text = form.get("text")
        # Browsers send textarea newlines as CRLF; the user typed LF.
        text = text.replace("\r\n", "\n") if isinstance(text, str) else ""
        profile = form.get("profile") or "auto"
        if profile not in ("auto", *PROFILES):
            return page(request, 422, text=text, error="プロファイルは 自動判定・化粧品・健康食品・クリニック から選んでください。")
        upload = form.get("file")
        checked: Checked
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read()
            checked = await run_in_threadpool(check_upload, data, upload.filename, profile, settings.max_chars)
            text = checked.shown_text
        else:
            checked = await run_in_threadpool(check_text, text, profile, settings.max_chars)
    except InputProblem as exc:
        return page(request, exc.status, text=text, profile=profile, error=str(exc))
    except Exception:  # an engine bug must not cost the user their text
        log.exception("check failed")
        return page(request, 500, text=text, profile=profile, error=INTERNAL_ERROR)
    finally:
        await form.close()
    return page(request, text=text, profile=profile, checked=checked)
