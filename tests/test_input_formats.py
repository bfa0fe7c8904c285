"""Real inputs: Markdown, HTML, Word, CSV and JSON Lines exports, YAML front
matter and encodings — what is checked, what is not, and where findings point."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from civisme.cli.app import app
from civisme.cli.entries import entries
from civisme.cli.front_matter import read_front_matter
from civisme.cli.html_view import HtmlView
from civisme.cli.inputs import Source, read_source
from civisme.cli.markdown_view import markdown_view
from civisme.cli.records import Fields, csv_records, jsonl_records
from civisme.rules.publication_hours import DATE_KEY

runner = CliRunner()


def findings_of(path: Path, *args: str) -> list[dict]:
    result = runner.invoke(app, ["verifier", str(path), "-f", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return [f for r in json.loads(result.stdout)["results"] for f in r["findings"]]


def json_report(*args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["verifier", "-f", "json", *args])
    return result.exit_code, json.loads(result.stdout)


# --- Markdown ---------------------------------------------------------------


MARKDOWN = """# Sortie au musée

Voici le code :

```
IL EST INTERDIT mdr
```

    INDENTÉ MDR DANS UN BLOC

Tapez `PTDR` dans la console, puis voyez [le guide](https://ecole.ca/GUIDE-URGENT "LOL").
![Photo de la classe](img/CLASSE.png)

[ref]: https://ecole.ca/ARCHIVES "MDR"
<span class="x">Texte</span> et du vrai texte : il est INTERDIT de courir, mdr.
"""


def test_markdown_view_keeps_length_and_line_breaks() -> None:
    view = markdown_view(MARKDOWN)
    assert len(view) == len(MARKDOWN)
    assert [i for i, c in enumerate(view) if c == "\n"] == [
        i for i, c in enumerate(MARKDOWN) if c == "\n"
    ]


def test_markdown_code_blocks_and_inline_code_are_not_checked() -> None:
    view = markdown_view(MARKDOWN)
    for hidden in ("IL EST INTERDIT mdr", "INDENTÉ MDR", "PTDR", "LOL", "MDR", "```", "<span"):
        assert hidden not in view


def test_markdown_link_text_and_urls_stay_readable_but_not_link_syntax() -> None:
    view = markdown_view(MARKDOWN)
    assert "le guide" in view and "Photo de la classe" in view
    assert "https://ecole.ca/GUIDE-URGENT" in view  # for the link rules; text rules skip URLs
    assert "](" not in view and "![" not in view


def test_markdown_finding_points_into_the_source_file(tmp_path: Path) -> None:
    path = tmp_path / "sortie.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    found = findings_of(path, "--selection", "MAJ,ARG")
    assert [(f["rule"], f["excerpt"]) for f in found] == [("MAJ02", "INTERDIT"), ("ARG01", "mdr")]
    number, line = next((i, t) for i, t in enumerate(MARKDOWN.splitlines(), 1) if "vrai" in t)
    assert found[0]["line"] == number
    assert found[0]["column"] == line.index("INTERDIT") + 1


def test_markdown_list_continuation_is_not_taken_for_code() -> None:
    text = "- premier point\n\n    suite du point : IL EST INTERDIT\n"
    assert "INTERDIT" in markdown_view(text)


def test_markdown_unclosed_backtick_is_plain_text() -> None:
    text = "Le signe ` seul, puis IL EST INTERDIT.\n\nAutre ` paragraphe."
    assert markdown_view(text) == text


def test_markdown_suppression_comment_still_applies(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "<!-- civisme: ignorer MAJ02 -- sigle du club -->\nIL EST INTERDIT de courir.\n"
    )
    assert findings_of(path, "--selection", "MAJ") == []


# --- Front matter -----------------------------------------------------------


FRONT = """---
titre: "ON A GAGNÉ LE TOURNOI DE LA RÉGION"
date: 2026-11-21T23:30
auteur: Julie Tremblay, enseignante
type: publication
tags: [sport]
---
Bravo à nos joueuses.
"""


def test_front_matter_gives_date_author_and_kind() -> None:
    front = read_front_matter(FRONT)
    assert front.metadata == {DATE_KEY: "2026-11-21T23:30", "auteur": "Julie Tremblay, enseignante"}
    assert front.kind == "publication" and not front.errors
    assert FRONT[: front.end].endswith("---\n")


def test_front_matter_date_without_hour_is_not_a_publication_hour() -> None:
    front = read_front_matter("---\ndate: 2026-11-21\n---\nTexte.")
    assert DATE_KEY not in front.metadata and not front.errors


def test_front_matter_other_tools_type_is_ignored_not_an_error() -> None:
    front = read_front_matter("---\ntype: post\n---\nTexte.")
    assert front.kind is None and not front.errors


def test_front_matter_unreadable_date_is_reported() -> None:
    front = read_front_matter("---\ndate: demain soir\n---\nTexte.")
    assert front.errors and "date illisible" in front.errors[0]


def test_front_matter_title_is_checked_in_place_the_rest_is_not(tmp_path: Path) -> None:
    path = tmp_path / "billet.md"
    path.write_text(FRONT, encoding="utf-8")
    found = findings_of(path, "--selection", "MAJ")
    assert [f["line"] for f in found] == [2]
    assert "TOURNOI" in found[0]["excerpt"]


def test_front_matter_date_feeds_the_hour_rule(tmp_path: Path) -> None:
    path = tmp_path / "billet.md"
    path.write_text(FRONT, encoding="utf-8")
    assert [f["rule"] for f in findings_of(path, "--selection", "HOR")] == ["HOR01"]
    path.write_text(FRONT.replace("23:30", "10:30"), encoding="utf-8")
    assert findings_of(path, "--selection", "HOR") == []


def test_front_matter_author_satisfies_the_signature_rule(tmp_path: Path) -> None:
    unsigned = "Rappel : la photo scolaire aura lieu mardi.\n"
    path = tmp_path / "a.md"
    path.write_text(unsigned, encoding="utf-8")
    assert [f["rule"] for f in findings_of(path, "--profil", "cstl", "--selection", "AUT")] == [
        "AUT01"
    ]
    path.write_text("---\nauteur: Marc Roy, directeur\n---\n" + unsigned, encoding="utf-8")
    assert findings_of(path, "--profil", "cstl", "--selection", "AUT") == []


def test_broken_front_matter_is_an_error_but_the_text_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitre: [non fermé\n---\nIL EST INTERDIT de courir.\n")
    code, report = json_report(str(path), "--selection", "MAJ")
    assert code == 2
    assert "en-tête YAML illisible" in report["errors"][0]["message"]
    assert [f["rule"] for r in report["results"] for f in r["findings"]] == ["MAJ02"]


def test_text_that_merely_starts_with_a_rule_is_not_front_matter() -> None:
    text = "---\nIL EST INTERDIT de courir.\n"
    assert read_front_matter(text).end == 0


# --- HTML -------------------------------------------------------------------


PAGE = """<!doctype html>
<html><head><title>Sortie</title><style>.x { content: "MERDE"; }</style>
<script>var s = "IL EST INTERDIT mdr";</script></head>
<body>
<p>Caf&eacute; des parents &amp; amis : <b>IL EST</b> INTERDIT de courir, mdr.</p>
<img src="a.png" alt="Photo PTDR"><a href="https://x.ca/?q=LOL" title="Voir la page">lien</a>
<!-- une note interne : MDR -->
<pre>code PTDR</pre>
</body></html>
"""


def test_html_reads_text_nodes_and_alt_and_title_only() -> None:
    view = HtmlView(PAGE).text
    assert "Café des parents & amis" in view
    assert "Photo PTDR" in view and "Voir la page" in view
    for hidden in ("MERDE", "var s", "LOL", "une note interne", "code PTDR", "<p>", "href"):
        assert hidden not in view


def test_html_blocks_do_not_run_into_each_other() -> None:
    view = HtmlView("<p>fin</p><p>début</p><div>a<br>b</div>").text
    assert "fin\n\ndébut" in view and "a\nb" in view


def test_html_offsets_map_back_to_the_source_through_entities() -> None:
    view = HtmlView(PAGE)
    start = view.text.index("Café")
    s, e = view.to_source(start, start + len("Café"))
    assert PAGE[s:e] == "Caf&eacute;"
    start = view.text.index("amis")
    s, e = view.to_source(start - 2, start)  # « & »
    assert PAGE[s:e] == "&amp; "[: e - s] and PAGE[s:].startswith("&amp;")


def test_html_findings_have_source_lines_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    found = findings_of(path, "--selection", "MAJ,ARG")
    by_rule = {(f["rule"], f["excerpt"]): (f["line"], f["column"]) for f in found}
    line5 = PAGE.splitlines()[4]
    assert by_rule[("ARG01", "mdr")] == (5, line5.index("mdr") + 1)
    assert ("ARG01", "PTDR") in by_rule  # the alt text
    assert by_rule[("ARG01", "PTDR")][0] == 6
    assert all("MERDE" not in f["excerpt"] for f in found)


def test_html_deeply_nested_page_is_read_without_recursion() -> None:
    page = "<div>" * 50_000 + "IL EST INTERDIT" + "</div>" * 50_000
    assert "IL EST INTERDIT" in HtmlView(page).text


def test_html_suppression_comment_still_applies(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(
        "<!-- civisme: ignorer MAJ02 -- nom du club -->\n<p>IL EST INTERDIT de courir</p>\n"
    )
    assert findings_of(path, "--selection", "MAJ") == []


# --- Word -------------------------------------------------------------------


def _docx(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Bonjour à tous,")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Horaire"
    table.cell(0, 1).text = "IL EST INTERDIT de courir, mdr"
    document.add_paragraph("La direction")
    path = tmp_path / "brouillon.docx"
    document.save(str(path))
    return path


def test_docx_paragraphs_and_table_cells_are_checked_by_paragraph_number(tmp_path: Path) -> None:
    found = findings_of(_docx(tmp_path), "--selection", "MAJ,ARG")
    # Paragraph 1, then the two cells (2 and 3), then paragraph 4.
    assert [(f["rule"], f["excerpt"], f["line"], f["column"]) for f in found] == [
        ("MAJ02", "IL EST INTERDIT", 3, 1),
        ("ARG01", "mdr", 3, 28),
    ]


def test_damaged_docx_is_refused_and_the_rest_is_checked(tmp_path: Path) -> None:
    (tmp_path / "casse.docx").write_bytes(b"PK\x03\x04 pas vraiment un zip")
    (tmp_path / "b.txt").write_text("IL EST INTERDIT de courir.\n")
    code, report = json_report(str(tmp_path), "--selection", "MAJ")
    assert code == 2
    assert report["errors"][0]["path"].endswith("casse.docx")
    assert "document Word illisible" in report["errors"][0]["message"]
    assert report["summary"]["findings"] == 1


def test_docx_cannot_be_fixed_in_place(tmp_path: Path) -> None:
    result = runner.invoke(app, ["corriger", str(_docx(tmp_path))])
    assert result.exit_code == 2
    assert "corriger ne modifie que le texte brut et le Markdown" in result.stderr


# --- CSV and JSON Lines -----------------------------------------------------


CSV = (
    "id;date;texte;auteur\n"
    '17;2026-11-21 23:10;"IL EST INTERDIT de courir, mdr";Julie\n'
    '18;2026-11-21 10:00;"Bonne journée\nà tous";Marc\n'
    "19;;Merci mdr;\n"
)


def test_csv_records_have_ids_lines_and_metadata() -> None:
    records, problems = csv_records(CSV, Fields())
    assert not problems
    assert [(r.id, r.line) for r in records] == [("17", 2), ("18", 3), ("19", 5)]
    assert records[0].metadata == {DATE_KEY: "2026-11-21T23:10", "auteur": "Julie"}
    assert records[1].text == "Bonne journée\nà tous"
    assert records[2].metadata == {}


def test_csv_each_record_is_reported_with_its_id(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="utf-8")
    code, report = json_report(str(path), "--selection", "MAJ,ARG,HOR", "--profil", "csspo")
    assert code == 0  # HOR01 is a warning
    assert [(r["record"], r["record_line"]) for r in report["results"]] == [
        ("17", 2),
        ("18", 3),
        ("19", 5),
    ]
    first = report["results"][0]
    assert {f["rule"] for f in first["findings"]} == {"HOR01", "MAJ02"}  # csspo: ARG03 only
    assert report["results"][1]["findings"] == []


def test_csv_named_columns_and_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("num,corps_du_message\n1,Trop drôle mdr\n", encoding="utf-8")
    code, report = json_report(str(path), "--selection", "ARG")
    assert code == 2 and "aucune colonne de texte" in report["errors"][0]["message"]
    assert "corps_du_message" in report["errors"][0]["message"]
    code, report = json_report(
        str(path), "--selection", "ARG", "--colonne", "corps_du_message", "--colonne-id", "num"
    )
    assert code == 0 and report["results"][0]["record"] == "1"
    assert [f["excerpt"] for f in report["results"][0]["findings"]] == ["mdr"]
    code, report = json_report(str(path), "--colonne", "absente")
    assert code == 2 and "colonne « absente » (--colonne) absente" in report["errors"][0]["message"]


def test_csv_ragged_row_refuses_the_file_and_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text('id,texte\n1,"ouvert\n2,suite\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("IL EST INTERDIT de courir.\n")
    code, report = json_report(str(path), str(tmp_path / "b.txt"), "--selection", "MAJ")
    assert code == 2
    assert report["errors"][0]["path"] == str(path)
    assert report["summary"]["findings"] == 1


def test_csv_record_directive_column_suppresses_that_record_only(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "id,texte,civisme\n1,Trop drôle mdr,ignorer ARG01 -- citation d'un élève\n2,Trop drôle mdr,\n"
    )
    code, report = json_report(str(path), "--selection", "ARG")
    assert code == 0 and [len(r["findings"]) for r in report["results"]] == [0, 1]


JSONL = (
    '{"id": "a1", "post": {"texte": "Trop drôle mdr"}, "date": "2026-11-21T22:00"}\n'
    "{pas du JSON\n"
    "\n"
    '["une", "liste"]\n'
    '{"id": "a4", "post": {"texte": "Bonjour"}}\n'
    '{"post": {"texte": null}}\n'
)


def test_jsonl_bad_lines_are_reported_and_skipped_others_kept() -> None:
    records, problems = jsonl_records(JSONL, Fields(text="post.texte"))
    assert [(r.id, r.line) for r in records] == [("a1", 1), ("a4", 5), ("5", 6)]
    assert records[0].metadata == {DATE_KEY: "2026-11-21T22:00"}
    assert [p.split(" :")[0] for p in problems] == ["ligne 2", "ligne 4"]
    assert records[2].errors  # a null text is said, not silently checked as empty


def test_jsonl_through_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(JSONL, encoding="utf-8")
    code, report = json_report(str(path), "--champ", "post.texte", "--selection", "ARG")
    assert code == 2  # two unreadable lines and a null text
    assert [r["record"] for r in report["results"]] == ["a1", "a4", "5"]
    assert [f["excerpt"] for f in report["results"][0]["findings"]] == ["mdr"]
    assert len(report["errors"]) == 3


def test_exports_in_a_folder_are_not_taken_for_drafts(tmp_path: Path) -> None:
    (tmp_path / "registre.csv").write_text("nom\nÉcole_CSNO\n")
    (tmp_path / "a.txt").write_text("Bonjour.\n")
    code, report = json_report(str(tmp_path))
    assert code == 0 and [r["path"] for r in report["results"]] == [str(tmp_path / "a.txt")]


def test_standard_input_format_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(
        app,
        ["verifier", "-", "--entree", "markdown", "-f", "json", "--selection", "ARG"],
        input="Du code : `mdr` et du texte : mdr\n",
    )
    found = [f for r in json.loads(result.stdout)["results"] for f in r["findings"]]
    assert [f["column"] for f in found] == [len("Du code : `mdr` et du texte : ") + 1]


# --- Encodings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "label"),
    [
        ("Trop drôle mdr\n".encode(), "UTF-8"),
        (b"\xef\xbb\xbf" + "Trop drôle mdr\n".encode(), "UTF-8 avec BOM"),
        (b"\xff\xfe" + "Trop drôle mdr\n".encode("utf-16-le"), "UTF-16 LE avec BOM"),
        (b"\xfe\xff" + "Trop drôle mdr\n".encode("utf-16-be"), "UTF-16 BE avec BOM"),
    ],
)
def test_supported_encodings_are_read_with_the_same_columns(
    tmp_path: Path, data: bytes, label: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    found = findings_of(path, "--selection", "ARG")
    assert [(f["excerpt"], f["column"]) for f in found] == [("mdr", 12)], label


def test_csv_export_in_utf16_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"\xff\xfe" + "id,texte\n1,Trop drôle mdr\n".encode("utf-16-le"))
    code, report = json_report(str(path), "--selection", "ARG")
    assert code == 0 and report["results"][0]["record"] == "1"
    assert report["summary"]["findings"] == 1


def test_latin1_file_is_refused_with_the_likely_cause(tmp_path: Path) -> None:
    path = tmp_path / "vieux.md"
    path.write_bytes("Trop drôle mdr\n".encode("cp1252"))
    code, report = json_report(str(path))
    assert code == 2 and "Windows-1252" in report["errors"][0]["message"]


def test_source_format_follows_the_file_ending(tmp_path: Path) -> None:
    for name, fmt in (
        ("a.MD", "markdown"),
        ("b.htm", "html"),
        ("c.ndjson", "jsonl"),
        ("d", "texte"),
    ):
        (tmp_path / name).write_text("x\n")
        source = read_source(str(tmp_path / name))
        assert isinstance(source, Source) and source.format == fmt


def test_entries_of_plain_text_line_up_with_the_file() -> None:
    (entry,), problems = entries(Source("a.txt", "Bonjour\n"), Fields())
    assert not problems and entry.checked == entry.shown == "Bonjour\n" and entry.to_shown is None


def test_docx_reader_refuses_what_is_not_word(tmp_path: Path) -> None:
    from civisme.cli.docx_text import docx_text

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    assert docx_text(buffer.getvalue()) == ""
    assert docx_text(b"texte brut") is None


def test_corriger_fixes_markdown_text_and_never_its_code(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("Trop drôle mdr.\n\n```\nprint('mdr')\n```\n\nEt `mdr` en ligne.\n")
    result = runner.invoke(app, ["corriger", str(path), "--ecrire", "--selection", "ARG"])
    assert result.exit_code == 0, result.output
    assert path.read_text() == (
        "Trop drôle mort de rire.\n\n```\nprint('mdr')\n```\n\nEt `mdr` en ligne.\n"
    )


def test_csv_report_follows_the_json_contract(tmp_path: Path) -> None:
    import jsonschema

    schema = json.loads(
        (
            Path(__file__).resolve().parent.parent / "cli" / "schemas" / "report-v1.schema.json"
        ).read_text()
    )
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="utf-8")
    _, report = json_report(str(path))
    jsonschema.validate(report, schema)
    assert all("record" in r and "record_line" in r for r in report["results"])


def test_jsonl_records_of_different_shapes_each_find_their_text() -> None:
    text = '{"id": 1, "post": {"body": "a"}}\n{"id": 2, "texte": "Trop drôle mdr"}\n{"id": 3}\n'
    records, problems = jsonl_records(text, Fields())
    assert [r.id for r in records] == ["2"]
    assert [p.split(" :")[0] for p in problems] == ["ligne 1", "ligne 3"]
    assert "aucun champ de texte trouvé" in problems[0] and "nommez-le avec --champ" in problems[0]
