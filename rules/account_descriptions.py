"""DES: account descriptions (``verifier --type description``), CSNO directive
142 §1b, §5g and « Créer un compte »: an official page says it is an official
« classe » or « organisme » of the board and links to the school's and the
board's sites; an identified employee's personal profile says it does not
represent the school or the board."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
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
    r"aide-enseignante?|aide-élève|adjointe? administrati(?:f|ve)|monit(?:eur|rice)|préposée?|ens\.|membre du personnel|j'enseigne|"
    r"orthophoniste|psychologue|infirmi(?:er|ère)|travailleu(?:r|se) social(?:e)?|ergothérapeute|"
    r"animat(?:eur|rice)|coordonnat(?:eur|rice)|conseill(?:er|ère)|cuisini(?:er|ère)|chauffeu(?:r|se) d'autobus|"
    r"agente? (?:de |d')\w+|concierg\w*|dir\.|direction(?: adjointe)?|intervenante?|"
    r"tech (?:IT|TI|info)|teacher|principal|vice-principal|educational assistant|school secretary|custodian|librarian|"
    r"travaille (?:à|a|au|pour)|employée? (?:de|du|à|au|chez)|à l'emploi (?:de|du))(?!\w)",
    re.IGNORECASE,
)
# Someone who is not staff says so; their profile is out of §1b.
_NOT_EMPLOYEE = re.compile(
    r"\b(?:parents?|mamans?|papas?) bénévoles?\b|\bbénévoles? (?:à|a|au|de|pour) l'école\b|"
    r"\b(?:maman|papa|parent|mère|père) d'(?:un|une|des|deux|trois) (?:élève|enfant)s?\b|\bparents? d'élèves?\b|"
    r"^\W*(?:fière? |fier )?élève\b|\bancien(?:ne)?s? (?:de |d'|élèves?\b|président\w*|membre)|\bpromo \d{4}|\bretraitée?s?\b|"
    r"\b(?:mari|femme|conjointe?|époux|épouse) (?:de|d'|du|des)\b|\bmariée? (?:à|a|avec) (?:un|une|le|la)\b|"
    r"\b(?:entraîneu(?:r|se)|coach|animat(?:eur|rice)|parent|maman|papa)(?:-chef)? bénévole\b|"
    r"\b(?:fière?|fier)\s+(?:maman|papa|tante|oncle|mamie|grand-maman|grand-papa|parent)\b|"
    r"\b(?:maman|papa|tante|oncle|mamie|mère|père)\s+(?:fière?|fier)\b|"
    r"\b(?:ma|notre) (?:nièce|fille|petite-fille)\b|\b(?:mon|notre) (?:neveu|fils|petit-fils)\b|"
    r"\bd'(?:une|un) finissante?\b|"
    # Someone else holds the job: « Fière fille de papa, chauffeur… », « Ma mom est la secrétaire… »,
    # « Maman de Léa (3e) à l'école X ».
    r"\b(?:fille|fils|petite?-(?:fille|fils)|nièce|neveu) (?:de|d') ?(?:papa|maman|mon|ma|mes|un|une)\b|"
    r"\b(?:ma|mon) (?:mom|mère|mere|père|pere|dad|maman|papa|sœur|soeur|frère|frere|chum|blonde|conjointe?|mari|femme)\b|"
    r"(?:^|[\n|•·])[^\w\n|•·]*+(?:fière? |fier )?(?:maman|papa|mom|dad|mère|père|parent|mamie|grand-maman|grand-papa)s? (?:de|d'|of)\b|"
    # Elected trustees are not employees (« Conseiller scolaire, CSNO »).
    r"\bconseill(?:er|ère)s? scolaires?\b|\bcommissaire scolaire\b|\btrustee\b|"
    # A class year after a school: « ÉQV '09 », « (École Héritage '21) », not « saison '24-'25 ».
    r"(?<!\w)É[A-Z]{1,4}\s*['’]\d\d(?![\w'’-])|\((?:é|e)cole [^()\n]{1,40}['’]\d\d\)|"
    r"\bà la retraite\b|\bdiplômée? (?:de|du)\b|\bfinissante? (?:de )?(?:19|20)\d\d\b|\bclass of (?:19|20)\d\d\b",
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
    r"\b(?:hockey|soccer|baseball|ringuette|basketball|volleyball) mineur\b|"
    r"^\W*(?:paroisse|église|diocèse|municipalité|ville|village|comté|bibliothèque (?:municipale|publique))\b|\bclub (?:de|d') ?\w+ (?:de|du) (?-i:[A-Z])\w+",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"\bn[e']\s*(?:représente|reflète|engage|exprime|parle|parl)\w*\s+(?:pas|que|ni|aucunement|en rien)|"
    r"\bne\s+(?:sont|est)\s+pas\s+(?:celles?|ceux|celui)\s+(?:de|du)|"
    r"\bopinions?(?:\s+[\w']+){0,3}?\s*(?:sont\s+|est\s+|=\s*|:\s*)?(?:les\s+miennes|la\s+mienne|personnel\w*|à\s+moi)|"
    r"\bpas\s+(?:ceux|celles?|celui)\s+(?:de\s+l'|du|de\s+la|de)\s*(?:mon\s+|ma\s+|notre\s+)?(?:école|conseil|csno|employeur|É[A-Z]{1,4}\b)|"
    r"\bvues?\s+personnel\w*|"
    r"\b(?:propos|avis|points?\s+de\s+vue|publications|partages)\s+(?:sont\s+)?personnel|"
    r"\bà\s+titre\s+personnel|\bcompte\s+personnel|\bpas\s+au\s+nom\s+(?:de|du)|"
    r"\b(?:compte|profil)\s+non\s+officiel|\bn'est\s+pas\s+un\s+(?:compte|profil)\s+officiel|"
    r"\bn'engag\w*\s+que\s+(?:leur|son|mon)\s+auteur|\ben\s+mon\s+(?:propre\s+)?nom|"
    r"\bne\s+(?:parle|m'exprime|s'exprime)\s+qu'en\s+mon\s+nom|\bnon\s+affiliée?\b|"
    r"\bpas\s+(?:le|la)\s+porte-parole|\bsans\s+lien\s+(?:officiel\s+)?avec\s+mon\s+employeur|"
    r"\bne\s+sont\s+pas\s+(?:endossée?s?|approuvée?s?)\s+par|"
    r"\b(?:views|opinions|thoughts|posts|tweets)\s+(?:here\s+)?(?:are\s+)?(?:my\s+own|mine|personal)\b|\bnot\s+the\s+views\s+of\b|"
    r"\b(?:do(?:es)?\s+not|don't|doesn't)\s+(?:necessarily\s+)?(?:represent|reflect)\b|\bpersonal\s+account\b|"
    # « mes tweets ≠ position de l'école »
    r"\b(?:opinions?|tweets|posts|publications|propos|avis|partages)\s*≠|"
    r"\b(?:don't|do\s+not|doesn't|does\s+not)\s+(?:speak|talk)\s+(?:for|on\s+behalf\s+of)\b",
    re.IGNORECASE,
)
# What a disclaimer is about, when it names something: the school, the board
# or the employer count; « ne représentent pas l'ACFA » speaks for another body.
_DISCLAIMER_TAIL = re.compile(r"[^\n)]{0,60}")
_OWN_SIDE = re.compile(
    r"\b(?:école|school|conseil|board|employeur|employer|csno|É[A-Z]{1,4})\b", re.IGNORECASE
)
_VIEWS = re.compile(
    r"\b(?:celles?|ceux|celui|positions?|opinions?|avis|vues?|points? de vue|nécessairement|"
    r"moi|personne|quiconque|mon|ma|mes)\b",
    re.IGNORECASE,
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
        # « …ne représentent pas la réalité 😂 » : a denial must be about someone's views.
        if re.search(r"(?:pas|ni|aucunement|en rien)$", m.group(), re.IGNORECASE) and not (
            _OWN_SIDE.search(tail) or _VIEWS.search(tail)
        ):
            continue
        return True
    return False


# A bio that opens on a graduating year, a student or a family role is a
# person's: « Finissant 2012 », « Maman de trois ». (« 3e année | École X » opens
# a class page as often as a student's bio.)
_PERSON_OPENING = re.compile(
    r"(?:finissante?\b(?!·)|élève\b|étudiante?\b|"
    r"maman\b|papa\b|parent\b|fière?\b|fier\b|retraitée?\b)",
    re.IGNORECASE,
)


def _is_personal(doc: Document) -> bool:
    text = doc.normalised
    # « Bibliothécaire à l'ÉQV 📚 », « Ex-aide-élève à l'École Héritage »: a bio that
    # opens on a job is a person's.
    opening = re.match(r"[^\w]*(?P<former>ex-|ancien(?:ne)?s?\s+)?", text, re.IGNORECASE)
    start = opening.end() if opening else 0
    # « Ex-Griffon (École Héritage '21) »: whatever follows « ex- », a former member.
    starts_with_role = bool(
        (opening and opening.group("former"))
        or _EMPLOYEE.match(text, start)
        or _PERSON_OPENING.match(text, start)
    )
    return bool(
        _PERSONAL.search(text) or _disclaims(doc) or _TITLE_NAME.search(text) or starts_with_role
    )


_OTHER_BOARD = re.compile(
    r"\b(?:conseil scolaire|centre de services scolaire|district scolaire|commission scolaire|school division|school district)\s+(?:du |de la |de l'|des |de )?(?-i:[A-Z])[\w'-]+"
    # « Holy Family Catholic Regional Division », « Peace Wapiti Public Schools »
    # (a name starts after no letter, and its words never give back: linear on « A-A-A… »)
    r"|(?<![\w'-])(?-i:[A-Z][\w'-]*+(?:\s++[A-Z][\w'-]*+){0,4})\s+(?:Regional\s+)?"
    r"(?:Division|Public\s+Schools|Catholic\s+Schools)\b",
    re.IGNORECASE,
)
# « Agente de bureau chez la Co-op », « Directeur des ventes | Grande Prairie
# Ford »: a role whose own line names an employer that is no school.
_ELSEWHERE = re.compile(
    r"(?:\bchez\b|\bpour\b|\bat\b|\bà\s+|\s\|\s|\s[-–—]\s|,\s|\s@\s?|\b(?:du|de la|des|à la|au)\s+|\b(?:de l'|à l')\s*|"
    r"[\u2600-\u27bf\U0001f000-\U0001faff]\s*)"
    r"(?!(?:l')?(?:é|e)cole\b|(?:l')?É[A-Z]|CSNO\b|Conseil scolaire du Nord)"
    r"(?-i:[A-Z])[\w'.&-]+",
    re.IGNORECASE,
)
_ITEM_START = re.compile(r"[\n|•·;]")
_ITEM_TAIL = re.compile(r"[^\n|•·;]+")
# A role's place ends at the end of its line or item, or at an emoji: bios
# separate their items with them (« Aide-élève à l'école X 😊 fière maman »).
_TAIL = re.compile(r"[^\n|•·;\u2600-\u27bf\U0001f000-\U0001faff]+")


def _serves_another_board(doc: Document) -> bool:
    """The description names another board and not this one."""
    return any(
        not _names_board_in(m.group(), doc) for m in _OTHER_BOARD.finditer(doc.normalised)
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
    return _names_board_in(doc.normalised, doc)


def _names_school(doc: Document) -> bool:
    """« école », « É. Héritage », « @ÉcoleBoréale », or a school acronym of
    the board's profile (ÉNF, ÉQV, ÉH)."""
    return _names_school_in(doc.normalised, doc)


