"""GitHub Actions workflow commands: each finding becomes an annotation on
the pull request's diff (« ::error file=…,line=…::message »)."""

from __future__ import annotations

from civisme.rules.finding import Severity

from .locations import Locator
from .masking import masked_suggestions
from .model import Report

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message part: « % », CR and LF would end or corrupt the command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: also « : » and « , », which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    out: list[str] = []
    for result in report.results:
        locator = Locator(result, report.reveal)
        for f in result.findings:
            where = locator.location(f)
            properties = {
                "file": result.path,
                "line": str(where.line),
                "endLine": str(where.end_line),
            }
            if where.column is not None and where.line == where.end_line:
                properties |= {"col": str(where.column), "endColumn": str(where.end_column)}
            properties["title"] = f"civisme {f.code} {f.name}"
            message = f.message
            if result.record is not None:
                message = f"[enregistrement {result.record}] {message}"
            suggestions = masked_suggestions(result.text, f, result.masked_spans, report.reveal)
            if suggestions:
                message += "\nSuggestion : " + " ou ".join(f"« {s} »" for s in suggestions)
            message += "\nPolitique : " + " ; ".join(f.policy)
            props = ",".join(f"{k}={escape_property(v)}" for k, v in properties.items())
            out.append(f"::{LEVELS[f.severity]} {props}::{escape_data(message)}")
    for error in report.errors:
        out.append(
            f"::error file={escape_property(error.path)},title=civisme::{escape_data(error.message)}"
        )
    count = report.finding_count
    out.append(
        f"civisme : {count} constat{'s' if count > 1 else ''} dans {len(report.results)} document{'s' if len(report.results) > 1 else ''}."
    )
    return "\n".join(out) + "\n"
