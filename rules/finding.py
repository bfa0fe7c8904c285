"""Findings: what a rule reports, as plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """Severity of a finding; values are the stable English words of the JSON contract."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @property
    def label(self) -> str:
        """French label shown to people."""
        return _LABELS[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Accept the English value or the French label (« erreur », « avertissement »)."""
        key = value.strip().lower()
        for severity in cls:
            if key in (severity.value, severity.label):
                return severity
        raise ValueError(value)


_RANKS = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}
_LABELS = {Severity.INFO: "info", Severity.WARNING: "avertissement", Severity.ERROR: "erreur"}


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule yields: a span in the document's normalised text.

    The engine turns hits into findings, mapping offsets back to the original
    text and attaching the rule's identity, so rules never deal with either.
    """

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    severity: Severity | None = None
    personal: bool = False
    # Other spans holding personal information the finding depends on (the
    # student a confidential file is about): masked wherever they show.
    private: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, located by character offsets in the ORIGINAL text (end exclusive).

    Exactly one suggestion means the finding can be fixed automatically.
    ``personal`` marks a span holding personal information: reporters mask it.
    """

    code: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    policy: tuple[str, ...] = field(default=())
    personal: bool = False
    private: tuple[tuple[int, int], ...] = ()

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    @property
    def fixable(self) -> bool:
        return len(self.suggestions) == 1
