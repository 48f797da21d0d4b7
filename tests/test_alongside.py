"""Modifier rules (`alongside`, rules/README.md): a modifier counts only beside a kept finding
of a category it modifies, and not where a plain rule already reports its category."""

from checker import check
from checker.match.rules import Rule
from checker.match.ruleset import RuleSet


def _rule(rule_id: str, category: str, pattern: str, alongside: list[str] | None = None) -> Rule:
    return Rule(id=rule_id, pack="test", name=rule_id.lower(), category=category, severity="error",
                source="test", message="m", suggestion="s", patterns=[pattern],
                alongside=alongside or [])


EFFECT = _rule("T-EFFECT-001", "medical-efficacy", "シミ が 消える")
SPEED = _rule("T-SPEED-001", "immediacy", "三日 で")
MODIFIER = _rule("T-MOD-001", "immediacy", "一晩", alongside=["medical-efficacy"])
RULES = RuleSet([EFFECT, SPEED, MODIFIER])


def _ids(text: str) -> list[str]:
    return sorted(f.rule_id for f in check(text, "cosmetic", ruleset=RULES).findings if f.matched_text)


def test_a_modifier_alone_is_not_reported() -> None:
    assert _ids("一晩寝かせてからお使いください。") == []


def test_a_modifier_beside_an_effect_is_reported() -> None:
    assert _ids("一晩でシミが消える。") == ["T-EFFECT-001", "T-MOD-001"]


def test_the_effect_must_be_in_the_same_sentence() -> None:
    assert _ids("一晩おいてください。シミが消える。") == ["T-EFFECT-001"]


def test_a_denied_effect_does_not_carry_the_modifier() -> None:
    assert _ids("一晩でシミが消えるわけではありません。") == []


def test_a_plain_rule_of_the_same_category_takes_precedence() -> None:
    assert _ids("三日で、一晩でシミが消える。") == ["T-EFFECT-001", "T-SPEED-001"]


def test_alongside_names_known_categories() -> None:
    try:
        _rule("T-BAD-001", "immediacy", "一晩", alongside=["no-such-category"])
    except ValueError as exc:
        assert "no-such-category" in str(exc)
    else:
        raise AssertionError("an unknown category was accepted")
