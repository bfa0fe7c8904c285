"""What every command shares about ending: exit codes, the error line on
standard error, and the ``--echec`` threshold."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from civisme.rules.finding import Finding, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
_FAIL_ON = {"erreur": Severity.ERROR, "avertissement": Severity.WARNING, "info": Severity.INFO}


def print_error(message: str) -> None:
    print(f"civisme : erreur : {message}", file=sys.stderr)


def reaches_threshold(findings: Iterable[Finding], fail_on: str) -> bool:
    """Whether a finding is at or above the severity of ``--echec`` (never for « jamais »)."""
    threshold = _FAIL_ON.get(fail_on)
    return threshold is not None and any(f.severity.rank >= threshold.rank for f in findings)
