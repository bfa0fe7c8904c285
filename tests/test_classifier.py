"""The trained classifier behind HOS10 and CRI02: its features see through
obfuscation, the shipped weights are what the training script makes of the
data in the repository, and a guess gives way to a precise finding."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from civisme.rules.base import Rule
from civisme.rules.document import Document
from civisme.rules.engine import Engine
from civisme.rules.finding import Hit, Severity
from civisme.rules.likely_violations import LikelyHostile
from civisme.rules.text_classifier import MODEL_FILE, family_models, features

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("t@b@rn@k", "w:tabarnak"),  # leetspeak
        ("c.r.i.s.s.e", "w:crisse"),  # spelled out
        ("c o n n a r d", "w:connard"),
        ("crisssse", "w:crisse"),  # a stretched letter read as two…
        ("tabarnaaaak", "w:tabarnak"),  # …and as one
        ("Écoeurée", "w:ecoeuree"),  # case and accents
        ("Bravo au CSS 🙄", "s:🙄"),  # an emoji is a sign
        ("la direction décide", "b:la direction"),  # pairs of words
        ("menaçait", "p:menac"),  # word starts carry inflections
    ],
)
def test_features_see_through_spelling(text: str, feature: str) -> None:
    assert feature in features(text)


def test_numbers_and_ordinals_are_not_read_as_leetspeak() -> None:
    found = features("3e année, 2eme étage, 15h30, 4 élèves")
    assert not any(f in found for f in ("w:ee", "w:eeme", "w:ih", "w:a"))
    assert "b:<nombre> annee" in found


def test_shipped_model_has_its_four_families_with_a_cautious_threshold() -> None:
    models = family_models()
    assert set(models) == {"HOS", "CRI", "CON", "PUB"}
    for model in models.values():
        assert 0.5 < model.threshold < 1.0
        assert len(model.weights) > 1000


def _holdout_split() -> tuple[set[str], set[str]]:
    raw = tomllib.loads((ROOT / "bench" / "jeux_holdout.toml").read_text(encoding="utf-8"))
    return set(raw["entrainement"]["jeux"]), set(raw["reserves"]["jeux"])


def test_every_hos_holdout_set_either_trains_or_measures_never_both() -> None:
    training, reserved = _holdout_split()
    on_disk = {path.parent.name for path in (ROOT / "bench").glob("holdout*/hos.jsonl")}
    assert not training & reserved
    # a set added to bench/ must be placed: a forgotten one would neither train nor measure
    assert training | reserved == on_disk


def test_model_records_what_it_was_trained_on_and_its_cross_validation() -> None:
    raw = json.loads((ROOT / "lexicons" / MODEL_FILE).read_text(encoding="utf-8"))
    training, reserved = _holdout_split()
    holdouts = {source for source in raw["trained_on"] if source.startswith("holdout")}
    assert holdouts == training  # the read sets, and never a set that measures
    assert not holdouts & reserved
    # each family at its own target (training/train_classifier.py)
    targets = {"HOS": 0.97, "CRI": 0.90, "CON": 0.88, "PUB": 0.90}
    for code, family in raw["families"].items():
        assert family["cross_validation"]["precision"] >= targets[code]


def test_shipped_weights_are_what_the_training_script_makes(tmp_path: Path) -> None:
    # No weight is edited by hand: retraining on the data in the repository gives the file back.
    out = tmp_path / "model.json"
    subprocess.run(
        [sys.executable, str(ROOT / "training" / "train_classifier.py"), "--sortie", str(out)],
        check=True,
        capture_output=True,
    )
    shipped = json.loads((ROOT / "lexicons" / MODEL_FILE).read_text(encoding="utf-8"))
    retrained = json.loads(out.read_text(encoding="utf-8"))
    assert retrained["trained_on"] == shipped["trained_on"]
    for family, model in shipped["families"].items():
        again = retrained["families"][family]
        assert again["threshold"] == pytest.approx(model["threshold"], abs=0.01)
        assert set(again["weights"]) == set(model["weights"])
        assert max(abs(again["weights"][k] - w) for k, w in model["weights"].items()) < 0.01


class _Firm(Rule):
    """Règle d'essai."""

    code, name, title, severity, clauses = "HOS01", "essai", "essai", Severity.ERROR, ()

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        i = doc.normalised.find("imbécile")
        if i >= 0:
            yield Hit(i, i + len("imbécile"), "injure")


class _Guess(Rule):
    """Règle d'essai."""

    code, name, title, severity, clauses = "HOS10", "devine", "devine", Severity.WARNING, ()
    rank = 2

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        yield Hit(0, len(doc.normalised), "devine")


def test_a_guess_gives_way_to_a_precise_finding_of_its_family() -> None:
    engine = Engine([_Firm(), _Guess()])
    assert [f.code for f in engine.check_one(Document("Quel imbécile."))] == ["HOS01"]
    # With nothing precise to overlap, the guess is reported.
    assert [f.code for f in engine.check_one(Document("On verra bien."))] == ["HOS10"]


@pytest.mark.parametrize(
    "text",
    [
        # the model's pieces end at « M. »: the title was flagged alone, or cut off
        "M. Pelletier sait très bien ce qu'il a fait avec l'argent du voyage, demandez-lui donc.",
        "M. Roy, on sait ce que vous faites après l'école. Ça va finir par se savoir.",
    ],
)
def test_a_guessed_passage_keeps_the_title_with_the_name_after_it(text: str) -> None:
    doc = Document(text)
    hits = list(LikelyHostile().check(doc, None))
    assert hits
    for hit in hits:
        passage = text[hit.start : hit.end]
        assert passage.startswith("M. ") and len(passage) > len("M. Roy")


def test_markdown_emphasis_is_not_the_asterisk_of_a_hidden_letter() -> None:
    # the models learnt « * » from « ost*e »; a bold word in the CSNO policy was flagged
    bold = "- **Économiser** de l'argent (par rapport aux modes de promotion traditionnels)"
    assert list(LikelyHostile().check(Document(bold), None)) == []
    hidden = "Les parents qui bloquent la zone des autobus = c*l*ss*s d'égoïstes"
    assert list(LikelyHostile().check(Document(hidden), None))
