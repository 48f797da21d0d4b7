"""Document-level view: ad or neutral article, and (later) the missing disclosures."""

from __future__ import annotations

from .models import DocumentInfo, Finding


def classify(text: str, profile: str, reason: str) -> DocumentInfo:
    """Decide whether `text` advertises a product/treatment; default to an ad."""
    return DocumentInfo(kind="ad", profile=profile, reason=reason)


def disclosure_findings(text: str, doc: DocumentInfo, line_of) -> list[Finding]:
    """Findings for what an ad fails to state (filled in by the disclosure checks)."""
    return []
