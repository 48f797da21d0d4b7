"""Page-kind and profile signals, read from rules/page_kinds.yml (vocabulary is data: a reviewer
changes what counts as an ad, an article or a clinic page there, not in Python)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, model_validator

from checker.match import fastyaml, linear_re
from checker.match.patterns import lexicon

PAGE_KINDS_PATH = Path(str(resources.files("rules") / "page_kinds.yml"))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SignalSpec(_Strict):
    """Words or an RE2 pattern, and what one occurrence weighs."""

    weight: float
    label: str = ""
    words: tuple[str, ...] = ()
    re: str = ""

    @model_validator(mode="after")
    def _one_of(self) -> SignalSpec:
        if bool(self.words) == bool(self.re):
            raise ValueError("a signal has either `words` or `re`")
        return self

    def pattern(self) -> str:
        if self.re:
            return self.re
        terms: list[str] = []
        for w in self.words:
            if w.startswith("$"):
                found = lexicon().get(w[1:])
                if not found:
                    raise ValueError(f"page_kinds.yml: unknown word class {w!r} (rules/lexicon.yml)")
                terms.extend(found)
            else:
                terms.append(w)
        return "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))


class StyleSpec(_Strict):
    label: str
    plain_end: str
    polite_end: str
    max: int


class CompletePageSpec(_Strict):
    price: str
    action: str
    detail: str


class ProfileSpec(_Strict):
    label: str
    min_score: float
    signals: tuple[SignalSpec, ...]


class PageKindsSpec(_Strict):
    ad: tuple[SignalSpec, ...]
    article: tuple[SignalSpec, ...]
    style: StyleSpec
    article_min: float
    article_ratio: float
    seller_label: str
    non_seller_labels: tuple[str, ...] = ()
    publisher_labels: tuple[str, ...] = ()
    neutral_writer_labels: tuple[str, ...] = ()
    call_labels: tuple[str, ...]
    price_label: str
    description_label: str = ""
    company_amount: str
    complete_page: CompletePageSpec
    profiles: dict[str, ProfileSpec]


class Signal:
    """A compiled signal: label, pattern and weight."""

    __slots__ = ("label", "regex", "weight")

    def __init__(self, spec: SignalSpec):
        self.label, self.weight = spec.label, spec.weight
        self.regex = linear_re.compile(spec.pattern())


def found(text: str, signal: Signal) -> tuple[int, Counter]:
    """The words `signal` finds in `text`, and how many count (each distinct word at most 3 times)."""
    words = Counter(signal.regex.findall(text))  # no capturing groups: whole matches
    return sum(min(n, 3) for n in words.values()), words


def score(text: str, signals: tuple[Signal, ...] | list[Signal]) -> tuple[float, Counter]:
    """Weighted score and the words found, over `signals`."""
    total = 0.0
    found_all: Counter = Counter()
    for s in signals:
        n, words = found(text, s)
        total += s.weight * n
        found_all.update(words)
    return total, found_all


@cache
def spec() -> PageKindsSpec:
    try:
        data = fastyaml.safe_load(PAGE_KINDS_PATH.read_text(encoding="utf-8"))
        return PageKindsSpec.model_validate(data)
    except (OSError, ValueError) as exc:
        raise ValueError(f"{PAGE_KINDS_PATH}: {exc}") from exc


@cache
def compiled(section: str) -> tuple[Signal, ...]:
    """The signals of `ad`, `article` or `profile:NAME`, compiled once."""
    s = spec()
    if section.startswith("profile:"):
        return tuple(Signal(x) for x in s.profiles[section[8:]].signals)
    return tuple(Signal(x) for x in getattr(s, section))


@cache
def regex(pattern: str) -> linear_re.Regex:
    return linear_re.compile(pattern)
