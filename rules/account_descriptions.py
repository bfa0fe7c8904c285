"""DES: account descriptions (``verifier --type description``), CSNO directive
142 §1b, §5g and « Créer un compte »: an official page says it is an official
« classe » or « organisme » of the board and links to the school's and the
board's sites; an identified employee's personal profile says it does not
represent the school or the board."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from civisme.lexicons.loader import NamingProfile, fold

from .base import Example, Rule
from .document import Document, DocumentKind
from .finding import Hit, Severity
from .profiles import naming_of


def _naming(doc: Document) -> NamingProfile:
    naming = naming_of(doc)
    assert naming is not None, "the engine skips naming rules under a profile without [nommage]"
    return naming


DESCRIPTION = frozenset({DocumentKind.DESCRIPTION})

# A personal profile speaks in the first person (official pages say « nous »),
# or is a student's, or carries a disclaimer (only a person writes one).
_PERSONAL = re.compile(
    r"\b(?:je|j'|moi|mon|ma|mes|maman|papa)\b(?!-)|^\W*(?:fière? |fier )?élève\b",
    re.IGNORECASE,
)
# « Mme Pelletier », « Ms. Cormier » opening a description: a person, as
# teachers name themselves to their classes.
_TITLE_NAME = re.compile(
    r"^\W*(?:Mme|Mlle|M\.|Madame|Monsieur|Ms\.?|Mrs\.?|Mr\.?)\s+(?-i:[A-Z])[\w'-]+", re.IGNORECASE
)
# A class level next to such a title makes the person a teacher.
_CLASS_LEVEL = re.compile(
    r"\b(?:maternelle|prématernelle|kindergarten|\d{1,2}(?:e|re|ère)\s+année|grade\s+\d{1,2}|\d{1,2}(?:e|re|ère)\b)",
    re.IGNORECASE,
)
# §1b is about employees: a role of school staff, or a first-person job.
_EMPLOYEE = re.compile(
    r"\b(?:enseignante?s?|prof|professeure?|titulaire|suppléante?|direct(?:eur|rice)(?: adjointe?)?|"
    r"secrétaire|concierge|technicien(?:ne)?|éducat(?:eur|rice)|orthopédagogue|psychoéducat(?:eur|rice)|"
    r"conseill(?:er|ère) (?:pédagogique|en orientation|d'orientation)|bibliothécaire|surveillante?|"
    r"aide-enseignante?|aide-élève|monit(?:eur|rice)|préposée?|ens\.|membre du personnel|j'enseigne|"
    r"orthophoniste|psychologue|infirmi(?:er|ère)|travailleu(?:r|se) social(?:e)?|ergothérapeute|"
    r"animat(?:eur|rice)|coordonnat(?:eur|rice)|conseill(?:er|ère)|cuisini(?:er|ère)|chauffeu(?:r|se) d'autobus|"
    r"agente? (?:de |d')\w+|concierg\w*|dir\.|direction(?: adjointe)?|intervenante?|"
    r"teacher|principal|vice-principal|educational assistant|school secretary|custodian|librarian|"
    r"travaille (?:à|a|au|pour)|employée? (?:de|du|à|au|chez)|à l'emploi (?:de|du))(?!\w)",
    re.IGNORECASE,
)
# Someone who is not staff says so; their profile is out of §1b.
_NOT_EMPLOYEE = re.compile(
    r"\b(?:parents?|mamans?|papas?) bénévoles?\b|\bbénévoles? (?:à|a|au|de|pour) l'école\b|"
    r"\b(?:maman|papa|parent|mère|père) d'(?:un|une|des|deux|trois) (?:élève|enfant)s?\b|\bparents? d'élèves?\b|"
    r"^\W*(?:fière? |fier )?élève\b|\bancien(?:ne)?s? (?:de |d'|élèves?\b|président\w*|membre)|\bpromo \d{4}|\bretraitée?s?\b|"
    r"\b(?:mari|femme|conjointe?|époux|épouse) (?:de|d')|"
    r"\b(?:entraîneu(?:r|se)|coach|animat(?:eur|rice)|parent|maman|papa)(?:-chef)? bénévole\b|"
    r"\b(?:fière?|fier)\s+(?:maman|papa|tante|oncle|mamie|grand-maman|grand-papa|parent)\b|"
    r"\b(?:maman|papa|tante|oncle|mamie|mère|père)\s+(?:fière?|fier)\b|"
    r"\b(?:ma|notre) (?:nièce|fille|petite-fille)\b|\b(?:mon|notre) (?:neveu|fils|petit-fils)\b|"
    r"\bd'(?:une|un) finissante?\b|"
    r"\bà la retraite\b|\bdiplômée? (?:de|du)\b",
    re.IGNORECASE,
)
# Pages of bodies outside the board, even when they name a school: parents'
# associations, daycares, alumni, outside clubs.
_OTHER_BODY = re.compile(
    r"\b(?:association|comité|regroupement|société) (?:des |de )?parents\b|\bgarderie\b|\bCPE\b|"
    r"\borganisme (?:indépendant|communautaire|sans but lucratif)|\bindépendante?\b|"
    r"\btroupe\b(?![^.\n]{0,40}\b(?:de l'école|scolaire))|\bconseil d'école\b|"
    r"\bcentre (?:culturel|communautaire|récréatif)|\bnon[- ]officiel\w*|\bgérée? par (?:des|les) élèves|"
    r"\b(?:chorale|troupe|club|ligue|équipe|groupe|centre|organisme) communautaire|"
    r"\b(?:fière?|fier) partenaire\b|\bpartenaires? (?:de|du|des) (?:nos |notre )?(?:programme|l'école|écoles?)|"
    r"\b(?:boulangerie|restaurant|pharmacie|quincaillerie|épicerie|dépanneur|commerce|entreprise|inc\.|ltée)\b|"
    r"\bancien(?:ne)?s? élèves?\b|\banciens et anciennes\b|\bjoueu(?:r|se)s? viennent de\b|"
    r"\b(?:hockey|soccer|baseball|ringuette|basketball|volleyball) mineur\b|\bclub (?:de|d') ?\w+ (?:de|du) (?-i:[A-Z])\w+",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"\bn[e']\s*(?:représente|reflète|engage|exprime|parle|parl)\w*\s+(?:pas|que|ni|aucunement|en rien)|"
    r"\bne\s+(?:sont|est)\s+pas\s+(?:celles?|ceux|celui)\s+(?:de|du)|"
    r"\bopinions?(?:\s+[\w']+){0,3}?\s+(?:sont\s+|est\s+)?(?:les\s+miennes|la\s+mienne|personnel\w*|à\s+moi)|"
    r"\bpas\s+(?:ceux|celles?|celui)\s+(?:de\s+l'|du|de\s+la|de)\s*(?:mon\s+|ma\s+|notre\s+)?(?:école|conseil|csno|employeur)|"
    r"\bvues?\s+personnel\w*|"
    r"\b(?:propos|avis|points?\s+de\s+vue|publications|partages)\s+(?:sont\s+)?personnel|"
    r"\bà\s+titre\s+personnel|\bcompte\s+personnel|\bpas\s+au\s+nom\s+(?:de|du)|"
    r"\b(?:compte|profil)\s+non\s+officiel|\bn'est\s+pas\s+un\s+(?:compte|profil)\s+officiel|"
    r"\bn'engag\w*\s+que\s+(?:leur|son|mon)\s+auteur|\ben\s+mon\s+(?:propre\s+)?nom|"
    r"\bne\s+(?:parle|m'exprime|s'exprime)\s+qu'en\s+mon\s+nom|\bnon\s+affiliée?\b|"
    r"\bpas\s+(?:le|la)\s+porte-parole|\bsans\s+lien\s+(?:officiel\s+)?avec\s+mon\s+employeur|"
    r"\bne\s+sont\s+pas\s+(?:endossée?s?|approuvée?s?)\s+par|"
    r"\b(?:views|opinions|thoughts|posts)\s+(?:are\s+)?(?:my\s+own|mine)\b|\bdo(?:es)?\s+not\s+represent\b",
    re.IGNORECASE,
)
# What a disclaimer is about, when it names something: the school, the board
# or the employer count; « ne représentent pas l'ACFA » speaks for another body.
_DISCLAIMER_TAIL = re.compile(r"[^\n)]{0,60}")
_OWN_SIDE = re.compile(
    r"\b(?:école|school|conseil|board|employeur|employer|csno|É[A-Z]{1,4})\b", re.IGNORECASE
)
_OTHER_NAME = re.compile(r"(?<![\wÉ])(?-i:[A-Z][\w-]+)")
_URL = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:ca|com|org|net)\b", re.IGNORECASE
)


_URL_WITH_PATH = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:ca|com|org|net)\b(?:/[^\s)»]*)?",
    re.IGNORECASE,
)


def _words(text: str) -> str:
    """Folded text with punctuation and quotes as single spaces, for phrase tests."""
    return " " + re.sub(r"[^a-z0-9]+", " ", fold(text)).strip() + " "


def _disclaims(doc: Document) -> bool:
    """A disclaimer about the school, the board or the employer, or about
    nothing in particular (« Mes opinions sont personnelles »)."""
    text = doc.normalised
    board = _naming(doc).board
    for m in _DISCLAIMER.finditer(text):
        tail_match = _DISCLAIMER_TAIL.match(text, m.end())
        tail = tail_match.group() if tail_match else ""
        others = [a for a in _OTHER_NAME.findall(tail) if board not in a]
        if others and not _OWN_SIDE.search(tail):
            continue
        return True
    return False


def _is_personal(doc: Document) -> bool:
    return bool(
        _PERSONAL.search(doc.normalised) or _disclaims(doc) or _TITLE_NAME.search(doc.normalised)
    )


_OTHER_BOARD = re.compile(
    r"\b(?:conseil scolaire|centre de services scolaire|district scolaire|commission scolaire|school division|school district)\s+(?:du |de la |de l'|des |de )?(?-i:[A-Z])[\w'-]+",
    re.IGNORECASE,
)
# « Agente de bureau chez la Co-op », « Directeur des ventes | Grande Prairie
# Ford »: a role whose own line names an employer that is no school.
_ELSEWHERE = re.compile(
    r"(?:\bchez\b|\bpour\b|\bat\b|\bà\s+|\s\|\s|\s[-–—]\s|,\s|\s@\s?|\b(?:du|de la|de l'|des|à la|au|à l')\s+)"
    r"(?!(?:l')?(?:é|e)cole\b|(?:l')?É[A-Z]|CSNO\b|Conseil scolaire du Nord)"
    r"(?-i:[A-Z])[\w'.&-]+",
    re.IGNORECASE,
)
_ITEM_START = re.compile(r"[\n|•·;]")
# A role's place ends at the end of its line or item, or at an emoji: bios
# separate their items with them (« Aide-élève à l'école X 😊 fière maman »).
_TAIL = re.compile(r"[^\n|•·;\u2600-\u27bf\U0001f000-\U0001faff]+")


def _serves_another_board(doc: Document) -> bool:
    """The description names another board and not this one."""
    board_name = _words(_naming(doc).board_name)
    return any(
        _words(m.group()) not in board_name for m in _OTHER_BOARD.finditer(doc.normalised)
    ) and not _names_board(doc)


def _school_in(segment: str, doc: Document) -> bool:
    board = _naming(doc)
    words = _words(segment)
    return bool(
        re.search(r"\bécole|\bÉ\.\s|(?<!\w)É[A-Z]{1,4}(?!\w)|\bschool\b", segment, re.IGNORECASE)
        or f" {board.board.lower()} " in words
        or _words(board.board_name) in words
    )


def _names_board(doc: Document) -> bool:
    profile = _naming(doc)
    words = _words(doc.normalised)
    return f" {profile.board.lower()} " in words or _words(profile.board_name) in words


def _names_school(doc: Document) -> bool:
    """« école », « É. Héritage », « @ÉcoleBoréale », or a school acronym of
    the board's profile (ÉNF, ÉQV, ÉH)."""
    text = doc.normalised
    if re.search(r"\bécole|\bÉ\.\s", text, re.IGNORECASE):
        return True
    # Franco-Albertan school acronyms start with « É » (ÉNF, ÉMSA, ÉGH).
    if re.search(r"(?<!\w)É[A-Z]{1,4}(?!\w)", text):
        return True
    profile = _naming(doc)
    return any(
        re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text) for a in profile.discouraged_acronyms
    )


