"""The HTML report in a real browser (Debian chromium via Playwright): offline, filters work.

Saves tests/artifacts/report.png for a human look. Chromium comes from conftest.py's
`browser` fixture (/usr/bin/chromium, never `playwright install`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_reports_sample import sample_results

from reports import formatter

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory):
    report = tmp_path_factory.mktemp("report") / "report.html"
    report.write_text(formatter("html")(sample_results(), catalogue={}, generated="2025-04-01 10:00"), "utf-8")
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    problems: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.goto(report.as_uri())
    pg.requests, pg.problems = requests, problems
    yield pg
    pg.close()


def _visible(page) -> int:
    return page.locator(".finding:visible").count()


def test_report_opens_offline_without_errors_and_is_saved_as_png(page):
    assert page.title().startswith("広告表現リスクチェック結果")
    assert [u for u in page.requests if not u.startswith("file:")] == []  # no external assets
    assert page.problems == []
    assert "法的助言ではありません" in page.inner_text(".notice")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000


def test_severity_and_category_filters(page):
    assert _visible(page) == 12
    page.uncheck("input[name=severity][value=warning]")
    page.uncheck("input[name=severity][value=info]")
    assert _visible(page) == 4
    assert page.inner_text("#shown-count") == "4"
    # a warning's highlight is switched off, an error's stays on
    assert "off" in page.get_attribute("#file-1-f1", "class")
    assert "off" not in page.get_attribute("#file-1-f0", "class")
    page.click("#filter-reset")
    page.select_option("#category-filter", "disclosure-cost")
    assert _visible(page) == 1
    assert page.locator("section.file:visible").count() == 1
    assert page.locator("section.file:visible h2").inner_text() == "site/clinic/exosome-drip.html"
    page.click("#filter-reset")
    assert _visible(page) == 12


def test_clicking_a_chart_bar_filters_by_its_category(page):
    page.click(".bar-row[data-cat=superlative]")
    assert page.input_value("#category-filter") == "superlative"
    assert _visible(page) == 1
    page.click(".bar-row[data-cat=superlative]")  # a second click clears it
    assert page.input_value("#category-filter") == ""
    assert _visible(page) == 12


def test_report_over_examples_from_the_cli(browser, tmp_path):
    """The reviewer's command, `exocheck check examples/ --format html --output report.html`."""
    import subprocess

    repo = Path(__file__).resolve().parents[2]
    out = tmp_path / "report.html"
    proc = subprocess.run([sys.executable, "-m", "checker.cli.main", "check", str(repo / "examples"), "--format", "html",
                           "--output", str(out), "--jobs", "1"], capture_output=True, text=True, cwd=repo)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr  # the non-compliant pages fail
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.goto(out.as_uri())
    text = pg.inner_text("body")
    for page_name in ("exosome-drip-ng.html", "serum-ng.html", "drink-ng.txt", "supernatant-ng.md"):
        assert page_name in text
    assert problems == []
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "report-examples.png"))  # the summary a reviewer sees first
    pg.close()


def test_report_does_not_scroll_sideways_on_a_phone(browser, tmp_path):
    """390 px (a phone): the top-rules table, the charts and the findings fit the width."""
    report = tmp_path / "report.html"
    report.write_text(formatter("html")(sample_results(), catalogue={}, generated="2025-04-01 10:00"), "utf-8")
    pg = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    pg.goto(report.as_uri())
    assert pg.evaluate("() => document.documentElement.scrollWidth") <= 390
    message = pg.locator("table.rules tbody tr").first.locator("td").nth(2)
    assert message.bounding_box()["width"] > 250  # the message gets the row's width, not a squeezed column
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "report-phone.png"), full_page=True)
    pg.close()
