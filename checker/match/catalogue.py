"""The one catalogue of checks (ruff's rule registry): every phrase rule and disclosure check,
their packs (each YAML's `pack:` header) and their documentation anchors. `exocheck
rules`/`explain`, docs/rules.md, every report, the API and the selectors read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from pydantic import BaseModel, ConfigDict

from checker.judge.taxonomy import DISCLOSURE_CATEGORIES
from checker.match.checks import Check, PackInfo
from checker.match.disclosures import Disclosure, default_disclosures
from checker.match.rules import RULES_DIR, Rule, default_rules, read_pack


@dataclass(frozen=True)
class Catalogue:
    """Phrase rules and disclosure checks; `packs` by name, in reading order."""

    rules: tuple[Rule, ...]
    disclosures: tuple[Disclosure, ...]
    packs: dict[str, PackInfo] = field(default_factory=dict)

    def pack(self, name: str) -> PackInfo:
        return self.packs.get(name) or PackInfo(name=name)

    def ordered_rules(self) -> list[Rule]:
        """Rules by pack (`order` in the pack header, then name; unordered packs last), then id."""
        def key(r: Rule) -> tuple:
            order = self.pack(r.pack).order
            return (order is None, order or 0, r.pack, r.id)

        return sorted(self.rules, key=key)

    def ordered_disclosures(self) -> list[Disclosure]:
        rank = {c: i for i, c in enumerate(DISCLOSURE_CATEGORIES)}
        return sorted(self.disclosures, key=lambda d: (rank.get(d.category, len(rank)), d.id))

    def checks(self) -> list[Check]:
        """Every check in the order the docs list them: phrase rules by pack, then disclosures."""
        return [*self.ordered_rules(), *self.ordered_disclosures()]

    @cached_property
    def by_id(self) -> dict[str, Check]:
        return {c.id: c for c in (*self.rules, *self.disclosures)}

    def get(self, check_id: str) -> Check | None:
        return self.by_id.get(check_id)


def pack_headers() -> dict[str, PackInfo]:
    """The `pack:` header of every built-in phrase-rule pack, by name."""
    headers = (read_pack(path, "rules", "rule pack")[0] for path in sorted(RULES_DIR.glob("*.yaml")))
    return {h.name: h for h in headers}


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    from checker.match import cache

    return Catalogue(rules=default_rules(), disclosures=tuple(default_disclosures().disclosures),
                     packs=dict(cache.defaults().packs))


def describe(check: Check) -> dict:
    """A check as `exocheck rules --format json` and `GET /api/v1/rules` show it: its fields,
    its severity per profile and where it is documented."""
    return check.model_dump(mode="json") | {"severities": check.severities(), "help_uri": check.help_uri}


class RulePackFile(BaseModel):
    """A file of phrase rules: rules/*.yaml, or a project's `rule-packs` (see rules/README.md)."""

    model_config = ConfigDict(extra="forbid", title="exocheck rule pack", defer_build=True)
    pack: PackInfo | None = None
    rules: list[Rule]


def pack_schema() -> dict:
    """The JSON schema of a rule pack (`exocheck rules --schema`), for editors to validate packs."""
    return RulePackFile.model_json_schema()
