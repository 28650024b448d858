"""The streaming build: local processes and a Dask cluster give the same graph."""

import os
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import ROOT
from conftest import run_kg as kg



def test_dask_local_cluster_builds_the_same_graph(tmp_path):
    code, out, err = kg("build", ROOT / "data", "--dask", "local:1", "--output", tmp_path / "dask.ttl")
    assert code == 0, err
    code, _, err = kg("build", ROOT / "data", "--output", tmp_path / "local.ttl")
    assert code == 0, err
    assert isomorphic(Graph().parse(tmp_path / "dask.ttl"), Graph().parse(tmp_path / "local.ttl"))


def test_two_processes_build_the_same_graph(tmp_path):
    code, _, err = kg("build", ROOT / "data", "-j", "2", "--output", tmp_path / "j2.trig")
    assert code == 0, err
    code, _, err = kg("build", ROOT / "data", "--output", tmp_path / "j1.trig")
    assert code == 0, err
    from kg.validate import load_graph

    assert isomorphic(load_graph(tmp_path / "j2.trig"), load_graph(tmp_path / "j1.trig"))


def test_bad_dask_address_is_a_one_line_error(tmp_path):
    code, _, err = kg("build", ROOT / "data", "--dask", "local:x", "--output", tmp_path / "g.ttl")
    assert code == 2 and "E091" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "g.ttl").exists()


MERGING = [ROOT / "data" / "seeds", ROOT / "tests" / "data" / "resolve", ROOT / "tests" / "data" / "maqiao_shanghai.txt"]


@pytest.mark.parametrize("ext,jobs", [(".ttl", 1), (".ttl", 2), (".nt", 1)])
def test_a_streamed_file_is_the_graph_of_a_store_build(tmp_path, ext, jobs):
    """Written while documents stream in (local sections + the resolved shared store): the same graph."""
    from kg import store
    from kg.build import build

    streamed = build(MERGING, jobs=jobs, output=tmp_path / f"streamed{ext}")
    assert streamed.store is None and streamed.output == tmp_path / f"streamed{ext}"
    stored = build(MERGING)
    stored.write(tmp_path / "stored.ttl")
    assert {(m.name, m.rule) for m in streamed.merges} == {(m.name, m.rule) for m in stored.merges} != set()
    assert streamed.entities == stored.entities and streamed.facts == stored.facts
    got = store.load_file(tmp_path / f"streamed{ext}")
    want = store.load_file(tmp_path / "stored.ttl")
    assert set(got) == set(want)


def test_a_streamed_build_has_no_store_to_query(tmp_path):
    from kg.build import build
    from kg.errors import BuildError

    result = build([ROOT / "tests" / "data" / "small.txt"], output=tmp_path / "g.ttl")
    with pytest.raises(BuildError, match="only to"):
        result.query("SELECT * WHERE { ?s ?p ?o }")


def test_an_on_disk_temporary_store_builds_the_same_graph(tmp_path, monkeypatch):
    """Inputs past the memory limits go into temporary on-disk stores: same graph, folder removed after."""
    import tempfile

    from kg import build as b
    from kg import store

    small = b.build(MERGING, output=tmp_path / "memory.ttl")
    monkeypatch.setattr(b, "SHARED_MEMORY_INPUT", 0)
    monkeypatch.setattr(b, "MEMORY_INPUT", 0)
    before = set(Path(tempfile.gettempdir()).glob(f"kg-build-{os.getpid()}-*"))
    b.build(MERGING, output=tmp_path / "disk.ttl")
    assert set(Path(tempfile.gettempdir()).glob(f"kg-build-{os.getpid()}-*")) == before
    lean = b.build(MERGING, keep_graphs=False)
    lean.write(tmp_path / "lean.ttl")
    want = set(store.load_file(tmp_path / "memory.ttl"))
    assert set(store.load_file(tmp_path / "disk.ttl")) == want == set(store.load_file(tmp_path / "lean.ttl"))
    assert small.entities == lean.entities


def test_a_failing_store_write_stops_the_build_with_its_error(monkeypatch):
    """Store writes run in a thread of their own: their error still reaches the caller, not a hang."""
    import errno

    from kg import build as b

    def full(*_):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(b.st, "add_documents", full)
    monkeypatch.setattr(b, "MEMORY_BATCH_BYTES", 1)  # a write after every document
    with pytest.raises(OSError) as caught:
        b.build(MERGING)
    assert caught.value.errno == errno.ENOSPC


PAGE_AS_TXT = ('<html><body><div class="c"><p style="text-indent:2em">大场镇获得国家卫生镇称号。</p>\n'
               '<p style="text-indent:2em">桃浦镇税收30亿元。</p><br/></div></body></html>\n')


def test_a_dask_task_reads_a_document_as_a_local_worker_does(tmp_path):
    """A Dask task gets the file's bytes, a local worker its path: the same reader must follow (a page saved as .txt)."""
    from kg import build as b

    page = tmp_path / "p.txt"
    page.write_text(PAGE_AS_TXT, encoding="utf-8")
    local = b._work((page, "p"))
    remote = b._work_remote(page.read_bytes(), str(page), "p", {})
    assert local[0] == "done", local
    assert remote[:3] == local[:3]


def test_a_dask_task_refuses_a_file_over_the_size_limit_as_a_local_worker_does(tmp_path, monkeypatch):
    from kg import build as b, readers
    from kg.errors import DocumentTooLarge

    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("大场镇荣获上海市文明镇称号。\n" * 100, encoding="utf-8")
    for res in (b._work((big, "big")), b._work_remote(big.read_bytes(), str(big), "big", {})):
        assert res[0] == "error" and isinstance(res[1], DocumentTooLarge), res
