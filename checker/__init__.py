"""exocheck: risk screening of Japanese exosome / stem-cell-supernatant ad copy."""

from .engine import RuleSet, check
from .models import DocumentInfo, FileResult, Finding, Report, Severity

__version__ = "0.2.0"
__all__ = ["check", "RuleSet", "Finding", "Report", "Severity", "DocumentInfo", "FileResult", "__version__"]
