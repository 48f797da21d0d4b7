"""The web app through FastAPI's TestClient: every endpoint, every error, the no-JS form."""

from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from api import service
from api.app import create_app
from api.pool import default_workers
from api.render import render_result
from api.service import Checked
from api.settings import DEFAULT_MAX_CHARS, ServerSettings, load_settings
from checker.models import DocumentInfo, FileResult, Finding, Severity
from reports.segments import segments

AD = "【期間限定】副作用ゼロの美容液。\n毎日使っても副作用ゼロ"
DISCLAIMER = "リスクの洗い出しであり法的助言ではありません"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(ServerSettings(max_chars=2_000))) as c:
        yield c


def _finding(text: str, start: int, end: int, category: str = "safety-guarantee",
             severity: str = "error", rule_id: str = "T-RULE-001") -> Finding:
    return Finding(rule_id=rule_id, category=category, severity=Severity(severity), line=1, column=start + 1,
                   start=start, end=end, matched_text=text[start:end], message=f"{rule_id} の説明",
                   suggestion="言い換え", source="出典")


def _checked(text: str, findings: list[Finding], profile: str = "cosmetic") -> Checked:
    doc = DocumentInfo(kind="ad", profile=profile, reason="テスト")
    return Checked(FileResult(path="-", document=doc, findings=findings, text=text), text, findings)


def _highlights(html: str) -> dict[int, str]:
    """Highlighted text per finding index (an overlap cuts a finding into several marks)."""
    out: dict[int, str] = {}
    for m in HTMLParser(html).css("#copy mark.hl"):
        for i in m.attributes["data-findings"].split():
            out[int(i)] = out.get(int(i), "") + m.css_first(".hl-text").text()
    return out


def _expected(client, text: str, profile: str = "auto") -> dict[int, str]:
    """What the page should highlight: every finding with a span, from the JSON API."""
    findings = client.post("/api/v1/check", json={"text": text, "profile": profile}).json()["files"][0]["findings"]
    return {i: f["matched_text"] for i, f in enumerate(findings) if f["matched_text"]}


def _copy_text(html: str) -> str:
    """The highlighted copy as a reader sees it (tooltips removed)."""
    tree = HTMLParser(html)
    for tip in tree.css("#copy .tip"):
        tip.decompose()
    return tree.css_first("#copy").text(deep=True)


# --- pages -------------------------------------------------------------------------------