def _designated(doc: Document) -> bool:
    """« Organisme officiel du Conseil scolaire du Nord-Ouest », « classe
    officielle », « « classe » ou « organisme » officiel »."""
    profile = _naming(doc)
    words = _words(doc.normalised)
    board = _words(profile.board_name)
    if board not in words:
        return False
    # « classe officielle », « organisme scolaire officiel »
    designation = re.search(r" (?:classe|organisme)s?(?: [a-z]+){0,2} officiel", words)
    # « Page officielle de l'école X, organisme du Conseil scolaire du Nord-Ouest »
    of_board = re.search(
        rf" (?:classe|organisme)s? (?:officiel\w* )?(?:du|de la|de l)?{re.escape(board.rstrip())} ",
        words,
    )
    return bool(designation or (of_board and " officiel" in words))


def _roles(doc: Document) -> list[re.Match[str]]:
    """Roles held now: « Ancienne enseignante », « ex-secrétaire » are past."""
    text = doc.normalised
    return [
        m
        for m in _EMPLOYEE.finditer(text)
        # A bounded window: the prefix of a long file would make this quadratic.
        if not re.search(
            r"(?:\bancien(?:ne)?s?\s+|\bex-)$",
            text[max(0, m.start() - 40) : m.start()],
            re.IGNORECASE,
        )
    ]


