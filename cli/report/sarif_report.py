"""SARIF 2.1.0, read by GitHub code scanning, Azure DevOps and most CI
dashboards. Validated against the official OASIS schema in the tests."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from civisme.cli import __version__
from civisme.rules.finding import Finding, Severity
from civisme.rules.registry import all_rules

from .locations import Locator
from .masking import masked_suggestions
from .model import FileResult, Report

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(report: Report) -> str:
    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    results = [
        _result(result, finding, locator, index)
        for result in report.results
        for locator in [Locator(result, report.reveal)]
        for finding in result.findings
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "civisme",
                "version": __version__,
                "semanticVersion": __version__,
                "language": "fr-CA",
                "rules": [_descriptor(r) for r in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": [
                    {
                        "level": "error",
                        "message": {"text": e.message},
                        "locations": [
                            {"physicalLocation": {"artifactLocation": {"uri": uri(e.path)}}}
                        ],
                    }
                    for e in report.errors
                ],
            }
        ],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def uri(path: str) -> str:
    """A relative URI reference for a path as the user gave it."""
    return quote(PurePath(path).as_posix(), safe="/")


def _descriptor(rule: Any) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.purpose or rule.title},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"family": rule.family, "policy": list(rule.policy)},
    }


def _result(
    result: FileResult, finding: Finding, locator: Locator, index: dict[str, int]
) -> dict[str, Any]:
    where = locator.location(finding)
    region: dict[str, Any] = {"startLine": where.line, "endLine": where.end_line}
    if where.column is not None:
        region["startColumn"] = where.column
        region["endColumn"] = where.end_column
        region["snippet"] = {"text": locator.excerpt(finding)}
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": uri(result.path)}, "region": region}
    }
    if result.record is not None:
        location["logicalLocations"] = [{"name": result.record, "kind": "object"}]
    out: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index.get(finding.code, -1),
        "level": LEVELS[finding.severity],
        "message": {"text": _message(result, finding, locator)},
        "locations": [location],
        "partialFingerprints": {"civisme/v1": locator.fingerprint(finding)},
        "properties": {"policy": list(finding.policy)},
    }
    if out["ruleIndex"] < 0:
        del out["ruleIndex"]
    shown = masked_suggestions(result.text, finding, result.masked_spans, locator.reveal)
    # A fix that would have to show masked personal information is not offered.
    safe = finding.fixable and shown and shown[0] == finding.suggestions[0]
    if safe and not finding.personal and where.column is not None:
        out["fixes"] = [
            {
                "description": {"text": f"Remplacer par « {finding.suggestions[0]} »"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri(result.path)},
                        "replacements": [
                            {
                                "deletedRegion": {
                                    k: v for k, v in region.items() if k != "snippet"
                                },
                                "insertedContent": {"text": finding.suggestions[0]},
                            }
                        ],
                    }
                ],
            }
        ]
    return out


def _message(result: FileResult, finding: Finding, locator: Locator) -> str:
    text = finding.message
    if result.record is not None:
        text = f"[enregistrement {result.record}] {text}"
    suggestions = masked_suggestions(result.text, finding, result.masked_spans, locator.reveal)
    if suggestions:
        text += " Suggestion : " + " ou ".join(f"« {s} »" for s in suggestions) + "."
    return text
