"""``civisme verifier``: read the inputs, run the engine, print one report."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.nlp import ModelUnavailableError
from civisme.rules.publication_hours import DATE_KEY
from civisme.rules.registry import all_rules, select

from .inputs import InputError, Source, collect
from .outcome import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, reaches_threshold
from .outcome import print_error as _error
from .report import json_report, text_report
from .report.masking import masked_text, personal_spans
from .report.model import FileResult, Report
from .settings import Settings


def run_check(
    *,
    paths: Sequence[str],
    output_format: str,
    kind: str,
    settings: Settings,
    reveal: bool,
    colour: bool,
    report_unused: bool = False,
    published: str | None = None,
) -> int:
    """Run a check and return the exit code."""
    rules = list(settings.rules)
    metadata: dict[str, object] = {"profil": settings.profile}
    if published:
        metadata[DATE_KEY] = published

    errors: list[InputError] = []
    documents: list[Document] = []
    for item in collect(paths):
        if isinstance(item, Source):
            documents.append(
                Document(
                    item.text, source=item.path, kind=DocumentKind(kind), metadata=dict(metadata)
                )
            )
        else:
            errors.append(item)
            _error(f"{item.path} : {item.message}")

    # Masking depends neither on the selection nor on suppressions: « --selection
    # MAJ » on a shouted phone number, or « civisme: ignorer RP01 » above it,
    # still hides the number, so RP runs again in the shadow where needed.
    shadow = Engine(select(all_rules(), ["RP"]), apply_suppressions=False)
    all_privacy = {r.code for r in shadow.rules} <= {r.code for r in rules}
    engine = Engine(rules, severities=dict(settings.profile.severities))
    results: list[FileResult] = []
    bad_directives = False
    try:
        for doc, findings in engine.check(documents):
            outcome = doc.suppressions
            for line, message in outcome.errors:
                _error(f"{doc.source}:{line} : {message}")
                errors.append(InputError(f"{doc.source}:{line}", message))
                bad_directives = True
            unused = outcome.unused if report_unused else []
            suppressed_privacy = any(code.startswith("RP") for code in outcome.suppressed)
            shown = bool(findings or unused)
            again = not reveal and shown and (not all_privacy or suppressed_privacy)
            results.append(
                FileResult(
                    doc.source,
                    doc.text,
                    tuple(findings),
                    personal_spans(shadow.check_one(doc)) if again else (),
                    suppressed=tuple(sorted(outcome.suppressed.items())),
                    unused=tuple((d.line, _shown(d.text, shadow, reveal)) for d in unused),
                )
            )
    except ModelUnavailableError as exc:
        _error(f"le modèle français de spaCy « {exc} » n'est pas installé ; réinstallez civisme.")
        return EXIT_USAGE

    report = Report(tuple(results), tuple(errors), reveal=reveal)
    if output_format == "json":
        sys.stdout.write(json_report.render(report))
    else:
        sys.stdout.write(text_report.render(report, colour=colour))

    if errors or bad_directives:
        return EXIT_USAGE
    if reaches_threshold((f for r in results for f in r.findings), settings.fail_on):
        return EXIT_FINDINGS
    if report.unused_count and settings.fail_on != "jamais":
        return EXIT_FINDINGS
    return EXIT_OK


def _shown(directive: str, shadow: Engine, reveal: bool) -> str:
    """A directive's text as reports print it: its reason may hold a number."""
    if reveal:
        return directive
    return masked_text(directive, 0, personal_spans(shadow.check_one(Document(directive))), False)
