"""Choosing the report format and where it goes: standard output, or a file
written atomically with ``--sortie``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .model import Report

FORMATS = ("texte", "json", "sarif", "github", "gitlab", "junit")


def resolve(fmt: str) -> str:
    """« auto »: GitHub annotations inside GitHub Actions, text elsewhere."""
    if fmt == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "texte"
    return fmt


def render(report: Report, fmt: str, *, colour: bool = False, fail_on: str = "erreur") -> str:
    fmt = resolve(fmt)
    if fmt == "json":
        from . import json_report

        return json_report.render(report)
    if fmt == "sarif":
        from . import sarif_report

        return sarif_report.render(report)
    if fmt == "github":
        from . import github_report

        return github_report.render(report)
    if fmt == "gitlab":
        from . import gitlab_report

        return gitlab_report.render(report)
    if fmt == "junit":
        from . import junit_report

        return junit_report.render(report, fail_on)
    from . import text_report

    return text_report.render(report, colour=colour)


def write(
    report: Report, fmt: str, *, colour: bool, path: str | None, fail_on: str = "erreur"
) -> str | None:
    """Print or save the report; a French error message if it cannot be saved."""
    text = render(report, fmt, colour=colour and path is None, fail_on=fail_on)
    if path is None:
        sys.stdout.write(text)
        return None
    from civisme.cli.atomic_write import write_atomically

    problem = write_atomically(Path(path), text.encode("utf-8"))
    return f"{path} : {problem}" if problem else None
