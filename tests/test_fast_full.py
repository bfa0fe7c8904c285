"""The fast mode (pre-filters, only the model components a rule needs, only
the documents that need them) finds exactly what the full mode finds (every
rule on every document, every document through the whole model)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.profiles import load_profile
from civisme.rules.publication_hours import DATE_KEY
from civisme.rules.registry import all_rules

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus import generate  # noqa: E402

pytestmark = pytest.mark.nlp
# A third of each labelled set keeps the test under a minute; CIVISME_EQUIVALENCE_STEP=1
# takes them all (run before a release).
_STEP = int(os.environ.get("CIVISME_EQUIVALENCE_STEP", "3"))


def _corpus() -> list[tuple[str, DocumentKind]]:
    """Generated posts, every rule's examples (hits and traps) and the
    hand-written labelled sets: ordinary, hostile, confidential, shouted…"""
    texts: list[tuple[str, DocumentKind]] = [(p, DocumentKind.PUBLICATION) for p in generate(300)]
    for rule in all_rules():
        kind = (
            next(iter(rule.kinds))
            if DocumentKind.PUBLICATION not in rule.kinds
            else DocumentKind.PUBLICATION
        )
        texts += [(e.text, kind) for e in rule.fail_examples]
        texts += [(t, kind) for t in rule.ok_examples]
    for path in sorted(ROOT.glob("bench/*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[::_STEP]:
            item = json.loads(line)
            kind = (
                DocumentKind.DESCRIPTION
                if item.get("kind") == "description"
                else DocumentKind.PUBLICATION
            )
            if item.get("kind") != "nom":
                texts.append((item["text"], kind))
    return texts


def _findings(engine: Engine, corpus: list[tuple[str, DocumentKind]], metadata: dict) -> list:
    docs = (Document(text, kind=kind, metadata=dict(metadata)) for text, kind in corpus)
    return [
        [(f.code, f.start, f.end, f.message, f.suggestions) for f in found]
        for _, found in engine.check(docs)
    ]


@pytest.mark.parametrize("profile", ["defaut", "cstl", "csspo"])
def test_fast_and_full_modes_find_exactly_the_same(profile: str) -> None:
    corpus = _corpus()
    assert len(corpus) > 900
    metadata = {"profil": load_profile(profile), DATE_KEY: "2026-11-21T22:15"}
    fast = _findings(Engine(all_rules()), corpus, metadata)
    full = _findings(Engine(all_rules(), full=True), corpus, metadata)
    differences = [
        (corpus[i][0][:80], a, b) for i, (a, b) in enumerate(zip(fast, full, strict=True)) if a != b
    ]
    assert not differences, differences[:5]
    assert sum(map(len, fast)) > 300  # the corpus does exercise the rules
