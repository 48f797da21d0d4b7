"""The marketer's desk in a real browser (Debian chromium via Playwright): rewrites applied in
the editor and undone, the state on screen always current (stale after 413, empty submit,
summary brought into view), downloads (CSV, the CLI's HTML report opened in the browser),
print to PDF with every finding, history in localStorage only, phone widths."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

import httpx
import pytest
from conftest import MAX_CHARS
from pypdf import PdfReader
from test_web import AD, _type_and_wait

# Many findings of many rules: the list is taller than the screen (its inner scroll box must
# not cut the printout).
LONG_AD = "\n".join([AD, "肌の細胞を活性化するクリーム。コラーゲンを増やすエクソソーム美容液。",
                     "シワが消える美容液。アトピーが治る保湿クリーム。究極の保湿力を誇ります。",
                     "世界初のエクソソーム培養技術。皮膚科医監修のエクソソーム美容液。人気モデルも愛用の幹細胞美容液。",
                     "満足度98％の人気美容液。使用4週間でハリが30%アップ。ノーベル賞受賞の研究から生まれた美容液。",
                     "毎日続けて免疫力アップ。即効性のあるエクソソーム美容液。どんな乾燥肌でもしっとり潤います。"])


def _findings(server_url: str, text: str, profile: str = "auto") -> list[dict]:
    r = httpx.post(f"{server_url}/api/v1/check", json={"text": text, "profile": profile}, timeout=30)
    return r.json()["files"][0]["findings"]


def _squash(text: str) -> str:
    """Without spaces and NFKC-folded: PDF text extraction yields CJK radicals (⽤ for 用) and
    breaks lines anywhere."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_apply_a_rewrite_in_the_editor_then_undo_it(new_page, server_url, artifacts):
    page = new_page()
    _type_and_wait(page, AD)
    hit = page.locator(".rule-group .hit", has_text="副作用ゼロ").first
    group = hit.locator("xpath=ancestor::section[contains(@class, 'rule-group')]")
    assert "肌へのやさしさに配慮した処方" in group.locator(".rewrites").inner_text()
    page.screenshot(path=artifacts / "web-rewrite.png", full_page=True)
    with page.expect_response("**/api/v1/check"):
        hit.locator(".btn-apply").click()
    page.wait_for_function("() => !document.getElementById('result').classList.contains('stale')")
    fixed = page.input_value("#copy-text")
    assert "副作用ゼロだから" not in fixed and "肌へのやさしさに配慮した処方（すべての方に刺激が起きないわけではありません）だから" in fixed
    assert "言い換えを適用しました" in page.inner_text("#action-status")
    assert not any(f["rule_id"] == "YK-SAFETY-001" and f["matched_text"] == "副作用ゼロ"
                   for f in _findings(server_url, fixed))
    assert page.locator("#copy mark.hl", has_text="副作用ゼロ").count() == 0  # the result follows the editor

    page.focus("#copy-text")
    page.keyboard.press("Control+z")  # the browser's own undo
    assert page.input_value("#copy-text") == AD


def test_apply_from_the_tooltip_and_copy_the_fixed_version(new_page, server_url):
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server_url)
    _type_and_wait(page, AD)
    page.click("#copy-fixed")
    page.wait_for_selector("#action-status:has-text('修正版をコピーしました')")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert "副作用ゼロ" not in copied and "肌へのやさしさに配慮した処方" in copied
    assert page.input_value("#copy-text") == AD  # copying leaves the editor alone

    mark = page.locator("#copy mark.hl", has_text="真皮まで浸透").first
    mark.hover()
    button = mark.locator(".tip .btn-apply")
    assert button.is_visible() and "角層まで浸透" in mark.locator(".tip").inner_text()
    with page.expect_response("**/api/v1/check"):
        button.click()
    assert "角層まで浸透して肌を再生し" in page.input_value("#copy-text")


