"""GitLab Code Quality report (a JSON array), shown in merge requests when
a job publishes it as ``artifacts:reports:codequality``."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from civisme.rules.finding import Severity

from .locations import Locator
from .model import Report

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(report: Report) -> str:
    issues: list[dict[str, Any]] = []
    for result in report.results:
        locator = Locator(result, report.reveal)
        for f in result.findings:
            where = locator.location(f)
            prefix = f"[enregistrement {result.record}] " if result.record is not None else ""
            issues.append(
                {
                    "type": "issue",
                    "check_name": f.code,
                    "description": f"{prefix}{f.code} {f.message}",
                    "categories": ["Style"],
                    "severity": SEVERITIES[f.severity],
                    "fingerprint": locator.fingerprint(f),
                    "location": {
                        "path": result.path,
                        "lines": {"begin": where.line, "end": where.end_line},
                    },
                }
            )
    # An unreadable input must show in the merge request too, not only in the exit code.
    for error in report.errors:
        path, line = _split_line(error.path)
        issues.append(
            {
                "type": "issue",
                "check_name": "civisme-entree",
                "description": f"Entrée illisible ou invalide : {error.message}",
                "categories": ["Bug Risk"],
                "severity": "blocker",
                "fingerprint": hashlib.sha256(
                    f"{error.path}\x1f{error.message}".encode()
                ).hexdigest(),
                "location": {"path": path, "lines": {"begin": line}},
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _split_line(where: str) -> tuple[str, int]:
    """« fichier:12 » (a bad directive) as (fichier, 12); a bare path is line 1."""
    path, _, line = where.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (where, 1)
