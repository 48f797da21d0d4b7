"""YAML through libyaml's C parser when PyYAML has it (about 7x faster than the pure-Python
parser: most of the rule packs' load time, which every `exocheck` start pays)."""

from __future__ import annotations

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """Same result and errors (yaml.YAMLError) as `yaml.safe_load`."""
    return yaml.load(text, Loader=_LOADER)
