"""JSON API models; their examples feed the OpenAPI docs at /docs."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.models import DocumentInfo, Finding, InputError, ProfileName

EXAMPLE_AD = "【今だけ半額】副作用ゼロのエクソソーム美容液。真皮まで浸透して肌を再生します。"


class CheckRequest(BaseModel):
    """Copy to check; `format` adds a rendered report next to the JSON."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"text": EXAMPLE_AD, "profile": "auto"},
        {"text": "当院のエクソソーム点滴は副作用の心配がありません。", "profile": "clinic", "format": "markdown"},
    ]})

    text: str = Field(description="ad copy; spans in the answer are code-point offsets into it")
    profile: ProfileName = Field("auto", description="auto-detect, or force cosmetic / supplement / clinic")
    format: Literal["html", "markdown", "text"] | None = Field(
        None, description="also return `rendered`: html (the web page's result fragment), markdown or text")


class FileReport(BaseModel):
    """One checked text, as in `exocheck check --format json`."""

    path: str
    document: DocumentInfo | None
    findings: list[Finding]
    error: InputError | None
    encoding: str | None


class RuleCount(BaseModel):
    rule_id: str
    count: int


class Summary(BaseModel):
    model_config = ConfigDict(extra="allow")
    files: int
    files_checked: int
    files_with_findings: int
    input_errors: int
    findings: int
    by_severity: dict[str, int]
    by_category: dict[str, int]
    top_rules: list[RuleCount]


class CheckResponse(BaseModel):
    """The CLI's JSON report (`{"files": [...], "summary": {...}}`) plus `rendered` when asked."""

    files: list[FileReport]
    summary: Summary
    rendered: str | None = Field(None, description="present only when the request named a `format`")


class ErrorMessage(BaseModel):
    detail: str = Field(examples=["テキストが長すぎます（250,000 文字）。上限は 200,000 文字です。"])


class CheckInfo(BaseModel):
    """A check (phrase rule or disclosure check) as `exocheck rules --format json` prints it
    (checker.match.catalogue.describe): its own fields, its severity per profile and its docs link."""

    model_config = ConfigDict(extra="allow")
    id: str
    kind: Literal["phrase", "disclosure"]
    name: str
    category: str
    source: str
    message: str
    suggestion: str
    pack: str
    severities: dict[str, str] = Field(description="severity per profile (off: the check does not apply)")
    help_uri: str
