"""Loading: bytes → text the checker sees, with a clear error for unusable input.

Encodings: a BOM wins; then valid UTF-8; then, for HTML, the charset its <meta> declares;
then the Japanese legacy encodings (CP932/Shift_JIS, EUC-JP, ISO-2022-JP) scored by how
Japanese the decoded text looks, which is reliable even for a few words where a generic
detector guesses; then charset-normalizer for anything else. `--encoding` overrides all.

Formats (by file name; stdin is sniffed): .txt as is, .md/.markdown → prose without
markup (checker.text.markdown_prose), .html/.htm → visible text (checker.text.html_page). `LoadedText.offsets`
maps every checked character back to the decoded file, so findings point at the file;
`LoadedText.regions` keeps what the markup said about parts of the text (a blockquote, a
table column of prohibited wording: checker.text.textmap), which `check()` reads.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from checker.text import html_page as html
from checker.text import markdown_prose as markdown
from checker.text.safeio import ReadError, read_regular

MAX_BYTES = 20 * 1024 * 1024
SCORE_SAMPLE = 50_000  # characters scored per candidate decoding (enough to tell, cheap on big files)
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SIGNATURES = ((b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP/Office"), (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"),
               (b"GIF8", "GIF"), (b"\xd0\xcf\x11\xe0", "Office"), (b"\x7fELF", "executable"))
# WHATWG labels → the Python codec browsers effectively use.
_ALIASES = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
            "windows-31j": "cp932", "csshiftjis": "cp932", "euc-jp": "euc_jp", "x-euc-jp": "euc_jp"}


class LoadError(Exception):
    """Input that cannot be checked; str(exc) is a one-line reason for the user."""


@dataclass
class LoadedText:
    """Text to check plus the map from its offsets back to the original decoded file."""

    text: str
    original: str
    encoding: str
    offsets: list[int] | None = field(default=None, repr=False)  # None: identity
    ends: list[int] | None = field(default=None, repr=False)  # end of each character's source span
    format: str = "text"
    # markup regions of `text` (checker.text.textmap): ("quote" | "mention", start, end)
    regions: list[tuple[str, int, int]] = field(default_factory=list, repr=False)

    def to_original(self, offset: int) -> int:
        if self.offsets is None:
            return offset
        return self.offsets[offset] if offset < len(self.offsets) else len(self.original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A half-open span of `text` as a half-open span of `original` (markup between
        its first and last character included; an entity such as &amp; kept whole)."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.to_original(start)
            return pos, pos
        last = end - 1
        stop = self.ends[last] if self.ends is not None and last < len(self.ends) else self.to_original(last) + 1
        return self.to_original(start), stop


def _japanese_score(text: str) -> tuple[float, float]:
    """(score, share of non-ASCII characters that are ordinary Japanese) for a decoding."""
    score, good, total = 0.0, 0, 0
    for ch in text:
        if ch < "\x80":
            continue
        total += 1
        o = ord(ch)
        if 0x3041 <= o <= 0x30FF or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
            score, good = score + 2, good + 1
        elif 0x4E00 <= o <= 0x9FFF:
            try:
                lead = ch.encode("euc_jp")[0]
            except UnicodeEncodeError:
                lead = 0
            level1 = 0xB0 <= lead <= 0xCF
            score += 2 if level1 else 0.5 if lead else -1
            good += level1
        elif 0xFF61 <= o <= 0xFF9F:  # half-width katakana: real in old copy, but cheap in wrong guesses
            score, good = score + 0.5, good + 1
        elif 0x2460 <= o <= 0x24FF or 0x2160 <= o <= 0x217F or 0x3200 <= o <= 0x33FF or 0x2500 <= o <= 0x257F:
            score += 0.5  # ①, Ⅰ, ㈱, ㎜, box drawing: common in Japanese copy
        else:
            score -= 2
    return score, (good / total if total else 0.0)


def _decode_japanese(data: bytes) -> tuple[str, str] | None:
    """The most Japanese-looking strict decoding among the legacy encodings, if convincing."""
    codecs_to_try = ["cp932", "euc_jp", "euc_jis_2004"]
    if b"\x1b$" in data or b"\x1b(" in data:
        codecs_to_try.insert(0, "iso2022_jp_ext")
    best: tuple[float, str, str] | None = None
    for name in codecs_to_try:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score, share = _japanese_score(text[:SCORE_SAMPLE])
        if share >= 0.5 and score > 0 and (best is None or score > best[0]):
            best = (score, text, name)
    return (best[1], best[2]) if best else None


def _decode_with(data: bytes, encoding: str) -> str:
    name = _ALIASES.get(encoding.lower(), encoding)
    return data.decode(name)


def _binary_kind(data: bytes) -> str | None:
    for sig, kind in _SIGNATURES:
        if data.startswith(sig):
            return kind
    if b"\x00" in data[:8192] and not any(data.startswith(bom) for bom, _ in _BOMS[1:]):
        return "binary"
    return None


def decode(data: bytes, encoding: str | None = None, *, is_html: bool = False) -> tuple[str, str]:
    """Decode bytes (UTF-8 with/without BOM, Shift_JIS/CP932, EUC-JP …); return (text, encoding)."""
    kind = _binary_kind(data)
    if kind:
        raise LoadError(f"{kind} file, not text (save the copy as .txt, .md or .html first)")
    if encoding:
        try:
            return _decode_with(data, encoding), encoding
        except LookupError:
            raise LoadError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise LoadError(f"cannot decode as {encoding}: {exc.reason} at byte {exc.start}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise LoadError(f"broken {name} text after its byte-order mark: {exc.reason}") from None
    if b"\x1b$" in data or b"\x1b(" in data:  # ISO-2022-JP is 7-bit: it would pass as UTF-8
        japanese = _decode_japanese(data)
        if japanese:
            return japanese
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # UTF-8 cut in the middle of its last character: keep the text, mark the cut
            return data[: exc.start].decode("utf-8") + "\ufffd", "utf-8 (truncated)"
    if is_html:
        declared = html.declared_charset(data)
        if declared:
            try:
                return _decode_with(data, declared), _ALIASES.get(declared, declared)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: detect instead
    japanese = _decode_japanese(data)
    if japanese:
        return japanese
    best = from_bytes(data).best()
    if best is None:
        raise LoadError("unknown text encoding (try --encoding)")
    return str(best), best.encoding


def _format_of(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if name == "-" and html.looks_like_html(text):
        return "html"
    return "text"


def load_bytes(data: bytes, name: str = "-", encoding: str | None = None) -> LoadedText:
    """Decode and extract the checkable text of a document named `name`."""
    if len(data) > MAX_BYTES:
        raise LoadError(f"file too large ({len(data):,} bytes; limit {MAX_BYTES:,})")
    suffix = Path(name).suffix.lower()
    sniff_html = suffix in (".html", ".htm") or (name == "-" and html.looks_like_html(data[:300].decode("latin-1")))
    text, enc = decode(data, encoding, is_html=sniff_html)
    controls = sum(1 for ch in text[:8192] if ch < " " and ch not in "\t\n\r\f\x1b")
    if controls > max(8, len(text[:8192]) // 100):
        raise LoadError("binary file, not text (control characters; save the copy as .txt, .md or .html first)")
    fmt = _format_of(name, text)
    if fmt == "text":
        return LoadedText(text=text, original=text, encoding=enc)
    mapped = (html if fmt == "html" else markdown).extract(text)
    return LoadedText(text=mapped.text(), original=text, encoding=enc, offsets=mapped.starts,
                      ends=mapped.ends, format=fmt, regions=mapped.regions)


def load_path(path: Path, encoding: str | None = None) -> LoadedText:
    """Read a file (only a regular one, at most MAX_BYTES: checker.text.safeio); every failure
    becomes a LoadError with a plain reason."""
    try:
        data = read_regular(path, MAX_BYTES)
    except ReadError as exc:  # a folder, a device or FIFO, too large
        raise LoadError(str(exc)) from None
    except PermissionError:
        raise LoadError("permission denied") from None
    except OSError as exc:
        raise LoadError(exc.strerror or str(exc)) from None
    return load_bytes(data, path.name, encoding)
