"""Every rule civisme knows, and the selection of rules by code, prefix or name."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import import_module

from .base import Rule

# One module a family; each exposes RULES, a tuple of Rule classes.
FAMILY_MODULES = (
    "shouting",
    "personal_contact",
    "personal_identity",
    "slang",
    "tone",
    "hostile",
    "board_words",
    "criticism",
    "hostile_criticism",
    "likely_violations",
    "confidential",
    "solicitation",
    "sensitive_topics",
    "authorship",
    "sources",
    "publication_hours",
    "account_names",
    "account_lists",
    "account_descriptions",
    "account_registry",
)

FAMILIES = {
    "RP": "renseignements personnels",
    "MAJ": "majuscules",
    "ARG": "argot Internet",
    "HOS": "propos hostiles",
    "TON": "ton",
    "CRI": "critique",
    "CON": "confidentialité",
    "PUB": "sollicitation",
    "SEN": "sujets sensibles",
    "AUT": "auteur",
    "SRC": "source",
    "HOR": "heures",
    "NOM": "noms de compte",
    "DES": "description de compte",
}


class UnknownRuleError(ValueError):
    """A code, prefix or name that matches no rule; carries the closest valid one."""

    def __init__(self, token: str, closest: str | None) -> None:
        super().__init__(token)
        self.token = token
        self.closest = closest


@cache
def all_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for module in FAMILY_MODULES:
        rules.extend(cls() for cls in import_module(f"{__package__}.{module}").RULES)
    return tuple(sorted(rules, key=lambda r: r.code))


def find_rule(token: str, rules: Iterable[Rule] | None = None) -> Rule:
    """The rule whose code or name is ``token`` (case-insensitive)."""
    rules = list(rules if rules is not None else all_rules())
    key = token.strip().lower()
    for rule in rules:
        if key in (rule.code.lower(), rule.name):
            return rule
    raise UnknownRuleError(token, closest(token, rules, families=False))


def matches(rule: Rule, token: str) -> bool:
    """A token selects a rule by its code, its family prefix or its name."""
    key = token.strip().lower()
    return key in (rule.code.lower(), rule.family.lower(), rule.name)


def select(
    rules: Iterable[Rule], selection: Iterable[str] = (), ignored: Iterable[str] = ()
) -> list[Rule]:
    """Keep the rules named by ``selection`` (all when empty), minus ``ignored``.

    Every token must name at least one rule: a typo that silently disables a
    check would be worse than an error.
    """
    rules = list(rules)
    selection, ignored = list(selection), list(ignored)
    for token in [*selection, *ignored]:
        if not any(matches(r, token) for r in rules):
            raise UnknownRuleError(token, closest(token, rules))
    kept = [r for r in rules if not selection or any(matches(r, t) for t in selection)]
    return [r for r in kept if not any(matches(r, t) for t in ignored)]


def closest(token: str, rules: Iterable[Rule], *, families: bool = True) -> str | None:
    """The valid code, family or name nearest to ``token``, if any is near
    (only codes and names where a single rule is expected)."""
    choices = set()
    for rule in rules:
        choices.update((rule.code, rule.name, *((rule.family,) if families else ())))
    return nearest(token, choices)


def nearest(word: str, choices: Iterable[str], cutoff: int = 60) -> str | None:
    """The valid word closest to a typo, if one is close enough to suggest."""
    from rapidfuzz import fuzz, process, utils

    found = process.extractOne(
        word,
        sorted(choices),
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=cutoff,
    )
    return found[0] if found else None


def did_you_mean(close: str | None) -> str:
    """The French suggestion appended to an error, or nothing."""
    return f" Vouliez-vous dire « {close} » ?" if close else ""


def hint(word: str, choices: Iterable[str]) -> str:
    return did_you_mean(nearest(word, choices, cutoff=70))


def split_tokens(values: Iterable[str]) -> list[str]:
    """« MAJ01,ARG » given once or several times → ['MAJ01', 'ARG']."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]
