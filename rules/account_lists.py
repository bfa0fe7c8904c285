"""NOM, across a whole list of account names: two official accounts of one
school on one network (NOM05), and names that use the board's name or acronym
without being in the registry of authorised accounts (NOM06).

Comparisons use rapidfuzz on normalised keys, with blocking so that 100,000
names against 1,000 registered ones stay fast: exact keys first, then fuzzy
matching only inside candidate blocks that share a rare word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from civisme.lexicons.loader import NamingProfile, fold

from .account_names import NAME_KINDS, split_marker
from .base import Example, Rule
from .clauses import references
from .document import Document
from .finding import Finding, Hit, Severity

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Words too common in school account names to tell two schools apart.
_COMMON = frozenset(
    "ecole ecoles de des du la le les d l et page officielle officiel compte".split()
)


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One account name of the list, with its 1-based position and platform.
    ``official`` is set when a registry says so, whatever the name shows."""

    line: int
    name: str
    platform: str = ""
    official: bool = False
    # The record's « civisme » field (« ignorer NOM03 -- raison »), if any.
    suppression: str = ""


def name_key(name: str, profile: NamingProfile) -> str:
    """« École des Quatre-Vents_CSNO (page officielle) » → « ecole des quatre vents »."""
    body, _ = split_marker(name, profile)
    folded = fold(body)
    folded = re.sub(rf"(?:^|[\s_.-]){re.escape(profile.board.lower())}(?:$|[\s_.-])", " ", folded)
    return " ".join(_NON_WORD.sub(" ", folded).split())


def is_official(name: str, profile: NamingProfile) -> bool:
    return re.search(r"page\s+officielle", fold(name)) is not None


def _finding(
    code: str, name: str, severity: Severity, message: str, text: str, clauses: tuple[str, ...]
) -> Finding:
    return Finding(code, name, severity, message, 0, len(text), (), references(clauses))


def duplicate_officials(
    entries: Sequence[NameEntry], profile: NamingProfile
) -> dict[int, list[Finding]]:
    """NOM05: names of one school on one network, one of them official,
    identical once normalised or nearly so (rapidfuzz ratio >= 92). Each name
    gets at most one finding, naming the first other account it duplicates."""
    from rapidfuzz import fuzz, process

    found: dict[int, list[Finding]] = {}
    by_platform: dict[str, dict[str, list[NameEntry]]] = defaultdict(lambda: defaultdict(list))
    for entry in entries:
        by_platform[entry.platform][name_key(entry.name, profile)].append(entry)
    for groups in by_platform.values():
        # Blocks of distinct keys sharing their first distinctive word: a typo rarely hits the start.
        blocks: dict[str, list[str]] = defaultdict(list)
        for key in groups:
            words = [w for w in key.split() if w not in _COMMON] or key.split() or [""]
            blocks[words[0][:4]].append(key)
        for keys in blocks.values():
            for key in keys:
                near = [(key, 100.0)] + [
                    (other, score)
                    for other, score, _ in process.extract(
                        key, keys, scorer=fuzz.ratio, score_cutoff=92, limit=None
                    )
                    if other != key
                ]
                members = [(e, score) for other, score in near for e in groups[other]]
                if (
                    not any(e.official or is_official(e.name, profile) for e, _ in members)
                    or len(members) < 2
                ):
                    continue
                for entry in groups[key]:
                    if entry.line in found:
                        continue
                    other, score = next((e, sc) for e, sc in members if e.line != entry.line)
                    found[entry.line] = [
                        _finding(
                            "NOM05",
                            "compte-officiel-double",
                            Severity.ERROR,
                            f"Doublon probable du compte de la ligne {other.line} (« {other.name} », "
                            + (
                                "même nom aux accents, à la casse et à la ponctuation près"
                                if score >= 100
                                else f"similarité {score:.0f} %"
                            )
                            + ") sur le même réseau : un seul compte officiel par école et par réseau (§5c).",
                            entry.name,
                            ("CSNO-5C",),
                        )
                    ]
    return found


