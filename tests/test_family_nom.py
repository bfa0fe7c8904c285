"""NOM: account names, one by one and as a list (CSNO directive 142 §5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from civisme.cli.app import app
from civisme.rules.account_lists import NameEntry, RegistryIndex, duplicate_officials, unregistered
from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.profiles import load_profile
from civisme.rules.registry import all_rules, select

ENGINE = Engine(select(all_rules(), ["NOM"]))
PROFILE = load_profile("csno").naming


def check_name(name: str, **metadata) -> list[tuple[str, tuple[str, ...]]]:
    doc = Document(name, kind=DocumentKind.NAME, metadata=metadata)
    return [(f.code, f.suggestions) for f in ENGINE.check_one(doc)]


MUST_FIRE = [
    ("École des Quatre-Vents-CSNO", {}, "NOM01", "École des Quatre-Vents_CSNO"),
    ("École des Quatre-Vents_csno", {}, "NOM01", "École des Quatre-Vents_CSNO"),
    ("CSNO_École Héritage", {}, "NOM01", "École Héritage_CSNO"),
    ("École Héritage.CSNO", {}, "NOM01", "École Héritage_CSNO"),
    ("École Héritage_CSNO ", {}, "NOM01", "École Héritage_CSNO"),
    ("École Héritage", {}, "NOM01", "École Héritage_CSNO"),
    ("École Héritage (Page officielle)_CSNO", {}, "NOM02", "École Héritage_CSNO (page officielle)"),
    ("ÉNF6e_science_CSNO", {"plateforme": "facebook"}, "NOM03", None),
    ("École des Quatre-Vents_CSNO", {"plateforme": "x", "identifiant": True}, "NOM04", None),
    ("ÉNF6e_science_CSNO", {"plateforme": "x", "identifiant": True}, "NOM04", None),
    (
        "Ecole_des_Quatre_Vents_Bibliotheque_CSNO",
        {"plateforme": "x", "identifiant": True},
        "NOM04",
        None,
    ),
    (
        "École des Quatre-Vents Bibliothèque et club de lecture des parents_CSNO",
        {"plateforme": "tiktok"},
        "NOM04",
        None,
    ),
]

MUST_NOT_FIRE = [
    ("École des Quatre-Vents_CSNO", {}),
    ("École des Quatre-Vents 4e_CSNO", {}),
    ("École des Quatre-Vents_Bibliothèque_CSNO", {}),
    ("École Héritage Volleyball_CSNO", {}),
    ("École Héritage_CSNO (page officielle)", {}),
    ("ENF6e_sci_CSNO", {"plateforme": "x", "identifiant": True}),
    ("EQV_CSNO", {"plateforme": "x", "identifiant": True}),
    ("ecole.heritage_csno", {"plateforme": "instagram", "identifiant": True, "profil": "csno"}),
    ("École Héritage_CSNO", {"plateforme": "facebook"}),
    ("École Héritage 6e année_CSNO", {"plateforme": "youtube"}),
    ("École des Quatre-Vents_CSNO", {"plateforme": "instagram"}),
    ("École Sainte-Marie_CSNO", {"plateforme": "tiktok"}),
]


@pytest.mark.parametrize(("name", "metadata", "code", "fixed"), MUST_FIRE)
def test_bad_names_are_flagged(name, metadata, code, fixed) -> None:
    found = dict(check_name(name, **metadata))
    assert code in found
    if fixed:
        assert found[code] == (fixed,)


@pytest.mark.parametrize(("name", "metadata"), MUST_NOT_FIRE)
def test_good_names_are_not_flagged(name, metadata) -> None:
    assert check_name(name, **metadata) == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


def test_duplicate_official_accounts_on_one_network() -> None:
    entries = [
        NameEntry(1, "École des Quatre-Vents_CSNO (page officielle)", "facebook"),
        NameEntry(2, "Ecole des Quatre Vents_CSNO (page officielle)", "facebook"),
        NameEntry(3, "École des Quatre-Vents_CSNO (page officielle)", "instagram"),
        NameEntry(4, "École des Quatre-Vents_Bibliothèque_CSNO", "facebook"),
        NameEntry(5, "École Héritage_CSNO (page officielle)", "facebook"),
    ]
    found = duplicate_officials(entries, PROFILE)
    assert sorted(found) == [1, 2]  # another network, another account or school: fine


def test_unregistered_use_of_the_board_name_with_closest_registered() -> None:
    registry = RegistryIndex(
        ["École Héritage_CSNO (page officielle)", "École Héritage Volleyball_CSNO"], PROFILE
    )
    entries = [
        NameEntry(1, "Ecole Heritage Volleyball_CSNO"),  # same once normalised: registered
        NameEntry(2, "École Héritage Volley_CSNO"),  # not registered, close to one
        NameEntry(3, "Club de lecture des Quatre-Vents"),  # does not use the board's name
    ]
    found = unregistered(entries, registry)
    assert list(found) == [2]
    assert "École Héritage Volleyball_CSNO" in found[2][0].message


def test_cli_text_json_csv_and_exit_codes(tmp_path: Path) -> None:
    names = tmp_path / "comptes.csv"
    names.write_text(
        "nom,reseau\nÉcole Héritage_CSNO (page officielle),facebook\nÉcole Héritage-CSNO,instagram\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["noms", str(names), "--colonne", "nom", "--colonne-plateforme", "reseau", "-f", "json"],
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [r["line"] for r in data["results"]] == [1, 2]
    assert data["results"][1]["findings"][0]["rule"] == "NOM01"
    assert [r["platform"] for r in data["results"]] == ["facebook", "instagram"]
    assert data["summary"]["names"] == 2
    clean = runner.invoke(app, ["noms", "-"], input="École Héritage_CSNO\n")
    assert clean.exit_code == 0 and "Aucun problème trouvé (1 nom)" in clean.stdout


def test_cli_refuses_missing_column_and_unknown_platform(tmp_path: Path) -> None:
    names = tmp_path / "comptes.csv"
    names.write_text("nom\nÉcole Héritage_CSNO\n", encoding="utf-8")
    runner = CliRunner()
    missing = runner.invoke(app, ["noms", str(names), "--colonne", "name"])
    assert missing.exit_code == 2 and "colonne « name » absente" in missing.stderr
    platform = runner.invoke(app, ["noms", str(names), "--plateforme", "myspace"])
    assert platform.exit_code == 2 and "plateforme inconnue" in platform.stderr


def test_handles_are_read_without_their_at_sign_and_characters_shown_plainly() -> None:
    runner = CliRunner()
    ok = runner.invoke(
        app, ["noms", "--identifiant", "--plateforme", "instagram", "-"], input="@heritage_csno\n"
    )
    assert ok.exit_code == 0, ok.stdout
    bad = runner.invoke(
        app, ["noms", "--identifiant", "--plateforme", "instagram", "-"], input="École Héritage\n"
    )
    assert "caractères non permis : l'espace, « É », « é »" in bad.stdout
    assert "'É'" not in bad.stdout
