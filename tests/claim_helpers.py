"""Helpers shared by the context test files (not a test module)."""

from checker import check


def reported(text: str, profile: str) -> list[str]:
    """"RULE-ID matched text" of every error or warning span finding of `text`."""
    return [f"{f.rule_id} {f.matched_text}" for f in check(text, profile=profile).findings
            if f.matched_text and f.severity.value in ("error", "warning")]
