"""Rule packs: YAML files validated by pydantic and compiled once."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from checker.judge.taxonomy import CLAIM_CATEGORIES, DISCLOSURE_CATEGORIES
from checker.match import fastyaml, linear_re
from checker.match.checks import Check, PackInfo
from checker.match.patterns import Pattern, PatternError, compile_pattern
from checker.models import PROFILES, Severity, SeverityOrOff

RULES_DIR = Path(str(resources.files("rules")))
CONTEXT_FILTERS = ("negation", "refutation", "attribution", "question")


class RuleError(ValueError):
    """A rule pack that cannot be loaded; the message names the file and the rule."""


def _valid_regex(v: str) -> str:
    try:
        linear_re.compile(v)
    except linear_re.RegexError as exc:
        raise ValueError(str(exc)) from None
    return v


Regex = Annotated[str, AfterValidator(_valid_regex)]  # a str field that must compile as an RE2 regex


def known_profiles(names) -> None:
    """Raise ValueError naming any profile that does not exist."""
    bad = [p for p in names if p not in PROFILES]
    if bad:
        raise ValueError(f"unknown profile(s) {bad}; known: {list(PROFILES)}")


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    profile: Literal["cosmetic", "supplement", "clinic"] | None = None


_LOOKBEHIND = 12  # characters before a term that `not_before` sees
_LOOKAHEAD = 30  # characters after a term that `not_after` sees


class Term(BaseModel):
    """One regex, optionally refused when denied after it or turned around before it: the
    pattern language's lookarounds (RE2 has none). Case-insensitive."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    re: Regex
    not_after: Regex | None = None  # regex matched at the start of the text that follows
    not_before: Regex | None = None  # regex searched in the text just before (anchor with $)

    @cached_property
    def compiled(self) -> tuple[linear_re.Regex, linear_re.Regex | None, linear_re.Regex | None]:
        flags = linear_re.IGNORECASE
        return (linear_re.compile(self.re, flags),
                linear_re.compile(self.not_after, flags) if self.not_after else None,
                linear_re.compile(self.not_before, flags) if self.not_before else None)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Accepted matches in text order, found lazily (they never overlap)."""
        pattern, after, before = self.compiled
        for m in pattern.finditer(text):
            if after and after.match(text[m.end():m.end() + _LOOKAHEAD]):
                continue
            if before and before.search(text[max(0, m.start() - _LOOKBEHIND):m.start()]):
                continue
            yield m.span()


class AllOf(BaseModel):
    """Conditions that must all hold (the RE2 form of `(?=.*A)(?=.*B)`)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    all: list[Regex | Term] = Field(min_length=1)


# a regex, a term with not_after/not_before, a list of which any may hold, or {all: [...]}
Condition = Regex | Term | AllOf | list[Regex | Term]


def condition_found(condition, text: str) -> bool:
    """Whether a compiled `unless` condition holds somewhere in `text`."""
    if isinstance(condition, tuple):
        return all(condition_found(c, text) for c in condition)
    if isinstance(condition, list):
        return any(condition_found(c, text) for c in condition)
    if isinstance(condition, Term):
        return next(condition.spans(text), None) is not None
    return condition.search(text) is not None


def compile_condition(v):
    """Regex strings compiled; a list stays a list (any), AllOf becomes a tuple (all)."""
    if isinstance(v, AllOf):
        return tuple(compile_condition(c) for c in v.all)
    if isinstance(v, list):
        return [compile_condition(c) for c in v]
    return v if isinstance(v, Term) else linear_re.compile(v)


class Unless(BaseModel):
    """Conditions over the normalised text that turn a match off (Vale-style exceptions).
    Each is a regex, a term with `not_after`/`not_before`, a list (any holds) or `{all: [...]}`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    before: Condition | None = None  # text just before the match, in its sentence
    after: Condition | None = None  # text just after the match, in its sentence
    sentence: Condition | None = None  # anywhere in the sentence
    document: Condition | None = None  # anywhere in the document
    # anywhere in the sentence, where a more specific rule of the same category reports the
    # claim: the match goes only if a finding of its category overlaps it (else it stays)
    defer: Condition | None = None


class ProfileText(BaseModel):
    """What a finding says in one profile, where it differs from the rule's own text."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    message: str | None = None
    suggestion: str | None = None
    source: str | None = None


