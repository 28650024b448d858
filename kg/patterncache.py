"""Compiled regular expressions kept between runs (kg compiles ~520 at start-up: ~0.1 CPU-s).

Python's ``re`` keeps the patterns it compiles in a cache of its own, for one
process. ``load()`` (called when ``kg.lexicon`` is imported, before the rule
modules compile their patterns) puts the patterns saved by an earlier run back
into that cache, so that the same ``re.compile(...)`` calls find them compiled;
``save()`` (called once the shipped pipeline is built) writes the patterns
compiled since ``load()`` when some were missing. Of the patterns compiled
while documents are read (a rule's inline ``re.search(r"…", …)`` is compiled
when a document first reaches it: ~150 patterns, ~0.02 CPU-s of a small build),
``save(after_documents=True)`` keeps only those whose text is found in the
source of kg's own modules, where the rules are written: a pattern made from a
document's text (its town's name) is not kept, as nothing is that kg's code
does not itself hold.

What makes it safe to use:
- an entry is the engine's own compiled form of one pattern string with its
  flags, and is only ever found by a ``re`` call with exactly that string and
  those flags: a changed rule or lexicon is a new pattern, compiled afresh;
- the file is named after the interpreter (implementation, version, the regex
  engine's ``MAGIC``) and carries a BLAKE2 digest of its content, checked before
  use; the engine checks the code of each entry again as it takes it;
- written to a temporary file in the same folder, then renamed; a file that is
  missing, unreadable, too large or wrong in any way is ignored (and replaced).

The folder: ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/townkg``, else
``~/.cache/townkg``; ``KG_CACHE_DIR=""`` turns the cache off. On an interpreter
whose ``re`` works otherwise than CPython 3.11-3.13's, nothing is done.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another interpreter or an older Python: no cache
    _sre = _compiler = _parser = None

_FORMAT = 2
_MAX_BYTES = 16 * 1024 * 1024
_MAX_ENTRIES = 2000
# Fewer new patterns than this are no reason to write the file again: some libraries build a pattern from a
# set of characters, so its text changes from one process to the next (hash randomization), and a small
# edit of the rules costs a few milliseconds of compiling until a larger one rewrites the file.
_MIN_NEW = 8
_state: dict = {"start": None, "loaded": frozenset(), "known": frozenset(), "saved": set(), "own": frozenset()}


def cache_file() -> Path | None:
    """Where the patterns are kept for this interpreter; None when the cache is off."""
    if _sre is None or not isinstance(getattr(re, "_cache", None), dict):
        return None
    folder = os.environ.get("KG_CACHE_DIR")
    if folder == "":
        return None
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "townkg")
    tag = f"{sys.implementation.cache_tag}-{sys.version_info.releaselevel}{sys.version_info.serial}"
    return Path(folder) / f"patterns-{tag}-{_sre.MAGIC}-v{_FORMAT}.marshal"


def _key() -> str:
    return f"{sys.implementation.name} {sys.version} {_sre.MAGIC} {_FORMAT}"


def _read(path: Path) -> tuple[tuple, tuple]:
    """The entries of the file and the patterns it could not keep; ((), ()) unless exactly what ``save`` wrote."""
    try:
        with open(path, "rb") as f:
            blob = f.read(_MAX_BYTES + 1)
    except OSError:
        return (), ()
    digest, payload = blob[:32], blob[32:]
    if len(blob) > _MAX_BYTES or hashlib.blake2b(payload, digest_size=32).digest() != digest:
        return (), ()
    try:
        key, entries, skipped = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return (), ()
    if key != _key() or not isinstance(entries, tuple) or not isinstance(skipped, tuple) or \
            len(entries) + len(skipped) > _MAX_ENTRIES:
        return (), ()
    return entries, skipped


def load() -> None:
    """Put the saved patterns into ``re``'s cache (once per process; a few milliseconds)."""
    if _state["start"] is not None:
        return
    cache = getattr(re, "_cache", None)
    _state["start"] = set(cache) if isinstance(cache, dict) else set()
    path = cache_file()
    if path is None:
        return
    if isinstance(getattr(re, "_MAXCACHE", None), int) and re._MAXCACHE < _MAX_ENTRIES:
        # re drops its oldest pattern once it holds _MAXCACHE (512) of them: with the pipeline's ~550 the first
        # ones compiled would be gone before save() looks, and every run would find them new and write again
        re._MAXCACHE = _MAX_ENTRIES
    compiled = {}
    entries, skipped = _read(path)
    try:
        for pattern, flags, final_flags, code, groups, groupindex, indexgroup in entries:
            if type(pattern) is not str or type(flags) is not int:
                raise TypeError("not an entry")
            compiled[(str, pattern, flags)] = _sre.compile(pattern, final_flags, code, groups, groupindex,
                                                           indexgroup)
        known = {(type(pattern), pattern, flags) for pattern, flags in skipped}
    except Exception:  # noqa: BLE001  (one wrong entry: nothing of the file is used)
        return
    for key, value in compiled.items():
        cache.setdefault(key, value)
    _state["loaded"] = frozenset(compiled)
    _state["known"] = frozenset(compiled) | known  # patterns met before: no reason to write the file again


