"""Report models: the public contract shared by the CLI, the web API and every formatter."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

PROFILES = ("cosmetic", "supplement", "clinic")
ProfileName = Literal["auto", "cosmetic", "supplement", "clinic"]
SeverityOrOff = Literal["error", "warning", "info", "off"]
FailOn = Literal["error", "warning", "info", "never"]
# Exit codes of `exocheck check` and `check-feed`: nothing at or above --fail-on, findings
# at or above it, a usage or input error (which wins over findings).
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Severity(StrEnum):
    """How sure we are that the cited rule prohibits the phrase."""

    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Finding(BaseModel):
    """One risk found in a document, with its span in the ORIGINAL input."""

    rule_id: str
    category: str
    severity: Severity
    line: int = Field(ge=1, description="1-based line of `start` in the original input")
    column: int = Field(ge=1, description="1-based column (code points) of `start`")
    start: int = Field(ge=0, description="offset (code points) into the original input")
    end: int = Field(ge=0)
    matched_text: str
    message: str
    suggestion: str
    source: str
    scope: Literal["span", "document"] = Field(
        "span", description="span: a phrase at start..end; document: something the whole text lacks (no span)")


def reaches(severity: Severity, fail_on: str) -> bool:
    """Whether a finding of `severity` is at or above `fail_on` (error|warning|info; never → False)."""
    return fail_on != "never" and severity.rank >= Severity(fail_on).rank


def fails(findings: Iterable[Finding], fail_on: str) -> bool:
    """Whether any finding reaches `fail_on`: the one fail threshold of the CLI, CI and feeds."""
    return any(reaches(f.severity, fail_on) for f in findings)


class DocumentInfo(BaseModel):
    """How the document was classified: what kind of text and which profile applied."""

    kind: Literal["ad", "article"] = "ad"
    profile: Literal["cosmetic", "supplement", "clinic"] = "cosmetic"
    reason: str = ""
    # the disclosure categories this ad was checked for, in catalogue order (a missing one is
    # a `disclosure-*` finding); None when none were checked: an article, or a short excerpt
    disclosures_checked: list[str] | None = None
    # an article by a writer who sells nothing here (a regulator, a consumer centre): the claims
    # it names are reported at info (checker.judge.document.soften); the reason says why
    neutral_writer: bool = Field(default=False, exclude=True)


class Report(BaseModel):
    """Everything `check()` says about one text."""

    findings: list[Finding] = Field(default_factory=list)
    document: DocumentInfo = Field(default_factory=DocumentInfo)
    length: int = 0

    def counts(self) -> dict[str, int]:
        out = {s.value: 0 for s in Severity}
        for f in self.findings:
            out[f.severity.value] += 1
        return out


class InputError(BaseModel):
    """Why a file could not be checked (reported, never raised, in batches)."""

    kind: str = "input-error"
    reason: str


class FileResult(BaseModel):
    """One checked (or unreadable) file in a batch."""

    path: str
    document: DocumentInfo | None = None
    findings: list[Finding] = Field(default_factory=list)
    error: InputError | None = None
    encoding: str | None = None
    seconds: float = 0.0
    # The decoded file text that the spans point into, for formats that quote or highlight
    # it (text, html). Excluded from model_dump(), so the JSON contract is unchanged.
    text: str | None = Field(default=None, exclude=True, repr=False)
