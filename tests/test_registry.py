"""Meta-tests: every rule declares itself completely and its own examples hold."""

from __future__ import annotations

import re

import pytest

from civisme.rules.clauses import CLAUSES
from civisme.rules.engine import Engine
from civisme.rules.nlp import NEEDS
from civisme.rules.registry import (
    FAMILIES,
    UnknownRuleError,
    all_rules,
    find_rule,
    select,
    split_tokens,
)

RULES = all_rules()
IDS = [r.code for r in RULES]


def test_every_rule_module_is_registered() -> None:
    from pathlib import Path

    import civisme.rules as package
    from civisme.rules.registry import FAMILY_MODULES

    folder = Path(package.__file__).parent
    with_rules = {
        p.stem for p in folder.glob("*.py") if "\nRULES = (" in p.read_text(encoding="utf-8")
    }
    assert with_rules == set(FAMILY_MODULES)


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_declares_itself(rule) -> None:
    assert re.fullmatch(r"[A-Z]{2,3}\d{2}", rule.code)
    assert rule.family in FAMILIES
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert rule.title and rule.purpose
    assert rule.clauses and all(c in CLAUSES for c in rule.clauses)
    assert rule.nlp <= NEEDS
    assert rule.fail_examples and rule.ok_examples


DOCUMENT_RULES = [r for r in RULES if r.scope == "document"]  # list and registry rules: own tests


@pytest.mark.parametrize("rule", DOCUMENT_RULES, ids=[r.code for r in DOCUMENT_RULES])
def test_fail_examples_flag_exactly_what_they_say(rule) -> None:
    engine = Engine([rule])
    for example in rule.fail_examples:
        findings = engine.check_one(rule.example(example.text))
        assert [example.text[f.start : f.end] for f in findings] == list(example.flagged)


@pytest.mark.parametrize("rule", DOCUMENT_RULES, ids=[r.code for r in DOCUMENT_RULES])
def test_ok_examples_are_not_flagged(rule) -> None:
    engine = Engine([rule])
    for text in rule.ok_examples:
        assert engine.check_one(rule.example(text, ok=True)) == []


def test_selection_by_code_family_and_name() -> None:
    assert [r.code for r in select(RULES, ["MAJ01"])] == ["MAJ01"]
    assert {r.code for r in select(RULES, ["maj"])} == {r.code for r in RULES if r.family == "MAJ"}
    assert [r.code for r in select(RULES, ["mot-en-majuscules"])] == ["MAJ02"]
    assert "MAJ01" not in {r.code for r in select(RULES, [], ["MAJ01"])}


def test_unknown_token_is_an_error_with_closest_name() -> None:
    with pytest.raises(UnknownRuleError) as info:
        select(RULES, ["mot-en-majuscule"])
    assert info.value.closest == "mot-en-majuscules"
    with pytest.raises(UnknownRuleError):
        find_rule("ZZZ99")


def test_split_tokens_accepts_commas_and_repeats() -> None:
    assert split_tokens(["MAJ01, ARG", "HOS"]) == ["MAJ01", "ARG", "HOS"]
