"""exocheck: risk screening of Japanese exosome / stem-cell-supernatant ad copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.2.0"
__all__ = ["check", "RuleSet", "Finding", "Report", "Severity", "DocumentInfo", "FileResult", "__version__"]

if TYPE_CHECKING:
    from checker.engine import check
    from checker.match.ruleset import RuleSet
    from checker.models import DocumentInfo, FileResult, Finding, Report, Severity

# imported on first use, so `exocheck --help` and the commands that never check a text do
# not load the engine, the context filters and Sudachi (`from checker import check` works as before)
_LAZY = {"check": "checker.engine", "RuleSet": "checker.match.ruleset", "Finding": "checker.models",
         "Report": "checker.models", "Severity": "checker.models", "DocumentInfo": "checker.models",
         "FileResult": "checker.models"}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
