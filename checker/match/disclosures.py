"""Disclosure definitions (rules/disclosures/*.yaml): what an ad must state, and how to
recognise that it does.

A disclosure is *present* when any of its `evidence` entries matches the normalised
document. An entry is one or more regex terms that must all occur close together
(`within` characters of the first term), so meaning is found in any layout: a 料金
table, a リスク・副作用 heading followed by a list, or a sentence. A term may refuse
matches that are denied right after it (副作用**ゼロ**, 内出血の心配は**ありません**) or
preceded by a word that turns it around (**未**承認医薬品, **ノー**リスク).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from checker.judge.taxonomy import DISCLOSURE_CATEGORIES
from checker.match import fastyaml, linear_re
from checker.match.checks import Check
from checker.match.rules import Regex, RuleError, Term, known_profiles, problems, read_pack, validate_entries
from checker.models import SeverityOrOff

DISCLOSURES_DIR = Path(str(resources.files("rules") / "disclosures"))


class _Ahead:
    """A term's spans, read lazily from a start offset that only moves forward."""

    def __init__(self, spans: Iterator[tuple[int, int]]):
        self._spans = spans
        self._head: tuple[int, int] | None = None
        self._started = False

    def first_from(self, lo: int) -> tuple[int, int] | None:
        """The first span starting at or after `lo`, or None when there is none."""
        if not self._started:
            self._head, self._started = next(self._spans, None), True
        while self._head is not None and self._head[0] < lo:
            self._head = next(self._spans, None)
        return self._head


class Evidence(BaseModel):
    """Terms that together show the disclosure is made (a plain string = one term)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    all: list[Term] = Field(min_length=1)
    within: int = Field(default=80, ge=1)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, v):
        if isinstance(v, str):
            return {"all": [{"re": v}]}
        if isinstance(v, dict) and "re" in v:
            return {"all": [v]}
        if isinstance(v, dict) and "all" in v:
            return {**v, "all": [{"re": t} if isinstance(t, str) else t for t in v["all"]]}
        return v

    def found(self, text: str) -> bool:
        """Some match of the first term has a match of every other term within reach.

        Spans come in text order and do not overlap, so a term's first span starting at or
        after `lo` is also the first to end: it alone decides whether the term is within
        reach. Spans starting before `lo` are out of reach of every later window too."""
        first, *others = self.all
        ahead = [_Ahead(t.spans(text)) for t in others]
        for s, e in first.spans(text):
            lo, hi = s - self.within, e + self.within
            for a in ahead:
                span = a.first_from(lo)
                if span is None:
                    return False  # this term has no match at or after `lo`, nor after any later one
                if span[1] > hi:
                    break
            else:
                return True
        return False


class Disclosure(Check):
    """A disclosure check: one item an ad should state; see rules/disclosures/README.md."""

    id: str = Field(pattern=r"^DOC-[A-Z0-9]+-\d{3}$")
    kind: Literal["disclosure"] = "disclosure"
    when: dict[Literal["ev", "other"], dict[str, SeverityOrOff]]
    evidence: list[Evidence] = Field(min_length=1)
    examples: dict[Literal["present", "absent"], list[str]] = Field(default_factory=dict)

    @field_validator("category")
    @classmethod
    def _known_category(cls, v: str) -> str:
        if v not in DISCLOSURE_CATEGORIES:
            raise ValueError(f"unknown category {v!r} (disclosures use one of: {', '.join(DISCLOSURE_CATEGORIES)})")
        return v

    @field_validator("when")
    @classmethod
    def _known_profiles(cls, v):
        known_profiles(p for m in v.values() for p in m)
        return v

    def severity_for(self, profile: str, ev: bool) -> str | None:
        """Severity for this document, or None when the item is not asked of it."""
        value = self.when.get("ev" if ev else "other", {}).get(profile, "off")
        return None if value == "off" else value

    def severity_label(self, profile: str) -> str:
        ev, other = self.severity_for(profile, True), self.severity_for(profile, False)
        return ev or "off" if ev == other else f"{ev or 'off'} (EV) / {other or 'off'}"

    def example_texts(self, kind: Literal["bad", "good"]) -> list[str]:
        return list(self.examples.get({"bad": "absent", "good": "present"}[kind], []))

    def present(self, text: str) -> bool:
        return any(e.found(text) for e in self.evidence)


class DisclosureSettings(BaseModel):
    """When disclosure checks run at all (rules/disclosures/settings.yaml)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    ev_terms: Regex  # the document features EVs / culture supernatant
    min_chars: int = 200  # shorter texts are excerpts: what they omit says nothing

    @cached_property
    def ev_pattern(self) -> linear_re.Regex:
        return linear_re.compile(self.ev_terms, linear_re.IGNORECASE)


class DisclosureSet(BaseModel):
    model_config = ConfigDict(defer_build=True)
    settings: DisclosureSettings
    disclosures: list[Disclosure]


def load_disclosures(directory: Path = DISCLOSURES_DIR, seen: dict[str, Path] | None = None) -> DisclosureSet:
    """settings.yaml plus every other *.yaml pack of disclosures, validated; ids unique."""
    settings_path = directory / "settings.yaml"
    try:
        settings = DisclosureSettings.model_validate(fastyaml.safe_load(settings_path.read_text(encoding="utf-8")))
    except (OSError, fastyaml.YAMLError) as exc:
        raise RuleError(f"{settings_path}: cannot read disclosure settings: {exc}") from exc
    except ValidationError as exc:
        raise RuleError(f"{settings_path}: {problems(exc)}") from None
    seen = {} if seen is None else seen
    items = [
        item
        for path in sorted(p for p in directory.glob("*.yaml") if p.name != "settings.yaml")
        for item in validate_entries(path, *read_pack(path, "disclosures", "disclosure pack"),
                                     Disclosure, "disclosure", seen)
    ]
    return DisclosureSet(settings=settings, disclosures=items)


@lru_cache(maxsize=1)
def default_disclosures() -> DisclosureSet:
    """The built-in disclosures (cached between processes with the rules: checker.match.cache)."""
    from checker.match import cache

    return cache.defaults().disclosures
