"""CRI03: hostile words aimed at someone of the school community are also a
public criticism of it. The HOS finding says the words must go; this one cites
the clauses on criticism and points to the private channels a complaint takes.
The same words about a referee, a celebrity or a stranger are HOS only."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

from .base import Example, Rule
from .criticism import CRITICISM_CLAUSES
from .document import Document
from .finding import Hit, Severity
from .folded import folded, sentences, words
from .hostile_harassment import Defamation, Harassment
from .hostile_insults import Insult
from .hostile_swears import Sacre, Vulgarity
from .hostile_threats import Threat

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


# A swear word can praise (« un hostie de bon spectacle à l'école », « une
# belle ostie de game ») and then criticises nobody: the praise sits right
# beside it, not anywhere in the sentence (« merci » elsewhere does not soften).
_SWEARING = (Vulgarity, Sacre)
_PRAISE = re.compile(
    r"\b(?:bon|bonne|bons|bonnes|beau|belle|beaux|belles|bravo|felicitations|fier|fiere|"
    r"fiers|fieres|meilleur\w*|adore|aime|ec(?:oe|œ)urant|incroyable|genial|geniale|hot)\b"
)
_PRAISE_BEFORE_WORDS = 2
_PRAISE_AFTER_WORDS = 4

# How far, in words, a member named in the same sentence may stand from the
# hostile words: « Le prof de maths est un maudit cave » (3), « Mme Cormier m'a
# encore donné une retenue, cette grosse vache » (7). Farther, the sentence
# often speaks of someone else (« les élèves ont eu du fun, mais le gars du
# dépanneur est un crisse d'épais »).
_NEAR_WORDS = 10
# Words that address the member named earlier, however far: « Les profs de
# l'aile B qui placotent au lieu de surveiller, allez donc chier ».
_SECOND_PERSON = r"vous|tu|t (?:es|etais|as|vas)|te|toi|ta|ton|tes|votre|vos"
_ADDRESSED = re.compile(rf"\b(?:{_SECOND_PERSON}|t avais|allez)\b")
# A hostile sentence may point back to a member named in the sentence before:
# « La direction a coupé la musique. Qu'elle fasse attention… ».
_POINTS_BACK = re.compile(
    # not the impersonal « il » (« il faisait chaud en crisse »)
    r"\b(?:il(?! (?:fait|faisait|fera|y a|y avait|faut|fallait|pleut|neige|semble|parait))|"
    rf"elle|ils|elles|lui|eux|leur|celui ci|celle ci|ceux ci|{_SECOND_PERSON})\b"
)
_WORD = re.compile(r"\w+")


# « mon ostie de char », « ma crisse de journée »: a swear word after a
# possessive curses the speaker's own thing, unless that thing is a member
# (« mon ostie de prof »).
_OWN_THING = re.compile(r"\b(?:mon|ma|mes|notre|nos)\s+$")
# (?<!\s): a search inside a run of spaces fails at once instead of rescanning it.
_MEMBER_AFTER = re.compile(rf"(?<!\s)\s*+(?:de\s++|d\s++)?{_MEMBERS}\b")


def _own_thing_cursed(text: str, start: int, end: int) -> bool:
    return bool(_OWN_THING.search(text[max(0, start - 8) : start])) and not _MEMBER_AFTER.match(
        text, end
    )


def _praised(text: str, start: int, end: int) -> bool:
    before = _WORD.findall(text[max(0, start - 40) : start])[-_PRAISE_BEFORE_WORDS:]
    after = _WORD.findall(text[end : end + 60])[:_PRAISE_AFTER_WORDS]
    return any(_PRAISE.fullmatch(w) for w in (*before, *after))


def _members(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Spans naming a member of the school community between ``start`` and
    ``end`` (a sentence), computed once per sentence."""
    key = ("CRI03.members", start)
    if key not in doc.cache:
        text = folded(doc)
        spans = [(m.start(), m.end()) for m in _COMMUNITY.finditer(text, start, end)]
        spans += [
            (start + m.start(), start + m.end())
            for m in _TITLED.finditer(doc.normalised[start:end])
        ]
        doc.cache[key] = sorted(spans)
    return doc.cache[key]


def _word_starts(doc: Document) -> list[int]:
    """Offsets of every word of the folded text: distances in words by bisection."""
    if "CRI03.words" not in doc.cache:
        doc.cache["CRI03.words"] = [m.start() for m in _WORD.finditer(folded(doc))]
    return doc.cache["CRI03.words"]


def _words_between(doc: Document, a: int, b: int) -> int:
    starts = _word_starts(doc)
    return bisect_left(starts, b) - bisect_left(starts, a) if a < b else 0


def _aimed_at_community(doc: Document, start: int, end: int) -> bool:
    """Whether a member of the school community is named within a few words
    of the hit ``start:end`` in its sentence, or in the sentence before when
    the hit's sentence points back to someone."""
    text = folded(doc)
    units = sentences(doc)
    for i, sentence in enumerate(units):
        if sentence.start <= start < sentence.end:
            members = _members(doc, sentence.start, sentence.end)
            before = [m for m in members if m[1] <= start]
            after = [m for m in members if m[0] >= end]
            if len(before) + len(after) < len(members):
                return True  # a member inside the hostile words
            if any(text[a] == "@" for a, _ in members):
                return True  # the post tags the board
            if before:
                b = before[-1][1]  # the nearest member before the hit
                if _words_between(doc, b, start) <= _NEAR_WORDS or _ADDRESSED.search(text, b, end):
                    return True  # near, or addressed: « …, allez donc chier »
            if after and _words_between(doc, end, after[0][0]) <= _NEAR_WORDS:
                return True
            if i > 0 and _POINTS_BACK.search(text, sentence.start, end):
                return bool(_members(doc, units[i - 1].start, units[i - 1].end))
            return False
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
                if (
                    isinstance(rule, _SWEARING)
                    and (
                        _praised(folded(doc), hit.start, hit.end)
                        # « chaud en crisse »: an intensifier aims at no one (an insult beside it would)
                        or folded(doc)[max(0, hit.start - 3) : hit.start] == "en "
                        or _own_thing_cursed(folded(doc), hit.start, hit.end)
                    )
                ):
                    continue
                if _aimed_at_community(doc, hit.start, hit.end):
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
