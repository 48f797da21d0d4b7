"""A set of phrase rules with its compiled matcher: built once per selection and reused by every `check()`."""

from __future__ import annotations

from functools import lru_cache

from checker.match.candidates import Matcher
from checker.match.rules import Rule, default_rules


class RuleSet:
    """Rules plus their compiled matcher; build once and reuse."""

    def __init__(self, rules: list[Rule] | tuple[Rule, ...]):
        self.rules = list(rules)
        self.by_id = {r.id: r for r in self.rules}
        # a borrowed rule's index -> the index of the rule that reports its matches where it is off
        index = {r.id: i for i, r in enumerate(self.rules)}
        self.borrower = {index[b]: i for i, r in enumerate(self.rules) for b in r.borrows if b in index}
        self.matcher = Matcher([(i, p) for i, r in enumerate(self.rules) for p in r.compiled])


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """The built-in rules' RuleSet (its matcher cached between processes: checker.match.cache)."""
    from checker.match import cache

    compiled = cache.defaults()
    return compiled.ruleset if compiled.rules is default_rules() else RuleSet(default_rules())
