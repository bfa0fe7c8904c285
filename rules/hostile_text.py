"""A view of a document for hostile-speech rules: words folded (lower case, no
accents), de-obfuscated (leetspeak, spaced or dotted letters, stretched
letters, glued words, one-letter typos) and mapped back to their place in
the text, with the lexicons they are checked against."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise, product
from typing import Any

from civisme.lexicons.loader import fold, rows, terms

from .document import Document, opens_sentence
from .spans import Spans
from .text_units import common_unaccented, sentence_bounds, zipf, zipf_english

_WORD = re.compile(r"[\w@$]+")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# « 0$t!3 »: an exclamation mark inside a word stands for an i (same length, spans hold).
_BANG_IN_WORD = re.compile(r"(?<=[A-Za-z0-9@$])!(?=[A-Za-z0-9@$])")
# « h¥pocrite », « m€rde »: a currency or other sign inside a word stands for the letter it
# looks like (one character for one: spans hold).
_SIGN_IN_WORD = re.compile(r"(?<=[A-Za-z])[¥€£¢§](?=[A-Za-z])")
_SIGN_LETTERS = {"¥": "y", "€": "e", "£": "l", "¢": "c", "§": "s"}


def _unsigned(text: str) -> str:
    if not _SIGN_IN_WORD.search(text):
        return text
    return _SIGN_IN_WORD.sub(lambda m: _SIGN_LETTERS[m.group()], text)


_STRETCH3 = re.compile(r"([a-z])\1{2,}")
_STRETCH2 = re.compile(r"([a-z])\1+")
# Between the letters of a word spelled out: « m u s u l m a n s », « c.o.n.n.a.r.d ».
_SPELL_GAP = frozenset({" ", ".", "-", "_", "*"})


@dataclass
class Tok:
    """One word of the view: its main form (folded, de-obfuscated), every
    candidate form, and its span in ``doc.normalised``."""

    start: int
    end: int
    surface: str
    key: str
    forms: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Lexicons:
    groups: dict[str, tuple[str, str]]  # form → (category, condition)
    slurs: dict[str, tuple[str, str]]
    insults: dict[str, tuple[str, str]]
    vulgar: dict[str, tuple[str, str]]
    sacres: dict[str, tuple[str, str]]  # form → (family, type)
    verbs: dict[str, str]  # infinitive → category
    people: frozenset[str]
    multiword: dict[tuple[str, ...], tuple[str, str, str]]  # words → (lexicon, category, condition)
    vocabulary: tuple[str, ...]  # every single-word term, for near-miss spellings


def _entries(name: str, category: str, condition: str | None) -> dict[str, tuple[str, str]]:
    return {
        fold(r["terme"]): (r[category], r.get(condition, "toujours") if condition else "")
        for r in rows(name)
    }


@cache
def lexicons() -> Lexicons:
    groups = _entries("groupes-identitaires", "categorie", "condition")
    slurs = _entries("insultes-identitaires", "categorie", "condition")
    insults = _entries("injures", "categorie", "condition")
    vulgar = _entries("vulgarites", "categorie", "condition")
    sacres = {fold(r["terme"]): (r["famille"], r["type"]) for r in rows("sacres")}
    verbs = {fold(r["terme"]): r["categorie"] for r in rows("verbes-hostiles")}
    people = frozenset(fold(r["terme"]) for r in rows("personnes"))
    multiword: dict[tuple[str, ...], tuple[str, str, str]] = {}
    single: set[str] = set()
    for name, table in (
        ("groups", groups),
        ("slurs", slurs),
        ("insults", insults),
        ("vulgar", vulgar),
    ):
        for term, (category, condition) in table.items():
            words = tuple(_WORD.findall(term.replace("'", " ")))
            if len(words) > 1:
                multiword[words] = (name, category, condition)
            else:
                single.add(term)
    vocabulary = tuple(sorted(t for t in single | set(sacres) | set(verbs) if len(t) >= 5))
    return Lexicons(groups, slurs, insults, vulgar, sacres, verbs, people, multiword, vocabulary)


# No empty ending: « tu » must not read as « tuer », nor « mépris » as « mépriser ».
_ENDINGS = (
    "e", "es", "ent", "ons", "ez", "ai", "as", "a", "ait", "ais", "aient", "ions", "iez",
    "erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "eraient",
    "e", "ee", "es", "ees", "er", "ant", "ât",
)  # fmt: skip
_IRREGULAR = {
    "hais": "hair", "hait": "hair", "haissons": "hair", "haissez": "hair", "haissent": "hair",
    "abats": "abattre", "abat": "abattre", "abattons": "abattre", "abattent": "abattre", "abattu": "abattre",
    "abattus": "abattre", "abattrai": "abattre", "abattra": "abattre", "abattrons": "abattre",
    "pends": "pendre", "pend": "pendre", "pendu": "pendre", "pendus": "pendre", "pendrai": "pendre",
    "crevez": "crever", "creve": "crever", "crevent": "crever", "meprise": "mepriser",
    "vomis": "vomir", "vomit": "vomir", "vomissent": "vomir", "descends": "descendre",
    "descendrai": "descendre", "descendu": "descendre", "battu": "battre", "bats": "battre",
    "bat": "battre", "detruit": "detruire", "detruis": "detruire", "detruirai": "detruire",
}  # fmt: skip


def verb_of(form: str) -> str | None:
    """The hostile verb a folded word form belongs to, by its ending."""
    verbs = lexicons().verbs
    if form in verbs:
        return form
    if form in _IRREGULAR:
        return _IRREGULAR[form]
    for infinitive in _verb_stems().get(form[:2], ()):
        stem = infinitive[:-2]
        if form.startswith(stem) and form[len(stem) :] in _ENDINGS:
            return infinitive
    return None


@cache
def _verb_stems() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for infinitive in lexicons().verbs:
        if infinitive.endswith(("er", "ir")):
            index.setdefault(infinitive[:2], []).append(infinitive)
    return {k: tuple(v) for k, v in index.items()}


# Cyrillic and Greek letters that look like Latin ones (« cоnnаrd » with two
# Cyrillic letters); only undone inside a word that also has Latin letters, so
# Russian or Greek text is left as it is.
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕкмтнвαοειкνρτυχ",
    "aeopcyxijskmthbaoeikvptux",
)
_LATIN = re.compile(r"[a-z]")
_NOT_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


def undo_homoglyphs(text: str) -> str:
    """Latin letters for their look-alikes in words that mix scripts."""
    if not _NOT_LATIN.search(text):
        return text
    return re.sub(
        r"\w+",
        lambda m: (
            m.group().translate(_HOMOGLYPHS)
            if _LATIN.search(m.group().lower()) and _NOT_LATIN.search(m.group().lower())
            else m.group()
        ),
        text,
    )


def is_first_name(tok: Tok) -> bool:
    """A known first name written with its capital (« Carole », not « rose »)."""
    return tok.surface[:1].isupper() and fold(tok.surface) in terms("prenoms")


def _tok(start: int, end: int, surface: str) -> Tok:
    """A word with its forms; the main form undoes leetspeak and stretching."""
    base = fold(surface if surface.isascii() else undo_homoglyphs(surface.lower()))
    forms = {base}
    key = base
    if any(c in "0134579@$" for c in base) and any(c.isalpha() for c in base):
        key = base.translate(_LEET)
        forms.add(key)
    if "k" in key:  # « kalisse », « k@ve »: k written for c
        forms.add(key.replace("k", "c"))
    if _STRETCH3.search(key):
        forms.update({_STRETCH3.sub(r"\1\1", key), _STRETCH3.sub(r"\1", key)})
        key = _STRETCH3.sub(r"\1\1", key)
    return Tok(start, end, surface, key, forms)


def _glued_run(
    tokens: list[Tok], i: int, text: str, gaps: frozenset[str], longest: int, most: int
) -> int:
    """The last token of the run starting at ``i``: at most ``most`` more
    pieces of at most ``longest`` characters, each one of ``gaps`` from the next."""
    j = i
    while (
        j + 1 < len(tokens)
        and j - i < most
        and len(tokens[j].surface) <= longest
        and len(tokens[j + 1].surface) <= longest
        and tokens[j + 1].start - tokens[j].end == 1
        and text[tokens[j].end] in gaps
    ):
        j += 1
    return j


def _merge_spelled(tokens: list[Tok], text: str) -> list[Tok]:
    """« m u s u l m a n s », « c.o.n.n.a.r.d » → one word."""
    out: list[Tok] = []
    i = 0
    while i < len(tokens):
        j = _glued_run(tokens, i, text, _SPELL_GAP, 1, len(tokens))
        # Three letters only with a look-alike digit among them (« c 0 n »): « a b c » is a list.
        if j - i >= 3 or (j - i == 2 and any(t.surface in "013457@$" for t in tokens[i : j + 1])):
            surface = "".join(t.surface for t in tokens[i : j + 1])
            out.append(_tok(tokens[i].start, tokens[j].end, surface))
            i = j + 1
        else:
            out.append(tokens[i])
            i += 1
    return out


_MASK_GAP = re.compile(r"\*{1,2}")
_SYLLABLE_GAP = _SPELL_GAP - {" "}  # « ta bar nak » would glue ordinary words


_MASKED = re.compile(r"(?<![\w*])[a-zà-ÿ]+\*{1,2}[a-zà-ÿ]+(?![\w*])")
_FILLS = "abcdefghijklmnopqrstuvwxyzéèê"


def unmasked(word: str) -> str | None:
    """« f*ck », « c*l », « f**k »: letters hidden by asterisks inside a word,
    filled only when exactly one filling is a rude word of the lexicons (an
    identity word or a verb is not what people hide this way)."""
    lex = lexicons()
    stars = word.count("*")
    if not 1 <= stars <= 2 or not _MASKED.fullmatch(word):
        return None
    rude = set()
    for fill in product(_FILLS, repeat=stars):
        candidate = word
        for letter in fill:
            candidate = candidate.replace("*", letter, 1)
        form = fold(candidate)
        if form in lex.insults or form in lex.vulgar or form in lex.sacres or form in lex.slurs:
            rude.add(form)
    return rude.pop() if len(rude) == 1 else None


def _merge_syllables(tokens: list[Tok], text: str) -> list[Tok]:
    """« ta.bar.nak », « con*nard » → one word, only when the joined word is in
    a hostile lexicon (« peut-être » and « www.csno.ab.ca » stay apart)."""
    lex = lexicons()
    out: list[Tok] = []
    i = 0
    while i < len(tokens):
        j = _glued_run(tokens, i, text, _SYLLABLE_GAP, 5, 5)
        merged = None
        for k in range(j, i, -1):  # the longest run that makes a hostile word
            candidate = _tok(
                tokens[i].start, tokens[k].end, "".join(t.surface for t in tokens[i : k + 1])
            )
            if any(_is_term(f, lex) for f in candidate.forms):
                merged, j = candidate, k
                break
        if (
            merged is None
            and i + 1 < len(tokens)
            and _MASK_GAP.fullmatch(text[tokens[i].end : tokens[i + 1].start])
            # the whole masked word, as the gate reads it: « c*l » is not in « c*l*ss*s »
            and "*"
            not in text[tokens[i].start - 1 : tokens[i].start] + text[tokens[i + 1].end :][:1]
        ):
            filled = unmasked(text[tokens[i].start : tokens[i + 1].end].lower())
            if filled is not None:
                merged, j = _tok(tokens[i].start, tokens[i + 1].end, filled), i + 1
        if merged is not None:
            out.append(merged)
            i = j + 1
        else:
            out.append(tokens[i])
            i += 1
    return out


def _known(word: str) -> bool:
    """Whether a word is ordinary French, judged on its spelling WITH accents
    (wordfreq does not know « estimee »); typos and glued words are not. Common
    typos (« femm ») have some frequency online, hence a threshold above 1."""
    return zipf(word.lower()) >= 2.5 or zipf(fold(word)) >= 2.5 or fold(word) in common_unaccented()


def _inflects_known(key: str, lex: Lexicons) -> bool:
    """A rare feminine or plural of a common word (« renarde », « lionnes ») is
    French, not a typo of a lexicon word (« retarde »); the stem must not be
    hostile itself, or « conards » would escape as the plural of « conard »."""
    for cut in (1, 2):
        stem = key[:-cut]
        if (
            key[-cut:] in ("e", "s", "x", "es")
            and len(stem) >= 4
            and zipf(stem) >= 3.0
            and not _is_term(stem, lex)
            and stem not in PATTERN_WORDS
        ):
            return True
    return False


@cache
def segment(word: str) -> tuple[str, ...] | None:
    """« putainsderaclures » → ('putains', 'de', 'raclures'): the split into
    known words that uses the fewest pieces, for long unknown words only."""
    n = len(word)
    best: list[tuple[int, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0, ())
    for end in range(1, n + 1):
        for start in range(max(0, end - 18), end):
            if best[start] is None:
                continue
            piece = word[start:end]
            if len(piece) == 1 and piece not in ("a", "y"):
                continue
            known = zipf(piece) >= (3.5 if len(piece) <= 2 else 2.5)
            if not known and piece not in _all_forms() and piece not in PATTERN_WORDS:
                continue
            count, pieces = best[start]
            if best[end] is None or count + 1 < best[end][0]:
                best[end] = (count + 1, (*pieces, piece))
    found = best[n]
    return found[1] if found and len(found[1]) > 1 else None


# Words of the hostile patterns, so that their typos are undone too (« moruir », « maalde »).
PATTERN_WORDS = (
    "mourir", "malade", "mort", "morts", "valent", "valeur", "nausee", "degoutent", "deteste", "detestent",
    "exterminer", "extermines", "massacrer", "souffrir", "crever", "gorge", "gorges", "tranchees",
    "typique", "nature", "merite", "meritent", "enfermes", "expulses", "racaille", "pourritures",
    "stupides", "horrible", "respect", "place", "droit", "vivre", "vermine", "parasites", "haine",
    "degoute", "degoutee", "degoutes", "menace", "execute", "executee", "executes", "executees",
    "extermines", "exterminees", "dedain", "mepris", "degout",
)  # fmt: skip


# Three-letter forms that are hostile wherever they appear in a glued word.
_SHORT_MEANT = frozenset({"con", "cul", "fdp", "ntm"})


_GLUE_WORDS = frozenset(
    "a y de d du des la le les l un une en et ou au aux va vas te t tu ta ton toi es est se sa son ses "
    "ce ces cet cette c ma mon me mes tes je j il ils on qui que qu pis gros sur par pas ne n mal fou bon".split()
)


def _hostile_split(word: str, surface: str = "") -> tuple[str, ...] | None:
    """A glued word's pieces, if one of them is a hostile or pattern word."""
    pieces = segment(word)
    # Short pieces must be little words people glue (« tesunconnard »), not
    # fragments (« plastifieur » is not « pl asti fi eur »).
    if pieces and sum(
        len(p) <= 3 and p not in _GLUE_WORDS and p not in _all_forms() for p in pieces
    ) > (
        1 if len(pieces) > 2 else 0
    ):  # nor « ban|nique » (« bannique », the bannock bread) when there are two pieces
        return None
    # Short lexicon forms (« sti ») hide inside ordinary words (« vestigiale »): the
    # hostile piece of a split must be long enough to be meant, or a known short insult.
    meant = [
        k
        for k, p in enumerate(pieces or ())
        if (p in _all_forms() and (len(p) >= 4 or p in _SHORT_MEANT)) or p in PATTERN_WORDS
    ]
    # The hostile piece and its neighbour make an ordinary word: « sur|esti|mée » is
    # « surestimée » (« estimée »), not a sacre. Judged on the accented surface.
    if meant and len(surface) == len(word):
        ends = [0]
        for p in pieces:
            ends.append(ends[-1] + len(p))
        for k in meant:
            if (k + 1 < len(pieces) and _known(surface[ends[k] : ends[k + 2]])) or (
                k and _known(surface[ends[k - 1] : ends[k + 1]])
            ):
                return None
    return pieces if meant else None


