"""Rule selectors, as in ruff: `select`/`ignore`/`severity` keys name a rule id, an id prefix
(`YK`, `YK-SAFETY`), a category (`price-inducement`) or `ALL`; the most specific one wins,
and `ignore` wins a tie with `select`."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from checker.judge.taxonomy import CHECK_CATEGORIES
from checker.match.rules import Rule
from checker.models import PROFILES, Finding, Severity

# Findings the tool itself makes (not claims): see checker/project/suppress.py and docs/ci.md.
TOOL_CATEGORY = "suppression"
TOOL_RULE_IDS = ("EXO-UNUSED-SUPPRESSION", "EXO-BARE-SUPPRESSION")
CATEGORIES = (*CHECK_CATEGORIES, TOOL_CATEGORY)


class SelectorError(ValueError):
    """A selector that names no rule, prefix or category."""


def specificity(selector: str, rule_id: str, category: str) -> int | None:
    """How specifically `selector` names this rule (None: not at all)."""
    if selector == rule_id:
        return 1000
    if rule_id.startswith(selector + "-"):
        return 2 + selector.count("-")
    if selector == category:
        return 1
    if selector == "ALL":
        return 0
    return None


def _best(selectors: Iterable[str], rule_id: str, category: str) -> tuple[int, str] | None:
    ranked = [(s, sel) for sel in selectors if (s := specificity(sel, rule_id, category)) is not None]
    return max(ranked) if ranked else None


def check_selectors(selectors: Iterable[str], key: str, known_ids: set[str]) -> None:
    """Raise SelectorError naming `key` for a selector that matches nothing known."""
    for sel in selectors:
        if sel == "ALL" or sel in CATEGORIES or sel in known_ids:
            continue
        if any(rid.startswith(sel + "-") for rid in known_ids):
            continue
        close = difflib.get_close_matches(sel, [*known_ids, *CATEGORIES], n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise SelectorError(f"{key}: unknown rule, prefix or category {sel!r}{hint}")


def _widen(severity: str | dict[str, str]) -> dict[str, str]:
    return dict(severity) if isinstance(severity, dict) else dict.fromkeys(PROFILES, severity)


def copy_rule(rule: Rule, **update: object) -> Rule:
    """`rule.model_copy(update=...)` that drops the cached compiled patterns when their inputs change."""
    copy = rule.model_copy(update=update)
    if "patterns" in update:
        copy.__dict__.pop("compiled", None)
    if "unless" in update:
        copy.__dict__.pop("unless_compiled", None)
    return copy


@dataclass(frozen=True)
class Selection:
    """Resolved select/ignore/severity settings; hashable `key` for caching a RuleSet."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str | tuple[tuple[str, str], ...]], ...] = ()

    @classmethod
    def build(cls, rules: Iterable[Rule], select: list[str], ignore: list[str],
              severity: dict[str, str | dict[str, str]], per_file_ignores: dict[str, list[str]] | None = None,
              extra_ids: Iterable[str] = ()) -> Selection:
        known = {r.id for r in rules} | set(TOOL_RULE_IDS) | set(extra_ids)
        check_selectors(select, "select", known)
        check_selectors(ignore, "ignore", known)
        check_selectors(severity, "severity", known)
        for glob, sels in (per_file_ignores or {}).items():
            check_selectors(sels, f"per-file-ignores.{glob!r}", known)
        frozen = tuple((k, tuple(sorted(v.items())) if isinstance(v, dict) else v) for k, v in severity.items())
        return cls(select=tuple(select), ignore=tuple(ignore), severity=frozen)

    @property
    def key(self) -> tuple:
        return (self.select, self.ignore, self.severity)

    @property
    def is_default(self) -> bool:
        return self.select == ("ALL",) and not self.ignore and not self.severity

    def enabled(self, rule_id: str, category: str) -> bool:
        chosen = _best(self.select, rule_id, category)
        dropped = _best(self.ignore, rule_id, category)
        return chosen is not None and (dropped is None or chosen[0] > dropped[0])

    def override(self, rule_id: str, category: str) -> str | dict[str, str] | None:
        """The most specific severity override for this rule (None: keep the rule's own)."""
        ranked = [(s, i) for i, (sel, _) in enumerate(self.severity)
                  if (s := specificity(sel, rule_id, category)) is not None]
        if not ranked:
            return None
        value = self.severity[max(ranked)[1]][1]
        return dict(value) if isinstance(value, tuple) else value

    def apply_to_rules(self, rules: Iterable[Rule]) -> list[Rule]:
        """Enabled rules, copied with their overridden severity."""
        out: list[Rule] = []
        for rule in rules:
            if not self.enabled(rule.id, rule.category):
                continue
            value = self.override(rule.id, rule.category)
            if value is None:
                out.append(rule)
                continue
            current = _widen(rule.severity)
            if isinstance(value, dict):  # per-profile: only the named profiles change
                new = {**current, **value}
            else:  # one level: every profile where the rule is on (off stays off)
                new = {p: (value if s != "off" else "off") for p, s in current.items()}
            if all(s == "off" for s in new.values()):
                continue
            out.append(copy_rule(rule, severity=new))
        return out

    def filter_findings(self, findings: list[Finding], rel_path: str | None, profile: str,
                        per_file: list | tuple = ()) -> list[Finding]:
        """Drop disabled findings and apply severity overrides (idempotent for rule findings)."""
        local = [sel for spec, sels in per_file if rel_path is not None and spec.match_file(rel_path) for sel in sels]
        out: list[Finding] = []
        for f in findings:
            if not self.enabled(f.rule_id, f.category):
                continue
            if local and _best(local, f.rule_id, f.category) is not None:
                continue
            value = self.override(f.rule_id, f.category)
            if isinstance(value, dict):
                value = value.get(profile)
            if value == "off":
                continue
            if value is not None and value != f.severity.value:
                f = f.model_copy(update={"severity": Severity(value)})
            out.append(f)
        return out
