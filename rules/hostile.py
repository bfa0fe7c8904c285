"""HOS: hostile speech — insults, vulgarity and Quebec sacres, hate against
protected groups (with or without a bad word), threats, incitement to
self-harm, harassment and defamation.

Mention is not use: a sentence that reports, quotes or condemns hostile words
(« Aucun propos raciste n'est toléré », « Tu dois arrêter d'appeler les gens
des … ») is never flagged, and an identity word alone never is. Words are
matched on a de-obfuscated view (leetspeak, spaced letters, stretched
letters, glued words, one-letter typos), see :mod:`hostile_text`.

The rules live in one module a category (``hostile_hate``, ``hostile_insults``,
``hostile_swears``, ``hostile_threats``, ``hostile_harassment``); this module
gathers them for the registry.
"""

from __future__ import annotations

from .hostile_harassment import Defamation, Harassment
from .hostile_hate import HatefulSpeech
from .hostile_insults import Insult
from .hostile_swears import MincedOath, Sacre, Vulgarity
from .hostile_threats import SelfHarmIncitement, Threat

RULES = (
    Insult,
    Vulgarity,
    Sacre,
    HatefulSpeech,
    Threat,
    SelfHarmIncitement,
    Harassment,
    Defamation,
    MincedOath,
)