def test_index_page_has_form_disclaimer_once_and_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.text.count(DISCLAIMER) == 1
    tree = HTMLParser(r.text)
    assert tree.css_first("label[for=copy-text]") is not None and tree.css_first("textarea#copy-text") is not None
    assert [n.attributes["value"] for n in tree.css("input[name=profile]")] == ["auto", "cosmetic", "supplement", "clinic"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200 and client.get("/static/app.css").status_code == 200


def test_form_post_renders_highlights_without_javascript(client):
    r = client.post("/", data={"text": AD.replace("\n", "\r\n"), "profile": "cosmetic"})
    assert r.status_code == 200
    tree = HTMLParser(r.text)
    expected = _expected(client, AD, "cosmetic")
    assert _highlights(r.text) == expected and sum("副作用ゼロ" in v for v in expected.values()) == 2
    assert _copy_text(r.text) == AD  # browsers' CRLF folded back to the LF the user typed
    assert tree.css_first("textarea#copy-text").text() == AD
    assert "化粧品" in tree.css_first("#doc-info").text()
    errors = client.post("/api/v1/check", json={"text": AD, "profile": "cosmetic"}).json()["summary"]["by_severity"]
    assert tree.css_first("#count-error .count-num").text() == str(errors["error"])
    assert "YK-SAFETY-001" in tree.css_first("#report-text").text()


def test_form_post_keeps_a_leading_newline_and_edge_findings(client):
    text = "\n副作用ゼロ\n"
    tree = HTMLParser(client.post("/", data={"text": text}).text)
    assert tree.css_first("textarea#copy-text").text() == text  # the parser eats only our own newline
    assert [m.css_first(".hl-text").text() for m in tree.css("#copy mark.hl")] == ["副作用ゼロ"]
    tree = HTMLParser(client.post("/", data={"text": "副作用ゼロ"}).text)
    assert tree.css_first("#copy").html.startswith('<div class="copy" id="copy" lang="ja"><mark')
    assert tree.css_first("#copy").html.endswith("</mark></div>")


def test_form_post_empty_text_shows_empty_state(client):
    r = client.post("/", data={"text": "  ", "profile": "auto"})
    assert r.status_code == 200 and HTMLParser(r.text).css_first("#empty-state") is not None


def test_form_post_errors_are_pages_with_status(client):
    r = client.post("/", data={"text": "x", "profile": "spa"})
    assert r.status_code == 422 and "プロファイル" in HTMLParser(r.text).css_first("#form-error").text()
    r = client.post("/", data={"text": "あ" * 2_001, "profile": "auto"})
    assert r.status_code == 413 and "2,001" in HTMLParser(r.text).css_first("#form-error").text()
    assert HTMLParser(r.text).css_first("textarea#copy-text").text().strip() == "あ" * 2_001  # nothing lost


def test_upload_shift_jis_text_file(client):
    data = AD.encode("cp932")
    r = client.post("/", data={"profile": "auto"}, files={"file": ("広告.txt", data, "text/plain")})
    assert r.status_code == 200
    tree = HTMLParser(r.text)
    assert _highlights(r.text) == _expected(client, AD)
    assert "広告.txt" in tree.css_first(".file-note").text()
    assert tree.css_first("textarea#copy-text").text() == AD


def test_upload_html_highlights_visible_text_and_reports_file_positions(client):
    page = "<html><body>\n<h1>新作</h1>\n<p>毎日使える<b>副作用ゼロ</b>の美容液</p>\n</body></html>"
    r = client.post("/", data={"profile": "cosmetic"}, files={"file": ("lp.html", page.encode(), "text/html")})
    assert r.status_code == 200
    tree = HTMLParser(r.text)
    copy = _copy_text(r.text)
    assert "<p>" not in copy and "副作用ゼロ" in copy
    assert "副作用ゼロ" in _highlights(r.text).values()
    column = page.splitlines()[2].index("副作用ゼロ") + 1
    link = next(a for a in tree.css(".finding-link") if "副作用ゼロ" in a.text())
    assert link.css_first(".finding-pos").text() == f"3行 {column}列"  # position in the file itself


def test_upload_html_table_of_prohibited_wording_is_a_mention(client):
    # the web form checks the same markup regions as the CLI: the 禁止表現の例 column lists
    # wording (its reason cells are prose, so only the table's structure says so)
    page = ("<html><body><h1>出品ルール</h1><table><tr><th>区分</th><th>禁止表現の例</th><th>理由</th></tr>"
            "<tr><td>安全性</td><td>副作用ゼロ</td><td>安全性の保証にあたるためです。</td></tr>"
            "<tr><td>効果</td><td>シミが消える</td><td>化粧品の効能の範囲を超えるためです。</td></tr></table>"
            "<p>当店の美容液でシミが消える。税込3,980円。</p></body></html>")
    r = client.post("/", data={"profile": "cosmetic"}, files={"file": ("rules.html", page.encode(), "text/html")})
    assert r.status_code == 200
    assert list(_highlights(r.text).values()).count("シミが消える") == 1  # the shop's claim, not the table cell


def test_upload_errors(client):
    r = client.post("/", data={"profile": "auto"}, files={"file": ("copy.pdf", b"%PDF-1.4", "application/pdf")})
    assert r.status_code == 415 and ".txt" in r.text
    r = client.post("/", data={"profile": "auto"}, files={"file": ("copy.txt", b"\x00\x01\x02" * 10, "text/plain")})
    assert r.status_code == 400 and "読み込めませんでした" in HTMLParser(r.text).css_first("#form-error").text()


XSS = ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">', "' onmouseover='alert(1)",
       "</textarea><script>alert(1)</script>", "{{ 7*7 }}"]


