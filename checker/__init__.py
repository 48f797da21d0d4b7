"""exocheck: risk screening of Japanese exosome / stem-cell-supernatant ad copy."""

from checker.engine import check
from checker.match.ruleset import RuleSet
from checker.models import DocumentInfo, FileResult, Finding, Report, Severity

__version__ = "0.2.0"
__all__ = ["check", "RuleSet", "Finding", "Report", "Severity", "DocumentInfo", "FileResult", "__version__"]
