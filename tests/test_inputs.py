"""Reading inputs: encodings accepted, everything else refused in French."""

from __future__ import annotations

from pathlib import Path

import pytest

from civisme.cli.inputs import InputError, Source, collect, read_file

TEXT = "École « fermée » aujourd’hui"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_accepted_encodings_give_the_same_text_and_round_trip(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    source = read_file(path)
    assert isinstance(source, Source)
    assert (source.path, source.text) == (str(path), TEXT)
    assert source.encode(source.text) == data  # written back byte for byte


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("École « fermée »".encode("latin-1"), "encodage non pris en charge"),
        (TEXT.encode("cp1252"), "encodage non pris en charge"),
        (b"%PDF-1.7\x00\x00\x01", "fichier binaire"),
    ],
)
def test_other_encodings_and_binaries_are_refused(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    result = read_file(path)
    assert isinstance(result, InputError) and message in result.message


def test_empty_file_is_read_as_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "vide.txt"
    path.write_bytes(b"")
    assert read_file(path).text == ""


def test_line_endings_are_kept_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"a\r\nb\rc\n")
    assert read_file(path).text == "a\r\nb\rc\n"


def test_folder_without_text_files_is_reported(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (result,) = collect([str(tmp_path)])
    assert isinstance(result, InputError) and "aucun fichier à vérifier" in result.message


def test_a_windows_1252_file_is_refused_with_the_likely_encoding_named(tmp_path) -> None:
    from civisme.cli.inputs import read_source

    path = tmp_path / "note.txt"
    path.write_bytes("Réunion à l'école".encode("cp1252"))
    error = read_source(str(path))
    assert "Windows-1252" in error.message and "UTF-8" in error.message
