"""A one-line progress bar on the terminal (stderr), redrawn in place; silent when not a TTY."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from .results import CaseResult


class ProgressBar:
    WIDTH = 28

    def __init__(self, total: int, already: int = 0, stream: TextIO | None = None, force: bool = False):
        self.total = max(total, 1)
        self.stream = stream or sys.stderr
        self.enabled = force or self.stream.isatty()
        self.started = time.perf_counter()
        self.first = already
        self.passed = 0
        self.done = already

    def line(self, last: CaseResult | None = None) -> str:
        filled = int(self.WIDTH * self.done / self.total)
        bar = "█" * filled + "░" * (self.WIDTH - filled)
        ran = self.done - self.first
        elapsed = time.perf_counter() - self.started
        eta = "" if ran == 0 or self.done >= self.total else f" · ETA {_clock(elapsed / ran * (self.total - self.done))}"
        tail = f" · {last.verdict.upper()} {last.id} [{last.model}]" if last else ""
        return f"eval {bar} {self.done}/{self.total} · {self.passed} passed · {_clock(elapsed)}{eta}{tail}"

    def start(self) -> None:
        """Show the bar before the first case finishes (the first one waits for the worker)."""
        if self.enabled:
            self.stream.write("\r\x1b[2K" + self.line())
            self.stream.flush()

    def update(self, result: CaseResult, done: int) -> None:
        self.done = done
        self.passed += result.passed
        if self.enabled:
            self.stream.write("\r\x1b[2K" + self.line(result))
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"
