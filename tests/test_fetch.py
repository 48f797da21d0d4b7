"""`exocheck check URL` and `--sitemap` against a local http.server on 127.0.0.1 (issue 17):
pages, a sitemap index (one child gzipped), a slow page, a redirect loop, a 404, Shift_JIS
pages (header and <meta>), robots.txt disallow, a page too big, the SSRF guard for servers."""

from __future__ import annotations

import contextlib
import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from checker.cli.main import main
from checker.cli.urls import check_url
from checker.text import fetch
from checker.text.fetch import Fetcher, FetchError, FetchOptions, load_page, refuse_private
from checker.text.sitemap import parse, walk

RISKY = "副作用のない安全な美容液です。"
PAGE = f"<!doctype html><html><head><title>商品</title></head><body><p>{RISKY}</p></body></html>"
SJIS = f"<html><body><p>幹細胞コスメ。{RISKY}</p></body></html>".encode("cp932")
SJIS_META = (f'<html><head><meta charset="Shift_JIS"></head><body><p>{RISKY}</p></body></html>').encode("cp932")


def _urlset(*paths: str) -> bytes:
    urls = "".join(f"<url><loc>{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def do_GET(self):
        if self.path == "/slow.html":
            time.sleep(1.5)
        status, headers, body = self.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
        body = body.replace(b"{base}", self.server.base.encode())
        if self.path.endswith(".gz"):
            body = gzip.compress(body)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v.replace("{base}", self.server.base))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture(scope="module")
