"""Report formatters: each module renders the same list of FileResult."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from checker.models import FileResult

FORMATS = {
    "text": "reports.text",
    "json": "reports.json_report",
    "html": "reports.html",
    "sarif": "reports.sarif",
    "rdjsonl": "reports.rdjsonl",
    "github": "reports.github",
    "junit": "reports.junit",
    "markdown": "reports.markdown",
}


def formatter(name: str) -> Callable[..., str]:
    """The `render(results, **options) -> str` function of format `name`."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    return import_module(FORMATS[name]).render


__all__ = ["FORMATS", "formatter", "FileResult"]
