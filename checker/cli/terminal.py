"""What every command shares with the terminal: whole-number arguments, whether a stream is a terminal, and the progress bar."""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from typing import IO


def positive_int(value: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return n


def is_tty(stream: IO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress_bar(total: int, stderr: IO, enabled: bool):
    """A rich progress bar on a terminal; a no-op context otherwise (pipes, CI logs)."""
    if not enabled or total < 2 or not is_tty(stderr):
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(file=stderr), transient=True)
