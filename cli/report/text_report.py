"""The report for people: findings grouped by file, each with its line and the
span underlined, then a summary table."""

from __future__ import annotations

from tabulate import tabulate

from civisme.rules.finding import Finding, Severity
from civisme.rules.registry import FAMILIES

from .masking import masked_suggestions, masked_text
from .model import FileResult, Report
from .positions import LineIndex

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
_WINDOW = 100  # characters of a long line shown around a finding


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if colour else text


def render(report: Report, *, colour: bool = False) -> str:
    out: list[str] = []
    for result in report.results:
        if result.findings or result.unused:
            heading = result.path
            if result.record is not None:
                heading += (
                    f", enregistrement {result.record} (ligne {result.record_line} du fichier)"
                )
            out.append(_paint(heading, "1", colour))
            out.extend(_finding_lines(result, f, report.reveal, colour) for f in result.findings)
            out.extend(
                f"{result.label}:{line}:1  suppression inutile : « civisme: {text} » n'a rien supprimé ; retirez-la."
                for line, text in result.unused
            )
            out.append("")
    out.append(_summary(report))
    return "\n".join(out) + "\n"


def _finding_lines(result: FileResult, finding: Finding, reveal: bool, colour: bool) -> str:
    lines = LineIndex(result.text)
    line, column = lines.position(finding.start)
    end_line, end_column = lines.position(finding.end)
    severity = _paint(finding.severity.label, _COLOURS[finding.severity], colour)
    head = f"{result.label}:{line}:{column}  {finding.code}  {severity}  {finding.message}"
    # The line, with every personal span on it masked, and the finding underlined.
    line_start = lines.starts[line - 1]
    shown = masked_text(lines.line_text(line), line_start, result.masked_spans, reveal)
    mark_start = column - 1
    mark_end = end_column - 1 if end_line == line else len(shown)
    left = max(0, min(mark_start - 20, len(shown) - _WINDOW))
    right = min(len(shown), max(left + _WINDOW, mark_end + 1))
    prefix = "…" if left else ""
    snippet = prefix + shown[left:right].replace("\t", " ") + ("…" if right < len(shown) else "")
    caret_pad = " " * (len(prefix) + mark_start - left)
    carets = "^" * max(1, min(mark_end, right) - mark_start)
    parts = [head, f"    {snippet}", f"    {caret_pad}{_paint(carets, '1', colour)}"]
    suggestions = masked_suggestions(result.text, finding, result.masked_spans, reveal)
    if suggestions:
        label = "suggestion" if len(suggestions) == 1 else "suggestions"
        shown_suggestions = " ou ".join(f"« {s} »" for s in suggestions)
        parts.append(f"    {label} : {shown_suggestions}")
    parts.append(f"    politique : {' ; '.join(finding.policy)}")
    return "\n".join(parts)


def _summary(report: Report) -> str:
    files = len(report.results)
    checked = f"{files} fichier{'s' if files > 1 else ''} vérifié{'s' if files > 1 else ''}"
    if any(r.record is not None for r in report.results):
        # Records of an export are documents, not files.
        paths = len({r.path for r in report.results})
        checked = (
            f"{files} document{'s' if files > 1 else ''} vérifié{'s' if files > 1 else ''}"
            f" dans {paths} fichier{'s' if paths > 1 else ''}"
        )
    unread = len(report.errors)
    unread_note = (
        f" {unread} entrée{'s' if unread > 1 else ''} illisible{'s' if unread > 1 else ''} : voir les erreurs ci-dessus."
        if unread
        else ""
    )
    suppressed = report.suppressed_count
    if suppressed:
        unread_note += (
            f" {suppressed} constat{'s' if suppressed > 1 else ''} supprimé{'s' if suppressed > 1 else ''}"
            " par des directives « civisme: ignorer »."
        )
    if report.finding_count == 0:
        if not files:
            return f"Aucun fichier vérifié.{unread_note}"
        return f"Aucun problème trouvé ({checked}).{unread_note}"
    by_family: dict[str, dict[Severity, int]] = {}
    for result in report.results:
        for f in result.findings:
            by_family.setdefault(f.family, dict.fromkeys(Severity, 0))[f.severity] += 1
    rows = [
        [
            family,
            FAMILIES.get(family, ""),
            counts[Severity.ERROR],
            counts[Severity.WARNING],
            counts[Severity.INFO],
            sum(counts.values()),
        ]
        for family, counts in sorted(by_family.items())
    ]
    rows.append(
        ["", "total", *(report.by_severity[s.value] for s in Severity), report.finding_count]
    )
    table = tabulate(
        rows,
        headers=["famille", "", "erreurs", "avertissements", "infos", "total"],
        tablefmt="simple",
    )
    count = report.finding_count
    return f"{table}\n\n{count} constat{'s' if count > 1 else ''} dans {checked}.{unread_note}"
