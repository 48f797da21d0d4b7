"""`exocheck check URL…` and `exocheck check --sitemap URL…`: web pages as files.

Each page is fetched (checker.text.fetch), decoded and extracted like a local file of its
Content-Type, and checked with the run's profile and project config; its URL is the
result's path, so every report format names it (SARIF as the artifact URI). A URL that
cannot be fetched is an `input-error` result, as an unreadable file is.

URLs named on the command line are fetched as the user asked (robots.txt governs crawlers,
not a person opening a page). With `--sitemap` they are sitemaps or sitemap indexes: their
pages are crawled — on the sitemap's host unless `--all-hosts`, robots.txt respected, at
most `--rate` requests per second per host, at most `--max-pages` pages. Pages are fetched
one at a time (politeness, not CPU, bounds the speed) and checked as they arrive.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from checker.cli.terminal import positive_int, progress_bar
from checker.models import FileResult, InputError
from checker.text.fetch import Fetcher, FetchError, FetchOptions, load_page
from checker.text.load import LoadError

if TYPE_CHECKING:
    from checker.project.config import Config


def check_url(fetcher: Fetcher, url: str, profile: str, encoding: str | None = None,
              config: Config | None = None) -> FileResult:
    """Fetch and check one page; any failure is the result's input error."""
    from checker.project.batch import check_loaded

    try:
        loaded = load_page(fetcher.get(url), encoding)
    except (FetchError, LoadError) as exc:
        return FileResult(path=url, error=InputError(reason=str(exc)))
    try:
        return check_loaded(url, loaded, profile, config)
    except Exception as exc:  # one bad page must not stop the crawl
        return FileResult(path=url, error=InputError(reason=f"internal error: {exc!r}"))


def check_urls(urls: list[str], opts, stderr: IO, config: Config | None = None,
               fetcher: Fetcher | None = None) -> list[FileResult]:
    """Results for the URLs of a `CheckOptions` (`opts.sitemap`: the pages they list)."""
    from checker.text import sitemap

    fetch_opts = FetchOptions(timeout=opts.timeout, rate=opts.rate)
    profile = opts.profile or "auto"
    results: list[FileResult] = []
    with fetcher or Fetcher(fetch_opts) as web:
        pages = urls
        if opts.sitemap:
            found = sitemap.walk(web, urls, opts.max_pages, same_host=not opts.all_hosts)
            results.extend(FileResult(path=u, error=InputError(reason=f"sitemap: {why}")) for u, why in found.errors)
            for note in found.notes():
                print(f"exocheck: {note}", file=stderr)
            pages = found.pages
            if not pages and not found.errors:
                print("exocheck: warning: the sitemap lists no page to check", file=stderr)
        with progress_bar(len(pages), stderr, opts.progress) as bar:
            task = bar.add_task("check", total=len(pages)) if bar else None
            for url in pages:
                results.append(check_url(web, url, profile, opts.encoding, config))
                if bar:
                    bar.advance(task)
    return results


def _non_negative(value: str) -> float:
    import argparse

    try:
        n = float(value)
    except ValueError:
        n = -1.0
    if not n >= 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of at least 0, got {value!r}")
    return n


def add_web_options(c) -> None:
    """The `exocheck check` options for URLs; each `dest` is a field of runner.CheckOptions."""

    web = c.add_argument_group("web pages (http:// and https:// paths)")
    web.add_argument("--sitemap", action="store_true",
                     help="the URLs are sitemaps or sitemap indexes: check the pages they list")
    web.add_argument("--max-pages", type=positive_int, default=500, metavar="N",
                     help="check at most N pages from the sitemaps (default: 500)")
    web.add_argument("--rate", type=_non_negative, default=1.0, metavar="R",
                     help="at most R requests per second to one host, or robots.txt's Crawl-delay "
                          "if slower (default: 1; 0: no limit)")
    web.add_argument("--all-hosts", action="store_true",
                     help="also check sitemap pages on other hosts than the sitemap's")
    web.add_argument("--timeout", type=_non_negative, default=10.0, metavar="S",
                     help="give up on a URL after S seconds, redirects included (default: 10)")
