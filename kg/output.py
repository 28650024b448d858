"""Output files: checked before the work, written atomically (temp file + rename).

``check_output`` refuses, before anything is computed or any store touched,
a path that is not a regular file or a new path (a symbolic link, a FIFO, a
device, a folder) and a folder where no file can be created (``/proc``, a
read-only file system). ``atomic_path`` writes to a temp file next to the
target and renames it: a failed or interrupted write (a full disk) never
leaves a half-written file and never replaces a good earlier output.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from kg.errors import DiskFullError, OutputError

# Errors of writing that the user can fix (space, permissions, file system).
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_USER_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO,
                errno.ENOENT, errno.ENOTDIR, errno.EISDIR, errno.ENAMETOOLONG, errno.EXDEV}
_KINDS = [(stat.S_ISLNK, "a symbolic link"), (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def _errno(exc: OSError) -> int | None:
    """The errno of an OS error, also when only its text has it (Oxigraph: "… (os error 28)")."""
    if exc.errno is not None:
        return exc.errno
    m = re.search(r"\(os error (\d+)\)", str(exc))
    if m:
        return int(m.group(1))
    for code in _FULL_ERRNOS:  # RocksDB: "IO error: While appending to file: …: File too large"
        if os.strerror(code) in str(exc):
            return code
    return None


def _reason(exc: OSError) -> str:
    code = _errno(exc)
    return exc.strerror or (os.strerror(code) if code is not None else str(exc))


def disk_full(exc: BaseException) -> DiskFullError | None:
    """A ``DiskFullError`` for an OS error that means no space is left (or a file-size limit), else None."""
    if isinstance(exc, OSError) and _errno(exc) in _FULL_ERRNOS:
        return DiskFullError(f"no space to write: {_reason(exc)}", "free some disk space or write elsewhere")
    return None


def _hint(exc: OSError) -> str:
    if _errno(exc) in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "free some disk space or write elsewhere"
    if _errno(exc) in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "choose a folder you can write to"
    return "choose another --output"


def check_output(path: str | Path) -> Path:
    """The output path, if a file can be written there; else ``OutputError``.

    Accepted: a new path in an existing, writable folder, or an existing
    writable regular file (which a successful run replaces). The check creates
    and removes an empty probe file, so read-only and pseudo file systems are
    found before the work starts.
    """
    out = Path(path)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        info = os.lstat(out)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot use {out} as output: {exc.strerror}", _hint(exc)) from None
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"{out} is {_kind(info.st_mode)}; output goes only to a regular file or a new path",
                              "give a new file name for --output")
        if not os.access(out, os.W_OK):
            raise OutputError(f"{out} is read-only", "choose another --output or make it writable")
    if not folder.is_dir():
        raise OutputError(f"folder {folder} does not exist", "create it or choose another --output")
    try:
        fd, probe = tempfile.mkstemp(prefix="." + out.name[:100] + ".", suffix=".probe", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {_reason(exc)}", _hint(exc)) from None
    return out


@contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary path next to ``path``; on success it becomes ``path``.

    The target is checked (``check_output``) before and again right before
    the rename; an OS error while writing (disk full) is an ``OutputError``
    and removes the temp file.
    """
    out = check_output(path)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + out.name[:100] + ".", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {_reason(exc)}", _hint(exc)) from None
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an output file is an ordinary file
        check_output(out)  # nothing put a link or a device there while we worked
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if _errno(exc) in _FULL_ERRNOS:
            raise DiskFullError(f"cannot write {out}: {_reason(exc)}", _hint(exc)) from None
        if _errno(exc) in _USER_ERRNOS:
            raise OutputError(f"cannot write {out}: {_reason(exc)}", _hint(exc)) from None
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