@lru_cache(maxsize=1 << 16)  # the same rare words come back file after file
def _near_miss(form: str) -> str | None:
    """A typo of a lexicon or pattern word: one edit (a swap counts as one)
    for short words, two for long ones (« ignbles », « tortuerr », « Mrot »)."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    if not form or form in _NEVER_CORRECTED:
        return None  # « λόγος » folds to nothing in ASCII
    limit = 1 if len(form) <= 8 else 2
    # Typos rarely touch the first letter: compare only words that share it.
    candidates = [w for w in _near_vocabulary() if w[0] == form[0]]
    match = process.extractOne(
        form, candidates, scorer=DamerauLevenshtein.distance, score_cutoff=limit
    )
    if not match or abs(len(match[0]) - len(form)) > limit:
        return None
    return match[0]


# Real words that sit one or two letters from a hostile one.
_NEVER_CORRECTED = frozenset(
    "ostiner ostine ostines ostinent ostinez ostinait ostinaient ostination ostinations ciboulette sacrifice esprit crise crises "
    "critique tapis tarte conte comte compte conter yourte yourtes nego negos "
    # the verb « sacrer » (to swear) is not the sacre « sacrament »
    "sacrer sacrait sacraient sacrais sacrent sacrant sacrez sacrons sacrera sacreront sacrerait".split()
)


@cache
def _near_vocabulary() -> tuple[str, ...]:
    return tuple(sorted(set(lexicons().vocabulary) | set(PATTERN_WORDS)))


def tokens(doc: Document, parsed: Any | None = None) -> list[Tok]:
    """The view, cached on the document."""
    if "HOS.tokens" in doc.cache:
        return doc.cache["HOS.tokens"]
    text = _BANG_IN_WORD.sub("i", _unsigned(doc.normalised))
    raw = [_tok(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    lex = lexicons()
    for tok in raw:
        # « s!ut »: the mark may stand for an l too, when only that reading is a word of the lexicons
        original = doc.normalised[tok.start : tok.end]
        if "!" in original and not any(_is_term(f, lex) for f in tok.forms):
            other = _tok(tok.start, tok.end, original.replace("!", "l"))
            if any(_is_term(f, lex) for f in other.forms):
                tok.forms |= other.forms
                tok.key = other.key
    merged = _merge_syllables(_merge_spelled(raw, text), text)
    out: list[Tok] = []
    for tok in merged:
        if any(_is_term(f, lex) for f in tok.forms):
            out.append(tok)
            continue
        key = tok.key
        unknown = not _known(tok.surface) and not _known(key) and not _inflects_known(key, lex)
        # A capitalised word inside a sentence is a name (« Chouilly »), not a typo.
        if tok.surface[:1].isupper() and not opens_sentence(text, tok.start, ".!?:"):
            unknown = False
        # Nor is a known first name opening a sentence (« Matis t'es nul », not « Métis »).
        if is_first_name(tok):
            unknown = False
        # A common English word in a franglais post is not a typo of a French word
        # (« la team de cheer », not « chier »), though « fuckin » is one of « fucking ».
        english = unknown and zipf_english(key) >= 4.0
        if key in _NEVER_CORRECTED:
            unknown = False  # « ostination »: a word, neither a typo nor « osti » + « nation »
        # A typo first (« défocnées »), then glued words (« demourir »); a split
        # counts only if it yields a hostile or pattern word.
        if (
            len(key) >= 4
            and key.isalpha()
            and unknown
            and (near := _near_miss(key))
            and not (english and zipf_english(near) < 3.0)
        ):
            tok.forms.add(near)
            tok.key = near
        elif (
            len(key) >= 6
            and key.isalpha()
            and unknown
            and not english
            and (pieces := _hostile_split(key, tok.surface))
        ):
            out.extend(Tok(tok.start, tok.end, p, p, {p}) for p in pieces)
            continue
        out.append(tok)
    if parsed is not None:
        _add_lemmas(out, parsed)
    doc.cache["HOS.tokens"] = out
    return out


def _is_term(form: str, lex: Lexicons) -> bool:
    return (
        form in lex.groups
        or form in lex.slurs
        or form in lex.insults
        or form in lex.vulgar
        or form in lex.sacres
        or verb_of(form) is not None
    )


def _add_lemmas(toks: list[Tok], parsed: Any) -> None:
    """spaCy's lemma of each word, as one more form (« haïssons » → « haïr »)."""
    by_start = {t.idx: t for t in parsed}
    for tok in toks:
        spacy_token = by_start.get(tok.start)
        if spacy_token is not None and spacy_token.lemma_:
            tok.forms.add(fold(spacy_token.lemma_))