def _entry(key, compiled) -> tuple | None:
    """What ``_sre.compile`` needs to make ``compiled`` again (None if that does not give it back)."""
    kind, pattern, flags = key
    if kind is not str or type(flags) is not int or flags & re.DEBUG:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]  # its opcodes are an int subclass
        groupindex = {name: int(i) for name, i in parsed.state.groupdict.items()}
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (pattern, flags, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                 tuple(indexgroup))
        same = _sre.compile(pattern, *entry[2:]) == compiled  # compares flags, pattern and code
    except Exception:  # noqa: BLE001  (a pattern this way of compiling does not reproduce: not kept)
        return None
    return entry if same else None


def _own_source() -> str:
    """The source of kg's loaded modules, where the rules' inline patterns are written (a document's are not)."""
    texts = []
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if (name == "kg" or name.startswith("kg.")) and path.endswith(".py"):
            try:
                texts.append(Path(path).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):  # (unreadable: its patterns are not kept)
                pass
    return "\n".join(texts)


def save(after_documents: bool = False) -> None:
    """Write the patterns compiled since ``load()``, if some were not in the file (once per process and stage).

    ``after_documents``: documents have been read since the first ``save()``; of the patterns compiled
    since, only those whose text is in kg's source are kept (see the module's description).
    """
    stage = "after" if after_documents else "before"
    if _state["start"] is None or stage in _state["saved"] or (after_documents and "before" not in _state["saved"]):
        return
    _state["saved"].add(stage)
    path = cache_file()
    cache = getattr(re, "_cache", None)
    if path is None or not isinstance(cache, dict):
        return
    keys = [k for k in list(cache) if k not in _state["start"] and k[0] in (str, bytes) and type(k[2]) is int]
    if not after_documents:
        _state["own"] = frozenset(keys)  # compiled before any document: all kg's own
    elif sum(k not in _state["known"] for k in keys) >= _MIN_NEW:  # (else: too few new even before filtering)
        source = _own_source()  # read only when a write may follow
        keys = [k for k in keys if k in _state["own"] or (k[0] is str and k[1] in source)]
    if sum(k not in _state["known"] for k in keys) < _MIN_NEW:
        return  # (almost) nothing new: the file is left as it is
    try:
        entries, skipped = [], []
        keys.sort(key=lambda k: k in _state["known"])  # this run's new patterns first, if the file is full
        for k in keys:
            entry = _entry(k, cache.get(k))
            if entry:
                entries.append(entry)
            else:  # a bytes pattern, or one this way of compiling does not give back: recorded as met
                skipped.append((k[1], k[2]))
        payload = marshal.dumps((_key(), tuple(entries[:_MAX_ENTRIES]), tuple(skipped[:max(0, _MAX_ENTRIES - len(entries))])))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(hashlib.blake2b(payload, digest_size=32).digest() + payload)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _state["known"] = _state["known"] | frozenset(keys)  # written: no reason to write them again
    except Exception:  # noqa: BLE001  (a cache that cannot be written is no cache, not an error)
        return
