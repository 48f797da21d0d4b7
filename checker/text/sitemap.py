"""Sitemaps (sitemaps.org 0.9): the page URLs of a `<urlset>`, following `<sitemapindex>`
files breadth-first, gzipped sitemaps and plain-text sitemaps (one URL a line) included.

`walk()` stops at `limit` pages, keeps to the sitemap's own host unless told otherwise,
drops pages that robots.txt disallows for exocheck, and never reads a sitemap twice (an
index that lists itself is no loop). A sitemap that cannot be fetched or parsed is returned
as an error for the report; the others are still walked.

Sitemap XML is parsed with the standard library after refusing any DOCTYPE: a sitemap
never needs one, and without it there are no entities to expand or resolve.
"""

from __future__ import annotations

import zlib
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

from checker.text.fetch import Fetcher, FetchError, is_url

MAX_DEPTH = 4  # index → index → … → urlset
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the protocol's limit for one (uncompressed) sitemap


class SitemapError(FetchError):
    """A sitemap that is not one; str(exc) is the reason."""


@dataclass
class Walk:
    """What a sitemap walk found."""

    pages: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (sitemap URL, reason)
    sitemaps: int = 0  # read successfully
    off_host: int = 0  # pages and sitemaps skipped: another host
    disallowed: int = 0  # pages skipped: robots.txt
    truncated: bool = False  # more pages than `limit`

    def notes(self) -> list[str]:
        out = []
        if self.disallowed:
            out.append(f"{self.disallowed} URL(s) disallowed by robots.txt were skipped")
        if self.off_host:
            out.append(f"{self.off_host} URL(s) on other hosts were skipped (--all-hosts checks them)")
        if self.truncated:
            out.append(f"stopped at {len(self.pages)} page(s) (--max-pages)")
        return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _gunzip(data: bytes) -> bytes:
    inflate = zlib.decompressobj(wbits=31)
    out = inflate.decompress(data, MAX_SITEMAP_BYTES + 1)
    if len(out) > MAX_SITEMAP_BYTES:
        raise SitemapError(f"sitemap too large once decompressed (more than {MAX_SITEMAP_BYTES:,} bytes)")
    return out


def parse(data: bytes, base: str = "") -> tuple[str, list[str]]:
    """('index' | 'urlset', absolute http(s) URLs in document order) of one sitemap."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = _gunzip(data)
        except zlib.error as exc:
            raise SitemapError(f"broken gzip sitemap: {exc}") from None
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):  # a text sitemap: one URL per line
        text = head.decode("utf-8", "replace")
        urls = [line.strip() for line in text.splitlines() if is_url(line.strip())]
        if not urls and text.strip():
            raise SitemapError("not a sitemap (neither XML nor a list of URLs)")
        return "urlset", urls
    if b"<!DOCTYPE" in head[:4096].upper() or b"<!ENTITY" in head.upper():
        raise SitemapError("a sitemap with a DOCTYPE or entities is refused")
    try:
        root = ElementTree.fromstring(head)
    except ElementTree.ParseError as exc:
        raise SitemapError(f"not well-formed XML: {exc}") from None
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise SitemapError(f"not a sitemap (root element <{kind}>)")
    entry = "url" if kind == "urlset" else "sitemap"
    urls = []
    for item in root:
        if _local(item.tag) != entry:
            continue
        for child in item:  # direct children only: an <image:loc> is not a page
            if _local(child.tag) == "loc" and child.text and child.text.strip():
                url = urljoin(base, child.text.strip())
                if is_url(url):
                    urls.append(url)
    return ("index" if kind == "sitemapindex" else "urlset"), urls


def walk(fetcher: Fetcher, sitemap_urls: list[str], limit: int, same_host: bool = True) -> Walk:
    """Every page the sitemaps list, up to `limit`, deduplicated, in document order."""
    result = Walk()
    seen_pages: set[str] = set()
    seen_maps: set[str] = set()
    queue = deque((url, 0, urlsplit(url).netloc.lower()) for url in sitemap_urls)
    while queue and not result.truncated:
        url, depth, home = queue.popleft()
        if url in seen_maps:
            continue
        seen_maps.add(url)
        try:
            page = fetcher.get(url)
            kind, urls = parse(page.data, page.final_url)
        except FetchError as exc:
            result.errors.append((url, str(exc)))
            continue
        result.sitemaps += 1
        for loc in urls:
            if same_host and urlsplit(loc).netloc.lower() != home:
                result.off_host += 1
            elif kind == "index":
                if depth + 1 >= MAX_DEPTH:
                    result.errors.append((loc, f"sitemap index nested more than {MAX_DEPTH} deep; not read"))
                else:
                    queue.append((loc, depth + 1, home))
            elif loc in seen_pages:
                continue
            elif len(result.pages) >= limit:
                result.truncated = True
                break
            elif not fetcher.allowed(loc):
                result.disallowed += 1
            else:
                seen_pages.add(loc)
                result.pages.append(loc)
    return result
