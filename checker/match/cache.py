"""The compiled default rule set, cached on disk between processes.

Loading the built-in rule packs, the lexicon and the disclosure packs means parsing YAML,
validating it, analysing every rule term with Sudachi and building the matcher: most of a
cold `exocheck` start. The result is pickled into the user's cache folder
(`$XDG_CACHE_HOME/exocheck`, else `~/.cache/exocheck`), under a key that hashes the bytes
of every data file read, the checker's own matching code, and the versions of Python,
pydantic, SudachiPy and the dictionary, so any change to them compiles afresh.

Regexes are pickled as their source and compiled by RE2 on first use (see
`linear_re.Regex.__reduce__`): a start compiles only the regexes a text needs.

Any problem (no cache folder, unwritable, corrupt or foreign file, pickling error) falls
back silently to compiling. `EXOCHECK_NO_CACHE=1` turns the cache off."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.match.checks import PackInfo
    from checker.match.disclosures import DisclosureSet
    from checker.match.rules import Rule
    from checker.match.ruleset import RuleSet

_FORMAT = b"exocheck-compiled-1"
_PREFIX = "compiled-"
_KEEP = 3  # compiled versions kept in the folder (checkouts or versions used in turn)
# the code whose objects are pickled or whose output they hold
_CODE = ("match/cache.py", "match/candidates.py", "match/checks.py", "match/disclosures.py",
         "match/linear_re.py", "match/patterns.py", "match/rules.py", "match/ruleset.py",
         "text/tokens.py", "models.py", "judge/taxonomy.py")


@dataclass
class Compiled:
    """What the default rule packs compile to."""

    rules: tuple[Rule, ...]
    disclosures: DisclosureSet
    packs: dict[str, PackInfo]
    ruleset: RuleSet


def enabled() -> bool:
    return os.environ.get("EXOCHECK_NO_CACHE", "").strip() not in ("1", "true", "yes", "on")


def cache_dir() -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if base and os.path.isabs(base):
        return Path(base) / "exocheck"
    home = os.path.expanduser("~")
    return Path(home) / ".cache" / "exocheck" if home and home != "~" else None


def _data_files() -> list[Path]:
    from checker.match import disclosures, patterns, rules

    files = {*rules.RULES_DIR.glob("*.yaml"), patterns.LEXICON_PATH, *disclosures.DISCLOSURES_DIR.glob("*.yaml")}
    return sorted(files)


def _dictionary_stamp() -> str:
    try:
        import sudachidict_core

        dic = Path(sudachidict_core.__file__).parent / "resources" / "system.dic"
        st = dic.stat()
        return f"{dic}:{st.st_size}:{st.st_mtime_ns}"
    except (ImportError, OSError, TypeError):
        return "?"


def key() -> str:
    """Hash of everything the compiled rule set depends on."""
    import pydantic
    import sudachipy

    from checker import __version__

    h = hashlib.sha256(_FORMAT)
    for part in (__version__, sys.version, pydantic.VERSION, getattr(sudachipy, "__version__", "?"),
                 _dictionary_stamp()):
        h.update(str(part).encode() + b"\0")
    here = Path(__file__).resolve().parent.parent
    for name in _CODE:
        h.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    for path in _data_files():
        h.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def compile_defaults() -> Compiled:
    """Load and compile the built-in packs, each file read once (no cache involved)."""
    from checker.match import disclosures
    from checker.match.rules import RULES_DIR, Rule, check_borrows, read_pack, validate_entries
    from checker.match.ruleset import RuleSet

    seen: dict = {}
    rules: list[Rule] = []
    packs = {}
    for path in sorted(RULES_DIR.glob("*.yaml")):
        info, entries = read_pack(path, "rules", "rule pack")
        rules.extend(validate_entries(path, info, entries, Rule, "rule", seen))
        packs[info.name] = info
    check_borrows(rules)
    return Compiled(tuple(rules), disclosures.load_disclosures(disclosures.DISCLOSURES_DIR), packs, RuleSet(rules))


def _prepare(c: Compiled) -> None:
    """Compute the lazily compiled parts before pickling, so a loaded copy has them
    (their regexes pickle as source and compile on first use)."""
    for rule in c.rules:
        rule.compiled  # noqa: B018
        rule.unless_compiled  # noqa: B018
    c.disclosures.settings.ev_pattern  # noqa: B018
    for d in c.disclosures.disclosures:
        for ev in d.evidence:
            for term in ev.all:
                term.compiled  # noqa: B018


def _unpickle(f) -> object:
    """pickle.load without the cyclic garbage collector: the ~60,000 objects of a rule set
    would set it off again and again over a growing heap (half the load time). They live
    as long as the process, so they go to the collector's permanent generation
    (`gc.freeze`, with everything else alive now): no later collection walks them again
    (the first one after the load would take ~20 ms)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(f)
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def read(path: Path, magic: bytes) -> object | None:
    """What `store` pickled in `path` after `magic`; None when there is no such file, it is
    not this user's own or others could change it, or it holds anything else."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                return None  # only a file this user wrote and no one else can change
            if f.read(len(magic)) != magic:
                return None
            return _unpickle(f)
    except FileNotFoundError:
        return None
    except Exception:  # a corrupt or foreign cache is only a miss
        return None


def store(folder: Path, path: Path, magic: bytes, value: object, prefix: str, keep: int) -> None:
    """Pickle `value` into `path` (atomically: a temporary file renamed), keeping the `keep`
    newest files named `prefix`* in `folder`. Raises on failure (callers ignore it)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(magic)
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    # earlier versions; a few stay for other checkouts sharing the folder
    others = sorted((p for p in folder.glob(f"{prefix}*.pickle") if p != path), key=_mtime, reverse=True)
    for old in others[keep - 1:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _load(path: Path) -> Compiled | None:
    data = read(path, _FORMAT)
    return data if isinstance(data, Compiled) else None


def _save(folder: Path, path: Path, compiled: Compiled) -> None:
    try:
        _prepare(compiled)
        store(folder, path, _FORMAT, compiled, _PREFIX, _KEEP)
    except Exception:  # no cache, same results
        pass


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@lru_cache(maxsize=1)
def defaults() -> Compiled:
    """The compiled built-in packs: from the cache when it holds this version, else compiled
    (and stored for the next process)."""
    folder = cache_dir() if enabled() else None
    if folder is None:
        return compile_defaults()
    try:
        before = key()
    except Exception:  # an unreadable data file: compiling reports it properly
        return compile_defaults()
    path = folder / f"{_PREFIX}{before[:40]}.pickle"
    loaded = _load(path)
    if loaded is not None:
        return loaded
    compiled = compile_defaults()
    try:
        same = key() == before
    except Exception:
        same = False
    if same:  # stored only when no file changed while it compiled (else it is not what `before` names)
        _save(folder, path, compiled)
    return compiled