# « photographe de plusieurs écoles du CSNO » names schools, not the account's.
_SCHOOLS_IN_GENERAL = re.compile(r"\bécoles\b[^|•·\n]*", re.IGNORECASE)
# « les écoles de la région, dont l'École Héritage »: schools served, not the employer
# (« je visite deux écoles : École Héritage et École Boréale » names the employer's).
# (A search stops at the next « écoles »: linear on « écoles écoles écoles… ».)
_SCHOOLS_SERVED = re.compile(
    r"\bécoles\b(?:(?!\bécoles\b)[^|•·\n])*?\bdont\b[^|•·\n]*", re.IGNORECASE
)
# « Je visite les écoles de Falher », « directrice d'école » place no one in a given school.
_GENERIC_SCHOOLS = re.compile(r"\bécoles\b|\b(?:d'|en\s+|une\s+)école\b", re.IGNORECASE)


def _names_school_in(text: str, doc: Document) -> bool:
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
            # past roles, and other people's: « les enseignants », « nos futurs profs »
            r"(?:\bancien(?:ne)?s?\s+|\bex-|\b(?:les|des|nos|notre|vos|mes|ses|leurs|aux|futur(?:e)?s)\s+)$",
            text[max(0, m.start() - 40) : m.start()],
            re.IGNORECASE,
        )
    ]


