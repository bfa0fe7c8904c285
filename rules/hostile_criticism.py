"""CRI03: hostile words aimed at someone of the school community are also a
public criticism of it. The HOS finding says the words must go; this one cites
the clauses on criticism and points to the private channels a complaint takes.
The same words about a referee, a celebrity or a stranger are HOS only."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import Example, Rule
from .criticism import CRITICISM_CLAUSES
from .document import Document
from .finding import Hit, Severity
from .folded import folded, sentences, words
from .hostile import (
    Defamation,
    Harassment,
    Insult,
    Sacre,
    Threat,
    Vulgarity,
)

# The HOS rules whose finding, aimed at the school community, is also criticism.
_HOSTILE_RULES = (
    Insult(),
    Vulgarity(),
    Sacre(),
    Threat(),
    Harassment(),
    Defamation(),
)

# Who belongs to the school community: staff by role, the employer, pupils, parents.
_MEMBERS = words(
    "prof",
    "profs",
    "professeur",
    "professeure",
    "professeurs",
    "enseignant",
    "enseignante",
    "enseignants",
    "enseignantes",
    "titulaire",
    "directeur",
    "directrice",
    "direction",
    "directeur adjoint",
    "directrice adjointe",
    "dg",
    "secretaire",
    "secretaires",
    "concierge",
    "concierges",
    "chauffeur",
    "chauffeuse",
    "chauffeurs",
    "bus driver",
    "surveillant",
    "surveillante",
    "surveillants",
    "surveillantes",
    "educatrice",
    "educateur",
    "educatrices",
    "orthopedagogue",
    "technicienne",
    "technicien",
    "traiteur",
    "transporteur",
    "stagiaire",
    "suppleant",
    "suppleante",
    "collegue",
    "collegues",
    "eleve",
    "eleves",
    "parents",
    "comite de parents",
    "tresoriere",
    "tresorier",
    "conseil d etablissement",
    "opp",
    "commissaire",
    "commissaires",
    "css",
    "district",
    "centre de services",
    "commission scolaire",
    "conseil scolaire",
    "administration",
    "admin",
    "personnel",
    "service de garde",
)
_COMMUNITY = re.compile(
    r"\b(?:le|la|l|les|notre|nos|mon|ma|mes|ton|ta|tes|son|sa|ses|votre|vos|leur|leurs|ce|cette|"
    rf"ces|au|aux|du|des)\s+(?:(?:nouveau|nouvelle|nouvel|ancien|ancienne|vieux|vieille)\s+)?"
    rf"{_MEMBERS}\b|\ble principal de\b|\b(?:ma|mon) tes\b|\b(?:mes|nos) (?:jeunes|ados)\b"
    r"|\b(?:le|la) coach (?:de|du|des) (?:volley|basket|hockey|soccer|foot|football|badminton|l ecole)"
    r"|@?\bcs[a-z]{1,12}\b"
)
# A teacher named with a title (« Mme Cormier », « M. Roy »), a pupil's
# parent (« la mère à Jordan »): read on the text itself, capitals matter.
_TITLED = re.compile(
    r"\b(?:Mme|Madame|Monsieur|M\.|Mr\.?)\s+[A-ZÉÈ][a-zéèêëàâîïôûç-]+"
    r"|\b(?i:la mère|le père)\s+(?:à|de|d['’])\s*[A-ZÉÈ][a-zéèêëàâîïôûç-]+"
)


# A swear word can praise (« un hostie de bon spectacle à l'école ») and then
# criticises nobody.
_SWEARING = (Vulgarity, Sacre)
_PRAISE = re.compile(
    r"\b(?:bon|bonne|bons|bonnes|beau|belle|beaux|belles|bravo|merci|felicitations|fier|fiere|"
    r"fiers|hate|meilleur\w*|adore|aime|malade|ecoeurant|incroyable|genial|geniale)\b"
)


def _aimed_at_community(doc: Document, start: int) -> bool:
    """Whether the sentence holding ``start``, or the one before it, names
    someone of the school community."""
    units = sentences(doc)
    for i, sentence in enumerate(units):
        if sentence.start <= start < sentence.end:
            context = units[max(0, i - 1) : i + 1]
            return any(
                _COMMUNITY.search(u.text) or _TITLED.search(doc.normalised[u.start : u.end])
                for u in context
            )
    return False


class HostileCriticism(Rule):
    """Signale les propos hostiles (injure, vulgarité, menace, harcèlement,
    accusation) visant une personne de la communauté scolaire : un membre du
    personnel, la direction, le centre de services, des élèves ou des parents.
    En plus d'être hostiles, ils critiquent publiquement l'employeur ou la
    communauté scolaire. Les mêmes mots visant un arbitre, une vedette ou un
    inconnu ne relèvent que de la famille HOS."""

    code = "CRI03"
    name = "critique-hostile"
    title = "Propos hostiles visant la communauté scolaire"
    severity = Severity.WARNING
    clauses = CRITICISM_CLAUSES
    rank = 1  # CRI01 on the same passage says it better
    nlp = frozenset().union(*(r.nlp for r in _HOSTILE_RULES))
    fail_examples = (
        Example("Le prof de maths est un maudit cave.", ("Le prof de maths est un maudit cave.",)),
        Example(
            "La direction a coupé la musique. Qu'elle s'étonne pas si ses pneus sont crevés, "
            "tu vas le regretter.",
            ("Qu'elle s'étonne pas si ses pneus sont crevés, tu vas le regretter.",),
        ),
    )
    ok_examples = (
        "L'arbitre de samedi est un maudit cave.",
        "La direction a présenté le nouveau gymnase aux parents.",
    )

    message = (
        "Propos hostiles visant la communauté scolaire : en plus de l'atteinte aux personnes, "
        "c'est une critique publique de l'employeur, d'un collègue, d'élèves ou de parents. "
        "Retirez ce passage ; une plainte se fait en privé, auprès de la direction ou par les "
        "voies prévues."
    )

    def may_apply(self, doc: Document) -> bool:
        named = _COMMUNITY.search(folded(doc)) or _TITLED.search(doc.normalised)
        return bool(named) and any(r.may_apply(doc) for r in _HOSTILE_RULES)

    def needs_model(self, doc: Document) -> bool:
        return any(r.nlp and r.may_apply(doc) and r.needs_model(doc) for r in _HOSTILE_RULES)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        flagged: set[int] = set()
        for rule in _HOSTILE_RULES:
            if not rule.may_apply(doc):
                continue
            # The engine has run the HOS rule already when it is selected: reuse its hits.
            hits = doc.cache.get(("hits", rule.code))
            if hits is None:
                hits = list(rule.check(doc, parsed if rule.nlp else None))
            for hit in hits:
                sentence = _sentence_of(doc, hit.start)
                if sentence is None or sentence[0] in flagged:
                    continue
                if isinstance(rule, _SWEARING) and _PRAISE.search(
                    folded(doc)[sentence[0] : sentence[1]]
                ):
                    continue
                if _aimed_at_community(doc, hit.start):
                    flagged.add(sentence[0])
                    yield Hit(*sentence, self.message)


def _sentence_of(doc: Document, offset: int) -> tuple[int, int] | None:
    for sentence in sentences(doc):
        if sentence.start <= offset < sentence.end:
            text = doc.normalised
            start, end = sentence.start, sentence.end
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            return start, end
    return None


RULES = (HostileCriticism,)
