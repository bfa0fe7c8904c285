"""Loading the French spaCy pipeline: lazily, once per process, and with only
the components the enabled rules need."""

from __future__ import annotations

from typing import Any

MODEL = "fr_core_news_sm"

# What a rule may ask for, and the model components that provide it.
_PROVIDERS: dict[str, frozenset[str]] = {
    "pos": frozenset({"tok2vec", "morphologizer", "attribute_ruler"}),
    "lemma": frozenset({"tok2vec", "morphologizer", "attribute_ruler", "lemmatizer"}),
    "parse": frozenset({"tok2vec", "morphologizer", "attribute_ruler", "parser"}),
    "ner": frozenset({"ner"}),
}
_ALL_COMPONENTS = (
    "tok2vec",
    "morphologizer",
    "parser",
    "senter",
    "attribute_ruler",
    "lemmatizer",
    "ner",
)
NEEDS = frozenset(_PROVIDERS)
# Asked for by the engine's full mode: the model as shipped, every component on.
FULL_PIPELINE = frozenset({"full"})

_loaded: dict[frozenset[str], Any] = {}


class ModelUnavailableError(RuntimeError):
    """The French model is not installed."""


def components_for(needs: frozenset[str]) -> frozenset[str]:
    unknown = needs - NEEDS
    if unknown:
        raise ValueError(f"unknown NLP needs: {sorted(unknown)}")
    out: frozenset[str] = frozenset()
    for need in needs:
        out |= _PROVIDERS[need]
    return out


def load_pipeline(needs: frozenset[str]) -> Any:
    """The pipeline for ``needs``, loaded at most once per process for each set."""
    components = frozenset(_ALL_COMPONENTS) if needs == FULL_PIPELINE else components_for(needs)
    if components not in _loaded:
        import spacy  # imported here: commands that need no model must not pay for spaCy

        try:
            # The full model keeps its own defaults (« senter » off, the parser splits sentences).
            excluded = (
                []
                if needs == FULL_PIPELINE
                else [c for c in _ALL_COMPONENTS if c not in components]
            )
            nlp = spacy.load(MODEL, exclude=excluded)
        except OSError as exc:
            raise ModelUnavailableError(MODEL) from exc
        _loaded[components] = nlp
    return _loaded[components]