class Replacement(BaseModel):
    """A concrete safe wording for one family of flagged phrases.

    `match` is a regex tried at the start of the flagged phrase (a lookbehind sees the text
    before it); what it covers is replaced by `text` (a `re` template: `\\1`, `\\g<name>`) and
    the rest of the phrase is kept. Tested like examples: the rewritten sentence must check
    clean (tests/test_rule_rewrites.py)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    match: Regex
    text: str
    profiles: list[str] | None = None  # default: every profile the rule applies to
    examples: list[Example | str] = Field(default_factory=list)  # more sentences to test it on

    @field_validator("profiles")
    @classmethod
    def _known(cls, v):
        if v is not None:
            known_profiles(v)
        return v

    def example_items(self) -> list[Example]:
        return [e if isinstance(e, Example) else Example(text=e) for e in self.examples]

    @cached_property
    def compiled(self) -> linear_re.Regex:
        return linear_re.compile(self.match)


class Rule(Check):
    """A phrase check: one rule entry of a pack (see rules/README.md for the format)."""

    id: str = Field(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")
    kind: Literal["phrase"] = "phrase"
    severity: SeverityOrOff | dict[str, SeverityOrOff]
    patterns: list[str] = Field(min_length=1)
    unless: Unless = Field(default_factory=Unless)
    context: list[str] = Field(default_factory=lambda: list(CONTEXT_FILTERS))
    examples: dict[Literal["bad", "good"], list[Example | str]] = Field(default_factory=dict)
    # optional: the message / suggestion / source in one profile (e.g. clinic-only wording)
    for_profile: dict[str, ProfileText] = Field(default_factory=dict)
    # optional: concrete safe wordings (see Replacement); `delete`: why no safe wording exists
    replacements: list[Replacement] = Field(default_factory=list)
    delete: str = ""
    # optional: a modifier rule (an age tag, #PR, 翌朝, 誰でも) that counts only in a sentence
    # where a finding of one of these categories is kept (an effect that it modifies)
    alongside: list[str] = Field(default_factory=list)
    # where that finding may be: the modifier's own sentence, or its whole line (a post's
    # #PR tag covers what the post goes on to tell after a ！)
    alongside_scope: Literal["sentence", "line"] = "sentence"
    # optional: rules (off in some of this rule's profiles) whose matches this rule reports in
    # those profiles, where the sentence states the result as a definite fact of the advertiser
    # (checker.judge.context.definite_result): a clinic stating シミが消えます as its outcome
    borrows: list[str] = Field(default_factory=list)

    @field_validator("category")
    @classmethod
    def _known_category(cls, v: str) -> str:
        if v not in CLAIM_CATEGORIES:
            known = ", ".join(CLAIM_CATEGORIES)
            raise ValueError(f"unknown category {v!r} (phrase rules use one of: {known})")
        return v

    @field_validator("alongside")
    @classmethod
    def _known_alongside(cls, v: list[str]) -> list[str]:
        for c in v:
            cls._known_category(c)
        return v

    @field_validator("context")
    @classmethod
    def _known_filters(cls, v: list[str]) -> list[str]:
        bad = [f for f in v if f not in CONTEXT_FILTERS]
        if bad:
            raise ValueError(f"unknown context filter(s) {bad}; known: {list(CONTEXT_FILTERS)}")
        return v

    @field_validator("severity")
    @classmethod
    def _known_profiles(cls, v):
        if isinstance(v, dict):
            known_profiles(v)
        return v

    @field_validator("for_profile")
    @classmethod
    def _known_text_profiles(cls, v):
        known_profiles(v)
        return v

    @model_validator(mode="after")
    def _patterns_compile(self) -> Rule:
        for i, src in enumerate(self.patterns):
            try:
                compile_pattern(src)
            except PatternError as exc:
                raise ValueError(f"patterns[{i}]: {exc}") from exc
        return self

    def severity_for(self, profile: str) -> Severity | None:
        """The severity in `profile`, or None when the rule is off there."""
        value = self.severity.get(profile, "off") if isinstance(self.severity, dict) else self.severity
        return None if value == "off" else Severity(value)

    def severity_label(self, profile: str) -> str:
        s = self.severity_for(profile)
        return s.value if s else "off"

    def text_for(self, profile: str) -> tuple[str, str, str]:
        """(message, suggestion, source) as a finding in `profile` states them."""
        own = self.for_profile.get(profile)
        if own is None:
            return self.message, self.suggestion, self.source
        return own.message or self.message, own.suggestion or self.suggestion, own.source or self.source

    def example_items(self, kind: str) -> list[Example]:
        return [e if isinstance(e, Example) else Example(text=e) for e in self.examples.get(kind, [])]

    def example_texts(self, kind: Literal["bad", "good"]) -> list[str]:
        return [e.text + (f" ({e.profile})" if e.profile else "") for e in self.example_items(kind)]

    def default_profile(self) -> str:
        return next((p for p in PROFILES if self.severity_for(p)), PROFILES[0])

    @cached_property
    def compiled(self) -> list[Pattern]:
        return [compile_pattern(p) for p in self.patterns]

    @cached_property
    def unless_compiled(self) -> dict[str, linear_re.Regex | Term | list]:
        return {k: compile_condition(getattr(self.unless, k)) for k in Unless.model_fields
                if getattr(self.unless, k) is not None}


Entry = TypeVar("Entry", bound=BaseModel)


PACK_MAX_BYTES = 8 * 1024 * 1024  # a pack is read whole; the largest built-in one is ~70 KB


def read_pack(path: Path, key: str, what: str) -> tuple[PackInfo, list]:
    """A YAML pack's `pack:` header (default: named after the file) and the list under `key`
    (a bare list is accepted too). Only a regular file of at most PACK_MAX_BYTES is read;
    every failure is one line naming the file."""
    from checker.text.safeio import ReadError, read_regular_text

    try:
        data = fastyaml.safe_load(read_regular_text(path, PACK_MAX_BYTES))
    except OSError as exc:
        raise RuleError(f"{path}: cannot read {what}: {exc.strerror or exc}") from None
    except ReadError as exc:
        raise RuleError(f"{path}: cannot read {what}: {exc}") from None
    except fastyaml.YAMLError as exc:  # libyaml's messages span lines: keep the report to one
        raise RuleError(f"{path}: not a YAML {what}: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise RuleError(f"{path}: not a YAML {what}: nested too deeply") from None
    entries = data.get(key) if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise RuleError(f"{path}: expected a list under '{key}:'")
    header = data.get("pack") if isinstance(data, dict) else None
    try:
        info = PackInfo.model_validate({"name": path.stem, **header} if isinstance(header, dict) else
                                       {"name": path.stem} if header is None else header)
    except ValidationError as exc:
        raise RuleError(f"{path}: pack: {problems(exc, 'pack')}") from None
    return info, entries


def problems(exc: ValidationError, where: str = "entry") -> str:
    """pydantic errors as one line: `field.path: message; …`."""
    return "; ".join(f"{'.'.join(str(x) for x in e['loc']) or where}: {e['msg']}" for e in exc.errors())


def validate_entries(path: Path, pack: PackInfo, entries: list, model: type[Entry], what: str,
                     seen: dict[str, Path] | None = None) -> list[Entry]:
    """Validate each entry as `model` (tagged with its pack's name), ids unique across `seen`."""
    seen = {} if seen is None else seen
    out: list[Entry] = []
    for n, entry in enumerate(entries):
        eid = entry.get("id", f"#{n + 1}") if isinstance(entry, dict) else f"#{n + 1}"
        try:
            item = model.model_validate({**entry, "pack": pack.name} if isinstance(entry, dict) else entry)
        except ValidationError as exc:
            raise RuleError(f"{path}: {what} {eid}: {problems(exc, what)}") from None
        if item.id in seen:
            raise RuleError(f"{path}: {what} {item.id}: id already used in {seen[item.id]}")
        seen[item.id] = path
        out.append(item)
    return out


def load_pack(path: Path, seen: dict[str, Path] | None = None) -> list[Rule]:
    """Load and validate one YAML pack; raise RuleError naming the file and rule."""
    return validate_entries(path, *read_pack(path, "rules", "rule pack"), Rule, "rule", seen)


def load_rules(paths: list[Path] | None = None) -> list[Rule]:
    """All rules of the given packs (default: every pack in rules/), ids unique."""
    files = paths if paths is not None else sorted(RULES_DIR.glob("*.yaml"))
    seen: dict[str, Path] = {}
    return [rule for path in files for rule in load_pack(path, seen)]


def check_borrows(rules: list[Rule]) -> None:
    """Each `borrows` entry names a known rule of the same category, and no rule is borrowed twice."""
    by_id = {r.id: r for r in rules}
    borrower: dict[str, str] = {}
    for rule in rules:
        for rid in rule.borrows:
            other = by_id.get(rid)
            if other is None:
                raise RuleError(f"rule {rule.id}: borrows {rid}, which is not a loaded rule")
            if other.category != rule.category or other.alongside:
                raise RuleError(f"rule {rule.id}: borrows {rid}, which is not a plain {rule.category} rule")
            if rid in borrower:
                raise RuleError(f"rule {rule.id}: borrows {rid}, already borrowed by {borrower[rid]}")
            borrower[rid] = rule.id


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    """The built-in rules (compiled once, cached between processes: checker.match.cache)."""
    from checker.match import cache

    return cache.defaults().rules


__all__ = ["DISCLOSURE_CATEGORIES", "Rule", "RuleError", "check_borrows", "load_pack", "load_rules", "default_rules"]
