"""Loading: bytes → text the checker sees, with a clear error for unusable input."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class LoadError(Exception):
    """Input that cannot be checked; str(exc) is a one-line reason for the user."""


@dataclass
class LoadedText:
    """Text to check plus the map from its offsets back to the original decoded file."""

    text: str
    original: str
    encoding: str
    offsets: list[int] | None = field(default=None, repr=False)  # None: identity

    def to_original(self, offset: int) -> int:
        if self.offsets is None:
            return offset
        return self.offsets[offset] if offset < len(self.offsets) else len(self.original)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes (UTF-8 with/without BOM, Shift_JIS/CP932, EUC-JP …); return (text, encoding)."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError("binary file (contains NUL bytes)")
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as exc:
            raise LoadError(f"cannot decode as {encoding}: {exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise LoadError("unknown text encoding (try --encoding)")
    return str(best), best.encoding


def load_bytes(data: bytes, name: str = "-", encoding: str | None = None) -> LoadedText:
    """Decode and extract the checkable text of a document named `name`."""
    if len(data) > MAX_BYTES:
        raise LoadError(f"file too large ({len(data):,} bytes; limit {MAX_BYTES:,})")
    text, enc = decode(data, encoding)
    return LoadedText(text=text, original=text, encoding=enc)


def load_path(path: Path, encoding: str | None = None) -> LoadedText:
    """Read a file; every failure becomes a LoadError with a plain reason."""
    try:
        if path.is_dir():
            raise LoadError("is a directory")
        data = path.read_bytes()
    except LoadError:
        raise
    except PermissionError:
        raise LoadError("permission denied") from None
    except OSError as exc:
        raise LoadError(exc.strerror or str(exc)) from None
    return load_bytes(data, path.name, encoding)
