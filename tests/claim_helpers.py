"""Helpers shared by the context test files (not a test module)."""

import pytest

from checker import check


def span_categories(text: str, profile: str) -> set[str]:
    """The categories of `text`'s span findings (any severity)."""
    return {f.category for f in check(text, profile).findings if f.matched_text}


def reported(text: str, profile: str) -> list[str]:
    """"RULE-ID matched text" of every error or warning span finding of `text`."""
    return [f"{f.rule_id} {f.matched_text}" for f in check(text, profile=profile).findings
            if f.matched_text and f.severity.value in ("error", "warning")]


def claim_tests(quiet: list[tuple[str, str]], claims: list[tuple[str, str]]):
    """The two tests of a context round: every (profile, text) of `quiet` reports nothing at
    error/warning, every one of `claims` still reports something. Bind both to test_ names."""

    @pytest.mark.parametrize(("profile", "text"), quiet)
    def test_text_about_claims_is_quiet(profile: str, text: str) -> None:
        assert reported(text, profile) == []

    @pytest.mark.parametrize(("profile", "text"), claims)
    def test_the_same_words_used_as_claims_stay(profile: str, text: str) -> None:
        assert reported(text, profile) != []

    return test_text_about_claims_is_quiet, test_the_same_words_used_as_claims_stay


def category_tests(present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]):
    """The two tests of a family round: every (profile, text, category) of `present` reports
    that category, none of `absent` does. Bind both to test_ names."""

    @pytest.mark.parametrize(("profile", "text", "category"), present)
    def test_a_family_member_is_reported(profile: str, text: str, category: str) -> None:
        assert category in span_categories(text, profile)

    @pytest.mark.parametrize(("profile", "text", "category"), absent)
    def test_a_neighbouring_category_is_not_reported(profile: str, text: str, category: str) -> None:
        assert category not in span_categories(text, profile)

    return test_a_family_member_is_reported, test_a_neighbouring_category_is_not_reported
