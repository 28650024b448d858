"""spaCy imported without its command line, and everything of spaCy still there."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI_MODULES = ("spacy.cli", "typer", "weasel", "httpx", "requests", "rich", "jinja2")


def run(code: str, path: Path | None = None) -> dict:
    """Run ``code`` in a new interpreter (a fresh ``sys.modules``); it prints one JSON value."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(str(p) for p in (path, ROOT) if p))
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_the_pipeline_is_built_without_spacys_command_line():
    got = run(f"""
        import json, sys
        import kg
        nlp = kg.pipeline()
        facts = sorted(nlp("2023年，全镇实现地区生产总值30.5亿元。").spans)
        print(json.dumps({{"loaded": [m for m in {CLI_MODULES!r} if m in sys.modules], "groups": facts}}))
    """)
    assert got["loaded"] == []
    assert "observation" in got["groups"]


def test_spacys_command_line_is_there_when_asked_for():
    got = run("""
        import json
        import kg.extract, spacy
        import spacy.cli
        from spacy.cli.info import info
        print(json.dumps({"download": callable(spacy.cli.download), "info": sorted(spacy.info(silent=True)),
                          "same": spacy.cli.info is info}))
    """)
    assert got["download"] and got["same"]
    assert "spacy_version" in got["info"]


def test_spacy_imported_as_usual_when_its_init_is_not_the_known_one():
    got = run("""
        import json, sys
        import kg.spacyload
        kg.spacyload._only_info_from_cli = lambda: False
        import kg.extract
        print(json.dumps("typer" in sys.modules))
    """)
    assert got is True


def test_a_spacy_that_wants_more_of_its_cli_is_imported_again_the_plain_way(tmp_path):
    # a stand-in package: its __init__ looks like spaCy's, but one of its modules imports another CLI module
    pkg = tmp_path / "spacy"
    (pkg / "cli").mkdir(parents=True)
    (pkg / "__init__.py").write_text("from . import language\nfrom .cli.info import info\n")
    (pkg / "language.py").write_text("from .cli._util import app\n")
    (pkg / "cli" / "__init__.py").write_text("from .info import info\n")
    (pkg / "cli" / "info.py").write_text("def info():\n    return 'real'\n")
    (pkg / "cli" / "_util.py").write_text("app = 'app'\n")
    got = run("""
        import json
        from kg.spacyload import load_spacy
        spacy = load_spacy()
        print(json.dumps([spacy.info(), spacy.language.app, spacy.__file__]))
    """, path=tmp_path)
    assert got[:2] == ["real", "app"] and got[2].startswith(str(tmp_path))
