"""A build killed at any moment leaves the store answering as before or complete, never in between."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import DATA, SEEDS
from kg import query, store

MORE = [SEEDS, DATA / "resolve", DATA / "maqiao_shanghai.txt", DATA / "maqiao_jiangsu.txt"]


def state(path):
    """(document ids, COUNT(*)) as a reader sees the store."""
    db = store.open_store(path)
    docs = frozenset(store.stored_hashes(db))
    n = int(query.run_store(db, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])
    return docs, n


def _default_sigint():
    """Ctrl+C must reach the build even when the tests run as a background job (which ignores SIGINT)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(path, jobs=1):
    return subprocess.Popen([sys.executable, "-m", "kg", "build", *map(str, MORE), "--store", str(path), "-j", str(jobs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """The store before (one document) and after (all documents) an uninterrupted second build."""
    tmp = tmp_path_factory.mktemp("crash")
    before = tmp / "before"
    assert subprocess.run([sys.executable, "-m", "kg", "build", str(DATA / "small.txt"), "--store", str(before)]).returncode == 0
    full = tmp / "full"
    assert subprocess.run(["cp", "-a", str(before), str(full)]).returncode == 0
    p = start(full)
    assert p.wait() == 0, p.stderr.read()
    return tmp, state(before), state(full)


def staging_appears(path, proc, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline and proc.poll() is None:
        if any(e.name.endswith(".staging") for e in path.iterdir()):
            return True
        time.sleep(0.005)
    return False


@pytest.mark.parametrize("when", ["staging", 0.5, 2.0, 3.5, 5.0, 6.5, 8.0, 11.0])
def test_a_killed_build_leaves_the_store_as_before_or_complete(states, when, tmp_path):
    tmp, before, full = states
    target = tmp_path / "db"
    assert subprocess.run(["cp", "-a", str(tmp / "before"), str(target)]).returncode == 0
    p = start(target)
    if when == "staging":
        assert staging_appears(target, p)
    else:
        time.sleep(when)
    p.send_signal(signal.SIGKILL)
    p.wait()
    assert state(target) in (before, full)
    # the next build cleans up and completes
    p = start(target)
    assert p.wait() == 0, p.stderr.read()
    assert state(target) == full
    assert not [e for e in target.iterdir() if e.name.endswith(".staging")]


def many_documents(folder, n=150):
    """n distinct reports (a seed report with its own first line each): a build that lasts seconds, not milliseconds.

    With the few test documents a build can finish between the staging folder appearing and the signal
    arriving (exit 0, nothing to test); this many keep it busy long after the staging folder appears.
    """
    text = sorted(SEEDS.glob("*.txt"))[-1].read_text(encoding="utf-8")
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:03d}.txt").write_text(f"第{i}号报告\n{text}", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_leaves_the_store_as_before(states, tmp_path, jobs):
    tmp, before, _ = states
    target = tmp_path / "db"
    assert subprocess.run(["cp", "-a", str(tmp / "before"), str(target)]).returncode == 0
    p = subprocess.Popen([sys.executable, "-m", "kg", "build", str(many_documents(tmp_path / "many")), "--store", str(target),
                          "-j", str(jobs)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         preexec_fn=_default_sigint)
    assert staging_appears(target, p)
    p.send_signal(signal.SIGINT)
    assert p.wait() == 130
    assert "interrupted" in p.stderr.read().decode()
    assert state(target) == before
    assert not [e for e in target.iterdir() if e.name.endswith(".staging")]


def test_a_second_writer_is_refused_while_a_build_runs(states, tmp_path):
    import fcntl

    tmp, before, _ = states
    target = tmp_path / "db"
    assert subprocess.run(["cp", "-a", str(tmp / "before"), str(target)]).returncode == 0
    with open(target / ".lock", "w") as lock:   # what a running build holds
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        other = subprocess.run([sys.executable, "-m", "kg", "build", str(DATA / "small.txt"), "--store", str(target)],
                               capture_output=True, text=True)
    assert other.returncode == 2 and "another build is writing" in other.stderr
    assert state(target) == before
