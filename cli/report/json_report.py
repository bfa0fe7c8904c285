"""The JSON report: a stable contract (version 1), described by
``cli/schemas/report-v1.schema.json`` and in the README."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from civisme.rules.finding import Finding

from .masking import masked_suggestions, masked_text
from .model import FileResult, Report
from .positions import LineIndex

JSON_VERSION = 1


def render(report: Report) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "version": JSON_VERSION,
        "results": [_result(r, report.reveal) for r in report.results],
        "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        "summary": {
            "files": len(report.results),
            "findings": report.finding_count,
            "by_severity": dict(report.by_severity),
            "by_family": dict(sorted(report.by_family.items())),
            "suppressed": report.suppressed_count,
            "unused_suppressions": report.unused_count,
        },
    }


def _result(result: FileResult, reveal: bool) -> dict[str, Any]:
    lines = LineIndex(result.text)
    record = (
        {"record": result.record, "record_line": result.record_line}
        if result.record is not None
        else {}
    )
    return {
        "path": result.path,
        **record,
        "findings": [
            finding_dict(result.text, f, reveal, lines, result.masked_spans)
            for f in result.findings
        ],
        "suppressed": dict(sorted(result.suppressed)),
        "unused_suppressions": [{"line": line, "directive": text} for line, text in result.unused],
    }


def finding_dict(
    text: str,
    f: Finding,
    reveal: bool,
    lines: LineIndex | None = None,
    spans: Sequence[tuple[int, int]] = (),
) -> dict[str, Any]:
    """One finding as the contract's object (also used by ``civisme noms``);
    ``spans`` are the personal values of the whole text, masked wherever they show."""
    spans = (*spans, *([(f.start, f.end)] if f.personal else []))
    lines = lines or LineIndex(text)
    line, column = lines.position(f.start)
    end_line, end_column = lines.position(f.end)
    excerpt = masked_text(text[f.start : f.end], f.start, spans, reveal)
    return {
        "rule": f.code,
        "name": f.name,
        "family": f.family,
        "severity": f.severity.value,
        "message": f.message,
        "start": f.start,
        "end": f.end,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "excerpt": excerpt,
        "suggestions": masked_suggestions(text, f, spans, reveal),
        "policy": list(f.policy),
    }
