"""The web app's take-away and state features without a browser: the result fragment stays
linear and compact, downloads (CLI HTML report, CSV with BOM), /favicon.ico, Japanese
messages (upload errors, API 422 details, empty submit) and per-profile wording."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from timing_helpers import best_of

from api.app import create_app
from api.render import render_result, result_view
from api.service import check_text
from api.settings import ServerSettings

AD = "今だけ半額！副作用ゼロのエクソソーム美容液。真皮まで浸透して肌を再生します。アトピーが治ると評判です。"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(ServerSettings(max_chars=50_000))) as c:
        yield c


def test_fragment_is_linear_and_explains_each_rule_once():
    unit = "副作用ゼロの美容液で、真皮まで浸透して肌を再生します。"
    sizes, times = [], []
    for n in (50, 200, 800):
        checked = check_text(unit * n, "cosmetic", 10**6)
        html = render_result(checked)
        times.append(best_of(lambda _, c=checked: render_result(c), ""))  # the suite may run beside other work
        sizes.append(len(html) / len(checked.shown_findings))
        tree = HTMLParser(html)
        groups = tree.css(".rule-group")
        assert len(groups) == len({f.rule_id for f in checked.shown_findings if f.matched_text})
        assert html.count(checked.shown_findings[0].message) == 2  # once in the list, once in the text report
        assert len(tree.css(".hit")) == sum(1 for f in checked.shown_findings if f.matched_text)
    assert sizes[-1] < 400 and sizes[-1] <= sizes[0] * 1.2  # bytes per finding stay flat
    assert times[-1] < 16 * max(times[0], 0.005) * 2.5  # 16x the findings: about 16x the time (quadratic: 256x)


def test_report_text_is_written_for_people():
    view = result_view(check_text(AD, "cosmetic", 10_000))
    text = view.report_text
    assert text.startswith("exocheck 広告表現チェック結果") and "法的助言ではありません" in text
    block = text[text.index("安全性の保証"):]
    order = [block.index(k) for k in ("表現: 「副作用ゼロ」", "理由:", "言い換え: 「副作用ゼロ」→「", "出典:")]
    assert order == sorted(order)  # phrase → reason → rewrite → source
    assert "削除（" in text  # the disease claim: no safe wording, say why
    assert "^" not in text and "-:1:" not in text  # not the CLI's caret format


def test_downloads_the_cli_html_report_and_a_csv(client):
    r = client.post("/export/report.html", data={"text": AD, "profile": "cosmetic"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.headers["content-disposition"].startswith("attachment; filename=\"exocheck-")
    tree = HTMLParser(r.text)
    assert tree.css_first("title").text().startswith("広告表現リスクチェック結果")
    assert "貼り付けたテキスト" in r.text and "YK-SAFETY-001" in r.text and "<script" in r.text  # self-contained

    r = client.post("/export/findings.csv", data={"text": "=HYPERLINK(1) " + AD, "profile": "cosmetic"})
    assert r.status_code == 200 and r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0][:7] == ["番号", "重要度", "カテゴリ", "ルールID", "行", "列", "該当表現"]
    findings = client.post("/api/v1/check", json={"text": "=HYPERLINK(1) " + AD, "profile": "cosmetic"}).json()
    assert len(rows) - 1 == len(findings["files"][0]["findings"])
    safety = next(row for row in rows if row[3] == "YK-SAFETY-001")
    assert safety[6] == "副作用ゼロ" and safety[8].startswith("「副作用ゼロ」→「")
    assert all(not cell.startswith("=") for row in rows for cell in row)  # never a formula
    assert r.content.count(b"\r\n") == len(rows)


def test_empty_and_too_long_downloads_answer_with_the_page(client):
    r = client.post("/export/findings.csv", data={"text": "  ", "profile": "auto"})
    assert r.status_code == 400 and "チェックするテキストがありません" in r.text
    r = client.post("/export/report.html", data={"text": "あ" * 50_001, "profile": "auto"})
    assert r.status_code == 413 and "長すぎます" in r.text


def test_empty_submit_without_javascript_says_so(client):
    r = client.post("/", data={"text": "", "profile": "auto"})
    assert "チェックするテキストがありません" in HTMLParser(r.text).css_first("#form-error").text()


def test_favicon(client):
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.headers["content-type"] == "image/x-icon" and r.content[:4] == b"\0\0\1\0"
    assert 'rel="icon" href="/favicon.ico"' in client.get("/").text


def test_upload_errors_and_api_422_are_japanese(client):
    r = client.post("/", data={"profile": "auto"}, files={"file": ("binary.txt", b"\x00\x01\x02" * 10, "text/plain")})
    message = HTMLParser(r.text).css_first("#form-error").text()
    assert "「binary.txt」を読み込めませんでした" in message and "binary" not in message.replace("binary.txt", "")
    r = client.post("/api/v1/check", json={"text": "x", "profile": "spa"})
    assert r.status_code == 422
    (err,) = r.json()["detail"]
    assert err["loc"] == ["body", "profile"] and err["type"] == "literal_error"  # for programs
    assert "プロファイル" in err["msg"] and "cosmetic" in err["msg"]
    for body in ('{"profile": "auto"}', '{"text": "x", "colour": 1}', "[1]"):
        r = client.post("/api/v1/check", content=body, headers={"content-type": "application/json"})
        msgs = [e["msg"] for e in r.json()["detail"]]
        assert r.status_code == 422 and all(any(ord(c) > 0x3000 for c in m) for m in msgs), msgs


def test_cosmetic_price_finding_on_the_page_speaks_of_goods(client):
    html = client.post("/api/v1/check", json={"text": "今だけ半額の美容液です。", "profile": "cosmetic",
                                              "format": "html"}).json()["rendered"]
    group = next(g for g in HTMLParser(html).css(".rule-group") if "KH-PRICE-001" in g.text())
    assert "医療" not in group.text() and "費用：1回" not in group.text()
