"""Shared fixtures: paths to the project's own data, and a built seeds graph."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# kg's pattern cache (kg/patterncache.py) in a folder of this session's, not the user's ~/.cache
_PATTERN_CACHE = tempfile.TemporaryDirectory(prefix="kg-test-cache-")
os.environ["KG_CACHE_DIR"] = _PATTERN_CACHE.name

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "data" / "seeds"
TAOPU = SEEDS / "000_73a7b43cf10d3955.txt"
DACHANG = SEEDS / "003_37ee69dabd17ee5a.txt"


@pytest.fixture(scope="session")
def seeds_build():
    """The seeds built once for the whole session (library call, not CLI)."""
    from kg.build import build

    return build([SEEDS])


@pytest.fixture(scope="session")
def seeds_graph(seeds_build):
    from kg.rdfize import union

    return union(seeds_build.dataset)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, seconds: float = 30.0) -> None:
    import time
    import urllib.request

    deadline = time.time() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (Debian's) driven by Playwright; skipped where it is not installed."""
    import os

    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed (apt-get install chromium fonts-noto-cjk; .ci/run does it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def serve_process(*args: str):
    """A context manager: ``kg serve ARGS`` on a free loopback port, yielding the port; stopped after."""
    import contextlib
    import subprocess
    import sys

    @contextlib.contextmanager
    def running():
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", *map(str, args), "--port", str(port)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            wait_http(f"http://127.0.0.1:{port}/")
            yield port
        finally:
            proc.terminate()
            proc.wait(10)
    return running()


def run_kg(*args):
    """Run ``python -m kg`` as a user would; return (code, stdout, stderr)."""
    import subprocess
    import sys

    p = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr
