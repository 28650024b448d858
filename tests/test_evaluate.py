import pytest

from conftest import DATA
from kg import evaluate
from kg.errors import GoldError


def test_scores_a_folder_of_documents():
    ev = evaluate.evaluate([DATA / "small_gold.jsonl"], docs=DATA)
    f = ev.figures()
    assert f["honor.strict"] == {"gold": 1, "pred": 1, "tp": 1, "p": 1.0, "r": 1.0, "f1": 1.0}
    assert f["observation.relaxed"]["tp"] == 1
    assert f["program.relaxed"] == {"gold": 1, "pred": 0, "tp": 0, "p": 0.0, "r": 0.0, "f1": 0.0}
    assert [m[2] for m in ev.misses] == ["一网通办"]
    assert "program" in ev.table() and "一网通办" in ev.error_list()


def test_scores_a_built_graph():
    ev = evaluate.evaluate([DATA / "small_gold.jsonl"], graph=DATA / "small.ttl")
    assert ev.figures()["honor.relaxed"]["tp"] == 1


def test_relaxed_names():
    assert evaluate._names_match({"最美河道"}, {"上海市最美河道"}, relaxed=True)
    assert not evaluate._names_match({"河道"}, {"上海市最美河道"}, relaxed=True)
    assert not evaluate._names_match({"最美河道"}, {"上海市最美河道"}, relaxed=False)
    assert evaluate.fold("“三五T”工作法") == "三五t工作法"


def test_bad_gold(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "x", "type": "rumour"}\n', encoding="utf-8")
    with pytest.raises(GoldError, match="type"):
        evaluate.load_gold([bad])
    with pytest.raises(GoldError, match="no small2.txt"):
        gold = tmp_path / "g.jsonl"
        gold.write_text('{"doc": "small2", "type": "honor", "subject": "a", "object": "b"}\n', encoding="utf-8")
        evaluate.evaluate([gold], docs=DATA)
