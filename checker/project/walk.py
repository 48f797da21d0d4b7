"""Finding the files to check under folders: globs, .gitignore, and a walk that never crashes.

Symlinked folders are followed once (a loop is skipped, not walked forever); a folder that
cannot be listed, a broken link or a link loop becomes an `InputError` entry instead of a
traceback, so the rest of the batch is still checked.

A symbolic link found in a folder whose target lies outside that folder (`/etc/passwd`,
`../secrets`) is not followed unless `follow_links` is set: `discover()` leaves it out and
hands it to its `skipped` list with the reason. Paths named directly are always read.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

from checker.text.load import SUPPORTED_SUFFIXES

VCS_DIRS = frozenset({".git", ".hg", ".svn"})


@dataclass(frozen=True)
class Target:
    """One file to check (`error` is None) or an entry that could not be walked."""

    path: Path
    display: str  # the path as shown in reports (posix separators)
    error: str | None = None
    skipped: str | None = None  # why a found entry is not checked (a link out of the tree)


@dataclass
class WalkOptions:
    include: list[str] = field(default_factory=list)  # gitignore-style globs; empty: supported suffixes
    exclude: list[str] = field(default_factory=list)
    gitignore: bool = True
    follow_links: bool = False  # follow symbolic links whose target is outside the walked folder


def _spec(lines: Iterable[str]) -> pathspec.GitIgnoreSpec | None:
    lines = [ln for ln in lines if ln.strip()]
    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


def _read_ignore(path: Path) -> pathspec.GitIgnoreSpec | None:
    try:
        return _spec(path.read_text(encoding="utf-8", errors="replace").splitlines())
    except OSError:
        return None


def git_root(folder: Path) -> Path | None:
    """The work tree that contains `folder`, if any (a `.git` dir, or file for worktrees)."""
    for d in (folder, *folder.parents):
        if (d / ".git").exists():
            return d
    return None


class IgnoreRules:
    """Nested .gitignore files: the deepest file with a matching pattern decides."""

    def __init__(self) -> None:
        self.specs: list[tuple[Path, pathspec.GitIgnoreSpec]] = []  # shallow → deep

    @classmethod
    def for_folder(cls, folder: Path) -> IgnoreRules:
        """Rules that apply inside `folder`: the repo's info/exclude and ancestors' .gitignore."""
        rules = cls()
        root = git_root(folder)
        if root is None:
            return rules
        rules.add(root, _read_ignore(root / ".git" / "info" / "exclude") if (root / ".git").is_dir() else None)
        chain = [folder, *folder.parents]
        for d in reversed(chain[: chain.index(root) + 1]):
            if d != folder:  # `folder`'s own file is added by the walk
                rules.add(d, _read_ignore(d / ".gitignore"))
        return rules

    def add(self, base: Path, spec: pathspec.GitIgnoreSpec | None) -> None:
        if spec is not None:
            self.specs.append((base, spec))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        for base, spec in reversed(self.specs):
            try:
                rel = matchable(path.relative_to(base).as_posix())
            except ValueError:
                continue
            verdict = spec.check_file(rel + "/" if is_dir else rel).include
            if verdict is not None:
                return verdict
        return False


def _display(path: Path) -> str:
    return path.as_posix()


def matchable(rel: str) -> str:
    """A relative path to match against globs. A name that is not UTF-8 reaches Python with
    lone surrogates (surrogateescape), which pathspec's RE2 backend cannot encode: its
    undecodable bytes become U+FFFD, so `*.txt` still matches `\\xff.txt`."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _stat_error(path: Path) -> str | None:
    """Why a directory entry cannot be used, or None when it can."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return "broken symbolic link"
        return exc.strerror or str(exc)
    return None


class _Walker:
    def __init__(self, root: Path, opts: WalkOptions) -> None:
        self.root = root
        self.include = _spec(opts.include)
        self.exclude = _spec(opts.exclude)
        # .gitignore files count only inside a git work tree, as they do for git itself
        self.use_gitignore = opts.gitignore and git_root(root.resolve()) is not None
        self.ignore = IgnoreRules.for_folder(root.resolve()) if self.use_gitignore else IgnoreRules()
        self.seen: set[tuple[int, int]] = set()
        self.follow_links = opts.follow_links
        self.real_root = os.path.realpath(root)

    def outside(self, entry: os.DirEntry, path: Path, is_dir: bool) -> Target | None:
        """A skipped Target when `entry` is a symbolic link out of the walked folder."""
        try:
            if self.follow_links or not entry.is_symlink():
                return None
        except OSError:
            return None
        real = os.path.realpath(path)
        try:
            inside = os.path.commonpath([real, self.real_root]) == self.real_root
        except ValueError:  # another drive
            inside = False
        if inside:
            return None
        what = "folder" if is_dir else "file"
        return Target(path, _display(path), skipped=f"symbolic link to a {what} outside {_display(Path(self.real_root))}"
                                                    f" ({real}); not followed without --follow-links")

    def wanted(self, rel: str, name: str) -> bool:
        if self.exclude is not None and self.exclude.match_file(rel):
            return False
        if self.include is None:
            return os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES
        return self.include.match_file(rel)

    def walk(self, folder: Path, real: Path) -> Iterator[Target]:
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in self.seen:
                return  # a symlink back into something already walked
            self.seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Target(folder, _display(folder), f"cannot read folder: {exc.strerror or exc}")
            return
        added = False
        if self.use_gitignore:
            spec = _read_ignore(real / ".gitignore")
            if spec is not None:
                self.ignore.add(real, spec)
                added = True
        try:
            yield from self._entries(folder, real, entries)
        finally:
            if added:
                self.ignore.specs.pop()

    def _entries(self, folder: Path, real: Path, entries: list[os.DirEntry]) -> Iterator[Target]:
        for entry in entries:
            path, real_path = folder / entry.name, real / entry.name
            rel = matchable(path.relative_to(self.root).as_posix())
            try:
                is_dir = entry.is_dir()  # follows symlinks
            except OSError:
                is_dir = False
            if is_dir:
                if entry.name in VCS_DIRS or self.ignore.ignored(real_path, True):
                    continue
                if self.exclude is not None and self.exclude.match_file(rel + "/"):
                    continue
                skip = self.outside(entry, path, True)
                if skip is not None:
                    yield skip
                    continue
                yield from self.walk(path, real_path)
                continue
            if not self.wanted(rel, entry.name) or self.ignore.ignored(real_path, False):
                continue
            yield self.outside(entry, path, False) or Target(path, _display(path), _stat_error(path))


def discover(paths: Iterable[Path], opts: WalkOptions | None = None,
             skipped: list[Target] | None = None) -> list[Target]:
    """Files named directly plus wanted files under folders, in a stable order, each once.
    Links out of a walked folder are left out (appended to `skipped`, when given)."""
    opts = opts or WalkOptions()
    out: list[Target] = []
    seen: set[str] = set()
    for p in paths:
        found = _Walker(p, opts).walk(p, p.resolve()) if p.is_dir() else [Target(p, _display(p), _stat_error(p))]
        for t in found:
            if t.skipped is not None:
                if skipped is not None:
                    skipped.append(t)
                continue
            key = os.path.realpath(t.path) if t.error is None else t.display
            if key not in seen:
                seen.add(key)
                out.append(t)
    return out
