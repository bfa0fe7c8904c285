"""Reading what the user named: files, folders, standard input. Every problem
becomes an :class:`InputError` with a French message; nothing here raises."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"
STDIN_LABEL = "<entrée standard>"
TEXT_SUFFIXES = (".txt", ".md")
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    """A text read from a file, with what is needed to write it back byte for
    byte: its codec, its byte-order mark, and a digest of the bytes read."""

    path: str
    text: str
    codec: str = "utf-8"
    bom: bytes = b""
    digest: str = ""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)


@dataclass(frozen=True, slots=True)
class InputError:
    path: str
    message: str


def collect(paths: Iterable[str]) -> Iterator[Source | InputError]:
    """Expand folders (recursively, sorted) and read each file; stdin when empty or ``-``."""
    paths = list(paths) or [STDIN]
    for raw in paths:
        if raw == STDIN:
            if sys.stdin.isatty():
                print("Lecture de l'entrée standard… (Ctrl-D pour terminer)", file=sys.stderr)
            yield _decode(sys.stdin.buffer.read(), STDIN_LABEL)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file()
            )
            if not found:
                yield InputError(raw, "aucun fichier .txt ou .md dans ce dossier")
            for file in found:
                yield read_file(file)
        else:
            yield read_file(path)


def read_source(path: str) -> Source | InputError:
    """One input: a file, or standard input for « - »."""
    if path == STDIN:
        return _decode(sys.stdin.buffer.read(), STDIN_LABEL)
    return read_file(Path(path))


def read_file(path: Path) -> Source | InputError:
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
    return _decode(data, name)


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
            " ; il semble encodé en Windows-1252 (Latin-1), l'encodage de l'ancien Bloc-notes et d'Excel"
            if 0xC0 <= data[exc.start] <= 0xFF
            else ""
        )
        return InputError(
            name,
            f"encodage non pris en charge (octet invalide à la position {exc.start}{likely}) : "
            "enregistrez le fichier en UTF-8",
        )
