"""``civisme verifier``: read the inputs, run the engine, print one report."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.nlp import ModelUnavailableError
from civisme.rules.registry import all_rules, select

from .inputs import InputError, Source, collect
from .outcome import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, reaches_threshold
from .outcome import print_error as _error
from .report import json_report, text_report
from .report.masking import personal_spans
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
) -> int:
    """Run a check and return the exit code."""
    rules = list(settings.rules)
    metadata = {"profil": settings.profile}

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

    # Masking must not depend on the selection: « --selection MAJ » on a
    # shouted phone number still hides the number, so RP runs in the shadow.
    privacy = (
        None
        if reveal or {r.code for r in select(all_rules(), ["RP"])} <= {r.code for r in rules}
        else Engine(select(all_rules(), ["RP"]))
    )
    try:
        results = tuple(
            FileResult(
                doc.source,
                doc.text,
                tuple(findings),
                personal_spans(privacy.check_one(doc)) if privacy and findings else (),
            )
            for doc, findings in Engine(rules, severities=dict(settings.profile.severities)).check(
                documents
            )
        )
    except ModelUnavailableError as exc:
        _error(f"le modèle français de spaCy « {exc} » n'est pas installé ; réinstallez civisme.")
        return EXIT_USAGE

    report = Report(results, tuple(errors), reveal=reveal)
    if output_format == "json":
        sys.stdout.write(json_report.render(report))
    else:
        sys.stdout.write(text_report.render(report, colour=colour))

    if errors:
        return EXIT_USAGE
    if reaches_threshold((f for r in results for f in r.findings), settings.fail_on):
        return EXIT_FINDINGS
    return EXIT_OK
