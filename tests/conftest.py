"""Shared fixtures: the rules, a checker that returns flagged substrings, and
paths to the shared policy material when the checkout has it beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.finding import Finding
from civisme.rules.registry import all_rules, select

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

Checker = Callable[..., list[Finding]]


@pytest.fixture(scope="session")
def check() -> Checker:
    """check(text, "MAJ") → findings of the rules selected by the tokens."""
    engines: dict[tuple[str, ...], Engine] = {}

    def run(
        text: str, *tokens: str, kind: DocumentKind = DocumentKind.PUBLICATION
    ) -> list[Finding]:
        if tokens not in engines:
            engines[tokens] = Engine(select(all_rules(), tokens))
        return engines[tokens].check_one(Document(text, kind=kind))

    return run


def flagged(text: str, findings: list[Finding]) -> list[str]:
    """The substrings of ``text`` the findings point at, in order."""
    return [text[f.start : f.end] for f in findings]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (politiques et bancs d'essai) n'est pas à côté du dépôt")
    return SHARED
