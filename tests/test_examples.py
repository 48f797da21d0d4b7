"""The example pages in examples/: pinned findings (snapshots) plus checks that hold whatever
the phrase-rule catalogue contains. Regenerate snapshots with
`pytest --force-regen tests/test_examples.py` and review the diff."""

from functools import cache
from pathlib import Path

import pytest

from checker.models import FileResult
from checker.project.batch import check_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PAGES = sorted(p for p in EXAMPLES.rglob("*") if p.suffix in (".txt", ".md", ".html"))
ADS = [p for p in PAGES if p.parent.name in ("clinic", "cosmetic", "supplement")]
COMPLIANT = [p for p in ADS if p.stem.endswith("-ok")]
NONCOMPLIANT = [p for p in ADS if p.stem.endswith("-ng")]
ARTICLES = [p for p in PAGES if p.parent.name == "articles"]


def _id(p: Path) -> str:
    return p.relative_to(EXAMPLES).as_posix()


@cache
def result(path: Path) -> FileResult:
    return check_file(path, display=_id(path))


def test_example_set_is_complete():
    assert len(PAGES) >= 12
    for profile in ("clinic", "cosmetic", "supplement"):
        kinds = {p.stem.rsplit("-", 1)[1] for p in ADS if p.parent.name == profile}
        assert kinds == {"ok", "ng"}, profile
    assert len(ARTICLES) >= 3
    assert {p.suffix for p in PAGES} == {".txt", ".md", ".html"}
    encodings = {result(p).encoding for p in PAGES}
    assert {"cp932", "euc_jp"} <= encodings


@pytest.mark.parametrize("path", PAGES, ids=_id)
def test_example_snapshot(path, data_regression):
    r = result(path)
    assert r.error is None
    data_regression.check({
        "path": _id(path),
        "encoding": r.encoding,
        "kind": r.document.kind,
        "profile": r.document.profile,
        "findings": [
            {"rule_id": f.rule_id, "category": f.category, "severity": f.severity.value,
             "line": f.line, "column": f.column, "matched_text": f.matched_text}
            for f in r.findings
        ],
    })


# -- independent of the phrase-rule catalogue -------------------------------------------------------

@pytest.mark.parametrize("path", ADS, ids=_id)
def test_ads_are_ads_with_their_folder_profile(path):
    r = result(path)
    assert r.document.kind == "ad", r.document.reason
    assert r.document.profile == path.parent.name, r.document.reason


@pytest.mark.parametrize("path", ARTICLES, ids=_id)
def test_articles_are_articles_without_disclosure_findings(path):
    r = result(path)
    assert r.document.kind == "article", r.document.reason
    assert not [f for f in r.findings if f.category.startswith("disclosure-")]
    assert all(f.severity.value != "error" for f in r.findings)


@pytest.mark.parametrize("path", COMPLIANT, ids=_id)
def test_compliant_pages_have_no_error(path):
    errors = [(f.rule_id, f.matched_text) for f in result(path).findings if f.severity.value == "error"]
    assert errors == []


@pytest.mark.parametrize("path", NONCOMPLIANT, ids=_id)
def test_noncompliant_pages_fail_on_many_counts(path):
    findings = result(path).findings
    claims = [f for f in findings if f.matched_text]
    disclosures = {f.category for f in findings if not f.matched_text}
    assert len(findings) >= 6
    assert claims and any(f.severity.value == "error" for f in findings)
    minimum = {"clinic": 10, "cosmetic": 5, "supplement": 1}[path.parent.name]
    assert len(disclosures) >= minimum


def test_compliant_clinic_pages_make_every_limited_release_disclosure():
    for path in (p for p in COMPLIANT if p.parent.name == "clinic"):
        assert not [f.category for f in result(path).findings if f.category.startswith("disclosure-")], path.name
