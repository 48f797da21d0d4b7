"""The web form in a real browser: live highlighting, tooltips by mouse and keyboard, the
finding list, the report copy button, XSS payloads, the no-JavaScript form and upload."""

from __future__ import annotations

import httpx
import pytest

from api.render import render_result
from api.service import Checked
from api.ui_text import category_label
from checker.models import DocumentInfo, FileResult, Finding, Severity

AD = """【今だけ半額・先着100名様】ヒト幹細胞エクソソーム美容液
😀 副作用ゼロだから、敏感肌の方も毎日安心。
真皮まで浸透して肌を再生し、たった1回で10歳若返る実感を。
医師も推薦する業界No.1の品質で、臨床試験で効果が証明されています。
副作用の心配は一切ありません。
使い方：朝晩の洗顔後、2〜3滴を手のひらに取り、顔全体になじませてください。
内容量：30mL／通常価格 12,800円（税込）→ 初回限定 6,400円でお届けします。
毎日のスキンケアに、ワンランク上のハリとツヤを。"""

# Text of every highlight, per finding index (a finding cut by an overlap spans several marks).
HIGHLIGHTS_JS = """() => {
  const out = {};
  document.querySelectorAll('#copy mark.hl').forEach(m => m.dataset.findings.split(' ').forEach(
    i => { out[i] = (out[i] || '') + m.querySelector('.hl-text').textContent; }));
  return out;
}"""
# The copy as shown, without the (hidden) tooltips.
COPY_TEXT_JS = """() => {
  const copy = document.getElementById('copy').cloneNode(true);
  copy.querySelectorAll('.tip').forEach(t => t.remove());
  return copy.textContent;
}"""
ACTIVE_TIP_JS = """() => {
  const el = document.activeElement;
  return el && el.matches('mark.hl') ? el.id : null;
}"""


def _type_and_wait(page, text: str) -> None:
    with page.expect_response("**/api/v1/check") as response:
        page.fill("#copy-text", text)
    assert response.value.ok
    page.wait_for_selector("#summary")


def _api_findings(server_url: str, text: str) -> list[dict]:
    r = httpx.post(f"{server_url}/api/v1/check", json={"text": text}, timeout=30)
    return r.json()["files"][0]["findings"]


def test_live_check_highlights_every_finding_with_its_tooltip(new_page, server_url, artifacts):
    page = new_page()
    _type_and_wait(page, AD)
    findings = _api_findings(server_url, AD)
    phrases = {str(i): f for i, f in enumerate(findings) if f["matched_text"]}
    assert any(f["matched_text"] == "副作用ゼロ" for f in phrases.values())
    assert page.evaluate(HIGHLIGHTS_JS) == {i: f["matched_text"] for i, f in phrases.items()}
    assert page.evaluate(COPY_TEXT_JS) == AD  # emoji and newlines intact, nothing added
    page.screenshot(path=artifacts / "web-desktop.png", full_page=True)

    mark = page.locator("#copy mark.hl", has_text="副作用ゼロ").first
    tip = mark.locator(".tip")
    assert not tip.is_visible()
    mark.hover()
    assert tip.is_visible()
    f = next(f for f in phrases.values() if f["matched_text"] == "副作用ゼロ")
    shown = tip.inner_text()
    for part in (category_label(f["category"]), f["message"], f["suggestion"], f["source"], f["rule_id"]):
        assert part in shown
    assert page.locator("#count-error .count-num").inner_text() == str(
        sum(1 for x in findings if x["severity"] == "error"))
    assert "チェックしました" in page.locator("#status").inner_text()


def test_keyboard_reaches_each_highlight_and_escape_hides_the_tooltip(new_page, artifacts):
    page = new_page()
    _type_and_wait(page, AD)
    page.focus("#check-button")
    for _ in range(12):  # past the result's download / print / rewrite buttons
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE_TIP_JS):
            break
    first = page.evaluate(ACTIVE_TIP_JS)
    assert first, "Tab from the check button should reach the first highlight"
    tip = page.locator(f"#{first} > .tip")
    assert tip.is_visible() and "出典" in tip.inner_text()
    page.screenshot(path=artifacts / "web-keyboard-tooltip.png")
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    stops = page.locator("#copy mark.hl[tabindex='0']").count()
    assert stops >= 2
    page.keyboard.press("Tab")
    second = page.evaluate(ACTIVE_TIP_JS)
    assert second and second != first and page.locator(f"#{second} > .tip").is_visible()


def test_live_check_follows_the_latest_text_and_reports_limits(new_page):
    page = new_page()
    page.fill("#copy-text", "副作用ゼロの化粧水。")
    page.wait_for_timeout(500)  # the first check is on its way
    page.fill("#copy-text", "最初から最後まで副作用ゼロ")
    page.wait_for_function("t => { const c = document.getElementById('copy'); return c && c.textContent.startsWith(t); }",
                           arg="最初から最後まで副作用ゼロ")
    assert "副作用ゼロ" in page.locator("#copy mark.hl .hl-text").all_inner_texts()
    max_chars = int(page.get_attribute("#char-count", "data-max"))
    page.fill("#copy-text", "あ" * (max_chars + 1))
    page.wait_for_selector("#live-error:not([hidden])")
    assert "上限" in page.locator("#live-error").inner_text()
    assert "over" in page.locator("#char-count").get_attribute("class")


def test_finding_list_scrolls_to_and_focuses_the_phrase(new_page):
    page = new_page(viewport={"width": 1280, "height": 500}, reduced_motion="reduce")  # no smooth scrolling
    _type_and_wait(page, AD + "\n" * 40 + "最後にもう一度、副作用ゼロ。")
    link = page.locator(".finding-link").last
    target = link.get_attribute("href")[1:]
    link.click()
    page.wait_for_function("id => document.activeElement && document.activeElement.id === id", arg=target)
    box = page.locator(f"#{target}").bounding_box()
    assert box and 0 <= box["y"] <= 500


