"""Suppressions: every form (HTML comment, plain line, whole file, CSV field),
what each covers, errors for bare or unknown codes, counts in the report, and
unused directives with --signaler-inutiles."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from civisme.cli.app import app
from civisme.rules.document import Document
from civisme.rules.engine import Engine
from civisme.rules.registry import all_rules, select
from civisme.rules.suppressions import parse

runner = CliRunner()
SCHEMA = json.loads(
    (
        Path(__file__).resolve().parent.parent / "cli" / "schemas" / "report-v1.schema.json"
    ).read_text(encoding="utf-8")
)


def check(text: str, *args: str) -> tuple[int, dict, str]:
    # CSTL requires a signature (AUT01): these short texts are about the directives, not that.
    result = runner.invoke(
        app, ["verifier", "-f", "json", "--profil", "cstl", "--ignorer", "AUT", *args], input=text
    )
    report = json.loads(result.stdout)
    jsonschema.validate(report, SCHEMA)
    return result.exit_code, report, result.stderr


def lines_flagged(report: dict) -> list[tuple[int, str]]:
    return [(f["line"], f["rule"]) for r in report["results"] for f in r["findings"]]


# --- What a directive covers ---------------------------------------------------


def test_html_comment_covers_the_next_paragraph_only() -> None:
    text = (
        "<!-- civisme: ignorer MAJ -- sigle de l'affiche officielle -->\n"
        "Le GYMNASE est FERMÉ.\n"
        "Le VESTIAIRE aussi.\n"
        "\n"
        "La CAFÉTÉRIA reste ouverte.\n"
    )
    code, report, _ = check(text)
    assert lines_flagged(report) == [(5, "MAJ02")]
    assert report["results"][0]["suppressed"] == {"MAJ02": 3}
    assert report["summary"]["suppressed"] == 3
    assert code == 0  # only a warning is left


def test_comment_after_text_covers_its_own_line_only() -> None:
    text = "Le GYMNASE est fermé. <!-- civisme: ignorer MAJ02 -- nom du local -->\nLe VESTIAIRE aussi.\n"
    _, report, _ = check(text)
    assert lines_flagged(report) == [(2, "MAJ02")]


def test_plain_text_line_form() -> None:
    text = "civisme: ignorer MAJ02 -- sigle local\nLe GYMNASE est fermé.\n\nLe VESTIAIRE aussi.\n"
    _, report, _ = check(text)
    assert lines_flagged(report) == [(4, "MAJ02")]


def test_whole_file_without_codes() -> None:
    text = "<!-- civisme: ignorer-fichier -- affiche reproduite -->\nON A GAGNÉ.\n\nLe GYMNASE.\n"
    code, report, _ = check(text)
    assert lines_flagged(report) == []
    assert report["summary"]["suppressed"] == 2
    assert code == 0


def test_whole_file_with_codes_keeps_the_other_rules() -> None:
    text = "civisme: ignorer-fichier MAJ01\nON A GAGNÉ.\n\nLe GYMNASE est fermé.\n"
    _, report, _ = check(text)
    assert lines_flagged(report) == [(4, "MAJ02")]


def test_rules_may_be_named_by_code_family_or_name() -> None:
    for token in ("MAJ01", "MAJ", "phrase-en-majuscules"):
        _, report, _ = check(f"<!-- civisme: ignorer {token} -->\nON A GAGNÉ.\n")
        assert lines_flagged(report) == [], token


def test_other_rules_in_the_covered_paragraph_are_kept() -> None:
    text = "<!-- civisme: ignorer MAJ -->\nLe GYMNASE, c trop bien.\n"
    _, report, _ = check(text)
    assert [rule for _, rule in lines_flagged(report)] == ["ARG01"]


# --- Traps: texts that are not directives ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Civisme : ignorer les autres est impoli, disons-le aux élèves.\nLe GYMNASE.\n",
        "Le cours de civisme: ignorer RP01 serait une faute, rappelle Julie.\nLe GYMNASE.\n",
        "Notre projet civisme ignorer MAJ02 n'a aucun sens ici.\nLe GYMNASE.\n",
    ],
)
def test_prose_about_civisme_is_not_a_directive(text: str) -> None:
    code, report, stderr = check(text)
    assert code != 2, stderr
    assert (2, "MAJ02") in lines_flagged(report)
    assert report["summary"]["suppressed"] == 0


def test_suppressions_only_remove_findings() -> None:
    rules = select(all_rules(), ["MAJ", "ARG", "HOS", "RP"])
    body = "Le GYMNASE, c trop bien. Appelez Julie au 819 555-1234.\n\nON A GAGNÉ, mon ostie.\n"
    engine = Engine(rules)
    plain = set((f.code, f.end - f.start) for f in engine.check_one(Document(body)))
    directive = "<!-- civisme: ignorer MAJ, RP01 -->\n"
    with_directive = engine.check_one(Document(directive + body))
    shifted = {(f.code, f.end - f.start) for f in with_directive}
    assert shifted < plain
    assert {c for c, _ in plain - shifted} == {"MAJ02", "RP01"}


# --- Errors -------------------------------------------------------------------------


def test_bare_ignore_is_an_error_naming_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "a.md"
    bad.write_text("Bonjour.\n<!-- civisme: ignorer -->\nLe GYMNASE.\n", encoding="utf-8")
    good = tmp_path / "b.md"
    good.write_text("ON A GAGNÉ.\n", encoding="utf-8")
    result = runner.invoke(app, ["verifier", "--profil", "cstl", str(bad), str(good)])
    assert result.exit_code == 2
    assert f"{bad}:2 : « civisme: ignorer » doit nommer les règles" in result.stderr
    assert "b.md:1:1  MAJ01" in result.stdout  # the other file is still checked
    assert "a.md:3:4  MAJ02" in result.stdout  # and so is the rest of this one


def test_unknown_code_is_an_error_with_the_nearest_rule() -> None:
    code, report, stderr = check(
        "<!-- civisme: ignorer MAJ011 -- faute de frappe -->\nON A GAGNÉ.\n"
    )
    assert code == 2
    assert "règle inconnue « MAJ011 »" in stderr and "« MAJ01 »" in stderr
    assert report["errors"] and report["errors"][0]["path"].endswith(":1")
    assert lines_flagged(report) == [(2, "MAJ01")]  # the bad directive suppresses nothing


def test_reason_is_kept_and_codes_may_be_separated_by_commas() -> None:
    outcome = parse("<!-- civisme: ignorer MAJ01, ARG01 -- affiche du club LOL -->\nx\n")
    (directive,) = outcome.directives
    assert directive.tokens == ("MAJ01", "ARG01")
    assert directive.reason == "affiche du club LOL"
    assert directive.line == 1


# --- Unused suppressions --------------------------------------------------------------


def test_unused_suppressions_are_reported_only_when_asked() -> None:
    text = "<!-- civisme: ignorer RP01 -- ancien numéro -->\nBonne semaine à tous.\n"
    code, report, _ = check(text)
    assert code == 0 and report["results"][0]["unused_suppressions"] == []
    code, report, _ = check(text, "--signaler-inutiles")
    assert code == 1
    assert report["results"][0]["unused_suppressions"] == [
        {"line": 1, "directive": "ignorer RP01 -- ancien numéro"}
    ]
    assert report["summary"]["unused_suppressions"] == 1


def test_used_suppression_is_not_reported_as_unused() -> None:
    text = "<!-- civisme: ignorer MAJ01 -->\nON A GAGNÉ.\n"
    code, report, _ = check(text, "--signaler-inutiles")
    assert code == 0
    assert report["summary"]["unused_suppressions"] == 0


def test_unused_suppression_in_the_text_report() -> None:
    result = runner.invoke(
        app, ["verifier", "--signaler-inutiles"], input="civisme: ignorer HOS\nBonjour.\n"
    )
    assert "<entrée standard>:1:1  suppression inutile : « civisme: ignorer HOS »" in result.stdout


# --- Privacy: a suppressed rule still masks what it found -------------------------------


def test_suppressed_phone_number_is_still_masked_in_other_findings() -> None:
    # RP is selected (default profile): only the shadow run can still find the number.
    text = "<!-- civisme: ignorer RP01 -->\nAppelez Julie au 819 555-1234, c TROP BIEN.\n"
    result = runner.invoke(app, ["verifier"], input=text)
    assert "ARG01" in result.stdout and "RP01" not in result.stdout
    assert "555-1234" not in result.stdout
    assert "819 ***-**34" in result.stdout


def test_personal_information_inside_a_directive_is_reported_and_masked() -> None:
    # An HTML comment is published in the page's source: its number is no private note.
    text = "<!-- civisme: ignorer HOS -- appeler Julie au 819 555-1234 -->\nBonjour.\n"
    result = runner.invoke(app, ["verifier", "--signaler-inutiles"], input=text)
    assert "RP01" in result.stdout
    assert "suppression inutile" in result.stdout
    assert "555-1234" not in result.stdout


# --- CSV records: a « civisme » column ----------------------------------------------------


def test_names_csv_field_suppresses_that_row_only() -> None:
    csv_text = (
        "nom,civisme\n"
        "ÉNF6e_science_CSNO,ignorer NOM03 -- espace restreint sur X\n"
        "ÉNF6e_maths_CSNO,\n"
    )
    result = runner.invoke(app, ["noms", "--colonne", "nom", "-f", "json", "-"], input=csv_text)
    data = json.loads(result.stdout)
    rules = [[f["rule"] for f in r["findings"]] for r in data["results"]]
    assert rules == [[], ["NOM03"]]
    assert data["summary"]["suppressed"] == 1


def test_registry_field_with_unknown_code_is_an_error(tmp_path: Path) -> None:
    registry = Path(__file__).resolve().parent.parent / "exemples" / "registre-comptes.csv"
    lines = registry.read_text(encoding="utf-8").splitlines()
    lines[0] += ",civisme"
    lines[1] += ",ignorer DES99"
    lines[2:] = [line + "," for line in lines[2:]]
    path = tmp_path / "registre.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["comptes", str(path), "--date", "2026-11-21"])
    assert result.exit_code == 2
    assert "rangée 1 : règle inconnue « DES99 »" in result.stderr


def test_a_record_field_reaches_the_engine_for_every_record_input() -> None:
    # CSV and JSON Lines records hand their « civisme » field to the engine as
    # metadata; it covers the whole record, like ignorer-fichier.
    engine = Engine(select(all_rules(), ["MAJ"]))
    shouted = "Le GYMNASE est fermé. ON A GAGNÉ."
    assert {f.code for f in engine.check_one(Document(shouted))} == {"MAJ01", "MAJ02"}
    doc = Document(shouted, metadata={"civisme": "ignorer MAJ02 -- nom du local"})
    assert [f.code for f in engine.check_one(doc)] == ["MAJ01"]
    assert doc.suppressions.suppressed == {"MAJ02": 1}
