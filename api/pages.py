"""The web form: `GET /` and the no-JavaScript `POST /` that renders the result page."""

from __future__ import annotations

import logging
from contextlib import aclosing

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException, MultiPartParser

from checker.models import PROFILES

from .pool import PoolError
from .render import EMPTY_SUBMIT, render_page
from .service import Checked, InputProblem, check_text, check_upload

router = APIRouter(include_in_schema=False)
log = logging.getLogger("exocheck.api")
INTERNAL_ERROR = "チェック中に内部エラーが発生しました。入力はそのまま残しています。時間をおいてもう一度お試しください。"

# Defence in depth: user text is autoescaped, and the page runs only its own script
# (Content-Security-Policy and the other headers: api.security, on every response).


def page(request: Request, status: int = 200, **context) -> HTMLResponse:
    html = render_page(max_chars=request.app.state.settings.max_chars, **context)
    return HTMLResponse(html, status_code=status)


async def read_form(request: Request, max_bytes: int) -> FormData:
    """The posted form. An uploaded file stays in memory: Starlette spools a file part to a
    temporary file on disk past 1 MB; here the spool size is the request byte cap, which
    api.limits enforces before the body is read, so an upload never reaches the disk."""
    if request.headers.get("content-type", "").partition(";")[0].strip().lower() != "multipart/form-data":
        return await request.form(max_files=1, max_fields=10, max_part_size=max_bytes)
    async with aclosing(request.stream()) as stream:
        parser = MultiPartParser(request.headers, stream, max_files=1, max_fields=10, max_part_size=max_bytes)
        parser.spool_max_size = max_bytes + 1
        return await parser.parse()


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    return page(request)


async def check_posted(request: Request, *, require_text: bool = False) -> tuple[Checked, str, str] | HTMLResponse:
    """The posted form (text or file, profile) checked in the worker pool: (checked, text,
    profile), or the page with the problem's message and the user's text kept. The form page
    and the export routes both post this form."""
    settings = request.app.state.settings
    try:
        form = await read_form(request, settings.max_body_bytes)
    except (MultiPartException, UnicodeDecodeError, HTTPException) as exc:
        reason = exc.detail if isinstance(exc, HTTPException) else exc
        return page(request, 400, error=f"フォームの送信内容を読み取れませんでした（{reason}）。")
    text, profile = "", "auto"
    try:
        text = form.get("text")
        # Browsers send textarea newlines as CRLF; the user typed LF.
        text = text.replace("\r\n", "\n") if isinstance(text, str) else ""
        profile = form.get("profile") or "auto"
        if profile not in ("auto", *PROFILES):
            return page(request, 422, text=text, error="プロファイルは 自動判定・化粧品・健康食品・クリニック から選んでください。")
        upload = form.get("file")
        checked: Checked
        pool = request.app.state.pool
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read()
            checked = await pool.run(check_upload, data, upload.filename, profile, settings.max_chars)
            text = checked.shown_text
        elif require_text and not text.strip():
            return page(request, 400, text=text, profile=profile, error=EMPTY_SUBMIT)
        else:
            checked = await pool.run(check_text, text, profile, settings.max_chars)
    except InputProblem as exc:
        return page(request, exc.status, text=text, profile=profile, error=str(exc))
    except PoolError as exc:  # past the time budget, or no worker free: the text stays in the form
        return page(request, 503, text=text, profile=profile, error=str(exc))
    except Exception:  # an engine bug must not cost the user their text
        log.exception("check failed")
        return page(request, 500, text=text, profile=profile, error=INTERNAL_ERROR)
    finally:
        await form.close()
    return checked, text, profile


@router.post("/", response_class=HTMLResponse)
async def submit(request: Request) -> HTMLResponse:
    posted = await check_posted(request)
    if isinstance(posted, HTMLResponse):
        return posted
    checked, text, profile = posted
    return page(request, text=text, profile=profile, checked=checked)
