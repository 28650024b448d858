"""kg push against a real Oxigraph server (PyPI package ``oxigraph``) on loopback."""
import json
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest

from conftest import DATA, SEEDS, free_port, wait_http


@pytest.fixture()
def oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(base + "/query?query=" + urllib.parse.quote("ASK {}"))
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


def remote(base, q):
    req = urllib.request.Request(base + "/query?query=" + urllib.parse.quote(q),
                                 headers={"Accept": "application/sparql-results+json"})
    return json.loads(urllib.request.urlopen(req, timeout=20).read())["results"]["bindings"]


def test_push_keeps_named_graphs(tmp_path, oxigraph_server):
    trig = tmp_path / "seeds.trig"
    assert subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--output", str(trig)]).returncode == 0
    done = subprocess.run([sys.executable, "-m", "kg", "push", str(trig), "--endpoint", oxigraph_server + "/store"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("pushed 2 graphs")
    graphs = {r["g"]["value"] for r in remote(oxigraph_server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert graphs == {"https://w3id.org/townkg/id/graph/seeds%2F000_73a7b43cf10d3955",
                      "https://w3id.org/townkg/id/graph/seeds%2F003_37ee69dabd17ee5a"}
    rows = remote(oxigraph_server, """SELECT ?t WHERE { GRAPH ?g { ?x a <https://w3id.org/townkg/ontology#Town> ;
        <http://www.w3.org/2000/01/rdf-schema#label> ?t } } ORDER BY ?t""")
    assert [r["t"]["value"] for r in rows] == ["大场镇", "桃浦镇"]


def test_push_to_nowhere_is_a_clear_error(tmp_path):
    port = free_port()  # nothing listens there
    done = subprocess.run([sys.executable, "-m", "kg", "push", str(DATA / "small.ttl"),
                           "--endpoint", f"http://127.0.0.1:{port}/store"], capture_output=True, text=True)
    assert done.returncode == 2 and "cannot reach" in done.stderr and "Traceback" not in done.stderr


def test_push_needs_an_http_url():
    done = subprocess.run([sys.executable, "-m", "kg", "push", str(DATA / "small.ttl"), "--endpoint", "ftp://x"],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "not an http(s) URL" in done.stderr
