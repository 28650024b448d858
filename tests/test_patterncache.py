"""Compiled patterns kept between runs: exact, checked, ignored when anything is wrong."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "seeds"

pytestmark = pytest.mark.skipif(sys.implementation.name != "cpython" or sys.version_info < (3, 11),
                                reason="the cache works with CPython 3.11+'s re")

START = """
    import json, re
    import kg.lexicon
    from kg import extract, patterncache
    extract.pipeline()
    print(json.dumps({"loaded": len(patterncache._state["loaded"]), "file": str(patterncache.cache_file())}))
    patterncache.save()
"""


def run(code: str, cache: str) -> dict:
    env = dict(os.environ, KG_CACHE_DIR=cache, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def build(cache: str, output: Path) -> bytes:
    env = dict(os.environ, KG_CACHE_DIR=cache, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--output", str(output)], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return output.read_bytes()


def test_saved_patterns_are_what_re_compiles(tmp_path):
    first = run(START, str(tmp_path))
    assert first["loaded"] == 0
    path = Path(first["file"])
    assert path.parent == tmp_path and path.is_file()
    got = run(f"""
        import json, marshal, re, _sre
        from re import _compiler
        blob = open({str(path)!r}, "rb").read()
        key, entries, skipped = marshal.loads(blob[32:])
        same = [_sre.compile(e[0], *e[2:]) == _compiler.compile(e[0], e[1]) for e in entries]
        kg = [e[0] for e in entries if "街道" in e[0]]
        print(json.dumps({{"n": len(entries), "same": all(same), "kg": len(kg)}}))
    """, str(tmp_path))
    assert got["same"] and got["n"] > 200 and got["kg"] > 5
    assert run(START, str(tmp_path))["loaded"] == got["n"]  # the next start takes them all


def test_the_same_graph_with_and_without_the_cache(tmp_path):
    off = build("", tmp_path / "off.ttl")
    cache = tmp_path / "cache"
    assert build(str(cache), tmp_path / "first.ttl") == off  # writes the cache
    assert any(cache.iterdir())
    assert build(str(cache), tmp_path / "second.ttl") == off  # uses it


def test_a_pattern_that_cannot_be_kept_is_no_reason_to_write_again(tmp_path):
    # a bytes pattern is not kept; a pattern built from a set of characters changes with hash randomization
    code = START.replace("extract.pipeline()", "extract.pipeline(); re.compile(b'kg-test-bytes+'); "
                         "re.compile('[' + ''.join(set('abcdefgh')) + ']+')")
    path = Path(run(code, str(tmp_path))["file"])
    written = path.stat().st_mtime_ns
    for _ in range(2):
        assert run(code, str(tmp_path))["loaded"] > 200
    assert path.stat().st_mtime_ns == written


def test_new_patterns_are_written(tmp_path):
    run(START, str(tmp_path))
    run(START, str(tmp_path))
    more = START.replace("extract.pipeline()", "extract.pipeline(); [re.compile(f'kg-test-{i}+') for i in range(20)]")
    path = Path(run(more, str(tmp_path))["file"])
    # the new patterns are in the file (whatever re's cache of 512 dropped to make room for them: the
    # pipeline's own patterns fill most of it, so a count of 20 more than before would not fit)
    entries, _skipped = marshal.loads(path.read_bytes()[32:])[1:]
    assert {f"kg-test-{i}+" for i in range(20)} <= {e[0] for e in entries}


def test_more_patterns_than_re_keeps_are_all_kept(tmp_path):
    # re's own cache holds 512 patterns; the rules may compile more: all of them are saved, the next start
    # loads them all, and having nothing new it leaves the file as it is
    more = START.replace("extract.pipeline()", "extract.pipeline(); [re.compile(f'kg-many-{i}+') for i in range(600)]")
    path = Path(run(more, str(tmp_path))["file"])
    written = path.stat().st_mtime_ns
    entries, _skipped = marshal.loads(path.read_bytes()[32:])[1:]
    assert {f"kg-many-{i}+" for i in range(600)} <= {e[0] for e in entries}
    assert run(more, str(tmp_path))["loaded"] >= 600 + 200
    assert path.stat().st_mtime_ns == written


def test_no_cache_when_turned_off(tmp_path):
    assert run(START, "")["file"] == "None"


def corrupt_flip(path: Path) -> None:
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0x01
    path.write_bytes(bytes(blob))


def corrupt_key(path: Path) -> None:
    import hashlib

    key, entries, skipped = marshal.loads(path.read_bytes()[32:])
    payload = marshal.dumps(("another interpreter", entries, skipped))
    path.write_bytes(hashlib.blake2b(payload, digest_size=32).digest() + payload)


def corrupt_entry(path: Path) -> None:
    import hashlib

    key, entries, skipped = marshal.loads(path.read_bytes()[32:])
    bad = (entries[0][0], entries[0][1], entries[0][2], [1, 2, 3], *entries[0][4:])  # code the engine refuses
    payload = marshal.dumps((key, (bad,) + entries[1:], skipped))
    path.write_bytes(hashlib.blake2b(payload, digest_size=32).digest() + payload)


@pytest.mark.parametrize("spoil", [corrupt_flip, corrupt_key, corrupt_entry, lambda p: p.write_bytes(b""),
                                   lambda p: p.write_bytes(b"\0" * 40)])
def test_a_spoilt_file_is_ignored_and_replaced(tmp_path, spoil):
    path = Path(run(START, str(tmp_path))["file"])
    spoil(path)
    assert run(START, str(tmp_path))["loaded"] == 0  # nothing of it used
    assert run(START, str(tmp_path))["loaded"] > 200  # written anew by the run before


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    assert run(START, str(blocked / "cache"))["loaded"] == 0
    assert build(str(blocked / "cache"), tmp_path / "g.ttl")


def test_after_documents_only_the_patterns_written_in_kgs_code_are_kept(tmp_path):
    # the rules' inline patterns are compiled when a document first reaches them: those whose text is in kg's
    # source are kept for the next run; a pattern made from the document's text (its town) never is
    report = ROOT / "tests" / "data" / "maqiao_jiangsu.txt"
    got = run(f"""
        import json, re, marshal
        from pathlib import Path
        import kg.lexicon
        from kg import extract, patterncache
        from kg.build import build
        extract.pipeline()
        patterncache.save()
        before = set(re._cache)
        build([Path({str(report)!r})], output={str(tmp_path / "g.ttl")!r})
        patterncache.save(after_documents=True)
        made = [k[1] for k in re._cache if k not in before and k[0] is str]
        source = patterncache._own_source()
        key, entries, skipped = marshal.loads(patterncache.cache_file().read_bytes()[32:])
        print(json.dumps({{"made": made, "literal": [m for m in made if m in source],
                           "saved": [e[0] for e in entries] + [p for p, _ in skipped if type(p) is str]}}))
    """, str(tmp_path / "cache"))
    saved = set(got["saved"])
    assert len(got["literal"]) > 20 and set(got["literal"]) <= saved
    from_document = [m for m in got["made"] if "马桥" in m]
    assert from_document and not any("马桥" in p for p in saved)
    assert not set(got["made"]) - set(got["literal"]) & saved


def test_a_build_keeps_the_patterns_its_documents_reached(tmp_path):
    cache = tmp_path / "cache"
    build(str(cache), tmp_path / "first.ttl")
    after_first = run(START, str(cache))["loaded"]
    pipeline_only = tmp_path / "pipeline"
    run(START, str(pipeline_only))
    assert after_first > run(START, str(pipeline_only))["loaded"] + 20
