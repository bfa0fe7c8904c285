"""Board profiles and the configuration file: what each board turns on, the
precedence defaults < profile < file < flags, lexicon additions, and errors
that name the nearest valid word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from civisme.cli.app import app
from civisme.cli.settings import resolve, rules_for
from civisme.rules.clauses import CLAUSES
from civisme.rules.profiles import ProfileError, load_profile, packaged_profiles
from civisme.rules.registry import all_rules

runner = CliRunner()
BOARDS = ("csno", "csspo", "cstl", "dsfno", "csscv")
EXAMPLE_PROFILE = Path(__file__).resolve().parent.parent / "exemples" / "profil-conseil.toml"


def codes(profile: str) -> set[str]:
    return {r.code for r in rules_for(load_profile(profile), (), ())}


def findings(args: list[str], text: str) -> list[tuple[str, str]]:
    result = runner.invoke(app, ["verifier", "-f", "json", *args], input=text)
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(result.stdout)
    return [(f["rule"], f["severity"]) for r in data["results"] for f in r["findings"]]


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder as the working directory (no configuration above it
    matters: tmp_path has none)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- Profiles shipped --------------------------------------------------------


def test_the_five_boards_and_the_default_are_shipped() -> None:
    assert set(packaged_profiles()) == {*BOARDS, "defaut"}


@pytest.mark.parametrize("board", BOARDS)
def test_every_rule_a_board_turns_on_cites_one_of_its_clauses(board: str) -> None:
    profile = load_profile(board)
    for rule in rules_for(profile, (), ()):
        boards = {CLAUSES[c].board for c in rule.clauses}
        assert profile.board in boards, f"{rule.code} actif sous {board} sans article du conseil"


def test_default_holds_every_board_rule_and_every_rule() -> None:
    assert codes("defaut") >= set().union(*(codes(b) for b in BOARDS))
    assert codes("defaut") == {r.code for r in all_rules()}


def test_board_suffix_only_where_a_naming_rule_exists() -> None:
    assert "NOM01" in codes("csno")
    for board in ("csspo", "cstl", "dsfno", "csscv"):
        assert "NOM01" not in codes(board)
        assert load_profile(board).naming is None
    assert load_profile("csno").naming.suffix == "_CSNO"


def test_shouting_is_a_cstl_rule_not_a_csno_one() -> None:
    shouted = "Il est INTERDIT de courir dans les corridors.\n"
    assert ("MAJ02", "warning") in findings(["--profil", "cstl"], shouted)
    assert not any(code.startswith("MAJ") for code, _ in findings(["--profil", "csno"], shouted))


def test_password_rule_belongs_to_cstl_only() -> None:
    assert "RP12" in codes("cstl")
    assert "RP12" not in codes("csno") | codes("csspo") | codes("dsfno") | codes("csscv")


def test_signature_and_hours_are_board_parameters() -> None:
    assert load_profile("cstl").signature_required
    assert not load_profile("csno").signature_required
    assert load_profile("csspo").hours is not None
    assert load_profile("dsfno").hours is None


def test_names_command_refuses_a_board_without_naming_rules() -> None:
    result = runner.invoke(app, ["noms", "--profil", "dsfno", "-"], input="École X_CSNO\n")
    assert result.exit_code == 2
    assert "ne fixe pas de règle de nommage" in result.stderr


def test_example_profile_inherits_and_sets_its_own_suffix() -> None:
    profile = load_profile(str(EXAMPLE_PROFILE))
    assert profile.naming.suffix == "_CSR"
    assert "TON05" not in codes(str(EXAMPLE_PROFILE))
    assert profile.severities["MAJ01"].value == "warning"
    result = runner.invoke(
        app, ["noms", "--profil", str(EXAMPLE_PROFILE), "-"], input="École Sainte-Rose_CSR\n"
    )
    assert result.exit_code == 0, result.stdout


def test_regles_with_a_profile_lists_only_its_rules_and_its_clauses() -> None:
    result = runner.invoke(app, ["regles", "--profil", "dsfno", "-f", "json"])
    data = json.loads(result.stdout)
    assert data["profile"] == "dsfno"
    assert {r["family"] for r in data["rules"]} == {"RP", "HOS", "CRI", "CON"}
    assert all(p.startswith("DSFNO") for r in data["rules"] for p in r["policy"])


def test_expliquer_names_the_profiles_that_apply_a_rule() -> None:
    result = runner.invoke(app, ["expliquer", "MAJ01"])
    assert "Profils qui l'appliquent : cstl, defaut." in result.stdout


# --- Precedence: defaults < profile < file < flags ----------------------------


def test_without_configuration_the_default_profile_applies(project: Path) -> None:
    settings = resolve()
    assert settings.profile.name == "defaut"
    assert settings.fail_on == "erreur"
    assert settings.config.path is None


def test_file_overrides_profile_and_flag_overrides_file(project: Path) -> None:
    (project / ".civisme.toml").write_text(
        # AUT ignored: CSTL asks for a signature and these one-line texts have none.
        'profil = "cstl"\nignorer = ["AUT"]\n[severites]\nMAJ02 = "info"\n',
        encoding="utf-8",
    )
    shouted = "Il est INTERDIT de courir dans les corridors.\n"
    # The file chooses cstl (MAJ on) and lowers MAJ02 below the board's default.
    assert findings([], shouted) == [("MAJ02", "info")]
    # The flag chooses csno, which has no MAJ rule at all.
    assert findings(["--profil", "csno"], shouted) == []


def test_file_failure_threshold_yields_to_the_flag(project: Path) -> None:
    (project / ".civisme.toml").write_text('echec = "jamais"\n', encoding="utf-8")
    text = "Appelez Julie au 819 555-1234 ce soir.\n"
    assert runner.invoke(app, ["verifier"], input=text).exit_code == 0
    assert runner.invoke(app, ["verifier", "--echec", "erreur"], input=text).exit_code == 1


def test_file_selection_yields_to_the_flag(project: Path) -> None:
    (project / ".civisme.toml").write_text('selection = ["ARG"]\n', encoding="utf-8")
    text = "Le club LOL, c TROP BIEN!\n"
    assert {c for c, _ in findings([], text)} <= {"ARG01", "ARG02"}
    assert {c[:3] for c, _ in findings(["--selection", "MAJ"], text)} == {"MAJ"}


def test_selection_can_turn_on_a_rule_the_board_leaves_off(project: Path) -> None:
    assert "MAJ01" in {r.code for r in resolve(profile="csno", selection=["MAJ01"]).rules}
    assert "MAJ01" not in {r.code for r in resolve(profile="csno").rules}


def test_pyproject_table_is_found_from_a_subfolder(project: Path, monkeypatch) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "site"\n[tool.civisme]\nprofil = "dsfno"\n', encoding="utf-8"
    )
    sub = project / "contenu" / "nouvelles"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    assert resolve().profile.name == "dsfno"


def test_civisme_toml_wins_over_pyproject_in_the_same_folder(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.civisme]\nprofil = "dsfno"\n', "utf-8")
    (project / ".civisme.toml").write_text('profil = "csspo"\n', encoding="utf-8")
    assert resolve().profile.name == "csspo"


def test_pyproject_without_civisme_table_is_not_a_configuration(project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool.ruff]\nline-length = 100\n", "utf-8")
    assert resolve().config.path is None


def test_paths_in_the_file_are_relative_to_the_file(project: Path, monkeypatch) -> None:
    (project / "profil.toml").write_text(EXAMPLE_PROFILE.read_text("utf-8"), encoding="utf-8")
    (project / ".civisme.toml").write_text(
        'profil = "profil.toml"\nregistre = "registre.txt"\n', encoding="utf-8"
    )
    sub = project / "docs"
    sub.mkdir()
    monkeypatch.chdir(sub)
    settings = resolve()
    assert settings.profile.name == "csr"
    assert settings.registry == str(project / "registre.txt")


# --- Lexicon additions from the file -----------------------------------------


def test_file_sigles_are_not_shouting(project: Path) -> None:
    text = "Réunion du comité TRUC demain.\n"
    assert [c for c, _ in findings(["--profil", "cstl", "--ignorer", "AUT"], text)] == ["MAJ02"]
    (project / ".civisme.toml").write_text('sigles = ["TRUC"]\n', encoding="utf-8")
    assert findings(["--profil", "cstl", "--ignorer", "AUT"], text) == []


def test_file_public_contacts_are_not_private_numbers(project: Path) -> None:
    text = "Appelez Julie au 819 555-1234 ce soir.\n"
    assert ("RP01", "error") in findings([], text)
    (project / ".civisme.toml").write_text(
        'contacts-publics = ["1 819 555-1234"]\n', encoding="utf-8"
    )
    assert findings([], text) == []


def test_file_official_domains_make_an_address_institutional(project: Path) -> None:
    text = "Écrivez à julie.tremblay@ecolex.org pour les photos.\n"
    assert findings([], text) == [("RP02", "warning")]
    (project / ".civisme.toml").write_text('domaines-officiels = ["ecolex.org"]\n', "utf-8")
    assert findings([], text) == [("RP02", "info")]


def test_forbidden_words_are_flagged_and_accepted_words_are_not(project: Path) -> None:
    text = "Le club LOL joue contre les faces de rat de Val-Joli.\n"
    assert [c for c, _ in findings([], text)] == ["ARG01"]
    (project / ".civisme.toml").write_text(
        'mots-interdits = ["faces de rat"]\nmots-acceptes = ["LOL"]\n', encoding="utf-8"
    )
    assert findings([], text) == [("HOS09", "error")]


def test_accepted_words_never_waive_personal_information(project: Path) -> None:
    (project / ".civisme.toml").write_text('mots-acceptes = ["819 555-1234"]\n', "utf-8")
    assert ("RP01", "error") in findings([], "Appelez Julie au 819 555-1234 ce soir.\n")


def test_forbidden_word_traps_inside_other_words_do_not_fire(project: Path) -> None:
    (project / ".civisme.toml").write_text('mots-interdits = ["rat"]\n', encoding="utf-8")
    text = "Le rattrapage et la pratique du karaté ont lieu mardi.\n"
    assert findings([], text) == []
    assert ("HOS09", "error") in findings([], "Ce rat de Gagnon, celui-là.\n")


# --- Errors name the file and the nearest valid word ---------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('selections = ["MAJ"]\n', "clé inconnue « selections »"),
        ('selection = ["MAJ99"]\n', "règle inconnue : « MAJ99 »"),
        ('[severites]\nMAJ01 = "grave"\n', "sévérité inconnue « grave »"),
        ('[severites]\nphrase-en-majuscule = "info"\n', "« phrase-en-majuscules »"),
        ('echec = "avertisement"\n', "« avertissement »"),
        ('profil = "csn"\n', "profil inconnu : « csn »"),
        ("profil = [\n", "TOML invalide"),
    ],
)
def test_configuration_errors_exit_2_with_a_french_hint(
    project: Path, content: str, expected: str
) -> None:
    (project / ".civisme.toml").write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["verifier"], input="Bonjour.\n")
    assert result.exit_code == 2
    assert expected in result.stderr
    assert ".civisme.toml" in result.stderr


def test_unknown_profile_key_is_reported_with_its_table(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[parametres]\nsigle = ["X"]\n', encoding="utf-8")
    with pytest.raises(
        ProfileError, match=r"clé inconnue « sigle » dans \[parametres\].*« sigles »"
    ):
        load_profile(str(path))


def test_circular_inheritance_is_an_error(tmp_path: Path) -> None:
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(f'[profil]\nherite = "{b}"\n', encoding="utf-8")
    b.write_text(f'[profil]\nherite = "{a}"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="héritage circulaire"):
        load_profile(str(a))
