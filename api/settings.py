"""Web app settings, read from the environment when the app is created."""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from .pool import default_workers

DEFAULT_MAX_CHARS = 200_000
DEFAULT_TIMEOUT = 10.0
log = logging.getLogger("exocheck.api")


@dataclass(frozen=True)
class ServerSettings:
    """Limits of one app instance (tests build their own)."""

    max_chars: int = DEFAULT_MAX_CHARS
    workers: int = field(default_factory=default_workers)  # check worker processes (EXOCHECK_WORKERS)
    timeout: float = DEFAULT_TIMEOUT  # seconds one check may run before its worker is replaced (EXOCHECK_TIMEOUT)
    queue_timeout: float = 30.0  # seconds a request may wait for a free worker
    docs: bool = False  # /docs and /redoc (Swagger UI / ReDoc load their scripts from a CDN) (EXOCHECK_DOCS)

    @property
    def max_body_bytes(self) -> int:
        """Raw request size cap: JSON may escape one character as up to 12 bytes (surrogate pair)."""
        return self.max_chars * 12 + 64 * 1024


def _number(environ: Mapping[str, str], name: str, default, parse, valid):
    raw = environ.get(name, "").strip().replace("_", "")
    if not raw:
        return default
    try:
        value = parse(raw)
    except ValueError:
        value = None
    if value is not None and valid(value):
        return value
    log.warning("%s=%r is not valid; using %s", name, raw, default)
    return default


def load_settings(environ: Mapping[str, str] = os.environ) -> ServerSettings:
    """ServerSettings from EXOCHECK_MAX_CHARS, EXOCHECK_WORKERS, EXOCHECK_TIMEOUT and EXOCHECK_DOCS;
    a bad value is logged and the default kept."""
    default = ServerSettings()
    return ServerSettings(
        max_chars=_number(environ, "EXOCHECK_MAX_CHARS", default.max_chars, int, lambda n: n > 0),
        workers=_number(environ, "EXOCHECK_WORKERS", default.workers, int, lambda n: 0 < n <= 256),
        timeout=_number(environ, "EXOCHECK_TIMEOUT", default.timeout, float, lambda s: 0 < s < math.inf),
        docs=environ.get("EXOCHECK_DOCS", "").strip().lower() in ("1", "true", "yes", "on"),
    )
