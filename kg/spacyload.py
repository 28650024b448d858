"""Import spaCy without its command line (a third of its import time, none of it used here).

spaCy's package ``__init__`` imports ``spacy.cli.info`` so that ``spacy.info``
exists, and with it the whole CLI: typer, weasel, httpx, requests, rich,
jinja2, some 400 modules and ~0.2 CPU-s of every ``kg build``'s start-up. While
spaCy is first imported, ``spacy.cli`` and ``spacy.cli.info`` are placeholders
in ``sys.modules``; they are taken out right after, so ``import spacy.cli`` (or
``spacy.cli.download``) later imports the real CLI, and ``spacy.info(...)``
imports it when called.

Only done when ``spacy/__init__.py`` takes exactly ``info`` from its CLI (the
spaCy 3 releases); otherwise, or when spaCy is already imported, or when the
placeholders are not enough after all, spaCy is imported as usual.
"""
from __future__ import annotations

import importlib.util
import re
import sys
import types

_CLI_IMPORT = re.compile(r"^\s*(?:from\s+(?:\.|spacy\.)cli\b|import\s+spacy\.cli\b).*$", re.M)


def info(*args, **kwargs):
    """``spacy.info``: spaCy's own function, its CLI imported on the first call."""
    from spacy.cli.info import info as real

    return real(*args, **kwargs)


def _only_info_from_cli() -> bool:
    """True if spaCy's ``__init__`` imports nothing of its CLI but ``from .cli.info import info``."""
    spec = importlib.util.find_spec("spacy")  # a top-level package: found, not imported
    if spec is None or not spec.origin or not spec.origin.endswith("__init__.py"):
        return False
    try:
        with open(spec.origin, encoding="utf-8") as f:
            source = f.read()
    except OSError:
        return False
    lines = [m.group(0).split("#")[0].strip() for m in _CLI_IMPORT.finditer(source)]
    return lines == ["from .cli.info import info"]


def load_spacy() -> types.ModuleType:
    """Import spaCy (its CLI deferred when that is known to be safe) and return it."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    if "spacy.cli" in sys.modules or "spacy.cli.info" in sys.modules or not _only_info_from_cli():
        import spacy

        return spacy
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package with no submodules: anything else asked of the CLI fails at once
    cli_info = types.ModuleType("spacy.cli.info")
    cli_info.info = info
    placeholders = {"spacy.cli": cli, "spacy.cli.info": cli_info}
    sys.modules.update(placeholders)
    try:
        import spacy
    except ImportError:
        spacy = None
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if spacy is None:  # some part of spaCy wanted more of its CLI: start again, the plain way
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy
    elif getattr(spacy, "cli", None) is cli:
        del spacy.cli
    return spacy
