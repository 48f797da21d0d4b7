"""Making file names and file content safe to print, in every format.

File names come from the file system: on Linux a name is bytes, and one that is not UTF-8
(b'\\xff.txt') reaches Python as a str with lone surrogates (surrogateescape), which no
UTF-8 writer accepts. File content and names can also hold terminal control characters
(ESC sequences that recolour or rewrite the terminal, BEL, backspace), line breaks that
would forge extra report lines, and bidirectional overrides that reorder what is shown.

- `printable(text)` escapes those as `\\xNN` / `\\uNNNN` / `\\n`: an undecodable byte shows
  as the byte it was (b'\\xff' → `\\xff`), a control character by its code. Everything
  else — Japanese text, ordinary and ideographic spaces — is left as it is.
- `without_surrogates(data)` escapes only the undecodable bytes, in a str or in every str of
  a JSON-like structure (lists, dicts): the machine formats escape the rest themselves.
- `path_uri(path)` percent-encodes a path for a URI from its original bytes (surrogateescape
  → UTF-8 bytes for the rest), so `a\\udcff.txt` becomes `a%FF.txt`.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# C0 controls (tab and line breaks included), DEL, C1 controls, the line/paragraph
# separators, bidirectional embeddings/overrides/isolates, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    code = ord(ch)
    if ch in _NAMED:
        return _NAMED[ch]
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control characters, line breaks and undecodable bytes escaped."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def without_surrogates(data):
    """`data` (a str, or lists/dicts of them) with lone surrogates escaped as `\\xNN`."""
    if isinstance(data, str):
        return _SURROGATE.sub(_escape, data) if _SURROGATE.search(data) else data
    if isinstance(data, dict):
        return {without_surrogates(k): without_surrogates(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [without_surrogates(v) for v in data]
    return data


def path_uri(path: str) -> str:
    """A path percent-encoded for a URI (slashes kept), from the name's original bytes."""
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that surrogateescape did not make
        raw = path.encode("utf-8", "backslashreplace")
    return quote(raw, safe="/")
