"""Web app settings, read from the environment when the app is created."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_MAX_CHARS = 200_000
log = logging.getLogger("exocheck.api")


@dataclass(frozen=True)
class Settings:
    """Limits of one app instance (tests build their own)."""

    max_chars: int = DEFAULT_MAX_CHARS

    @property
    def max_body_bytes(self) -> int:
        """Raw request size cap: JSON may escape one character as up to 12 bytes (surrogate pair)."""
        return self.max_chars * 12 + 64 * 1024


def load_settings(environ: Mapping[str, str] = os.environ) -> Settings:
    """Settings from EXOCHECK_MAX_CHARS; a bad value is logged and the default kept."""
    raw = environ.get("EXOCHECK_MAX_CHARS", "").strip().replace("_", "")
    if not raw:
        return Settings()
    if raw.isdigit() and int(raw) > 0:
        return Settings(max_chars=int(raw))
    log.warning("EXOCHECK_MAX_CHARS=%r is not a positive integer; using %d", raw, DEFAULT_MAX_CHARS)
    return Settings()
