import pytest

from checker import check


@pytest.fixture
def categories():
    """Claim categories found in a text for a profile."""

    def _run(text: str, profile: str = "cosmetic") -> set[str]:
        return {f.category for f in check(text, profile).findings if f.matched_text}

    return _run
