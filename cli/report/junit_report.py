"""JUnit XML, the lowest common denominator of CI test reports: one test case
per document, failed by the findings that reach the ``--echec`` threshold."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from civisme.cli.outcome import reaches_threshold

from .locations import Locator
from .model import Report

# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", value))


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", value))


def render(report: Report, fail_on: str = "erreur") -> str:
    cases: list[str] = []
    failures = 0
    for result in report.results:
        locator = Locator(result, report.reveal)
        lines = []
        for f in result.findings:
            where = locator.location(f)
            column = f":{where.column}" if where.column is not None else ""
            lines.append(
                f"{result.label}:{where.line}{column} {f.code} {f.severity.label} {f.message}"
            )
        name = _attr(result.label)
        failing = [f for f in result.findings if reaches_threshold([f], fail_on)]
        if failing:
            failures += 1
            message = (
                f"{len(failing)} constat{'s' if len(failing) > 1 else ''} au seuil d'échec"
                f" ({len(result.findings)} en tout)"
            )
            cases.append(
                f'    <testcase classname="civisme" name={name} file={_attr(result.path)}>\n'
                f'      <failure message={_attr(message)} type="civisme">{_text(chr(10).join(lines))}</failure>\n'
                "    </testcase>"
            )
        elif lines:
            cases.append(
                f'    <testcase classname="civisme" name={name} file={_attr(result.path)}>\n'
                f"      <system-out>{_text(chr(10).join(lines))}</system-out>\n"
                "    </testcase>"
            )
        else:
            cases.append(
                f'    <testcase classname="civisme" name={name} file={_attr(result.path)}/>'
            )
    for error in report.errors:
        cases.append(
            f'    <testcase classname="civisme" name={_attr(error.path)}>\n'
            f'      <error message={_attr(error.message)} type="entrée illisible"/>\n'
            "    </testcase>"
        )
    total = len(report.results) + len(report.errors)
    counts = f'tests="{total}" failures="{failures}" errors="{len(report.errors)}"'
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<testsuites name="civisme" {counts}>\n'
        f'  <testsuite name="civisme" {counts}>\n'
        + "\n".join(cases)
        + ("\n" if cases else "")
        + "  </testsuite>\n</testsuites>\n"
    )
