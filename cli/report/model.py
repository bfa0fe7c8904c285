"""What reporters receive: the files checked, their findings, and the inputs
that could not be read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from civisme.cli.inputs import InputError
from civisme.rules.finding import Finding, Severity


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    text: str
    findings: tuple[Finding, ...]
    # Personal information found even by rules the user did not select: reports mask it.
    personal: tuple[tuple[int, int], ...] = ()
    # Findings removed by « civisme: ignorer » directives, by rule code.
    suppressed: tuple[tuple[str, int], ...] = ()
    # Directives that removed nothing (reported with --signaler-inutiles): (line, text).
    unused: tuple[tuple[int, str], ...] = ()
    # A record of a CSV or JSON Lines export: its id and the file line where it begins.
    record: str | None = None
    record_line: int | None = None
    # Whether the record's text lines are lines of the file (a CSV cell), or the
    # record is one line whatever its text holds (JSON Lines, « \n » escaped).
    record_lines: bool = False

    @property
    def label(self) -> str:
        """How reports name the document: the path, and the record's id if any."""
        return f"{self.path}[{self.record}]" if self.record is not None else self.path

    def file_line(self, line: int) -> int:
        """A line of the document as a line of the file (CI annotations).
        Within a CSV record, exact when the text is the record's first
        multi-line cell; a JSON Lines record is one line."""
        if self.record_line is None:
            return line
        if not self.record_lines:
            return self.record_line
        return self.record_line + line - 1

    @property
    def masked_spans(self) -> tuple[tuple[int, int], ...]:
        return (
            *self.personal,
            *((f.start, f.end) for f in self.findings if f.personal),
            *(span for f in self.findings for span in f.private),
        )


@dataclass(frozen=True, slots=True)
class Report:
    results: tuple[FileResult, ...]
    errors: tuple[InputError, ...] = ()
    reveal: bool = False  # show personal information unmasked
    by_severity: Counter[str] = field(init=False)
    by_family: Counter[str] = field(init=False)

    def __post_init__(self) -> None:
        findings = [f for r in self.results for f in r.findings]
        by_severity = Counter({s.value: 0 for s in Severity})
        by_severity.update(f.severity.value for f in findings)
        object.__setattr__(self, "by_severity", by_severity)
        object.__setattr__(self, "by_family", Counter(f.family for f in findings))

    @property
    def suppressed_count(self) -> int:
        return sum(n for r in self.results for _, n in r.suppressed)

    @property
    def unused_count(self) -> int:
        return sum(len(r.unused) for r in self.results)

    @property
    def finding_count(self) -> int:
        return sum(len(r.findings) for r in self.results)
