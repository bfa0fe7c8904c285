"""A progress line on standard error for long batches, only on a terminal:
CI logs and redirected output stay clean."""

from __future__ import annotations

import sys
import time
from typing import TextIO

SHOWN_FROM = 20  # files; a handful is over before a bar would help
_EVERY = 0.1  # seconds between redraws


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.count = 0
        self.enabled = total >= SHOWN_FROM and self.stream.isatty()
        self._drawn = 0.0
        self._started = time.monotonic()

    def advance(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._drawn >= _EVERY or self.count == self.total:
            self._drawn = now
            width = 30
            filled = width * self.count // max(1, self.total)
            rate = self.count / max(now - self._started, 1e-6)
            self.stream.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {self.count}/{self.total} fichiers"
                f" ({rate:,.0f}/s)".replace(",", " ")
            )
            self.stream.flush()

    def done(self) -> None:
        """Erase the line, so that the report starts on a clean one."""
        if self.enabled and self._drawn:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()