@pytest.mark.parametrize("payload", XSS)
def test_user_text_is_escaped_everywhere(client, payload):
    text = f"{payload}副作用ゼロ{payload}"
    for html in (client.post("/", data={"text": text}).text,
                 client.post("/api/v1/check", json={"text": text, "format": "html"}).json()["rendered"]):
        tree = HTMLParser(html)
        assert not tree.css("#copy script, #copy img, #result img, #result script")
        assert _copy_text(html) == text
    upload = client.post("/", files={"file": (f"{payload}.txt", "副作用ゼロ".encode(), "text/plain")}).text
    assert not HTMLParser(upload).css("main img, main script")
    assert "<img src=x" not in upload and "<script>window" not in upload and "<script>alert" not in upload


# --- JSON API ----------------------------------------------------------------------------

def test_check_returns_the_cli_json_contract(client):
    r = client.post("/api/v1/check", json={"text": AD, "profile": "cosmetic"})
    assert r.status_code == 200
    data = r.json()
    assert set(data) == {"files", "summary"}  # no `rendered` unless a format is asked for
    (f,) = data["files"]
    assert set(f) == {"path", "document", "findings", "error", "encoding"}
    assert f["path"] == "-" and f["error"] is None and f["document"]["profile"] == "cosmetic"
    spans = [(x["start"], x["end"], x["line"], x["column"], x["matched_text"])
             for x in f["findings"] if x["category"] == "safety-guarantee"]
    assert spans == [(6, 11, 1, 7, "副作用ゼロ"), (17, 28, 2, 1, "毎日使っても副作用ゼロ")]  # code points, line and column
    by_severity = {s: sum(1 for x in f["findings"] if x["severity"] == s) for s in ("error", "warning", "info")}
    assert data["summary"]["by_severity"] == by_severity and data["summary"]["files_checked"] == 1


def test_spans_are_code_points_even_after_emoji(client):
    text = "😀👍🏻副作用ゼロ😀"
    findings = client.post("/api/v1/check", json={"text": text}).json()["files"][0]["findings"]
    (f,) = [f for f in findings if f["rule_id"] == "YK-SAFETY-001"]
    assert (f["start"], f["end"]) == (3, 8) and text[f["start"]:f["end"]] == "副作用ゼロ"


@pytest.mark.parametrize(("fmt", "expected"), [
    ("text", "YK-SAFETY-001"), ("markdown", "# exocheck レポート"), ("html", '<mark class="hl hl-error'),
])
def test_rendered_formats(client, fmt, expected):
    data = client.post("/api/v1/check", json={"text": AD, "format": fmt}).json()
    plain = client.post("/api/v1/check", json={"text": AD}).json()
    assert expected in data["rendered"] and data["files"] == plain["files"]


def test_check_errors(client):
    post = client.post
    r = post("/api/v1/check", json={"text": "あ" * 2_001})
    assert r.status_code == 413 and "2,000" in r.json()["detail"]
    r = post("/api/v1/check", json={"text": "x", "profile": "spa"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "profile"]
    r = post("/api/v1/check", content="{\"text\": \"副作用ゼロ\"}".encode("cp932"),
             headers={"content-type": "application/json"})
    assert r.status_code == 400 and "UTF-8" in r.json()["detail"]
    for body in (b"{not json", b"", b"[]", b'{"text": 5}', b'{"text": "x", "formt": "html"}', b'{"text": "\\ud800"}'):
        r = post("/api/v1/check", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 422, body
        assert "input" not in r.json()["detail"][0]  # submitted copy is never echoed back


def test_concurrent_requests_share_the_checker_safely(client):
    # Sudachi's tokenizer refuses concurrent use; checker.text.tokens keeps one per thread.
    text = "副作用ゼロの美容液です。" * 150
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda _: client.post("/api/v1/check", json={"text": text}), range(12)))
    assert [r.status_code for r in answers] == [200] * 12
    assert len({r.text for r in answers}) == 1 and answers[0].json()["summary"]["findings"] >= 150


def test_an_engine_failure_is_a_clear_error_and_keeps_the_text(client, monkeypatch):
    async def broken(*_):  # what the pool raises when the check itself raised in the worker
        raise RuntimeError("boom")

    monkeypatch.setattr(client.app.state.pool, "run", broken)
    r = client.post("/api/v1/check", json={"text": AD})
    assert r.status_code == 500 and "内部エラー" in r.json()["detail"]
    r = client.post("/", data={"text": AD})
    tree = HTMLParser(r.text)
    assert r.status_code == 500 and "内部エラー" in tree.css_first("#form-error").text()
    assert tree.css_first("textarea#copy-text").text() == AD


