"""JSON API: `POST /api/v1/check`, `GET /api/v1/rules[/{id}]`."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from checker.judge.taxonomy import CHECK_CATEGORIES
from checker.match.catalogue import default_catalogue, describe
from reports import markdown as markdown_report
from reports import text as text_report
from reports.json_report import to_dict

from .messages import validation_message
from .pool import PoolError
from .render import render_result
from .schemas import CheckInfo, CheckRequest, CheckResponse, ErrorMessage
from .service import Checked, InputProblem, check_text

router = APIRouter(prefix="/api/v1", tags=["api"])
log = logging.getLogger("exocheck.api")

_REQUEST_SCHEMA = CheckRequest.model_json_schema()
_REQUEST_EXAMPLES = {
    "cosmetic": {"summary": "化粧品の広告（自動判定）", "value": _REQUEST_SCHEMA["examples"][0]},
    "clinic": {"summary": "クリニックの広告を Markdown レポート付きで", "value": _REQUEST_SCHEMA["examples"][1]},
}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=status)


def _rendered(checked: Checked, fmt: str) -> str:
    if fmt == "html":
        return render_result(checked)
    if fmt == "markdown":
        return markdown_report.render([checked.result])
    return text_report.render([checked.result])


@router.post(
    "/check",
    summary="Check ad copy",
    response_model=None,
    responses={200: {"model": CheckResponse}, 400: {"model": ErrorMessage, "description": "body is not UTF-8"},
               413: {"model": ErrorMessage, "description": "text over the size limit (EXOCHECK_MAX_CHARS)"},
               500: {"model": ErrorMessage, "description": "internal error (the text is not stored)"},
               503: {"model": ErrorMessage, "description": "the check ran past its time budget (EXOCHECK_TIMEOUT)"
                     " and was stopped, or no worker was free in time"}},
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
        "schema": _REQUEST_SCHEMA, "examples": _REQUEST_EXAMPLES}}}},
)
async def check_copy(request: Request) -> JSONResponse:
    """Check one text and return the same report as `exocheck check --format json`.

    Spans (`start`/`end`) are code-point offsets into `text`. The text is not stored or logged.
    The check runs in a worker process with a time budget (`EXOCHECK_TIMEOUT`, default 10 s):
    past it the answer is 503 with a message."""
    # The body is parsed here, not by FastAPI, so that non-UTF-8 input gets a clear 400.
    max_chars = request.app.state.settings.max_chars
    try:
        body = (await request.body()).decode("utf-8")
    except UnicodeDecodeError:
        return _error(400, "リクエスト本文が UTF-8 ではありません。JSON は UTF-8 で送ってください。")
    try:
        req = CheckRequest.model_validate_json(body)
    except ValidationError as exc:
        errors = [{k: v for k, v in e.items() if k != "input"} | {"loc": ["body", *e["loc"]]}
                  for e in exc.errors(include_url=False)]
        for e in errors:  # the message in Japanese; `type` and `loc` stay for programs
            e["msg"] = validation_message(e)
        return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)
    try:
        checked = await request.app.state.pool.run(check_text, req.text, req.profile, max_chars)
        payload = to_dict([checked.result])
        if req.format:
            payload["rendered"] = await run_in_threadpool(_rendered, checked, req.format)
    except InputProblem as exc:
        return _error(exc.status, str(exc))
    except PoolError as exc:
        return _error(503, str(exc))
    except Exception:
        log.exception("check failed")
        return _error(500, "チェック中に内部エラーが発生しました。時間をおいてもう一度お試しください。")
    return JSONResponse(payload)


@router.get("/rules", summary="List the rules", response_model=list[CheckInfo],
            responses={422: {"model": ErrorMessage, "description": "unknown category"}})
def list_rules(category: str | None = None):
    """Every check, phrase rules then disclosure checks (optionally of one category), as
    `exocheck rules --format json` prints them."""
    if category is not None and category not in CHECK_CATEGORIES:
        return _error(422, f"カテゴリ {category!r} はありません。次のいずれかを指定してください: {', '.join(CHECK_CATEGORIES)}")
    return [describe(c) for c in default_catalogue().checks() if category in (None, c.category)]


@router.get("/rules/{rule_id}", summary="One rule", response_model=CheckInfo,
            responses={404: {"model": ErrorMessage, "description": "unknown rule id"}})
def get_rule(rule_id: str):
    """One check by id (case-insensitive), like `exocheck explain`."""
    check = default_catalogue().get(rule_id.upper())
    if check is not None:
        return describe(check)
    return _error(404, f"ルール {rule_id!r} は見つかりません。GET /api/v1/rules で一覧を確認できます。")