def _works_elsewhere(doc: Document) -> bool:
    """Every role named is held for an employer that is no school of the board."""
    text = doc.normalised
    roles = _roles(doc)
    # « Orthopédagogue 🧠 TDAH | trucs | École Les Aurores » : an item that is the
    # school names the employer of the bio's role.
    if any(_SCHOOL_ITEM.match(item) for item in _ITEM_START.split(text)[1:]):
        return False
    return bool(roles) and all(
        (
            not _school_in(tail := _tail(text, m), doc)
            and (_ELSEWHERE.search(tail) or _OTHER_BODY.search(tail))
        )
        or _hired_by_other_body(tail)
        for m in roles
    )


# (The look-behind starts a search only where a run of symbols starts: linear; the
# acronym keeps its case, or « Éric » and « état » would be schools.)
_SCHOOL_WORD = r"(?i:\b[ée]cole\b)|(?<!\w)É[A-Z]{1,4}(?!\w)"
_FIRST_SCHOOL = re.compile(_SCHOOL_WORD)
_SCHOOL_ITEM = re.compile(rf"(?<![^\w\n])[^\w\n]*+(?:{_SCHOOL_WORD})")


# What says where a role is held: a name, a handle, « à », « chez », « pour ».
_PLACE = re.compile(r"[A-ZÉ@]|\b(?:à|au|chez|pour|at)\b")