def site():
    html = {"Content-Type": "text/html; charset=utf-8"}
    xml = {"Content-Type": "application/xml"}
    _Handler.routes = {
        "/page.html": (200, html, PAGE.encode()),
        "/clean.html": (200, html, b"<html><body><p>\xe6\xaf\x8e\xe6\x97\xa5\xe3\x81\xae\xe4\xbf\x9d\xe6\xb9\xbf\xe3"
                                   b"\x81\x8c\xe5\xa4\xa7\xe5\x88\x87\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82</p></body></html>"),
        "/sjis.html": (200, {"Content-Type": "text/html; charset=Shift_JIS"}, SJIS),
        "/sjis-meta.html": (200, {"Content-Type": "text/html"}, SJIS_META),
        "/slow.html": (200, html, PAGE.encode()),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/moved": (301, {"Location": "/page.html"}, b""),
        "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
        "/big.html": (200, html, b"<p>" + "あ".encode() * 100_000 + b"</p>"),
        "/private/secret.html": (200, html, PAGE.encode()),
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
        "/sitemap_index.xml": (200, xml, (
            b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<sitemap><loc>{base}/sitemap-a.xml</loc></sitemap><sitemap><loc>{base}/sitemap-b.xml.gz</loc></sitemap>"
            b"<sitemap><loc>{base}/sitemap_index.xml</loc></sitemap><sitemap><loc>{base}/gone.xml</loc></sitemap>"
            b"</sitemapindex>")),
        "/sitemap-a.xml": (200, xml, _urlset("{base}/page.html", "{base}/sjis.html", "{base}/private/secret.html",
                                             "http://elsewhere.invalid/page.html", "{base}/missing.html")),
        "/sitemap-b.xml.gz": (200, {"Content-Type": "application/x-gzip"},
                              _urlset("{base}/sjis-meta.html", "{base}/page.html", "{base}/slow.html")),
        "/evil.xml": (200, xml, b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><urlset>&a;</urlset>'),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.base
    server.shutdown()
    server.server_close()


def _fetcher(**kw) -> Fetcher:
    return Fetcher(FetchOptions(**{"rate": 0, "timeout": 5, **kw}))


def _json(capsys, args: list[str]) -> tuple[int, dict, str]:
    code = main(["check", "--format", "json", "--rate", "0", "--isolated", *args])
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


def test_url_is_checked_as_html_and_reported_by_its_url(site, capsys):
    code, data, _ = _json(capsys, [f"{site}/page.html", f"{site}/moved"])
    assert code == 1
    assert [f["path"] for f in data["files"]] == [f"{site}/page.html", f"{site}/moved"]
    for f in data["files"]:
        hit = next(x for x in f["findings"] if x["rule_id"] == "YK-SAFETY-001")
        assert hit["matched_text"] == "副作用のない"
        assert PAGE[hit["start"]:hit["end"]] == "副作用のない"  # spans point into the page's HTML


def test_shift_jis_from_header_and_from_meta(site):
    with _fetcher() as web:
        for path in ("/sjis.html", "/sjis-meta.html"):
            result = check_url(web, site + path, "auto")
            assert result.error is None, result.error
            assert "YK-SAFETY-001" in {f.rule_id for f in result.findings}
            assert result.encoding in ("shift_jis", "cp932")


@pytest.mark.parametrize(("path", "reason"), [
    ("/missing.html", "HTTP 404 Not Found"),
    ("/loop", "too many redirects (more than 5)"),
    ("/slow.html", "timed out after 0.3 s"),
    ("/image.png", "not a text page (Content-Type image/png)"),
])
def test_url_errors_are_input_errors(site, path, reason):
    with Fetcher(FetchOptions(rate=0, timeout=0.3)) as web:
        result = check_url(web, site + path, "auto")
    assert result.error is not None and result.error.reason == reason and not result.findings


def test_unknown_host():
    with _fetcher(max_bytes=1000) as web, pytest.raises(FetchError, match="cannot connect to nonexistent.invalid"):
        web.get("http://nonexistent.invalid/page.html")


def test_too_big(site):
    too_big = r"page too large \(more than 100,000 bytes\)"
    with _fetcher(max_bytes=100_000) as web, pytest.raises(FetchError, match=too_big):
        web.get(site + "/big.html")


def test_cli_errors_are_reported_like_unreadable_files(site, capsys):
    code, data, _ = _json(capsys, ["--timeout", "0.3", f"{site}/clean.html", f"{site}/missing.html"])
    assert code == 2  # an input error and no finding
    by_path = {f["path"]: f for f in data["files"]}
    assert by_path[f"{site}/missing.html"]["error"]["reason"] == "HTTP 404 Not Found"
    assert by_path[f"{site}/clean.html"]["error"] is None


def test_sitemap_index_walk_robots_same_host_and_dedupe(site):
    with _fetcher() as web:
        found = walk(web, [f"{site}/sitemap_index.xml"], limit=100)
    assert found.pages == [f"{site}/{p}" for p in ("page.html", "sjis.html", "missing.html", "sjis-meta.html",
                                                   "slow.html")]
    assert found.disallowed == 1 and found.off_host == 1 and not found.truncated
    assert found.errors == [(f"{site}/gone.xml", "HTTP 404 Not Found")]
    with _fetcher() as web:
        assert walk(web, [f"{site}/sitemap_index.xml"], limit=2).pages == [f"{site}/page.html", f"{site}/sjis.html"]


def test_sitemap_cli_with_sarif(site, capsys):
    code = main(["check", "--sitemap", f"{site}/sitemap-a.xml", "--rate", "0", "--isolated", "--format", "sarif"])
    out = capsys.readouterr()
    assert code in (1, 2)  # findings, and a 404 among the pages (runner.exit_code decides which wins)
    sarif = json.loads(out.out)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"] for loc in r["locations"]}
    assert f"{site}/page.html" in uris and f"{site}/sjis.html" in uris
    assert not any("private" in u for u in uris)
    assert "1 URL(s) disallowed by robots.txt were skipped" in out.err
    assert "1 URL(s) on other hosts were skipped" in out.err


def test_sitemap_refuses_doctype_and_needs_urls(site, capsys):
    with pytest.raises(FetchError, match="DOCTYPE"):
        parse(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><urlset>&a;</urlset>')
    assert parse(b"https://a.example/1\n\nhttps://a.example/2\n") == ("urlset", ["https://a.example/1",
                                                                              "https://a.example/2"])
    code, data, _ = _json(capsys, ["--sitemap", f"{site}/evil.xml"])
    assert code == 2 and "DOCTYPE" in data["files"][0]["error"]["reason"]
    assert main(["check", "--sitemap", "sitemap.xml"]) == 2


def test_rate_limit_per_host(site):
    with Fetcher(FetchOptions(rate=20)) as web:
        t0 = time.monotonic()
        for _ in range(4):
            web.get(site + "/clean.html")
        assert time.monotonic() - t0 >= 0.14  # 3 intervals of 0.05 s


def test_refuse_private_for_servers(site, monkeypatch):
    for url in ("http://127.0.0.1/", "http://[::1]/", "http://10.1.2.3/", "http://169.254.169.254/latest",
                "http://192.168.0.1/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "ftp://example.com/"):
        with pytest.raises(FetchError):
            refuse_private(url)
    refuse_private("http://8.8.8.8/")  # a public literal: no DNS needed
    with Fetcher(FetchOptions(rate=0, guard=refuse_private)) as web, pytest.raises(FetchError, match="non-public"):
        web.get(site + "/page.html")
    monkeypatch.delenv("EXOCHECK_ALLOW_FETCH", raising=False)
    assert not fetch.fetch_allowed()
    monkeypatch.setenv("EXOCHECK_ALLOW_FETCH", "1")
    assert fetch.fetch_allowed()


def test_web_form_has_no_url_field():
    from pathlib import Path

    templates = Path(__file__).resolve().parent.parent / "api" / "templates"
    text = "".join(p.read_text(encoding="utf-8") for p in templates.glob("*.html"))
    assert 'type="url"' not in text and 'name="url"' not in text


def test_header_charset_wins_unless_wrong():
    page = fetch.Page("u", "u", 200, "text/html", "shift_jis", SJIS)
    assert "副作用" in load_page(page).text
    wrong = fetch.Page("u", "u", 200, "text/html", "euc-jp", PAGE.encode())  # a lying header: detected
    assert "副作用" in load_page(wrong).text


def test_baseline_keeps_the_url(site, tmp_path, capsys):
    baseline = tmp_path / "baseline.json"
    page = f"{site}/page.html"
    assert main(["check", "--rate", "0", "--isolated", "--write-baseline", str(baseline), page]) == 0
    assert {f["path"] for f in json.loads(baseline.read_text(encoding="utf-8"))["findings"]} == {page}
    assert main(["check", "--rate", "0", "--isolated", "--baseline", str(baseline), page]) == 0
    capsys.readouterr()