class RegistryIndex:
    """Registered names with an inverted index on their distinctive words."""

    def __init__(self, names: Iterable[str], profile: NamingProfile) -> None:
        self.profile = profile
        self.names = list(dict.fromkeys(n.strip() for n in names if n.strip()))
        self.keys = [name_key(n, profile) for n in self.names]
        self.exact = set(self.keys)
        self.index: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(self.keys):
            for word in set(key.split()) - _COMMON:
                self.index[word].append(i)

    def closest(self, name: str) -> tuple[str, float] | None:
        return self._closest(name_key(name, self.profile))

    @lru_cache(maxsize=65536)  # noqa: B019 - one index per run; keys repeat across a long list
    def _closest(self, key: str) -> tuple[str, float] | None:
        from rapidfuzz import fuzz

        candidates = {i for word in set(key.split()) - _COMMON for i in self.index.get(word, ())}
        if not candidates:  # a misspelt distinctive word: fall back to the whole registry
            candidates = set(range(len(self.keys)))
        best = max(candidates, key=lambda i: fuzz.token_sort_ratio(key, self.keys[i]), default=None)
        if best is None:
            return None
        return self.names[best], fuzz.token_sort_ratio(key, self.keys[best])


def unregistered(entries: Sequence[NameEntry], registry: RegistryIndex) -> dict[int, list[Finding]]:
    """NOM06: a name that uses the board's acronym or name but is not in the
    registry of authorised accounts: possible impersonation."""
    found: dict[int, list[Finding]] = defaultdict(list)
    board = registry.profile.board.lower()
    board_name = fold(registry.profile.board_name)
    for entry in entries:
        folded = fold(entry.name)
        if board not in _NON_WORD.sub(" ", folded).split() and board_name not in folded:
            continue
        if name_key(entry.name, registry.profile) in registry.exact:
            continue
        near = registry.closest(entry.name)
        hint = f" Nom autorisé le plus proche : « {near[0]} » ({near[1]:.0f} %)." if near else ""
        found[entry.line].append(
            _finding(
                "NOM06",
                "compte-non-autorise",
                Severity.WARNING,
                "Ce nom utilise le nom ou le sigle du conseil mais n'est pas au registre des comptes "
                f"autorisés : usurpation possible, ou compte à faire autoriser par écrit.{hint}",
                entry.name,
                ("CSTL-321-NOM", "CSNO-5D"),
            )
        )
    return found


class _ListRule(Rule):
    """A rule checked over the whole list by ``civisme noms``, not per name."""

    scope = "liste"
    kinds = NAME_KINDS

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        return ()


class DuplicateOfficialAccount(_ListRule):
    """Signale, dans une liste de comptes, deux comptes d'une même école sur un
    même réseau dont l'un se dit officiel, identiques une fois normalisés
    (accents, tirets, espaces) ou presque (similarité rapidfuzz de 92 % ou
    plus) : « École des Quatre-Vents_CSNO » et « Ecole des Quatre Vents_CSNO »."""

    code = "NOM05"
    name = "compte-officiel-double"
    title = "Deux comptes officiels d'une école sur un même réseau"
    severity = Severity.ERROR
    clauses = ("CSNO-5C",)
    fail_examples = (
        Example(
            "École des Quatre-Vents_CSNO (page officielle) / Ecole des Quatre Vents_CSNO (page officielle)",
            (),
        ),
    )
    ok_examples = (
        "École des Quatre-Vents_CSNO (page officielle) / École des Quatre-Vents_Bibliothèque_CSNO",
    )


class UnregisteredAccount(_ListRule):
    """Signale un nom qui emprunte le nom ou le sigle du conseil sans figurer au
    registre des comptes autorisés (``--registre``) : usurpation possible, ou
    compte à faire autoriser par écrit. Le message donne le nom autorisé le
    plus proche et sa similarité."""

    code = "NOM06"
    name = "compte-non-autorise"
    title = "Compte au nom du conseil absent du registre"
    severity = Severity.WARNING
    clauses = ("CSTL-321-NOM", "CSNO-5D")
    fail_examples = (Example("Vrai compte École Héritage_CSNO (absent du registre)", ()),)
    ok_examples = ("École Héritage_CSNO (inscrit au registre)",)


RULES = (DuplicateOfficialAccount, UnregisteredAccount)
