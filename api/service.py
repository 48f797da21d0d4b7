"""Checking pasted text or one uploaded file for the web app and the JSON API.

`check_text` and `check_upload` are what a worker process of `api.pool` runs (the routes
call them through `app.state.pool`, never in the server process): decoding, HTML/Markdown
extraction and `checker.check` all run there, under the pool's time budget."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from checker import check
from checker.models import FileResult, Finding
from checker.text.load import SUPPORTED_SUFFIXES, LoadError, decode, load_bytes
from checker.text.sourcemap import SourceMap

from .messages import load_error

PASTE_PATH = "-"


class InputProblem(ValueError):
    """Input the app refuses; `status` is the HTTP status and str(exc) the message for the user."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class Checked:
    """One check: the report model (spans in the original input) and what the page highlights."""

    result: FileResult
    shown_text: str  # text the highlights are drawn over
    shown_findings: list[Finding]  # same findings, spans into shown_text
    filename: str | None = None


def warm_up() -> None:
    """Load the rules and the Sudachi dictionary so the first request is fast."""
    check("副作用ゼロの美容液です。", "auto")


def too_long(n: int, max_chars: int) -> InputProblem:
    return InputProblem(f"テキストが長すぎます（{n:,} 文字）。上限は {max_chars:,} 文字です。分割してチェックしてください。", 413)


def check_text(text: str, profile: str, max_chars: int) -> Checked:
    """Check pasted copy; spans are code-point offsets into `text` itself."""
    if len(text) > max_chars:
        raise too_long(len(text), max_chars)
    report = check(text, profile)
    result = FileResult(path=PASTE_PATH, document=report.document, findings=report.findings, encoding="utf-8",
                        text=text)
    return Checked(result=result, shown_text=text, shown_findings=report.findings)


def check_upload(data: bytes, filename: str, profile: str, max_chars: int) -> Checked:
    """Check one uploaded file. The report's spans are in the decoded original file; the page
    highlights the text the checker read (for HTML: the visible text, without markup). The
    character limit counts the file's own characters, markup included."""
    name = PurePath(filename.replace("\\", "/")).name or "upload"
    if PurePath(name).suffix.lower() not in SUPPORTED_SUFFIXES:
        raise InputProblem(f"「{name}」は対応していない形式です。.txt / .md / .html のファイルを選んでください。", 415)
    try:
        # The limit applies to the file as decoded, before any HTML/Markdown is parsed.
        chars = len(decode(data, is_html=PurePath(name).suffix.lower() in (".html", ".htm"))[0])
        if chars > max_chars:
            raise too_long(chars, max_chars)
        loaded = load_bytes(data, name)
    except LoadError as exc:
        raise InputProblem(f"「{name}」を読み込めませんでした。{load_error(str(exc))}") from None
    report = check(loaded.text, profile, regions=loaded.regions)  # spans in the text the page shows …
    located = SourceMap(loaded.text, loaded)  # … and, for the report, in the file
    result = FileResult(path=name, document=report.document, findings=[located.locate(f) for f in report.findings],
                        encoding=loaded.encoding, text=loaded.original)
    return Checked(result=result, shown_text=loaded.text, shown_findings=report.findings, filename=name)