def test_raw_body_over_the_cap_is_413_before_parsing():
    app = create_app(ServerSettings(max_chars=10))
    with TestClient(app) as c:
        body = json.dumps({"text": "a" * (app.state.settings.max_body_bytes + 1)})
        r = c.post("/api/v1/check", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 413 and "バイト" in r.json()["detail"]
        r = c.post("/", data={"text": "a" * (app.state.settings.max_body_bytes + 1)})
        assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")


def test_rules_endpoints(client):
    rules = client.get("/api/v1/rules").json()
    ids = [r["id"] for r in rules]
    assert "YK-SAFETY-001" in ids and len(ids) == len(set(ids))
    one = client.get("/api/v1/rules/yk-safety-001").json()
    assert one["category"] == "safety-guarantee" and one["severities"]["cosmetic"] == "error"
    assert one["message"] and one["source"] and one["pack"] == "yakki"
    same = client.get("/api/v1/rules", params={"category": "safety-guarantee"}).json()
    assert same and all(r["category"] == "safety-guarantee" for r in same)
    assert client.get("/api/v1/rules", params={"category": "nope"}).status_code == 422
    r = client.get("/api/v1/rules/NO-SUCH-001")
    assert r.status_code == 404 and "NO-SUCH-001" in r.json()["detail"]


def test_healthz_and_openapi_docs(client):
    assert client.get("/healthz").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/api/v1/check"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["properties"]["profile"]["enum"] == ["auto", "cosmetic", "supplement", "clinic"]
    assert len(body["examples"]) >= 2 and all(e["value"]["text"] for e in body["examples"].values())
    assert {"/api/v1/rules", "/api/v1/rules/{rule_id}", "/healthz"} <= set(spec["paths"])
    assert "/" not in spec["paths"]


def test_interactive_docs_are_off_by_default_and_docs_lists_the_api(client):
    r = client.get("/docs")  # the page's "API ドキュメント" link: a plain list, nothing from a CDN
    assert r.status_code == 200 and "/openapi.json" in r.text and "/api/v1/check" in r.text
    assert "<script" not in r.text and "https://" not in r.text
    assert client.get("/redoc").status_code == 404
    with TestClient(create_app(ServerSettings(workers=1, docs=True))) as c:
        for path in ("/docs", "/redoc"):
            r = c.get(path)
            assert r.status_code == 200 and "https://cdn.jsdelivr.net" in r.text
            assert "cdn.jsdelivr.net" in r.headers["content-security-policy"]
        assert "cdn" not in c.get("/").headers["content-security-policy"]  # only those two pages


@pytest.mark.parametrize(("method", "path", "kwargs"), [
    ("get", "/", {}), ("post", "/", {"data": {"text": AD}}), ("get", "/healthz", {}),
    ("post", "/api/v1/check", {"json": {"text": AD}}), ("post", "/api/v1/check", {"json": {"text": 5}}),
    ("get", "/api/v1/rules/YK-SAFETY-001", {}), ("get", "/static/app.js", {}), ("get", "/openapi.json", {}),
    ("get", "/nope", {}), ("get", "/docs", {}), ("post", "/api/v1/check", {"content": b"x" * 100_000}),
])
def test_security_headers_on_every_response(client, method, path, kwargs):
    r = getattr(client, method)(path, **kwargs)
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["x-frame-options"] == "DENY"
    assert path.startswith("/static/") or r.headers["cache-control"] == "no-store"


def test_page_has_no_inline_script_or_style_for_the_csp_to_block(client):
    tree = HTMLParser(client.post("/", data={"text": AD}).text)
    assert all(s.attributes.get("src", "").startswith("/static/") for s in tree.css("script"))
    assert not tree.css("style, [style]") and not any(
        k.startswith("on") for n in tree.css("*") for k in n.attributes)


def test_upload_stays_in_memory(monkeypatch):
    """Starlette spools an upload past 1 MB to a temporary file; ours stays in memory up to the
    request byte cap (2.4 MB at the default 200,000 characters)."""
    import tempfile

    rolled = []
    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", lambda self: rolled.append(self))
    big = "副作用ゼロ。".encode() * 100_000  # 1.8 MB, 600,000 characters
    with TestClient(create_app(ServerSettings(workers=1))) as c:
        assert c.app.state.settings.max_body_bytes > len(big) > 1024 * 1024
        r = c.post("/", data={"profile": "auto"}, files={"file": ("big.txt", big, "text/plain")})
        assert r.status_code == 413 and "600,000" in HTMLParser(r.text).css_first("#form-error").text()
        r = c.post("/", data={"profile": "auto"}, files={"file": ("ok.txt", "副作用ゼロ".encode(), "text/plain")})
        assert r.status_code == 200
    assert rolled == []


def test_upload_limit_is_applied_before_html_is_parsed(monkeypatch):
    def never(_):
        raise AssertionError("extracted an over-long page")

    monkeypatch.setattr("checker.text.html_page.extract", never)
    page = ("<html><body>" + "<span>副作用ゼロ</span>" * 1_000 + "</body></html>").encode()
    with pytest.raises(service.InputProblem) as exc:
        service.check_upload(page, "lp.html", "auto", 10_000)  # in process: the worker runs the same function
    assert exc.value.status == 413 and "上限は 10,000 文字" in str(exc.value)


def test_submitted_copy_is_not_logged(client, caplog):
    marker = "副作用ゼロ秘密のコピー7f3a"
    with caplog.at_level(logging.DEBUG):
        client.post("/api/v1/check", json={"text": marker, "format": "html"})
        client.post("/", data={"text": marker})
        client.post("/api/v1/check", json={"text": marker, "profile": "bad"})
    assert marker not in caplog.text


def test_startup_warms_the_check_workers():
    app = create_app(ServerSettings(workers=2))
    assert app.state.pool.pids() == []  # nothing starts at import or create_app
    with TestClient(app):
        assert len(app.state.pool.pids()) == 2  # started, each has loaded rules and dictionary
    assert app.state.pool.pids() == []  # shutdown stops them


def test_settings_from_environment(caplog):
    assert load_settings({}).max_chars == DEFAULT_MAX_CHARS
    assert load_settings({"EXOCHECK_MAX_CHARS": "50_000"}).max_chars == 50_000
    with caplog.at_level(logging.WARNING):
        assert load_settings({"EXOCHECK_MAX_CHARS": "lots"}).max_chars == DEFAULT_MAX_CHARS
    assert "EXOCHECK_MAX_CHARS" in caplog.text
    default = load_settings({})
    assert default.workers == default_workers() >= 1 and default.timeout == 10 and not default.docs
    custom = load_settings({"EXOCHECK_WORKERS": "3", "EXOCHECK_TIMEOUT": "2.5", "EXOCHECK_DOCS": "1"})
    assert (custom.workers, custom.timeout, custom.docs) == (3, 2.5, True)
    with caplog.at_level(logging.WARNING):
        bad = load_settings({"EXOCHECK_WORKERS": "0", "EXOCHECK_TIMEOUT": "-1"})
    assert (bad.workers, bad.timeout) == (default.workers, 10) and "EXOCHECK_TIMEOUT" in caplog.text


# --- highlight rendering -----------------------------------------------------------------

def test_segments_cover_text_once_with_overlaps_and_edges():
    text = "副作用ゼロ😀で\n再生する"
    fs = [_finding(text, 0, 5), _finding(text, 3, 7, "universality"), _finding(text, 8, 12, "medical-efficacy"),
          _finding(text, 4, 4), _finding(text, 10, 99)]
    segs = segments(text, fs)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.covering) for s in segs] == [
        ("副作用", (0,)), ("ゼロ", (0, 1)), ("😀で", (1,)), ("\n", ()), ("再生", (2,)), ("する", (2, 4)),
    ]
    assert [s.opening for s in segs] == [(0,), (1,), (), (), (2,), (4,)]
    assert segments("", fs) == []


