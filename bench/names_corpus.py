"""Generated account names for the naming benchmark: registered names, and a
large list mixing them with variants, duplicates and unregistered names."""

from __future__ import annotations

import random

_SCHOOLS = [
    "des Quatre-Vents", "Héritage", "Nouvelle-Frontière", "Sainte-Marie", "du Sommet", "Boréale",
    "des Pionniers", "La Source", "Saint-Joseph", "des Érables", "du Lac", "Beauséjour", "Maurice-Lavallée",
    "Citadelle", "des Cèdres", "Plamondon", "Saint-Christophe", "Notre-Dame", "des Rivières", "Champlain",
]  # fmt: skip
_UNITS = ["", "Bibliothèque", "Volleyball", "Basketball", "4e", "6e", "Musique", "Robotique", "Parents",
          "Harmonie", "Théâtre", "Sciences", "Soccer", "Improvisation", "Service de garde"]  # fmt: skip
_PLATFORMS = ["facebook", "instagram", "x", "tiktok", "youtube"]


def registered(count: int = 1000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < count:
        school = rng.choice(_SCHOOLS) + (f" {rng.randint(1, 60)}" if rng.random() < 0.9 else "")
        unit = rng.choice(_UNITS)
        names.append(f"École {school}" + (f"_{unit}" if unit else "") + "_CSNO")
    return list(dict.fromkeys(names))


def listing(count: int = 100_000, seed: int = 11) -> list[tuple[str, str]]:
    """(name, platform) pairs: registered names, typo variants, wrong suffixes, strangers."""
    rng = random.Random(seed)
    known = registered()
    out = []
    for _ in range(count):
        name = rng.choice(known)
        roll = rng.random()
        if roll < 0.1:
            name = name.replace("É", "E").replace("-", " ")
        elif roll < 0.15:
            name = name.replace("_CSNO", "-CSNO")
        elif roll < 0.2:
            i = rng.randrange(6, len(name) - 6)
            name = name[:i] + name[i + 1 :]
        elif roll < 0.25:
            name = f"Fans {rng.choice(_SCHOOLS)} CSNO"
        if rng.random() < 0.05:
            name = name.replace("_CSNO", "_CSNO (page officielle)")
        out.append((name, rng.choice(_PLATFORMS)))
    return out