def _hired_by_other_body(tail: str) -> bool:
    """« Surveillante — embauchée par la Société de parents de l'École X »."""
    return bool(
        re.search(
            r"\b(?:embauchée?|employée?|engagée?|payée?)s?\s+(?:par|pour)\b", tail, re.IGNORECASE
        )
        and _OTHER_BODY.search(tail)
    )


def _tail(text: str, role: re.Match[str]) -> str:
    """What follows a role up to the end of its line or item: where it is held."""
    end = _TAIL.match(text, role.end())
    tail = end.group() if end else ""
    if not _PLACE.search(tail):
        # « Intervenante jeunesse 🌈 Centre d'amitié de Grande Prairie | … »
        item = _ITEM_TAIL.match(text, role.end())
        tail = item.group() if item else tail
        if not _PLACE.search(tail):
            # « Infirmière en santé publique | Alberta Health Services »
            following = _ITEM_TAIL.match(text, role.end() + len(tail) + 1)
            tail += " | " + following.group().strip() if following else ""
    return tail


# A bio opens with what the account is: the school, its class or team on an
# official page; « Paroisse Sainte-Anne », « Boutique Sport Nord » on the page
# of a body that names a school further on, as a host, sponsor or partner.
_HEAD = re.compile(r"[^\n|•·]*?(?:(?<!\bÉ)(?<!\b[A-Z])[.!?](?=\s)|(?=[\n|•·])|$)")
# Where the page speaks of itself as the school's: « Bienvenue sur la page… »,
# « nos élèves », an item opening on a school (« École Boréale, Peace River »)
# or on a unit of one (« Équipe de volleyball de l'ÉNF »).
_SELF_REFERENCE = re.compile(
    r"\bbienvenue\b|\b(?:notre|nos) (?:école|classe|élèves|équipe|bibliothèque)s?\b|"
    r"\b(?:page|compte) (?:officiel(?:le)? )?(?:de |du |des |d')(?:la |l')?(?:classe|équipe|école|club|"
    r"bibliothèque|É[A-Z])|\bcompte officiel\b|"
    r"(?:^|[\n|•·])[^\w\n]*(?:(?:é|e)cole\b|É[A-Z]{1,4}(?!\w)|(?:(?:la |l')?(?:classe|équipe|club|bibliothèque|"
    r"chorale|troupe|radio|conseil étudiant|comité|service|programme|harmonie|ligue)\b[^\n|•·.!?]{0,50}?"
    r"\b(?:de l'|du |de la |des |d')\s*(?:é|e)cole\b|É[A-Z]{1,4}(?!\w)))",
    re.IGNORECASE,
)


