"""The configuration file: ``.civisme.toml`` or ``[tool.civisme]`` in
``pyproject.toml``, the first found from the working directory upward.

Keys are French, like everything a user writes. Paths in the file are read
relative to the file's own folder, so a configuration works from any
sub-folder of the project.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civisme.rules.profiles import ProfileError, check_keys

CONFIG_FILE = ".civisme.toml"

_LISTS = frozenset(
    {
        "selection",
        "ignorer",
        "mots-interdits",
        "mots-acceptes",
        "sigles",
        "contacts-publics",
        "domaines-officiels",
    }
)
_TEXTS = frozenset({"profil", "echec", "registre"})
KEYS = _LISTS | _TEXTS | {"severites"}


@dataclass(frozen=True, slots=True)
class Config:
    """What the configuration file says; empty when there is none."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, key: str) -> str | None:
        return self.values.get(key)

    def words(self, key: str) -> tuple[str, ...]:
        return tuple(self.values.get(key, ()))

    def relative(self, value: str) -> str:
        """A path written in the file, resolved from the file's folder."""
        if self.path is None or Path(value).is_absolute():
            return value
        return str(self.path.parent / value)


def find_config(start: Path) -> Path | None:
    """The nearest ``.civisme.toml``, or ``pyproject.toml`` with a
    ``[tool.civisme]`` table, in ``start`` or one of its parents."""
    for folder in (start, *start.parents):
        own = folder / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_civisme_table(pyproject):
            return pyproject
    return None


def _has_civisme_table(path: Path) -> bool:
    try:
        return "civisme" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False  # someone else's broken pyproject is not ours to report


def load_config(start: Path | None = None) -> Config:
    path = find_config((start or Path.cwd()).resolve())
    if path is None:
        return Config()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path} : configuration illisible ({exc.__class__.__name__}).") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path} : TOML invalide ({exc}).") from exc
    if path.name == "pyproject.toml":
        raw = raw["tool"]["civisme"]
        where = "[tool.civisme]"
    else:
        where = "la configuration"
    check_keys(raw, KEYS, where, str(path))
    for key, value in raw.items():
        if key in _LISTS:
            if isinstance(value, str):  # « selection = "MAJ,ARG" » reads like the flag
                raw[key] = [part.strip() for part in value.split(",") if part.strip()]
            elif not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise ProfileError(f"{path} : « {key} » doit être une liste de textes.")
        elif key in _TEXTS and not isinstance(value, str):
            raise ProfileError(f"{path} : « {key} » doit être un texte.")
    return Config(path, raw)
