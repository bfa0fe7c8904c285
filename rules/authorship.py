"""AUT: a message that does not identify its author, where the profile asks
for it (CSTL annexe 1 « Coordonnées »). A signature is looked for where
people put one: the last lines, or a « Message de… » opening."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any, ClassVar

from civisme.lexicons.loader import fold, terms

from .base import Example, Rule
from .document import Document, DocumentKind
from .finding import Hit, Severity
from .personal_context import person_names
from .profiles import Profile, profile_of

AUTHOR_CLAUSES = ("CSTL-A1-COORDONNEES",)

# A line that is only hashtags, links, mentions or emoji is not where a signature ends.
_DECORATION = re.compile(r"^(?:[#@]\S+|https?://\S+|www\.\S+|[^\w\s]+|\s)*$")
_DASH = re.compile(r"^[-–—~]+\s*(?P<who>\S.*)$")
# An indefinite article is never a name: « — Une éducatrice qui a hâte ».
# « Mme B. », « M. J » : a title and an initial name no one.
_INITIAL_ONLY = re.compile(r"^(?:m|mme|mlle|madame|monsieur|ms|mr)\.? \w\.?$")
_ANONYMOUS = re.compile(
    r"^(?:une?|des|quelques) \w+|^(?:anonyme|l auteure?|x+|moi|nous|quelqu un(?: de l equipe)?|"
    r"votre ami\w*)\b|^l equipe\W*$|^[?.]+$|^\[|nom de l auteur|a completer"
    r"|^qui vous savez|^vous savez qui|^devinez qui|^une?\(e\)|^la personne (?:derriere|qui)"
    r"|^(?:la|le|l) (?:prof|enseignant\w*|educat\w+|titulaire) de (?:votre|ton|ta) (?:enfant|jeune|classe)"
    r"|^la gang\b(?! (?:de|du|des) )"
    # « L'admin de la page », « Mme J. »: a role of the page or an initial names no one.
    r"|^l admin(?:istrat(?:eur|rice))?(?: de (?:la|cette) page)?\W*$|" + _INITIAL_ONLY.pattern
)
_BYLINE = re.compile(
    r"^(?:signe|signature|par|auteure?|redige par|texte (?:de|redige par|ecrit par)|ecrit par|"
    r"(?:un )?(?:message|mot|note) (?:de la part )?(?:de|du|des)(?! (?:jour|semaine|mois|cours|bas|passe))|"
    r"de la part|publie par)\b"
)
# « Votre conseillère d'orientation, Nathalie Cyr »: a designation, then the name.
_DESIGNATION = re.compile(r"^(?:votre|vos|ton|ta|tes|c est)\b")
# The school speaking as a subject: « La direction et le personnel… vous souhaitent ».
_TEAM_SPEAKS = re.compile(
    r"\b(?:la direction|l equipe|le personnel|le comite|les enseignant\w*|les educat\w+|"
    r"le service de garde|l administration)\b(?:\s+\S+){0,10}?\s+(?:vous souhaite(?:nt)?|vous invite(?:nt)?|"
    r"(?:vous |les parents |tous )?informe(?:nt)?|vous rappelle(?:nt)?|remercie(?:nt)?|tien(?:nen)?t a|vous remercie(?:nt)?|"
    # « l'équipe annonce », not the noun in « …l'annonce des gagnants ».
    r"(?:vous |nous )?(?<!\bl )(?<!\bune )(?<!\bcette )(?<!\bde )(?<!\bgrande )(?<!\bbelle )annonce(?:nt)?|"
    r"avise(?:nt)?)\b"
)
_TEAM = re.compile(
    r"^(?:(?:toute )?l equipe\b(?!\W*$)|la direction|le personnel|le comite|les enseignant\w*|"
    r"l administration|le service|le conseil|le secretariat|les educat\w+|l ape|le cpe|"
    r"les membres|le club|la bibliotheque|l ecole|les profs|la fondation|le centre|"
    r"le departement|les responsables|le responsable|la responsable|"
    # « L'Association des parents de l'École X », « Les entraîneurs des Lynx de l'école Y »
    r"l association|l organisme|l opp|les entraineu\w+|les coachs?)\b"
    # « Comité des finissants de l'école Jeanne-Mance », without its article.
    r"|^(?:votre |vos )?(?:equipe(?:[ -]ecole)?|comite|service|club|conseil|departement|fondation|secretariat|direction)"
    r"\s+(?:de|des|du|d)\b"
    # « Les orthophonistes de l'école primaire de la Rivière »
    r"|^les \w+s (?:de|du) (?:l ecole|la polyvalente|l academie)\b"
)
_GROUPS = frozenset(
    "equipe club comite troupe chorale conseil association fondation harmonie ligue".split()
)
# A line that is only a school's name.
_SCHOOL_LINE = re.compile(
    r"(?:[ÉE]cole|Polyvalente|Académie|Collège|Centre scolaire|Centre de formation|Commission scolaire|"
    r"Centre de services scolaire|Conseil scolaire|District scolaire)"
    r"(?:\s+(?:[a-zé]+|[dl]['’]))*?\s+(?:[dl]['’])?[A-ZÉÈÀÎ][\w'’]*(?:-[\w'’]+)*(?:\s+[\w'’]+(?:-[\w'’]+)*){0,6}\W*$"
)
# A name after the team's first word: « …de l'École Plein-Soleil », « du Club Les Lynx », « OPP ».
_NAMED_BODY = re.compile(r"\s(?:[dlDL]['’])?[A-ZÉÈÀÎ][\w'’-]")
# « Ginette Lavoie, secrétaire de l'école » : a capitalised name, then a role.
_NAME_THEN_ROLE = re.compile(r"^(?-i:[A-ZÉÈ][\w'’-]+(?:\s+[A-ZÉÈ][\w'’-]+){1,2}),\s+(?P<role>\w+)")
_TITLE = re.compile(
    r"^(?:m|mme|mmes|mlle|dr|dre|ms|mrs|mr|madame|monsieur|me)\.?\s+\w"
    r"|^(?:coach|prof|professeure?|entraineu\w+|entraîneu\w+|enseignante?)\s+[A-ZÉÈ]",
    re.I,
)
# A closing formula before the signature on the same line: « Bonne semaine ! Mme Nadia ».
_CLOSING = re.compile(
    r"^(?:merci|bonne (?:journee|semaine|fin de semaine|soiree|annee|rentree)|au plaisir|"
    r"a bientot|à bientôt|cordialement|salutations|amicalement|bisous|a demain|à demain|a lundi|"
    r"à lundi)(?:\s+(?:de|d)\s[^,.!?]{0,30},\s*|\W+)",
    re.IGNORECASE,
)


# Inside a line, where a signature may start: after a sentence, an emoji or a dash.
_PIECE_BREAK = re.compile(
    r"(?<=[^A-Z\s][.!?])\s+|(?<=\s[!?])\s+|(?<!\s)\s+(?=[-–—~]\s)|[^\w\s'’,.:;!?()«»\"–—~-]+\s*"
)
# A byline or a self-introduction anywhere in the opening or closing lines.
_INLINE_BYLINE = re.compile(
    r"\b(?:signe|signature|redige par|ecrit par|texte de|(?:geree?|animee?|administree?|publiee?) par|"
    r"de la part)\b\s*:?\s*"
    r"(?P<who>\w[\w .,-]*)"
    r"|(?:\b(?:c est|ici) (?:votre|ton|ta|vos) [\w ]{1,30}?,\s+(?:m |mme |madame |monsieur )?|\bmoi,\s+(?!c est)|\bm ecrire\s*:\s*|^(?:pour|au nom de) (?:toute )?(?:l equipe|la direction)[^,]{0,40}?,"
    r"\s+|\b(?:moi,? c est|je m appelle|je me presente|mon nom est|je suis|ici|c est)\s*:?\s+"
    r")(?P<name>\w+)"
)


def _signature_lines(doc: Document) -> list[str]:
    """The first line and the last two lines with words, decoration dropped,
    and the pieces of the last line where a signature may start."""
    lines = [ln.strip() for ln in doc.normalised.splitlines() if not _DECORATION.match(ln)]
    if not lines:
        return []
    # « Chantale Boudreau / Directrice / École Sainte-Anne » : a signature may take three lines.
    tail = lines[-3:]
    # A signature may close the last sentence: « …lundi ! Mme Nadia (musique) ».
    pieces = [p.strip() for p in _PIECE_BREAK.split(lines[-1]) if p and p.strip()]
    return [lines[0], *tail, *pieces[1:]]


# « De la part de tous les parents », « de la part du comité »: a group that
# names neither a person nor its school signs nothing.
_UNNAMED_GROUP = re.compile(
    r"^(?:tous |toutes )?(?:les|des|du|le|la|l|toute l) (?:\w+ )?(?:parents|eleves|enseignant\w*|"
    r"profs|membres|comite|equipe|personnel|direction|administration|benevoles|familles|amis|"
    r"educat\w+|responsables?|organisat\w+)\b"
)


# Capitals on the group's own words (« Le Comité de Parents ») name nothing.
_GROUP_WORDS = re.compile(
    r"(?i)\b(?:direction|comit[ée]|parents?|[ée]quipe|personnel|administration|b[ée]n[ée]voles?|"
    r"familles?|amis|membres|[ée]l[èe]ves|enseignant\w*|profs?|responsables?|organisat\w+)\b"
)


def _unnamed_group(who: str, original: str) -> bool:
    rest = _GROUP_WORDS.sub("", original)
    return bool(_UNNAMED_GROUP.match(who)) and not (_NAMED_BODY.search(rest) or person_names(rest))


def _inline_verdict(line: str) -> str | None:
    key = fold(line).replace("'", " ")
    if len(key) != len(line):
        return None  # casefolding changed lengths: offsets would not match
    for m in _INLINE_BYLINE.finditer(key):
        if m.group("who") is not None:
            # « de la part de l'enseignante de votre enfant », « …des élèves de 4e »
            who = re.sub(r"^(?:de|d) (?!la part)", "", m.group("who").strip())
            if _ANONYMOUS.match(who) or _unnamed_group(who, line[m.start("who") :]):
                return "anonymous"
            return "signed"
        # « Moi, c'est Amélie Fortin » : a name must follow, not « je suis fière ».
        names = person_names(line[m.start("name") :])
        if (names and names[0][0] == 0) or m.group("name") in terms("prenoms"):
            return "signed"
    return None


# Emoji, bullets or kisses before a signature: « ✏️ Mme Julie », « xx Mélanie, ta prof ».
_LEAD = re.compile(r"^(?:[^\w\s\-–—~\[(«\"]+\s*|(?i:xx+|xo(?:xo)*|bisous|bises)\s+)+")


def _verdict(line: str) -> str | None:
    """« signed », « anonymous » or None for a line that is no signature."""
    line = _LEAD.sub("", line)
    key = fold(line).replace("'", " ").strip(" ,.!:;")
    closing = _CLOSING.match(key) is not None
    key = _CLOSING.sub("", key)
    if _INITIAL_ONLY.match(key):
        return "anonymous"
    dashed = _DASH.match(key)
    said = _DASH.match(line.strip())
    # « — Changement à l'horaire du transport. » : a sentence after a dash, not a name.
    if (
        said
        and re.fullmatch(r"[A-ZÀ-Ý][^A-ZÀ-Ý]*[.!?]", said.group("who"))
        and len(key.split()) > 4
    ):
        return None
    if dashed:
        who = dashed.group("who")
        byline = _BYLINE.match(who)  # « — Signé : quelqu'un qui… »
        if byline:
            who = who[byline.end() :].strip(" :,-")
        if _ANONYMOUS.match(who) or len(re.sub(r"\W", "", who)) <= 3:
            return "anonymous"  # « — Un(e) collègue », « — mc »
        if _TEAM.match(who) and not _NAMED_BODY.search(said.group("who") if said else who):
            return "anonymous"  # « — L'administration »
        if _DESIGNATION.match(who) and not person_names(said.group("who") if said else who):
            return "anonymous"  # « — Ton voisin de bureau »
        return "signed"
    byline = _BYLINE.match(key.lstrip("[("))  # « [Message de Mme Fortin] »
    if byline:
        rest = key.lstrip("[(")[byline.end() :].strip(" :,-]")
        rest = re.sub(r"^(?:de|d) ", "", rest)  # « de la part de l'enseignante de votre enfant »
        return "anonymous" if _ANONYMOUS.match(rest) or _unnamed_group(rest, line) else "signed"
    # A team signs on a line of its own, not in a sentence followed by more text.
    if (
        _TEAM.match(key)
        and len(key.split()) <= 16
        and not re.search(r"[.!?](?:\s|$)", line.rstrip())
    ):
        # « Le comité du spectacle », « L'administration »: which school's? A team
        # identifies its author by a name (« …de l'École Sainte-Anne », « Club Les Lynx »).
        return "signed" if _NAMED_BODY.search(_GROUP_WORDS.sub("", line)) else "anonymous"

    stripped = _CLOSING.sub("", line.lstrip("-–—~ ").strip()) if closing else line
    names = person_names(stripped)
    # A name opening a line and followed by a comma or « et » signs it, however long.
    if names and names[0][0] <= 1 and re.match(r"[\s,]|\s+et\s", stripped[names[0][1] :] + ","):
        return "signed"
    # « Réjeanne Cyr, enseignante de sciences de 7e année, École X, Saint-Léonard », however long.
    # (one person's role: « Grande Nouvelle Aujourd'hui, élèves et parents… » is no signature)
    role = _NAME_THEN_ROLE.match(stripped)
    if (
        role
        and fold(role.group("role")) in terms("personnes")
        and not role.group("role").endswith("s")
    ):
        return "signed"
    # « Les Titans, équipe de soccer de l'École Gabrielle-Roy »: a named team of a named school.
    if role and fold(role.group("role")) in _GROUPS and _NAMED_BODY.search(stripped[role.end() :]):
        return "signed"

    if len(key.split()) > 10:
        return None
    # « … Bienvenue à tous! Un parent » : a bare indefinite person closing the post.
    someone = re.match(r"(?:une?|des) (\w+)\W*$", key)
    if someone and fold(someone.group(1)) in terms("personnes"):
        return "anonymous"
    if _SCHOOL_LINE.match(stripped):
        return "signed"  # « École secondaire des Sommets » over « Service des communications »
    if _TITLE.match(stripped) or re.match(r"[A-Z]\.\s?[A-Z][a-zé]", stripped):
        return "signed"
    if names and (names[0][0] <= 1 or _DESIGNATION.match(key)):
        return "signed"
    first = key.split()[0] if key.split() else ""
    if len(key.split()) <= 6 and fold(first) in terms("prenoms") and "," in line:
        return "signed"  # « melanie t., TES 2e cycle »
    return None


class MissingAuthor(Rule):
    """Signale un message qui ne permet pas d'en identifier l'auteur, quand le
    profil l'exige (« signature-requise ») : aucune signature, ou une
    signature anonyme (« Un membre du personnel »). Un nom, avec ou sans
    fonction, ou une équipe identifiée (« L'équipe du service de garde de
    l'école Sainte-Anne ») suffit. Nommer quelqu'un dans le texte (« Merci à
    Mme Roy ») n'est pas signer."""

    code = "AUT01"
    name = "auteur-non-identifie"
    title = "Auteur non identifié"
    severity = Severity.WARNING
    clauses = AUTHOR_CLAUSES
    kinds = frozenset({DocumentKind.PUBLICATION})
    example_metadata: ClassVar[dict[str, Any]] = {
        "profil": Profile(name="exemple", signature_required=True)
    }
    fail_examples = (
        Example(
            "Merci à Mme Roy pour l'expo-sciences!",
            ("Merci à Mme Roy pour l'expo-sciences!",),
        ),
    )
    ok_examples = (
        "Merci à Mme Roy pour l'expo-sciences!\n— Louis Tremblay, directeur",
        "Journée pédagogique vendredi.\nL'équipe de l'école Sainte-Anne",
    )
    message = (
        "Auteur non identifié : « Tout message doit permettre d'en identifier l'auteur et, "
        "s'il y a lieu, sa fonction. » Ajoutez une signature en fin de message "
        "(« — Prénom Nom, fonction » ou l'équipe qui publie)."
    )
    anonymous_message = (
        "Signature anonyme : elle ne permet pas d'identifier l'auteur. Signez de votre nom "
        "et, s'il y a lieu, de votre fonction (« — Prénom Nom, fonction »)."
    )

    def may_apply(self, doc: Document) -> bool:
        return self._required(doc)

    @staticmethod
    def _required(doc: Document) -> bool:
        """The board asks for a signature and the input does not name the author."""
        return profile_of(doc).signature_required and not doc.metadata.get("auteur")

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        # The policy condition holds in check() too: the engine's full mode skips may_apply.
        if not text.strip() or not self._required(doc):
            return
        lines = _signature_lines(doc)
        verdicts = [_verdict(line) for line in lines] + [_inline_verdict(ln) for ln in lines]
        verdicts.append(_after_closing(doc))
        verdicts.append(_role_then_name(doc))
        # « Le comité vous invite… Un parent » : an anonymous sign-off outweighs a team
        # named as the subject.
        if "anonymous" not in verdicts and _TEAM_SPEAKS.search(fold(text).replace("'", " ")):
            verdicts.append("signed")

        if "signed" in verdicts:
            return
        last = text.rstrip()
        start = last.rfind("\n") + 1
        message = self.anonymous_message if "anonymous" in verdicts else self.message
        yield Hit(start, len(last), message)


RULES = (MissingAuthor,)


def _role_then_name(doc: Document) -> str | None:
    """« Directrice : Nathalie Pelletier, École Saint-Michel » on the last line.
    Higher up, « Entraîneur : M. Pitre » credits someone in a list."""
    lines = [ln.strip() for ln in doc.normalised.splitlines() if not _DECORATION.match(ln)]
    titled = re.match(r"(\w+)\s*:\s*(.+)", _LEAD.sub("", lines[-1])) if lines else None
    if titled and fold(titled.group(1)) in terms("personnes") and len(lines) > 1:
        names = person_names(titled.group(2))
        if names and names[0][0] == 0 and not titled.group(1).endswith("s"):
            return "signed"
    return None


def _after_closing(doc: Document) -> str | None:
    """« Cordialement, » alone on a line: the next line is the signature."""
    lines = [ln.strip() for ln in doc.normalised.splitlines() if ln.strip()]
    for above, below in itertools.pairwise(lines):
        key = fold(above).strip(" ,.!")
        if _CLOSING.match(key + " ") and len(key.split()) <= 4:
            who = re.sub(r"^(?:de la part (?:de |d )?|par )", "", fold(below).replace("'", " "))
            return "anonymous" if _ANONYMOUS.match(who) or _unnamed_group(who, below) else "signed"
    return None
