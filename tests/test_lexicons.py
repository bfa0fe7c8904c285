"""The lexicons are data with a schema: checked like code."""

from __future__ import annotations

import unicodedata
from importlib.resources import files

import pytest

from civisme.lexicons.loader import manifest, rows

NAMES = sorted(manifest())


@pytest.mark.parametrize("name", NAMES)
def test_header_matches_manifest(name: str) -> None:
    info = manifest()[name]
    text = files("civisme.lexicons").joinpath(info.file).read_text(encoding="utf-8")
    assert tuple(text.splitlines()[0].split("\t")) == info.columns
    assert info.origin and info.licence and info.use


@pytest.mark.parametrize("name", NAMES)
def test_terms_are_sorted_unique_nfc_and_clean(name: str) -> None:
    terms = [row["terme"] for row in rows(name)]
    assert terms == sorted(terms)
    assert len(set(terms)) == len(terms)
    for term in terms:
        assert term == unicodedata.normalize("NFC", term)
        assert term == term.strip() and term


@pytest.mark.parametrize("name", NAMES)
def test_categories_are_known(name: str) -> None:
    info = manifest()[name]
    if "categorie" in info.columns:
        assert {row["categorie"] for row in rows(name)} <= set(info.categories)


@pytest.mark.parametrize("name", NAMES)
def test_conditions_are_declared_in_the_manifest(name: str) -> None:
    # An undeclared condition is a typo the matcher would silently treat as « toujours ».
    info = manifest()[name]
    if "condition" in info.columns:
        used = {
            part.partition(":")[0]
            for row in rows(name)
            for part in (row["condition"] or "toujours").split("+")
        }
        assert used <= set(info.conditions), used - set(info.conditions)


def test_acronyms_are_written_in_capitals() -> None:
    for row in rows("sigles"):
        letters = [c for c in row["terme"] if c.isalpha()]
        assert sum(c.isupper() for c in letters) >= len(letters) - 1, row["terme"]
