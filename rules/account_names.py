"""NOM: account names, one at a time (CSNO directive 142 §5c-5e, CSTL §3.2.1).

The naming parameters (suffix, board, official-page marker, acronyms to
avoid) come from the board's naming profile, not from code. A document of
kind « nom » holds one name; its metadata may give the platform
(``plateforme``) and whether the name is a handle (``identifiant``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

from civisme.lexicons.loader import NamingProfile, Platform, fold, platforms

from .base import Example, Rule
from .document import Document, DocumentKind
from .finding import Hit, Severity
from .profiles import naming_of

NAME_KINDS = frozenset({DocumentKind.NAME})
_SPACES = re.compile(r"\s+")


def _profile(doc: Document) -> NamingProfile:
    naming = naming_of(doc)
    assert naming is not None, "the engine skips naming rules under a profile without [nommage]"
    return naming


def _platform(doc: Document) -> Platform | None:
    key = str(doc.metadata.get("plateforme") or "").lower()
    return platforms().get(key)


def split_marker(name: str, profile: NamingProfile) -> tuple[str, str]:
    """« École X_CSNO (page officielle) » → (« École X_CSNO », « (page officielle) »)."""
    marker = re.search(r"\s*\(\s*page\s+officielle\s*\)\s*$", name, re.IGNORECASE)
    if marker:
        return name[: marker.start()], name[marker.start() :]
    return name, ""


def canonical_name(name: str, profile: NamingProfile) -> str:
    """The name in the required form: « (nom)_CSNO », with the official-page
    marker kept after the suffix."""
    body, marker = split_marker(name.strip(), profile)
    board = re.escape(profile.board)
    # Strip any form of the board's acronym at either end (« -CSNO », « _csno », « CSNO_ », « .CSNO »).
    core = re.sub(
        rf"^\s*{board}\s*[-_.:]?\s*|\s*[-_.\s]*{board}\s*$", "", body, flags=re.IGNORECASE
    ).strip(" -_.")
    core = _SPACES.sub(" ", core)
    return f"{core}{profile.suffix}" + (f" {profile.official_marker}" if marker else "")


def _shown(char: str) -> str:
    """A character as a reader can see it: « É », « l'espace »."""
    return "l'espace" if char == " " else f"« {char} »"


class BoardSuffix(Rule):
    """Vérifie que le nom de compte a exactement la forme « (nom)_CSNO » : le
    suffixe du conseil, en capitales, collé par un trait de soulignement, à la
    fin du nom (avant « (page officielle) » s'il y a lieu). « -CSNO », « _csno »,
    « CSNO_ » au début, « .CSNO » ou des espaces en trop sont signalés, avec
    le nom corrigé comme suggestion."""

    needs_naming = True
    code = "NOM01"
    name = "suffixe-conseil"
    title = "Nom de compte sans le suffixe « _CSNO » exact"
    severity = Severity.ERROR
    clauses = ("CSNO-5D",)
    kinds = NAME_KINDS
    fail_examples = (
        Example("École des Quatre-Vents-CSNO", ("École des Quatre-Vents-CSNO",)),
        Example("CSNO_École Héritage Volleyball", ("CSNO_École Héritage Volleyball",)),
    )
    ok_examples = ("École des Quatre-Vents_CSNO", "École des Quatre-Vents_Bibliothèque_CSNO")

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        profile = _profile(doc)
        name = doc.normalised
        body, _ = split_marker(name, profile)
        if body.endswith(profile.suffix) and body == body.strip() and not name.endswith(" "):
            return
        # Handles are case-insensitive on every platform: « ecole.heritage_csno » is fine.
        if doc.metadata.get("identifiant") and body.lower().endswith(profile.suffix.lower()):
            return
        fixed = canonical_name(name, profile)
        if fixed == name:
            return
        problem = (
            "ne finit pas par"
            if profile.board.lower() not in fold(body)
            else "n'a pas exactement la forme"
        )
        yield Hit(
            0,
            len(name),
            f"Le nom de compte {problem} « (nom){profile.suffix} » que demande la directive "
            f"(§5d). Écrivez « {fixed} ».",
            (fixed,),
        )


