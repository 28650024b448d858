"""The streaming build: local processes and a Dask cluster give the same graph."""

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
