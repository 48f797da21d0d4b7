"""The web app: the form at `/`, the JSON API under `/api/v1`, its OpenAPI schema at `/openapi.json`.

`make run` and `exocheck serve` start it with uvicorn (`api.app:app`). Submitted copy is
checked in memory and never stored or logged. Checks run in worker processes
(`api.pool`: `EXOCHECK_WORKERS`, `EXOCHECK_TIMEOUT`), so the server itself stays free."""

from __future__ import annotations

from contextlib import asynccontextmanager
from html import escape
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from checker import __version__

from . import export, pages, v1
from .limits import BodyLimitMiddleware
from .pool import CheckPool, stop_checks_on_exit_signals
from .render import render_page
from .security import SecurityHeadersMiddleware
from .settings import ServerSettings, load_settings

STATIC = Path(__file__).resolve().parent / "static"
SHUTDOWN_GRACE = 2.0  # seconds running checks get after SIGTERM before their workers are killed

DESCRIPTION = """Risk screening of Japanese exosome / stem-cell culture supernatant ad copy
(薬機法, 医療広告ガイドライン, 景品表示法 …). **Risk screening, not legal advice.**

`POST /api/v1/check` returns the same report as `exocheck check --format json`."""


@asynccontextmanager
async def lifespan(app: FastAPI):
    pool: CheckPool = app.state.pool
    await run_in_threadpool(pool.start, True)  # workers load the rules and the Sudachi dictionary first
    restore = stop_checks_on_exit_signals(pool, grace=min(pool.timeout, SHUTDOWN_GRACE))
    try:
        yield
    finally:
        restore()
        await run_in_threadpool(pool.close)  # kills a check still running: shutdown never waits on one


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or load_settings()
    docs = {} if settings.docs else {"docs_url": None, "redoc_url": None}
    app = FastAPI(title="exocheck", version=__version__, description=DESCRIPTION, lifespan=lifespan, **docs)
    app.state.settings = settings
    app.state.pool = CheckPool(settings.workers, settings.timeout, settings.queue_timeout)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes,
                       html_page=lambda message: render_page(error=message, max_chars=settings.max_chars))
    app.add_middleware(SecurityHeadersMiddleware, docs=settings.docs)  # outermost: also on the 413 above
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages.router)
    app.include_router(v1.router)
    app.include_router(export.router)  # downloads (HTML report, CSV) and /favicon.ico

    @app.get("/healthz", tags=["health"], summary="Liveness check")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    if not settings.docs:
        @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
        def api_index(request: Request) -> HTMLResponse:
            return HTMLResponse(api_index_page(request.app.openapi()))

    return app


def api_index_page(spec: dict) -> str:
    """A plain page listing the API's endpoints (no script, nothing from elsewhere): what /docs
    shows while the interactive docs, which load Swagger UI from a CDN, are off."""
    rows = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            rows.append(f"<tr><td><code>{escape(method.upper())}</code></td><td><code>{escape(path)}</code></td>"
                        f"<td>{escape(op.get('summary', ''))}</td></tr>")
    return f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>exocheck API</title>
<link rel="stylesheet" href="/static/app.css"></head>
<body><main class="wrap">
<h1>exocheck API {escape(spec.get("info", {}).get("version", ""))}</h1>
<p>OpenAPI スキーマ（リクエスト例つき）: <a href="/openapi.json">/openapi.json</a>。
対話型ドキュメント（Swagger UI / ReDoc）はスクリプトを外部 CDN から読み込むため、既定では無効です。
サーバーを <code>EXOCHECK_DOCS=1</code> で起動すると <code>/docs</code> と <code>/redoc</code> で使えます。</p>
<table><thead><tr><th>メソッド</th><th>パス</th><th>内容</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table>
<p><a href="/">チェック画面に戻る</a></p>
</main></body></html>"""


app = create_app()
