"""Baseline: accept today's findings, fail only on new ones.

A finding is recorded by a fingerprint that survives edits elsewhere in the file: its rule
id, its normalised matched text and a hash of the sentence around it (never line numbers).
Paths are stored relative to the baseline file; identical fingerprints are counted, so a
second copy of a baselined phrase is still reported as new.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from checker.match import linear_re
from checker.models import FileResult, Finding
from checker.text.safeio import ReadError, read_regular_text, write_atomic

FORMAT_VERSION = 1
MAX_BYTES = 64 * 1024 * 1024  # a baseline is read whole
_WINDOW = 200  # characters searched on each side for the sentence boundary
_BLOCK_TAGS = "p|div|li|h[1-6]|br|hr|td|th|tr|ul|ol|dl|dt|dd|section|article|aside|header|footer|nav|main|" \
              "blockquote|table|title|figcaption|caption|option|button"
_BOUNDARY = linear_re.compile(
    rf"[。．！？!?]|\n[ \t\u3000]*\n|\n[ \t]*(?:[-*+>]|\d+[.)]|#+)[ \t]|</?(?:{_BLOCK_TAGS})\b[^>]*>", linear_re.IGNORECASE
)
_TAG = linear_re.compile(r"<[^>]*>")
_SPACE = linear_re.compile(r"\s+")

Key = tuple[str, str, str, str]  # path, rule_id, normalised text, context hash


class BaselineError(ValueError):
    """A baseline file that cannot be read; str(exc) is one line naming it."""


def normalise(text: str) -> str:
    """NFKC with all whitespace and markup removed: re-wrapping a line keeps the fingerprint."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", _TAG.sub("", text)))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or list item, paragraph, table cell) holding text[start:end]."""
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    left = lo
    for m in _BOUNDARY.finditer(text[lo:start]):
        left = lo + m.end()
    m = _BOUNDARY.search(text[end:hi])
    right = end + m.start() if m else hi
    return text[left:right]


def key_of(finding: Finding, original: str | None, path: str) -> Key:
    """The fingerprint of one finding (document-level findings: rule id and path only)."""
    if not finding.matched_text:
        return (path, finding.rule_id, "", "")
    context = sentence_around(original, finding.start, finding.end) if original else finding.matched_text
    digest = hashlib.sha256(normalise(context).encode("utf-8")).hexdigest()[:16]
    return (path, finding.rule_id, normalise(finding.matched_text), digest)


def read_original(result: FileResult) -> str | None:
    """The decoded file text: kept on the result by the batch, else read again with the
    encoding used when it was checked."""
    kept = getattr(result, "text", None)
    if kept is not None:
        return kept
    if result.path == "-" or result.error:
        return None
    try:
        return Path(result.path).read_bytes().decode(result.encoding or "utf-8")
    except (OSError, LookupError, UnicodeDecodeError):
        return None


def _relative(path: str, root: Path) -> str:
    """`path` relative to `root`, posix; the bytes of a name that is not UTF-8 as `\\xNN`, so
    that the baseline can be written as JSON and matches again on the next run."""
    if path == "-" or path[:8].lower().startswith(("http://", "https://")):  # stdin, a web page
        return path
    rel = Path(os.path.relpath(Path(path).resolve(), root)).as_posix()
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        rel = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return rel


@dataclass
class Baseline:
    """Counted fingerprints, with paths relative to `root` (the baseline file's folder)."""

    root: Path
    counts: Counter[Key] = field(default_factory=Counter)

    @classmethod
    def load(cls, path: Path) -> Baseline:
        """Read a baseline: only a regular file of at most MAX_BYTES (never /dev/zero or a
        FIFO, which would be read forever); every failure is one BaselineError line."""
        try:
            data = json.loads(read_regular_text(path, MAX_BYTES))
        except FileNotFoundError:
            raise BaselineError(f"{path}: baseline not found (create it with --write-baseline {path})") from None
        except OSError as exc:
            raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
        except (ReadError, json.JSONDecodeError) as exc:
            raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
        except RecursionError:
            raise BaselineError(f"{path}: cannot read baseline: nested too deeply") from None
        if not isinstance(data, dict) or data.get("exocheck-baseline") != FORMAT_VERSION:
            raise BaselineError(f"{path}: not an exocheck baseline (version {FORMAT_VERSION}); re-create it")
        counts: Counter[Key] = Counter()
        try:
            for e in data["findings"]:
                counts[(e["path"], e["rule_id"], e["text"], e["context"])] += int(e["count"])
        except (KeyError, TypeError, ValueError) as exc:
            raise BaselineError(f"{path}: malformed entry in 'findings': {exc}") from None
        return cls(root=path.resolve().parent, counts=counts)

    @classmethod
    def collect(cls, results: list[FileResult], root: Path,
                read: Callable[[FileResult], str | None] = read_original) -> Baseline:
        """A baseline holding every finding of `results`."""
        counts: Counter[Key] = Counter()
        for r in results:
            if r.error or not r.findings:
                continue
            original, rel = read(r), _relative(r.path, root)
            counts.update(key_of(f, original, rel) for f in r.findings)
        return cls(root=root, counts=counts)

    def dumps(self) -> str:
        entries = [{"path": p, "rule_id": rid, "text": t, "context": c, "count": n}
                   for (p, rid, t, c), n in sorted(self.counts.items())]
        data = {"exocheck-baseline": FORMAT_VERSION,
                "note": "Findings accepted on purpose; `exocheck check --baseline FILE` reports only new ones.",
                "findings": entries}
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

    def write(self, path: Path) -> None:
        write_atomic(path, self.dumps())  # a failed write keeps the previous baseline

    def filter(self, results: list[FileResult],
               read: Callable[[FileResult], str | None] = read_original) -> tuple[list[FileResult], int, int]:
        """(results with only new findings, how many were baselined, how many baseline entries
        no longer occur in the checked files)."""
        left = Counter(self.counts)
        out: list[FileResult] = []
        baselined = 0
        seen_paths: set[str] = set()
        for r in results:
            if r.error or not r.findings:
                out.append(r)
                if not r.error:
                    seen_paths.add(_relative(r.path, self.root))
                continue
            original, rel = read(r), _relative(r.path, self.root)
            seen_paths.add(rel)
            new: list[Finding] = []
            for f in r.findings:
                key = key_of(f, original, rel)
                if left[key] > 0:
                    left[key] -= 1
                    baselined += 1
                else:
                    new.append(f)
            out.append(r.model_copy(update={"findings": new}) if len(new) != len(r.findings) else r)
        stale = sum(n for (p, *_), n in left.items() if p in seen_paths and n > 0)
        return out, baselined, stale