def _speaks_as_school(doc: Document) -> bool:
    """The description presents the account as a school's, a class's, a
    team's or the board's, rather than naming a school in passing."""
    text = doc.normalised.strip()
    head = _HEAD.match(text)
    # « photographe de plusieurs écoles du CSNO » names schools, not the account.
    head_text = _SCHOOLS_IN_GENERAL.sub("", head.group() if head else text)
    return bool(
        _names_board_in(head_text, doc)
        or _school_in(head_text, doc)
        or re.search(r"\bclasse\b|_[A-Z]{2,}\b", head_text, re.IGNORECASE)
        or _SELF_REFERENCE.search(text)
        or _designated(doc)
        # « Services aux élèves • CSNO » : an item that opens on the board.
        or any(_names_board_in(" ".join(item.split()[:6]), doc) for item in _ITEM_START.split(text))
    )


@lru_cache(maxsize=16)
def _board_name_pattern(board_name: str) -> re.Pattern[str]:
    """The board's name over folded words, its small words optional
    (« Conseil scolaire Nord-Ouest »); built once per profile."""
    small = r"(?: (?:du|de|des|la|le|l))*"
    content = [
        w for w in _words(board_name).split() if w not in {"du", "de", "des", "la", "le", "l"}
    ]
    return re.compile(" " + (small + " ").join(map(re.escape, content)) + " ")


def _names_board_in(text: str, doc: Document) -> bool:
    """The board's acronym or name in ``text``."""
    profile = _naming(doc)
    words = _words(text)
    return (
        f" {profile.board.lower()} " in words
        or _board_name_pattern(profile.board_name).search(words) is not None
    )


def _is_school_page(doc: Document) -> bool:
    """DES01-02 apply to the page of a school, class, team or service of the
    board: a description that names a school, a class or the board. A shop,
    a town library or a community club is not one."""
    text = doc.normalised
    if text.strip() and _designated(doc) and not _is_personal(doc):
        return True  # it calls itself an official « organisme » of the board
    if (
        _is_personal(doc)
        or not text.strip()
        or _OTHER_BODY.search(text)
        or _NOT_EMPLOYEE.search(text)
        or _serves_another_board(doc)
        or _works_elsewhere(doc)
        or not _speaks_as_school(doc)
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
        # A page of the board itself (« Conseil scolaire du Nord-Ouest – Communications »)
        # has no school whose site it could give.
        head = _HEAD.match(doc.normalised.strip())
        board_page = (
            bool(head and _names_board_in(head.group(), doc))
            and not _names_school_in(_GENERIC_SCHOOLS.sub("", doc.normalised), doc)
            and not re.search(r"\bclasses?\b", doc.normalised, re.IGNORECASE)
        )
        if not any(a.split("/")[0] == board for a in addresses):
            missing.append(f"le site du conseil ({profile.site})")
        # « heritage.csno.ab.ca » or « csno.ab.ca/ecole-routhier » is the school's.
        if not board_page and not any(a and a != board for a in addresses):
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
        identified = (
            # « Je visite les écoles de Falher » places no one in a school.
            _names_board(doc)
            or _names_school_in(_GENERIC_SCHOOLS.sub("", _SCHOOLS_SERVED.sub("", text)), doc)
        ) and not _serves_another_board(doc)
        # « Ancienne élève devenue enseignante »: the role now held is what counts.
        became = re.search(r"\bdevenue?s?\s+\w+", text, re.IGNORECASE)
        current = _roles(doc)
        # A role named in the same line as the school is a job there, whatever else the
        # profile says (« Enseignante à l'ÉQV | maman de trois »).
        linked = any(
            _school_in(_SCHOOLS_SERVED.sub("", tail := _tail(text, m)), doc)
            and not _hired_by_other_body(tail)
            # « Éducatrice à la garderie Les Lutins, dans l'École Boréale »: the body named
            # before the school employs; « …à l'École X et propriétaire d'une entreprise », not.
            and not _OTHER_BODY.search(tail[: _FIRST_SCHOOL.search(tail + " école").start()])
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