def test_a_disease_claim_says_delete_and_why(new_page):
    page = new_page()
    _type_and_wait(page, "アトピーが治る保湿クリーム。")
    group = page.locator(".rule-group", has_text="YK-DISEASE-001")
    assert "削除" in group.locator(".rg-delete").inner_text() and "医薬品的な効能" in group.inner_text()
    assert group.locator(".btn-apply").count() == 0


def test_error_marks_the_previous_result_stale(new_page, artifacts):
    page = new_page()
    _type_and_wait(page, AD)
    assert page.locator("#stale-note").is_hidden()
    with page.expect_response("**/api/v1/check") as response:
        page.fill("#copy-text", "あ" * (MAX_CHARS + 1))
    assert response.value.status == 413
    page.wait_for_selector("#live-error:not([hidden])")
    assert "上限" in page.inner_text("#live-error")
    assert "stale" in page.get_attribute("#result", "class")
    assert page.locator("#stale-note").is_visible() and "一致しません" in page.inner_text("#stale-note")
    page.screenshot(path=artifacts / "web-stale.png")
    page.fill("#copy-text", AD)  # back to the text that is shown: current again, no request needed
    page.wait_for_function("() => !document.getElementById('result').classList.contains('stale')")
    assert page.locator("#live-error").is_hidden()


def test_empty_submit_says_so(new_page):
    page = new_page()
    page.click("#check-button")
    page.wait_for_selector("#live-error:not([hidden])")
    assert "チェックするテキストがありません" in page.inner_text("#live-error")
    assert page.evaluate("() => document.activeElement.id") == "copy-text"


def test_pasting_brings_the_summary_into_view_and_keeps_the_focus(new_page, server_url):
    page = new_page(viewport={"width": 1280, "height": 640}, reduced_motion="reduce")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server_url)
    page.evaluate("t => navigator.clipboard.writeText(t)", AD)
    page.focus("#copy-text")
    assert page.evaluate("() => window.scrollY") == 0
    with page.expect_response("**/api/v1/check"):
        page.keyboard.press("Control+v")
    page.wait_for_selector("#summary")
    page.wait_for_function("() => { const r = document.getElementById('summary').getBoundingClientRect();"
                           " return r.top >= 0 && r.bottom <= window.innerHeight + 1; }")
    assert page.evaluate("() => document.activeElement.id") == "copy-text"


