"""The engine loads the French model lazily, once, with only what rules need."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from civisme.rules.base import Example, Rule
from civisme.rules.document import Document
from civisme.rules.engine import Engine
from civisme.rules.finding import Hit, Severity
from civisme.rules.nlp import components_for, load_pipeline
from civisme.rules.registry import all_rules


class _FirstNoun(Rule):
    """Règle d'essai : signale le premier nom commun."""

    code = "TST01"
    name = "essai-nom"
    title = "Essai"
    severity = Severity.INFO
    clauses = ("CSTL-A1-MAJUSCULES",)
    nlp = frozenset({"pos"})
    fail_examples = (Example("Le chat dort.", ("chat",)),)
    ok_examples = ("Il dort.",)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for token in parsed:
            if token.pos_ == "NOUN":
                yield Hit(token.idx, token.idx + len(token.text), "nom")
                return


class _FakeToken:
    def __init__(self, text: str, idx: int) -> None:
        self.text, self.idx, self.pos_ = text, idx, "NOUN"


class _FakeNlp:
    def __init__(self) -> None:
        self.pipe_calls = 0

    def pipe(self, texts, batch_size: int):
        self.pipe_calls += 1
        for text in texts:
            yield [_FakeToken(text.split()[0], 0)]


def test_rules_without_nlp_never_load_the_model() -> None:
    def refuse(needs):
        raise AssertionError("the model must not be loaded")

    engine = Engine([r for r in all_rules() if not r.nlp], pipeline_loader=refuse)
    assert not engine.needs_nlp
    assert engine.check_one(Document("ON A GAGNÉ")) != []


def test_model_is_not_loaded_when_no_document_needs_it() -> None:
    def refuse(needs):
        raise AssertionError("the model must not be loaded")

    engine = Engine(all_rules(), pipeline_loader=refuse)
    assert engine.needs_nlp  # RP05 asks for names from the model, next to an age only
    findings = engine.check_one(Document("ON A GAGNÉ. Textez-moi au 819 555-1234, dans la soirée."))
    assert {f.code for f in findings} == {"MAJ01", "RP01"}


def test_model_is_loaded_once_and_documents_are_batched() -> None:
    calls: list[frozenset[str]] = []
    fake = _FakeNlp()

    def loader(needs):
        calls.append(needs)
        return fake

    engine = Engine([_FirstNoun(), *all_rules()], batch_size=10, pipeline_loader=loader)
    results = list(engine.check(Document(f"phrase {i} suite") for i in range(25)))
    assert calls == [frozenset({"pos", "ner", "lemma"})]  # the union of what the rules need
    assert fake.pipe_calls == 3  # 25 documents in batches of 10
    assert [r[1][0].code for r in results] == ["TST01"] * 25


def test_components_follow_what_rules_need() -> None:
    assert components_for(frozenset({"ner"})) == {"ner"}
    assert "parser" not in components_for(frozenset({"lemma"}))
    assert "tok2vec" in components_for(frozenset({"parse"}))


@pytest.mark.nlp
def test_real_model_loads_only_needed_components() -> None:
    nlp = load_pipeline(frozenset({"pos"}))
    assert "parser" not in nlp.pipe_names and "ner" not in nlp.pipe_names
    assert load_pipeline(frozenset({"pos"})) is nlp
    engine = Engine([_FirstNoun()])
    (finding,) = engine.check_one(Document("Le chat dort."))
    assert (finding.start, finding.end) == (3, 7)


class _Insult(Rule):
    """Règle d'essai."""

    code, name, title, severity, clauses = "HOS01", "essai-injure", "essai", Severity.ERROR, ()

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        i = doc.normalised.find("cave")
        if i >= 0:
            yield Hit(i, i + 4, "injure")


class _Reader(Rule):
    """Règle d'essai qui lit les constats d'une autre."""

    code, name, title, severity, clauses = "CRI03", "essai-lecteur", "essai", Severity.WARNING, ()
    rank = 1

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for hit in doc.cache.get(("hits", "HOS01"), []):
            yield Hit(hit.start, hit.end, "repris")


def test_a_rule_of_higher_rank_runs_after_the_rules_whose_hits_it_reads() -> None:
    # Given in the « wrong » order, the reader still sees the insult's hits.
    engine = Engine([_Reader(), _Insult()])
    codes = [f.code for f in engine.check_one(Document("Quel cave."))]
    assert sorted(codes) == ["CRI03", "HOS01"]
