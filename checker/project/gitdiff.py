"""Changed-only mode (`--diff-base REF`): check only the lines changed since a git ref.

Lines come from `git diff --unified=0 REF -- PATHS` (the working tree against REF, so
uncommitted edits count) plus untracked files, which count as wholly changed. A pure
deletion marks the lines on both sides of it, because removing a negation can turn the
neighbouring sentence into a claim. Document-level findings (missing disclosures: no span)
are kept for every changed file: the whole page is being republished.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from checker.match import linear_re
from checker.models import FileResult, Finding

WHOLE_FILE = None  # value of a changed file whose every line counts (untracked / new)
_HUNK = linear_re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


class GitDiffError(ValueError):
    """git could not tell what changed; str(exc) is one line for the user."""


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", "-c", "core.quotePath=false", *args], cwd=cwd, capture_output=True)
    except FileNotFoundError:
        raise GitDiffError("--diff-base needs git, which is not installed") from None
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitDiffError(f"git {args[0]} failed: {reason[-1] if reason else proc.returncode}")
    return proc.stdout.decode("utf-8", "surrogateescape")


def unquote(path: str) -> str:
    """Undo git's C-style quoting of unusual file names ("b/\\346\\227\\245.md")."""
    if not (path.startswith('"') and path.endswith('"')):
        return path
    raw, out, i = path[1:-1], bytearray(), 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt in "01234567":
                out.append(int(raw[i + 1:i + 4], 8))
                i += 4
                continue
            out.append(_ESCAPES.get(nxt, ord(nxt)))
            i += 2
            continue
        out += ch.encode("utf-8")
        i += 1
    return out.decode("utf-8", "surrogateescape")


def parse_diff(diff: str) -> dict[str, set[int]]:
    """{post-image path (repo-relative): changed line numbers} from `git diff --unified=0`."""
    changed: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            target = unquote(line[4:].rstrip("\t"))
            current = None if target == "/dev/null" else changed.setdefault(target.removeprefix("b/"), set())
        elif line.startswith("@@") and current is not None:
            m = _HUNK.match(line)
            if not m:
                continue
            start, count = int(m.group(1)), int(m.group(2) or 1)
            if count:
                current.update(range(start, start + count))
            else:  # pure deletion after line `start`
                current.update(n for n in (start, start + 1) if n >= 1)
    return changed


def changed_lines(ref: str, paths: list[Path], cwd: Path | None = None) -> dict[Path, set[int] | None]:
    """{resolved file path: changed lines, or WHOLE_FILE} for the files under `paths`."""
    here = (cwd or Path.cwd()).resolve()
    try:
        root = Path(_git(["rev-parse", "--show-toplevel"], here).strip())
    except GitDiffError:
        raise GitDiffError(f"--diff-base needs a git repository ({here} is not in one)") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], here)
    except GitDiffError:
        raise GitDiffError(f"--diff-base: unknown git ref {ref!r}") from None
    specs = [str(p) for p in paths if str(p) != "-"] or ["."]
    diff = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", "--find-renames",
                 "--src-prefix=a/", "--dst-prefix=b/", ref, "--", *specs], here)
    out: dict[Path, set[int] | None] = {(root / p).resolve(): lines for p, lines in parse_diff(diff).items()}
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", *specs], here)
    for name in filter(None, untracked.split("\0")):
        out[(root / name).resolve()] = WHOLE_FILE
    return out


def _touches(f: Finding, lines: set[int] | None) -> bool:
    if lines is WHOLE_FILE or not f.matched_text:
        return True
    return any(n in lines for n in range(f.line, f.line + f.matched_text.count("\n") + 1))


def is_changed(path: Path | str, changed: dict[Path, set[int] | None]) -> bool:
    return str(path) == "-" or Path(path).resolve() in changed


def filter_results(results: list[FileResult], changed: dict[Path, set[int] | None]) -> list[FileResult]:
    """Keep only findings on changed lines (and document-level ones of changed files);
    stdin and unreadable files are left as they are."""
    out: list[FileResult] = []
    for r in results:
        if r.error or r.path == "-":
            out.append(r)
            continue
        key = Path(r.path).resolve()
        if key not in changed:
            out.append(r.model_copy(update={"findings": []}))
            continue
        kept = [f for f in r.findings if _touches(f, changed[key])]
        out.append(r.model_copy(update={"findings": kept}) if len(kept) != len(r.findings) else r)
    return out