class OfficialPage(Rule):
    """Vérifie la désignation de la page officielle d'une école : « École
    …_CSNO (page officielle) », marqueur entre parenthèses, en minuscules,
    après le suffixe (§5c). Un marqueur mal écrit ou mal placé est signalé."""

    needs_naming = True
    code = "NOM02"
    name = "page-officielle"
    title = "Désignation de la page officielle"
    severity = Severity.WARNING
    clauses = ("CSNO-5C",)
    kinds = NAME_KINDS
    fail_examples = (
        Example(
            "École Héritage (Page officielle)_CSNO", ("École Héritage (Page officielle)_CSNO",)
        ),
        Example(
            "École Héritage_CSNO - page officielle", ("École Héritage_CSNO - page officielle",)
        ),
    )
    ok_examples = ("École Héritage_CSNO (page officielle)", "École Héritage Volleyball_CSNO")

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        profile = _profile(doc)
        name = doc.normalised
        if not re.search(r"page\s+officielle", fold(name)):
            return
        if name.endswith(f"{profile.suffix} {profile.official_marker}"):
            return
        core = re.sub(r"[-–(]*\s*page\s+officielle\s*\)?", " ", name, flags=re.IGNORECASE)
        fixed = canonical_name(f"{core.strip()} {profile.official_marker}", profile)
        yield Hit(
            0,
            len(name),
            f"La page officielle se nomme « École …{profile.suffix} {profile.official_marker} » "
            f"(§5c). Écrivez « {fixed} ».",
            (fixed,),
        )


_ACRONYM = re.compile(r"(?<![\w])[A-ZÉÈÀ]{2,4}(?=\d|[^\w]|_|$)")


class AvoidableAcronym(Rule):
    """Signale un sigle d'école (ÉNF, ÉQV, ÉH…) dans un nom de compte quand la
    plateforme laisse la place d'écrire le nom complet : la directive demande
    d'éviter les sigles, sauf en cas d'espace restreint (§5e)."""

    needs_naming = True
    code = "NOM03"
    name = "sigle-evitable"
    title = "Sigle d'école évitable dans un nom de compte"
    severity = Severity.WARNING
    clauses = ("CSNO-5E",)
    kinds = NAME_KINDS
    fail_examples = (Example("ÉNF6e_science_CSNO", ("ÉNF",)),)
    ok_examples = ("École Nouvelle-Frontière 6e science_CSNO",)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        profile = _profile(doc)
        platform = _platform(doc)
        name = doc.normalised
        if doc.metadata.get("identifiant") and platform is not None:
            return  # a handle is short by nature: the acronym is the « espace restreint »
        room = (platform.display_max if platform else 50) - len(name)
        for m in _ACRONYM.finditer(name):
            acronym = m.group()
            if acronym == profile.board or (
                acronym not in profile.discouraged_acronyms and len(acronym) < 3
            ):
                continue
            if room >= 15:
                yield Hit(
                    m.start(),
                    m.end(),
                    f"Sigle « {acronym} » : la directive demande d'éviter les sigles quand l'espace le "
                    f"permet (§5e) ; il reste {room} caractères, écrivez le nom complet de l'école.",
                )


class PlatformLimits(Rule):
    """Vérifie le nom contre les contraintes réelles de la plateforme : longueur
    du nom affiché, et pour un identifiant (@…) la longueur et les caractères
    permis (ni accents, ni espaces, ni parenthèses). La forme « (nom)_CSNO »
    s'applique alors en lettres, chiffres et « _ » seulement."""

    needs_naming = True
    code = "NOM04"
    name = "limites-plateforme"
    title = "Nom hors des limites de la plateforme"
    severity = Severity.ERROR
    clauses = ("CSNO-5D", "CSNO-5E")
    kinds = NAME_KINDS
    fail_examples = (Example("École des Quatre-Vents_CSNO", ("École des Quatre-Vents_CSNO",)),)
    ok_examples = ("EQV_CSNO",)
    example_metadata: ClassVar[dict[str, Any]] = {"plateforme": "x", "identifiant": True}

    def may_apply(self, doc: Document) -> bool:
        return _platform(doc) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        platform = _platform(doc)
        if platform is None:
            return
        name = doc.normalised
        if doc.metadata.get("identifiant"):
            name = name.removeprefix("@")  # « @heritage_csno » is how a handle is written
            allowed = re.compile(
                f"[{re.escape(platform.handle_chars).replace(chr(92) + '-', '-')}]+"
            )
            problems = []
            if not allowed.fullmatch(name):
                bad = sorted({c for c in name if not allowed.fullmatch(c)})
                problems.append(f"caractères non permis : {', '.join(_shown(c) for c in bad)}")
            if not platform.handle_min <= len(name) <= platform.handle_max:
                problems.append(
                    f"{len(name)} caractères (de {platform.handle_min} à {platform.handle_max} permis)"
                )
            if problems:
                yield Hit(
                    0,
                    len(name),
                    f"Identifiant {platform.label} impossible — {' ; '.join(problems)}. Un identifiant "
                    f"ne garde de « (nom)_CSNO » que des lettres sans accents, des chiffres et « _ ».",
                )
        elif len(name) > platform.display_max:
            yield Hit(
                0,
                len(name),
                f"Nom trop long pour {platform.label} : {len(name)} caractères, {platform.display_max} "
                "au plus. Abrégez la partie descriptive ; un sigle est alors permis (§5e).",
            )


RULES = (BoardSuffix, OfficialPage, AvoidableAcronym, PlatformLimits)