def _works_elsewhere(doc: Document) -> bool:
    """Every role named is held for an employer that is no school of the board."""
    text = doc.normalised
    roles = _roles(doc)
    return bool(roles) and all(
        not _school_in(tail := _tail(text, m), doc) and _ELSEWHERE.search(tail) for m in roles
    )


def _tail(text: str, role: re.Match[str]) -> str:
    """What follows a role up to the end of its line or item: where it is held."""
    end = _TAIL.match(text, role.end())
    return end.group() if end else ""


def _is_school_page(doc: Document) -> bool:
    """DES01-02 apply to the page of a school, class, team or service of the
    board: a description that names a school, a class or the board. A shop,
    a town library or a community club is not one."""
    text = doc.normalised
    if (
        _is_personal(doc)
        or not text.strip()
        or _OTHER_BODY.search(text)
        or _NOT_EMPLOYEE.search(text)
        or _serves_another_board(doc)
        or _works_elsewhere(doc)
    ):
        return False
    words = _words(doc.normalised)
    return (
        _names_board(doc)
        or _names_school(doc)
        or any(f" {w} " in words for w in ("classe", "conseil scolaire"))
    )


class OfficialDesignation(Rule):
    """Vérifie que la description d'une page officielle la définit comme une
    « classe » ou un « organisme » officiel du « Conseil scolaire du
    Nord-Ouest » (« Créer un compte »). Un profil personnel n'est pas visé."""

    needs_naming = True
    code = "DES01"
    name = "designation-officielle"
    title = "Description sans la désignation officielle"
    severity = Severity.WARNING
    clauses = ("CSNO-CREER",)
    kinds = DESCRIPTION
    fail_examples = (
        Example(
            "Page de la bibliothèque de l'école des Quatre-Vents.",
            ("Page de la bibliothèque de l'école des Quatre-Vents.",),
        ),
    )
    ok_examples = (
        "Organisme officiel du Conseil scolaire du Nord-Ouest : page de l'École des Quatre-Vents. www.csno.ab.ca",
        "Enseignante à l'École Héritage. Mes opinions n'engagent que moi et ne représentent pas l'école ou le CSNO.",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        if not _is_school_page(doc):
            return
        profile = _naming(doc)
        # « classe officielle », « organisme scolaire officiel », « « classe » ou « organisme » officiel »
        if not _designated(doc):
            yield Hit(
                0,
                len(doc.normalised.rstrip()),
                f"La description doit définir la page comme une « classe » ou un « organisme » officiel du "
                f"« {profile.board_name} ». Ajoutez par exemple : « Organisme officiel du {profile.board_name}. »",
            )


class OfficialLinks(Rule):
    """Vérifie qu'une page officielle donne les liens du site de l'école et du
    site du conseil (www.csno.ab.ca) (§5g)."""

    needs_naming = True
    code = "DES02"
    name = "liens-officiels"
    title = "Liens du site de l'école et du conseil"
    severity = Severity.WARNING
    clauses = ("CSNO-5G",)
    kinds = DESCRIPTION
    fail_examples = (
        Example(
            "Organisme officiel du Conseil scolaire du Nord-Ouest : page de l'École Héritage.",
            ("Organisme officiel du Conseil scolaire du Nord-Ouest : page de l'École Héritage.",),
        ),
    )
    ok_examples = (
        "Organisme officiel du Conseil scolaire du Nord-Ouest. heritage.csno.ab.ca et www.csno.ab.ca",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        if not _is_school_page(doc):
            return
        profile = _naming(doc)
        # « www.csno.ab.ca. » ends a sentence: the dot is not part of the address.
        addresses = [
            re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group().lower()).rstrip(".,;:!?)»/")
            for m in _URL_WITH_PATH.finditer(doc.normalised)
        ]
        board = profile.site.lower().removeprefix("www.")
        missing = []
        if not any(a.split("/")[0] == board for a in addresses):
            missing.append(f"le site du conseil ({profile.site})")
        # « heritage.csno.ab.ca » or « csno.ab.ca/ecole-routhier » is the school's.
        if not any(a and a != board for a in addresses):
            missing.append("le site de l'école")
        if missing:
            yield Hit(
                0,
                len(doc.normalised.rstrip()),
                f"Liens manquants : {' et '.join(missing)} (§5g).",
            )


class EmployeeDisclaimer(Rule):
    """Vérifie que le profil personnel d'un employé identifié (il nomme le
    conseil ou son école et son emploi) indique clairement qu'il ne représente
    pas les opinions de l'école ou du conseil (§1b)."""

    needs_naming = True
    code = "DES03"
    name = "avis-non-representation"
    title = "Profil personnel d'employé sans avis de non-représentation"
    severity = Severity.WARNING
    clauses = ("CSNO-1B",)
    kinds = DESCRIPTION
    fail_examples = (
        Example(
            "Enseignante à l'École Héritage (CSNO). Maman de deux filles.",
            ("Enseignante à l'École Héritage (CSNO). Maman de deux filles.",),
        ),
    )
    ok_examples = (
        "Enseignante à l'École Héritage (CSNO). Mes opinions sont personnelles et ne représentent pas l'école ni le CSNO.",
        "Maman de deux filles, passionnée de plein air.",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        identified = (_names_board(doc) or _names_school(doc)) and not _serves_another_board(doc)
        # « Ancienne élève devenue enseignante »: the role now held is what counts.
        became = re.search(r"\bdevenue?s?\s+\w+", text, re.IGNORECASE)
        current = _roles(doc)
        # A role named in the same line as the school is a job there, whatever else the
        # profile says (« Enseignante à l'ÉQV | maman de trois »).
        linked = any(
            _school_in(tail := _tail(text, m), doc)
            and not _NOT_EMPLOYEE.search(
                _ITEM_START.split(text[max(0, m.start() - 2000) : m.start()])[-1] + m.group() + tail
            )
            for m in current
        )
        teacher_title = bool(_TITLE_NAME.search(text) and _CLASS_LEVEL.search(text))
        employee = (
            linked
            or teacher_title
            or (
                current and (became or not _NOT_EMPLOYEE.search(text)) and not _works_elsewhere(doc)
            )
        )
        # An official page that names its staff (« géré par deux enseignantes ») is no profile.
        if employee and identified and not _disclaims(doc) and not _designated(doc):
            profile = _naming(doc)
            yield Hit(
                0,
                len(text.rstrip()),
                "Profil personnel d'un employé identifié : indiquez clairement que vous ne représentez pas "
                f"les opinions de l'école ou du {profile.board} (§1b), par exemple « Mes opinions sont "
                f"personnelles et ne représentent pas celles de l'école ou du {profile.board}. »",
            )


RULES = (OfficialDesignation, OfficialLinks, EmployeeDisclaimer)
