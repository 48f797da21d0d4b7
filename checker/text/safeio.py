"""Reading files the user points at and writing reports, without hanging or losing data.

`read_regular` reads only a regular file, up to a size cap: a config, rule pack or baseline
that names `/dev/zero`, a FIFO or a huge file fails at once with one line instead of
reading forever (the open is non-blocking, so a FIFO without a writer cannot stall it).

`write_atomic` writes to a temporary file in the target's folder and renames it over the
target, so a failure (a full disk, an unencodable name) never truncates an earlier report.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

MiB = 1024 * 1024


class ReadError(ValueError):
    """A file that was not read; str(exc) says why (without the path: callers add it)."""


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file `path`, if it holds at most `limit` bytes.

    Raises FileNotFoundError (and other OSError) when it cannot be opened, ReadError when it
    is not a regular file or is larger than `limit`."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file (a device, FIFO or socket is never read)")
        if info.st_size > limit:
            raise ReadError(f"too large ({info.st_size:,} bytes; limit {limit:,})")
        chunks: list[bytes] = []
        size = 0
        while True:  # the size can change while reading: never read more than the cap
            chunk = os.read(fd, min(MiB, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise ReadError(f"too large (more than {limit:,} bytes)")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_regular_text(path: Path | str, limit: int) -> str:
    """`read_regular` decoded as UTF-8 (a BOM is allowed); UnicodeDecodeError is a ReadError."""
    data = read_regular(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 text (byte {exc.start}: {exc.reason})") from None


def _new_file_mode(target: Path) -> int:
    """The mode the written file gets: the target's own when it exists, else 0666 minus umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        pass
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path | str, data: str | bytes, encoding: str = "utf-8") -> Path:
    """Write `data` to `path` through a temporary file in the same folder and os.replace().

    A symbolic link at `path` is written through (its target is replaced), as a plain
    write would. The text is encoded before anything is created, so an encoding error
    leaves no file behind. Returns the path that was written."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = _new_file_mode(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target
