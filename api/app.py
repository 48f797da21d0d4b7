"""The web app: the form at `/`, the JSON API under `/api/v1`, OpenAPI docs at `/docs`.

`make run` and `exocheck serve` start it with uvicorn (`api.app:app`). Submitted copy is
checked in memory and never stored or logged."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.staticfiles import StaticFiles

from checker import __version__

from . import pages, service, v1
from .limits import BodyLimitMiddleware
from .render import render_page
from .settings import Settings, load_settings

STATIC = Path(__file__).resolve().parent / "static"

DESCRIPTION = """Risk screening of Japanese exosome / stem-cell culture supernatant ad copy
(薬機法, 医療広告ガイドライン, 景品表示法 …). **Risk screening, not legal advice.**

`POST /api/v1/check` returns the same report as `exocheck check --format json`."""


@asynccontextmanager
async def lifespan(app: FastAPI):
    await run_in_threadpool(service.warm_up)  # first check loads the Sudachi dictionary
    yield


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    app = FastAPI(title="exocheck", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes,
                       html_page=lambda message: render_page(error=message, max_chars=settings.max_chars))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages.router)
    app.include_router(v1.router)

    @app.get("/healthz", tags=["health"], summary="Liveness check")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app


app = create_app()