def test_rendered_overlaps_keep_text_and_give_every_finding_a_focus_stop():
    text = "副作用ゼロ😀で\n再生する"
    fs = [_finding(text, 0, 5), _finding(text, 3, 7, "universality", "warning", "T-RULE-002"),
          _finding(text, 8, 12, "medical-efficacy", "info", "T-RULE-003")]
    html = render_result(_checked(text, fs))
    tree = HTMLParser(html)
    assert _copy_text(html) == text
    marks = tree.css("#copy mark.hl")
    assert [m.css_first(".hl-text").text() for m in marks] == ["副作用", "ゼロ", "😀で", "再生する"]
    assert [m.attributes.get("tabindex") for m in marks] == ["0", "0", None, "0"]
    assert "hl-multi" in marks[1].attributes["class"] and "hl-error" in marks[1].attributes["class"]
    described = [tree.css_first(f"#{i}").text() for i in marks[1].attributes["aria-describedby"].split()]
    assert described == ["T-RULE-001 の説明", "T-RULE-002 の説明"]  # each rule's explanation, rendered once
    assert [a.attributes["href"] for a in tree.css(".finding-link")] == ["#seg-0", "#seg-1", "#seg-4"]


CLINIC_AD = ("当院では、ヒト脂肪由来間葉系幹細胞の培養上清から精製したエクソソームを用いた点滴療法を行っています。"
             "疲れが抜けにくい、季節の変わり目に体調を崩しやすいといったお悩みについて、医師がカウンセリングで丁寧にお話を伺います。"
             "料金は1回88,000円（税込）で、通常は2週間ごとに合計5回の投与を行います。"
             "主なリスク・副作用として、注射部位の内出血や一時的な発熱が起こることがあります。"
             "体調や既往歴によっては施術をお受けいただけない場合がありますので、事前の診察で確認します。")


