"""Writing a file so that readers see the old content or the new, never half
of it: a temporary file in the same folder, flushed, then renamed over."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, expected_digest: str | None = None) -> str | None:
    """Replace (or create) ``path`` with ``data``. With ``expected_digest``,
    refuse when the file changed since it was read. Returns a French error
    message, or None on success."""
    try:
        exists = path.exists()
        if expected_digest is not None and (
            not exists or hashlib.sha256(path.read_bytes()).hexdigest() != expected_digest
        ):
            return "le fichier a changé depuis sa lecture ; rien n'a été écrit"
        # Same folder, so that the final rename is atomic on every file system.
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            temporary = handle.name
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            if exists:
                shutil.copymode(path, temporary)
            else:
                os.chmod(temporary, 0o666 & ~_umask())
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as exc:
        return f"écriture impossible ({exc.strerror or exc})"
    return None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