def test_downloads_csv_and_the_html_report(new_page, server_url, browser, tmp_path, artifacts):
    page = new_page(accept_downloads=True)
    _type_and_wait(page, AD)
    findings = _findings(server_url, AD)
    with page.expect_download() as dl:
        page.click("#download-csv")
    path = tmp_path / "findings.csv"
    dl.value.save_as(path)
    assert dl.value.suggested_filename.endswith(".csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with a BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][6] == "該当表現" and len(rows) == len(findings) + 1
    assert {r[3] for r in rows[1:]} == {f["rule_id"] for f in findings}

    with page.expect_download() as dl:
        page.click("#download-html")
    report = tmp_path / "report.html"
    dl.value.save_as(report)
    assert dl.value.suggested_filename.endswith(".html")
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    problems: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.goto(report.as_uri())
    assert pg.title().startswith("広告表現リスクチェック結果")
    assert [u for u in requests if not u.startswith("file:")] == [] and problems == []
    body = pg.inner_text("body")
    for f in findings:
        assert f["rule_id"] in body
    assert "貼り付けたテキスト" in body
    assert pg.locator(".finding:visible").count() >= 1
    pg.set_viewport_size({"width": 390, "height": 844})  # the same report on a phone
    assert pg.evaluate("() => document.documentElement.scrollWidth") <= 390
    pg.screenshot(path=str(artifacts / "report-download-phone.png"), full_page=True)
    pg.close()


def test_print_to_pdf_is_a4_with_every_finding(new_page, server_url, tmp_path, artifacts):
    page = new_page(viewport={"width": 1280, "height": 800})
    _type_and_wait(page, LONG_AD)
    scroll = page.locator(".findings-scroll")
    assert page.evaluate("el => el.scrollHeight > el.clientHeight", scroll.element_handle())  # on screen: a scroll box
    page.emulate_media(media="print")
    assert page.locator("#check-form").is_hidden() and page.locator(".result-actions").is_hidden()
    pdf = tmp_path / "print.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    page.screenshot(path=artifacts / "web-print.png", full_page=True)
    reader = PdfReader(str(pdf))
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1.5 and abs(float(box.height) - 841.9) < 1.5  # A4 in points
    text = _squash("".join(p.extract_text() for p in reader.pages))
    findings = [f for f in _findings(server_url, LONG_AD) if f["matched_text"]]
    assert len(findings) > 25
    missing = [f["matched_text"] for f in findings if f"「{_squash(f['matched_text'])}」" not in text]
    assert not missing, missing  # every finding of the list is printed, none cut by the scroll box
    assert "法的助言ではありません" in text or "法的助言" in text


def test_history_survives_a_reload_reopens_and_is_cleared(new_page):
    page = new_page()
    assert page.locator("#history").is_visible() and "サーバーには何も保存されません" in page.inner_text("#history")
    assert page.locator("#history-list li").count() == 0
    _type_and_wait(page, AD)
    with page.expect_response("**/api/v1/check"):
        page.fill("#copy-text", AD + "\n追記：新発売。")  # the same draft, edited: still one entry
    page.wait_for_function("() => document.querySelectorAll('#history-list li').length === 1")
    page.reload()
    items = page.locator("#history-list .history-item")
    assert items.count() == 1
    assert "【今だけ半額" in items.first.inner_text() and "違反の可能性大" in items.first.inner_text()
    stored = page.evaluate("() => JSON.parse(localStorage.getItem('exocheck.history.v1'))")
    assert stored[0]["text"].endswith("新発売。") and set(stored[0]["counts"]) == {"error", "warning", "info"}
    assert page.input_value("#copy-text") == ""
    with page.expect_response("**/api/v1/check"):
        items.first.click()
    page.wait_for_selector("#summary")
    assert page.input_value("#copy-text").endswith("新発売。")
    page.click("#history-clear")
    assert page.locator("#history-list li").count() == 0 and page.locator("#history-empty").is_visible()
    assert page.evaluate("() => localStorage.getItem('exocheck.history.v1')") is None
    page.reload()
    assert page.locator("#history-list li").count() == 0


def test_phone_help_text_speaks_of_tapping(new_page, artifacts):
    page = new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True)
    _type_and_wait(page, AD)
    assert page.locator(".help-touch").is_visible() and page.locator(".help-pointer").is_hidden()
    assert "タップ" in page.inner_text("#copy-help") and "マウス" not in page.inner_text("#copy-help")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts / "web-phone-result.png", full_page=True)


def test_favicon_is_served(new_page, server_url):
    r = httpx.get(f"{server_url}/favicon.ico", timeout=10)
    assert r.status_code == 200 and r.headers["content-type"] == "image/x-icon"


@pytest.mark.parametrize("profile", ["cosmetic", "clinic"])
def test_the_price_finding_fits_the_profile(new_page, profile):
    page = new_page()
    page.click(f"label[for=profile-{profile}]")
    _type_and_wait(page, "今だけ半額のエクソソーム美容液です。")
    group = page.locator(".rule-group", has_text="KH-PRICE-001").inner_text()
    assert ("医療広告" in group) == (profile == "clinic")


def test_downloads_work_without_javascript(new_page, tmp_path):
    page = new_page(java_script_enabled=False, accept_downloads=True)
    page.fill("#copy-text", AD)
    with page.expect_navigation():
        page.click("#check-button")
    assert page.locator("#copy-fixed").is_hidden() and page.locator("#history").is_hidden()  # need JavaScript
    with page.expect_download() as dl:
        page.click("#download-csv")
    path = tmp_path / "nojs.csv"
    dl.value.save_as(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf") and "副作用ゼロ" in path.read_text("utf-8-sig")