def test_checklist_shows_stated_and_missing_disclosures(client):
    data = client.post("/api/v1/check", json={"text": CLINIC_AD, "profile": "clinic", "format": "html"}).json()
    missing = {f["category"] for f in data["files"][0]["findings"] if f["category"].startswith("disclosure-")}
    items = {li.attributes["data-category"]: li for li in HTMLParser(data["rendered"]).css("#checklist .check-item")}
    assert {c for c, li in items.items() if "missing" in li.attributes["class"]} == missing
    assert "disclosure-contact" in missing  # no phone number or mail address in the ad
    for stated in ("disclosure-cost", "disclosure-risks", "disclosure-source"):
        assert "present" in items[stated].attributes["class"] and "記載あり" in items[stated].text()
    assert "disclosure-ingredient-purpose" not in items  # asked of cosmetics only
    contact = next(f for f in data["files"][0]["findings"] if f["category"] == "disclosure-contact")
    assert contact["message"] in items["disclosure-contact"].text()


def test_checklist_is_not_run_on_excerpts_or_articles():
    short = HTMLParser(render_result(_checked("当院のエクソソーム点滴", [], profile="clinic")))
    assert not short.css("#checklist .check-item") and "短い抜粋" in short.css_first("#checklist").text()
    article = _checked(CLINIC_AD, [], profile="clinic")
    article.result.document.kind = "article"
    tree = HTMLParser(render_result(article))
    assert not tree.css("#checklist .check-item") and "記事" in tree.css_first("#checklist").text()


def test_checklist_is_what_the_engine_checked_on_a_short_complete_page(client):
    """A short product page with a price, a cart and its particulars is a page: the engine
    checks its disclosures, and the checklist shows exactly the items the engine checked."""
    page = ("ナノEVローション 120mL\n全成分：水、グリセリン、ヒト臍帯由来間葉系幹細胞順化培養液、BG\n"
            "価格 4,950円（税込）\nカートに入れる")
    data = client.post("/api/v1/check", json={"text": page, "profile": "cosmetic", "format": "html"}).json()
    checked = data["files"][0]["document"]["disclosures_checked"]
    assert checked and all(c.startswith("disclosure-") for c in checked)
    items = [li.attributes["data-category"] for li in HTMLParser(data["rendered"]).css("#checklist .check-item")]
    assert items == checked
