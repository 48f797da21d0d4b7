"""Security headers on every response (pages, API, static files, errors, the 413 of api.limits).

The page runs only its own script and stylesheet (/static/app.js, /static/app.css: no inline
script, no style attributes), so the policy allows nothing from elsewhere; the interactive
API docs, when turned on (EXOCHECK_DOCS=1), are the one exception (see DOCS_CSP)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# FastAPI's Swagger UI and ReDoc pages load their script and style from the jsDelivr CDN and
# start with an inline script; only those pages get this policy, and only when turned on.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
            "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
            "https://cdn.redoc.ly; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'")
DOCS_PATHS = frozenset(("/docs", "/redoc", "/docs/oauth2-redirect"))

HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",  # frame-ancestors for browsers without CSP level 2
    "cross-origin-opener-policy": "same-origin",
}


class SecurityHeadersMiddleware:
    """Add the headers above (and `Cache-Control: no-store` outside /static: answers carry the
    user's text) to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp, docs: bool = False):
        self.app, self.docs = app, docs

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        extra = dict(HEADERS)
        extra["content-security-policy"] = DOCS_CSP if self.docs and path in DOCS_PATHS else CSP
        if not path.startswith("/static/"):
            extra["cache-control"] = "no-store"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in extra.items() if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
