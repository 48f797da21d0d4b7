"""YAML through libyaml's C parser when PyYAML has it (about 7x faster than the pure-Python
parser: most of the rule packs' load time, which every `exocheck` start pays).

Every start also reads the lexicon (the context filters' word classes) and
rules/page_kinds.yml: importing PyYAML and parsing those two cost ~35 ms. So what
`safe_load` parses is kept, pickled under a hash of the text, in the folder of the
compiled-rules cache (`checker.match.cache`: the same EXOCHECK_NO_CACHE switch, the same
checks on what is read back); a text parsed before is read back from there, and PyYAML is
imported only when something has to be parsed."""

from __future__ import annotations

import contextlib
import hashlib

_MAGIC = b"exocheck-yaml-1\n"
_PREFIX = "yaml-"
_KEEP = 24  # parsed texts kept: the lexicon, page kinds, and rule packs as they are edited


def __getattr__(name: str):
    # `fastyaml.YAMLError` is yaml.YAMLError, imported when an except clause asks for it
    if name == "YAMLError":
        import yaml

        return yaml.YAMLError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse(text: str):
    """`yaml.safe_load` with libyaml's parser when there is one (no cache)."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def safe_load(text: str):
    """Same result and errors (yaml.YAMLError) as `yaml.safe_load`."""
    from checker.match import cache

    folder = cache.cache_dir() if cache.enabled() else None
    if folder is None:
        return parse(text)
    path = folder / f"{_PREFIX}{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:40]}.pickle"
    found = cache.read(path, _MAGIC)
    if isinstance(found, tuple) and len(found) == 1:
        return found[0]
    data = parse(text)
    with contextlib.suppress(Exception):  # no cache, same result
        cache.store(folder, path, _MAGIC, (data,), _PREFIX, _KEEP)
    return data
