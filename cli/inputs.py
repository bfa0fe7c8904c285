"""Reading what the user named: files, folders, standard input. Every problem
becomes an :class:`InputError` with a French message; nothing here raises."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

STDIN = "-"
STDIN_LABEL = "<entrée standard>"
# What each file name ending holds; a folder is searched for these.
FORMATS = {
    ".txt": "texte",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# A folder is searched for documents only: a CSV or JSON Lines file in it may be
# data of another kind (a registry), and an export is named on the command line.
FOLDER_SUFFIXES = tuple(s for s, f in FORMATS.items() if f not in ("csv", "jsonl"))
MAX_BYTES = 50 * 1024 * 1024


def format_of(path: str, forced: str | None = None) -> str:
    """The input format: the one forced by ``--entree``, else the file's ending
    (plain text for standard input and unknown endings)."""
    if forced:
        return forced
    return FORMATS.get(Path(path).suffix.lower(), "texte")


@dataclass(frozen=True, slots=True)
class Source:
    """A text read from a file, with what is needed to write it back byte for
    byte: its codec, its byte-order mark, and a digest of the bytes read."""

    path: str
    text: str
    codec: str = "utf-8"
    bom: bytes = b""
    digest: str = ""
    format: str = "texte"

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)


@dataclass(frozen=True, slots=True)
class InputError:
    path: str
    message: str


def collect(paths: Iterable[str], forced: str | None = None) -> Iterator[Source | InputError]:
    """Expand folders (recursively, sorted) and read each file; stdin when empty or ``-``."""
    for path in expand(paths):
        yield path if isinstance(path, InputError) else read_source(path, forced)


def expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    """The files to read, folders expanded (recursively, sorted), in the order given."""
    paths = list(paths) or [STDIN]
    for raw in paths:
        path = Path(raw)
        if raw != STDIN and path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in FOLDER_SUFFIXES and p.is_file()
            )
            if not found:
                endings = ", ".join(FOLDER_SUFFIXES)
                yield InputError(raw, f"aucun fichier à vérifier dans ce dossier ({endings})")
            yield from (str(p) for p in found)
        else:
            yield raw


def read_source(path: str, forced: str | None = None) -> Source | InputError:
    """One input: a file, or standard input for « - »."""
    if path == STDIN:
        if sys.stdin.isatty():
            print("Lecture de l'entrée standard… (Ctrl-D pour terminer)", file=sys.stderr)
        return _typed(_decode(sys.stdin.buffer.read(), STDIN_LABEL), forced or "texte")
    fmt = format_of(path, forced)
    if fmt == "docx":
        return _read_docx(Path(path))
    return _typed(read_file(Path(path)), fmt)


def _typed(item: Source | InputError, fmt: str) -> Source | InputError:
    return item if isinstance(item, InputError) else replace(item, format=fmt)


def _read_docx(path: Path) -> Source | InputError:
    from .docx_text import docx_text

    data = _read_bytes(path)
    if isinstance(data, InputError):
        return data
    text = docx_text(data)
    if text is None:
        return InputError(
            str(path), "document Word illisible (fichier .docx endommagé ou d'un autre format)"
        )
    return Source(str(path), text, digest=digest(data), format="docx")


def read_file(path: Path) -> Source | InputError:
    data = _read_bytes(path)
    if isinstance(data, InputError):
        return data
    return _decode(data, str(path))


def _read_bytes(path: Path) -> bytes | InputError:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return InputError(
                name,
                f"fichier trop volumineux ({size // (1024 * 1024)} Mo ; maximum {MAX_BYTES // (1024 * 1024)} Mo)",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        return InputError(name, "fichier ou dossier introuvable")
    except IsADirectoryError:
        return InputError(name, "c'est un dossier, pas un fichier")
    except PermissionError:
        return InputError(name, "lecture refusée (permissions)")
    except OSError as exc:
        return InputError(
            name, f"lecture impossible ({os.strerror(exc.errno) if exc.errno else exc})"
        )
    return data


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _decode(data: bytes, name: str) -> Source | InputError:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused
    rather than guessed, since a wrong guess would shift every offset reported."""
    sha = digest(data)
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return Source(name, data[2:].decode(codec), codec, bom, sha)
            except UnicodeDecodeError:
                return InputError(name, "texte UTF-16 invalide")
    bom = b""
    if data.startswith(b"\xef\xbb\xbf"):
        bom, data = data[:3], data[3:]
    if b"\x00" in data:
        return InputError(
            name, "fichier binaire : seul le texte (UTF-8 ou UTF-16) peut être vérifié"
        )
    try:
        return Source(name, data.decode("utf-8"), "utf-8", bom, sha)
    except UnicodeDecodeError as exc:
        # Accented letters in the 0xC0-0xFF range without UTF-8 lead bytes: the usual
        # export of Windows Notepad or Excel. Say so, but still refuse to guess.
        likely = (
            " ; il semble encodé en Windows-1252 (proche du Latin-1), l'encodage de l'ancien Bloc-notes et d'Excel"
            if 0xC0 <= data[exc.start] <= 0xFF
            else ""
        )
        return InputError(
            name,
            f"encodage non pris en charge (octet n° {exc.start + 1} invalide en UTF-8{likely}) : "
            "enregistrez le fichier en UTF-8",
        )
