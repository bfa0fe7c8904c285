"""Reading the curated lexicons shipped with civisme (UTF-8 TSV with a header)."""

from __future__ import annotations

import csv
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class LexiconInfo:
    name: str
    file: str
    columns: tuple[str, ...]
    match: str
    categories: tuple[str, ...]
    conditions: tuple[str, ...]
    origin: str
    licence: str
    use: str


@cache
def manifest() -> dict[str, LexiconInfo]:
    raw = tomllib.loads(files(__package__).joinpath("manifest.toml").read_text(encoding="utf-8"))
    return {
        name: LexiconInfo(
            name=name,
            file=entry["file"],
            columns=tuple(entry["columns"]),
            match=entry["match"],
            categories=tuple(entry.get("categories", ())),
            conditions=tuple(entry.get("conditions", ())),
            origin=entry["origin"],
            licence=entry["licence"],
            use=entry["use"],
        )
        for name, entry in raw.items()
    }


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The entries of lexicon ``name``, as dictionaries keyed by column."""
    info = manifest()[name]
    text = files(__package__).joinpath(info.file).read_text(encoding="utf-8")
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "") for k, v in row.items()} for row in reader)


def fold(text: str) -> str:
    """Lower case without accents: the key for accent-insensitive lookups."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def terms(name: str) -> frozenset[str]:
    """The lexicon's terms as lookup keys, folded when its match mode says so."""
    info = manifest()[name]
    values = (row["terme"] for row in rows(name))
    if info.match == "sans-accents":
        return frozenset(fold(v) for v in values)
    return frozenset(values)


@dataclass(frozen=True, slots=True)
class NamingProfile:
    """A board's account-naming parameters (CSNO directive 142 §5 for « csno »)."""

    board: str
    board_name: str
    suffix: str
    official_marker: str
    site: str
    discouraged_acronyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Platform:
    key: str
    label: str
    handle_min: int
    handle_max: int
    handle_chars: str
    display_max: int


@cache
def platforms() -> dict[str, Platform]:
    raw = tomllib.loads(files(__package__).joinpath("plateformes.toml").read_text(encoding="utf-8"))
    return {key: Platform(key=key, **entry) for key, entry in raw.items()}
