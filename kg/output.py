"""Atomic output files: write to a temp file in the target folder, then rename.

A failed or interrupted write never leaves a half-written file, and never
replaces a good earlier output.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from kg.errors import OutputError


@contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary path next to ``path``; on success it becomes ``path``."""
    out = Path(path)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"folder {folder} does not exist", "create it or choose another --output")
    if out.is_dir():
        raise OutputError(f"{out} is a folder", "give a file name for --output")
    fd, tmp = tempfile.mkstemp(prefix="." + out.name + ".", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an output file is an ordinary file
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
