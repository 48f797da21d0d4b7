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


_LOADER = None


def _loader():
    """libyaml's safe loader when there is one, refusing a key repeated in one mapping (PyYAML
    keeps the last silently: a second `after:` in a rule's `unless` would drop the first)."""
    global _LOADER
    if _LOADER is None:
        import yaml

        class StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            pass

        def construct_mapping(loader, node):
            seen: set = set()
            for key_node, _ in node.value:
                key = loader.construct_object(key_node, deep=True)
                if isinstance(key, (str, int, float, bool)) or key is None:
                    if key in seen:
                        raise yaml.constructor.ConstructorError(
                            "while constructing a mapping", node.start_mark,
                            f"found duplicate key {key!r}", key_node.start_mark)
                    seen.add(key)
            loader.flatten_mapping(node)
            return loader.construct_mapping(node, deep=True)

        StrictLoader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
        _LOADER = StrictLoader
    return _LOADER


def parse(text: str):
    """`yaml.safe_load` with libyaml's parser when there is one (no cache); a duplicate key
    in a mapping is an error (yaml.YAMLError), not a silent overwrite."""
    import yaml

    return yaml.load(text, Loader=_loader())


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
