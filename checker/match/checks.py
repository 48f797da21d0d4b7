"""What every check has in common (Vale's one `Definition`, `extends:` picking the kind).

A check is either `kind: phrase` (checker.match.rules.Rule, rules/*.yaml: a phrase in the copy
is a risk) or `kind: disclosure` (checker.match.disclosures.Disclosure, rules/disclosures/*.yaml:
an "occurrence, min 1" check, a risk when the ad never states the item). Both are
documented, selected and reported through one catalogue (checker.match.catalogue)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.models import PROFILES

CheckKind = Literal["phrase", "disclosure"]
# Placeholder until the project has a public home; check links are DOCS_BASE_URL + docs/rules.md#anchor.
DOCS_BASE_URL = "https://github.com/exocheck/exocheck/blob/main/"


def anchor(check_id: str) -> str:
    """The anchor of a check in docs/rules.md: its id alone, lower-cased (stable when it is renamed)."""
    return check_id.lower()


def doc_url(check_id: str) -> str:
    return f"{DOCS_BASE_URL}docs/rules.md#{anchor(check_id)}"


class PackInfo(BaseModel):
    """The `pack:` header of a YAML pack: its name, the source it implements and where it
    stands when the catalogue is read (lower first; packs without `order` come last)."""

    # defer_build (here and in every check model): pydantic builds a model's validators when
    # it first validates one, not at import; a start that reads the compiled rules from the
    # cache (checker.match.cache) never validates a pack (~1 ms a model)
    model_config = ConfigDict(extra="forbid", defer_build=True)
    name: str
    source: str = ""
    order: int | None = None


class Check(BaseModel):
    """The fields every check states; `kind` says how it is matched."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    id: str
    kind: CheckKind = "phrase"
    name: str = ""
    category: str
    source: str
    message: str
    suggestion: str
    rationale: str = ""
    url: str = ""
    pack: str = Field("", description="the name in the pack's `pack:` header (default: the file's stem)")

    @property
    def help_uri(self) -> str:
        """Where the check is documented: its own `url`, else its entry in docs/rules.md."""
        return self.url or doc_url(self.id)

    def severity_label(self, profile: str) -> str:
        """The severity in `profile` as the docs show it (`off` when the check does not apply)."""
        raise NotImplementedError

    def severities(self) -> dict[str, str]:
        return {p: self.severity_label(p) for p in PROFILES}

    def example_texts(self, kind: Literal["bad", "good"]) -> list[str]:
        """Examples as one line each: `bad` ones make a finding, `good` ones do not."""
        return []
