"""Web app (placeholder until the web form lands)."""

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI(title="exocheck")


@app.get("/", response_class=HTMLResponse)
def index() -> str:
    return "<!doctype html><meta charset=utf-8><title>exocheck</title><h1>exocheck</h1>"


@app.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}