def ascii_fold(text: str) -> str:
    """Lower case without accents, at C speed (for the cheap gate)."""
    return unicodedata.normalize("NFD", text.lower()).encode("ascii", "ignore").decode("ascii")


@cache
def _all_forms() -> frozenset[str]:
    """Every single word of every hostile lexicon, and the conjugated forms of
    the hostile verbs, as ASCII-folded words."""
    lex = lexicons()
    words: set[str] = set()
    phrases: list[list[str]] = []
    for table in (lex.groups, lex.slurs, lex.insults, lex.vulgar, lex.sacres):
        for term in table:
            parts = _ASCII_WORD.findall(ascii_fold(term))
            if len(parts) == 1:
                words.add(parts[0])
            else:
                phrases.append(parts)
    for parts in phrases:
        # A phrase opens the gate through a hostile word of its own (« merde » in « sac à
        # merde »), else through its rarest long word (« cochon »), never « sac » or « de ».
        if words.isdisjoint(parts):
            words.add(min((p for p in parts if len(p) >= 4), key=zipf, default=parts[-1]))
    for infinitive in lex.verbs:
        words.add(ascii_fold(infinitive))
        if infinitive.endswith(("er", "ir")):
            words.update(ascii_fold(infinitive[:-2] + e) for e in _ENDINGS)
    words.update(ascii_fold(form) for form in _IRREGULAR)
    # Short function words that happen to be forms would open the gate for every text;
    # a short slur (« BS ») is no function word and must open it (found by the
    # fast-versus-full equivalence test).
    return frozenset(w for w in words if len(w) > 2 or zipf(w) < 4.5)


