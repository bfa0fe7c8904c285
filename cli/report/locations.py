"""Where a finding is, as CI tools want it: a file line and column, and a
fingerprint that survives edits elsewhere in the file."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

from civisme.rules.finding import Finding

from .masking import masked_text
from .model import FileResult
from .positions import LineIndex


@dataclass(frozen=True, slots=True)
class Location:
    line: int
    column: int | None  # None when the column would not be the file's (a record, a Word paragraph)
    end_line: int
    end_column: int | None


class Locator:
    """Locations and fingerprints for the findings of one result."""

    def __init__(self, result: FileResult, reveal: bool) -> None:
        self.result = result
        self.reveal = reveal
        self.lines = LineIndex(result.text)
        self._seen: Counter[str] = Counter()

    def location(self, finding: Finding) -> Location:
        line, column = self.lines.position(finding.start)
        end_line, end_column = self.lines.position(finding.end)
        if self.result.record is None:
            return Location(line, column, end_line, end_column)
        return Location(self.result.file_line(line), None, self.result.file_line(end_line), None)

    def excerpt(self, finding: Finding) -> str:
        spans = (
            *self.result.masked_spans,
            *([(finding.start, finding.end)] if finding.personal else []),
        )
        text = self.result.text[finding.start : finding.end]
        return masked_text(text, finding.start, spans, self.reveal)

    def fingerprint(self, finding: Finding) -> str:
        """Rule, file, record and the (masked) words flagged, plus their rank
        among identical ones: stable when lines are added above."""
        key = "\x1f".join(
            (finding.code, self.result.path, self.result.record or "", self.excerpt(finding))
        )
        self._seen[key] += 1
        return hashlib.sha256(f"{key}\x1f{self._seen[key]}".encode()).hexdigest()