def test_copy_report_button_copies_the_plain_text_report(new_page, server_url):
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server_url)
    _type_and_wait(page, AD)
    page.click("#copy-report")
    page.wait_for_selector("#copy-feedback:has-text('コピーしました')")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("exocheck 広告表現チェック結果") and "YK-SAFETY-001" in copied and "副作用ゼロ" in copied


XSS = [
    '<script>window.__pwned = "script"</script>',
    '"><img src=x onerror="window.__pwned=\'img\'">',
    "' autofocus onfocus='window.__pwned=\"attr\"' x='",
    '</textarea><svg onload="window.__pwned=\'svg\'"></svg>',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
]


def test_xss_payloads_render_as_text_and_never_run(new_page):
    page = new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    text = "副作用ゼロ" + "\n".join(XSS) + "ここでも副作用ゼロ" + XSS[1]
    _type_and_wait(page, text)
    page.locator("#copy mark.hl").first.hover()
    assert page.evaluate(COPY_TEXT_JS) == text
    assert page.locator("#result script, #result img, #result svg, #result iframe").count() == 0
    # The same payloads through the plain form POST (a full page render).
    with page.expect_navigation():
        page.evaluate("() => document.getElementById('check-form').submit()")
    page.wait_for_selector("#copy mark.hl")
    assert page.locator("#copy-text").input_value() == text
    assert page.evaluate(COPY_TEXT_JS) == text
    assert page.locator("main script, main img, main svg:not(.notice-icon), main iframe").count() == 0
    page.locator("#copy mark.hl").first.hover()
    assert page.evaluate("() => window.__pwned") is None and dialogs == []


def test_form_works_without_javascript(new_page, artifacts):
    page = new_page(java_script_enabled=False)
    page.fill("#copy-text", AD)
    page.click("label[for=profile-clinic]")
    with page.expect_navigation():
        page.click("#check-button")
    assert "クリニック" in page.locator("#doc-info").inner_text()
    assert page.locator("#profile-clinic").is_checked()
    assert page.locator("#copy mark.hl", has_text="副作用ゼロ").count() >= 1
    assert page.locator("#copy-report").is_hidden()  # the copy button needs JavaScript
    assert page.locator(".help-nojs").is_visible() and page.locator(".help-pointer").is_hidden()
    mark = page.locator("#copy mark.hl", has_text="副作用ゼロ").first
    explained = [page.locator(f"#{i}").inner_text() for i in mark.get_attribute("aria-describedby").split()]
    assert any("安全性を保証する表現" in t for t in explained)  # the rule's explanation, in the list
    group = page.locator(".rule-group", has_text="YK-SAFETY-001")
    assert group.is_visible() and "言い換え" in group.inner_text() and "出典" in group.inner_text()
    page.screenshot(path=artifacts / "web-nojs.png", full_page=True)


def test_upload_without_javascript_highlights_the_visible_text(new_page):
    page = new_page(java_script_enabled=False)
    html = "<!doctype html><meta charset=shift_jis><h1>新発売</h1><p>毎日使える<b>副作用ゼロ</b>の美容液</p>"
    page.set_input_files("#upload-file", files=[
        {"name": "lp.html", "mimeType": "text/html", "buffer": html.encode("cp932")}])
    with page.expect_navigation():
        page.click("#check-button")
    assert "lp.html" in page.locator(".file-note").inner_text()
    assert "副作用ゼロ" in page.locator("#copy mark.hl .hl-text").all_inner_texts()
    assert "<b>" not in page.evaluate(COPY_TEXT_JS)


def test_phone_layout_opens_tooltips_as_a_sheet(new_page, artifacts):
    page = new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True)
    _type_and_wait(page, AD)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    mark = page.locator("#copy mark.hl[tabindex='0']").first
    mark.focus()
    box = mark.locator(".tip").bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["y"] + box["height"] <= 844
    page.screenshot(path=artifacts / "web-phone.png")


def _finding(text: str, start: int, end: int, category: str, severity: str, rule_id: str) -> Finding:
    return Finding(rule_id=rule_id, category=category, severity=Severity(severity), line=1, column=start + 1,
                   start=start, end=end, matched_text=text[start:end], message=f"{rule_id} の説明",
                   suggestion="言い換え", source="出典")


@pytest.mark.parametrize("text", ["肌を再生😀👍🏻する\n副作用ゼロ", "𠮷野屋の再生\r\n副作用ゼロ🙂"])
def test_overlapping_findings_with_surrogate_pairs_render_in_place(new_page, text):
    page = new_page()
    n = len(text)
    findings = [_finding(text, 0, 4, "medical-efficacy", "warning", "T-A-001"),
                _finding(text, 2, 6, "universality", "info", "T-B-001"),
                _finding(text, text.index("副作用ゼロ"), n, "safety-guarantee", "error", "T-C-001")]  # at the very end
    checked = Checked(FileResult(path="-", document=DocumentInfo(), findings=findings, text=text), text, findings)
    page.evaluate("html => { document.getElementById('result').innerHTML = html; }", render_result(checked))
    assert page.evaluate(COPY_TEXT_JS) == text.replace("\r\n", "\n")  # HTML parsing folds CRLF
    assert page.evaluate(HIGHLIGHTS_JS) == {str(i): f.matched_text for i, f in enumerate(findings)}
    overlap = page.locator("#copy mark.hl-multi")
    assert overlap.count() == 1
    overlap.hover()
    shown = overlap.locator(".tip").inner_text()
    assert "T-A-001" in shown and "T-B-001" in shown