_ASCII_WORD = re.compile(r"[a-z]+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Signs of obfuscation: spelled-out or stretched letters (not « www »); leetspeak is tested per word.
_OBFUSCATED = re.compile(
    r"\b[a-z](?:[ ._*-][a-z]){3,}\b|(?!w)([a-z])\1\1"
    r"|(?<![\w@$])[a-z][ ._*-][0134579@$][ ._*-][a-z](?![\w@$])"  # « c 0 n »
)
# Words cut into short pieces (« ta.bar.nak »); joined, they are looked up in the lexicons.
# Pieces of up to five letters, as _merge_syllables glues them (« k-lisse »)
_SYLLABLES = re.compile(r"\b[a-z0-9@$]{1,5}(?:[._*-][a-z0-9@$]{1,5}){1,5}(?![a-z0-9@$])")
_SEPARATORS = re.compile(r"[._*-]")
_ORDINAL = re.compile(r"(?<!\d)\d+(?:e|er|re|es|eme|ieme|ere)s?")


# A whole run of word characters holding a letter and a look-alike: the only runs
# _has_leet needs to look at (most posts have none but ordinals like « 3e »).
_LEET_RUN = re.compile(r"(?<![a-z0-9@$])(?=[a-z0-9@$]*[a-z])(?=[a-z0-9@$]*[0134579@$])[a-z0-9@$]+")


def _has_leet(folded: str) -> bool:
    """A word mixing letters and look-alike digits or symbols, other than an ordinal (« 3e »)."""
    for m in _LEET_RUN.finditer(folded):
        word = m.group()
        if (
            any(c in "0134579@$" for c in word)
            and sum(c.isalpha() for c in word) >= 2
            and not _ORDINAL.fullmatch(word)
        ):
            return True
    return False


def may_be_hostile(doc: Document) -> bool:
    """Cheap gate before the view: a lexicon word, an obfuscation, or an
    unknown long word that could be a glued or misspelled one."""
    if "HOS.gate" in doc.cache:
        return doc.cache["HOS.gate"]
    folded = ascii_fold(undo_homoglyphs(_BANG_IN_WORD.sub("i", _unsigned(doc.normalised)).lower()))
    words = set(_ASCII_WORD.findall(folded))
    if "!" in doc.normalised:  # « s!ut », read with an l (see tokens)
        words |= set(
            _ASCII_WORD.findall(
                ascii_fold(undo_homoglyphs(_BANG_IN_WORD.sub("l", doc.normalised).lower()))
            )
        )
    found = (
        not _all_forms().isdisjoint(words)
        or _OBFUSCATED.search(folded) is not None
        or _has_leet(folded)
        or ("*" in folded and any(unmasked(m.group()) for m in _MASKED.finditer(folded)))
        or any(w.replace("k", "c") in _all_forms() for w in words if "k" in w)
        or any(
            not _all_forms().isdisjoint(
                {_SEPARATORS.sub("", m.group()), _SEPARATORS.sub("", m.group()).translate(_LEET)}
            )
            for m in _SYLLABLES.finditer(folded)
        )
        # Only words nobody writes (glued or misspelled), not rare or conjugated ones, nor sigles.
        # The typo test uses the view's own threshold (« Fuckin' » is rare, not unknown):
        # the gate must open wherever the view could find a word.
        or any(
            len(w) >= 4
            and not w.isupper()
            and not _known(w)
            and (
                (len(w) >= 9 and zipf(w.lower()) < 1.0 and zipf(fold(w)) < 1.0)
                or _near_miss(ascii_fold(w).lower())
            )
            for w in set(_LETTERS.findall(doc.normalised))
        )
    )
    doc.cache["HOS.gate"] = found
    return found


def sentences(doc: Document, toks: list[Tok]) -> Iterator[tuple[int, int, list[Tok]]]:
    """(start, end, words) for each sentence of the document."""
    bounds = [*sentence_bounds(doc.normalised), len(doc.normalised)]
    i = 0
    for start, end in pairwise(bounds):
        group = []
        while i < len(toks) and toks[i].start < end:
            if toks[i].start >= start:
                group.append(toks[i])
            i += 1
        if group:
            yield start, end, group


# Single quotes too (« des mots comme 'grosse' ou 'fif' »), but never an elision's
# apostrophe: the opening one follows no letter, the closing one precedes none.
_QUOTES = re.compile(
    r"«[^»]{1,400}»|\"[^\"\n]{1,400}\"|“[^”]{1,400}”|‘[^’\n]{1,60}’"
    r"|(?<![^\W\d_])'[^'\n]{1,40}'(?![^\W\d_])"
)


def quoted_spans(doc: Document) -> Spans:
    if "HOS.quotes" not in doc.cache:
        doc.cache["HOS.quotes"] = Spans(m.span() for m in _QUOTES.finditer(doc.normalised))
    return doc.cache["HOS.quotes"]


def inside(spans: Spans, start: int, end: int) -> bool:
    return spans.covers(start, end)
