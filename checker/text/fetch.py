"""Fetching web pages for `exocheck check URL` and `--sitemap` (checker.cli.urls).

A `Fetcher` holds one httpx client and the politeness state of a run: at most `rate`
requests per second to each host (or the robots.txt Crawl-delay when that is longer), and
each origin's robots.txt, read once. Every request has an overall deadline (`timeout`
seconds for the whole URL, redirects and body included), at most `max_redirects` hops and a
size cap (`max_bytes`, counted on the decoded body, so a compressed bomb stops early). Every
failure — DNS, refused connection, timeout, HTTP 4xx/5xx, too many redirects, too big, not a
text page — is a `FetchError` (a `LoadError`) with a one-line reason, reported like an
unreadable file.

`load_page()` turns a fetched page into the `LoadedText` the checker reads, with the
decoding rules of checker.text.load: a BOM wins, then the charset of the Content-Type header,
then (HTML) the `<meta charset>` and the Japanese detection, exactly as for files.

The CLI fetches whatever URL its user names, loopback and private addresses included. A
server must not: a web form that fetches URLs for anyone is an SSRF hole. exocheck's web app
has no URL field; a deployment that adds one must require `fetch_allowed()` (the operator set
`EXOCHECK_ALLOW_FETCH=1`) and pass `guard=refuse_private` so that every hop — redirects
included — to a loopback, private, link-local or otherwise non-public address is refused.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from checker import __version__
from checker.text.load import _BOMS, LoadedText, LoadError, load_bytes

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"exocheck/{__version__} (ad-copy risk screening; honours robots.txt)"
ROBOTS_AGENT = "exocheck"  # the product token robots.txt groups are matched against
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Charsets that servers send by default whatever the page is: not trusted over detection.
_DEFAULT_CHARSETS = {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252"}


class FetchError(LoadError):
    """A URL that could not be fetched or is not a text page; str(exc) is the reason."""


def is_url(value: str) -> bool:
    """True for an http(s) URL, the only kind `exocheck check` fetches."""
    return value[:8].lower().startswith(("http://", "https://"))


def fetch_allowed() -> bool:
    """May a *server* fetch URLs its users name? Only when the operator set EXOCHECK_ALLOW_FETCH=1."""
    return os.environ.get("EXOCHECK_ALLOW_FETCH", "") == "1"


def refuse_private(url: str) -> None:
    """Raise FetchError unless every address `url`'s host resolves to is public.

    For servers (see the module doc): loopback, private (RFC 1918, ULA), link-local (cloud
    metadata at 169.254.169.254), CGNAT, multicast, reserved and unspecified addresses are
    refused, as are IPv4-mapped IPv6 forms of them. Pass it as `FetchOptions.guard`, which
    runs before every request, so a redirect cannot lead to an internal address either. (A
    DNS answer that changes between this check and the connection is not covered: pin the
    address in the transport if that matters.)"""
    parts = urlsplit(url)
    host = parts.hostname
    if parts.scheme not in ("http", "https") or not host:
        raise FetchError(f"not an http(s) URL: {url}")
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host}: {exc}") from None
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
            addr = addr.ipv4_mapped
        if not addr.is_global or addr.is_multicast:
            raise FetchError(f"refused: {host} resolves to a non-public address ({addr})")


@dataclass
class FetchOptions:
    timeout: float = 10.0  # seconds for one URL, redirects and body included
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    rate: float = 1.0  # requests per second to one host; 0: no limit
    robots: bool = True  # consult robots.txt in `Fetcher.allowed`
    guard: Callable[[str], None] | None = None  # runs before every request (refuse_private on a server)


@dataclass
class Page:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    media_type: str  # e.g. text/html ('' when the server sent none)
    charset: str | None  # from the Content-Type header
    data: bytes = field(repr=False)


class Fetcher:
    """One client and the per-host state of a run; use as a context manager."""

    def __init__(self, opts: FetchOptions | None = None, client: httpx.Client | None = None):
        import httpx  # only URL mode pays for importing it

        self.opts = opts or FetchOptions()
        self.client = client or httpx.Client(headers={"User-Agent": USER_AGENT}, follow_redirects=False)
        self._next_at: dict[str, float] = {}  # host → earliest time of its next request
        self._delay: dict[str, float] = {}  # host → Crawl-delay from its robots.txt
        self._robots: dict[str, object] = {}  # origin → RobotFileParser | True (all allowed) | False (none)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # -- politeness -------------------------------------------------------------------------
    def _wait_turn(self, url: str) -> float:
        """Sleep until `url`'s host may be asked again; return the seconds slept."""
        host = urlsplit(url).netloc.lower()
        interval = max(1 / self.opts.rate if self.opts.rate > 0 else 0.0, self._delay.get(host, 0.0))
        now = time.monotonic()
        at = self._next_at.get(host, now)
        slept = max(0.0, at - now)
        if slept:
            time.sleep(slept)
            now = at
        self._next_at[host] = now + interval
        return slept

    def allowed(self, url: str) -> bool:
        """May `url` be crawled, by its origin's robots.txt (RFC 9309: a missing or 4xx
        robots.txt allows everything; a 5xx or unreachable one allows nothing)?"""
        if not self.opts.robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._robots[origin] = self._read_robots(origin)
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(ROBOTS_AGENT, url)  # type: ignore[attr-defined]

    def _read_robots(self, origin: str) -> object:
        from urllib.robotparser import RobotFileParser

        try:
            page = self.get(origin + "/robots.txt", robots_file=True)
        except _HTTPStatus as exc:
            return exc.status < 500
        except FetchError:
            return False
        parser = RobotFileParser(origin + "/robots.txt")
        parser.parse(page.data.decode("utf-8", "replace").splitlines())
        delay = parser.crawl_delay(ROBOTS_AGENT)
        if delay:
            self._delay[urlsplit(origin).netloc] = min(float(delay), 60.0)
        return parser

    # -- fetching ---------------------------------------------------------------------------
    def get(self, url: str, *, robots_file: bool = False) -> Page:
        """GET `url` following redirects; raise FetchError with a one-line reason."""
        import httpx

        opts = self.opts
        deadline = time.monotonic() + opts.timeout
        current = url
        for _hop in range(opts.max_redirects + 1):
            if opts.guard is not None:
                opts.guard(current)
            deadline += self._wait_turn(current)  # politeness is not the page's fault
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError(f"timed out after {opts.timeout:g} s")
            try:
                request = self.client.build_request("GET", current, timeout=remaining)
                response = self.client.send(request, stream=True)
                try:
                    if response.is_redirect and response.next_request is not None:
                        current = str(response.next_request.url)
                        continue
                    if response.status_code >= 400:
                        raise _HTTPStatus(response.status_code, response.reason_phrase)
                    data = self._read(response, deadline)
                finally:
                    response.close()
            except httpx.TimeoutException:
                raise FetchError(f"timed out after {opts.timeout:g} s") from None
            except httpx.ConnectError as exc:
                raise FetchError(f"cannot connect to {urlsplit(current).hostname}: {_reason(exc)}") from None
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise FetchError(f"invalid URL: {exc}") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{type(exc).__name__}: {_reason(exc)}") from None
            media, charset = _content_type(response.headers.get("content-type", ""))
            return Page(url, str(response.url), response.status_code, media, charset, data)
        raise FetchError(f"too many redirects (more than {opts.max_redirects})")

    def _read(self, response: httpx.Response, deadline: float) -> bytes:
        cap = self.opts.max_bytes
        too_big = f"page too large (more than {cap:,} bytes)"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(too_big)
        chunks, total = [], 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > cap:
                raise FetchError(too_big)
            if time.monotonic() > deadline:
                raise FetchError(f"timed out after {self.opts.timeout:g} s")
            chunks.append(chunk)
        return b"".join(chunks)


class _HTTPStatus(FetchError):
    def __init__(self, status: int, phrase: str):
        super().__init__(f"HTTP {status} {phrase}".rstrip())
        self.status = status


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return media.strip().lower(), charset


def load_page(page: Page, encoding: str | None = None) -> LoadedText:
    """The checkable text of a fetched page (HTML as visible text), decoded like a file."""
    media = page.media_type
    if media in _HTML_TYPES:
        name = "page.html"
    elif media in ("text/markdown", "text/x-markdown"):
        name = "page.md"
    elif media.startswith("text/"):
        name = "page.txt"
    elif media == "":
        name = "-"  # no Content-Type: sniffed as stdin is
    else:
        raise FetchError(f"not a text page (Content-Type {media})")
    charset = page.charset
    has_bom = any(page.data.startswith(bom) for bom, _ in _BOMS)
    if encoding is None and charset and charset not in _DEFAULT_CHARSETS and not has_bom:
        try:
            return load_bytes(page.data, name, charset)
        except LoadError:
            pass  # a wrong or unknown label: detect as for files
    return load_bytes(page.data, name, encoding)
