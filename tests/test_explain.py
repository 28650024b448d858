"""kg explain: a document with its facts highlighted in place (kg/explain.py)."""
from __future__ import annotations

import pytest

from kg import explain
from kg.cli import main

TEXT = "桃源镇工作报告\n\n2021年，桃源镇荣获全国文明镇称号。星河科技入驻桃源镇。\n实施河长制。税收总额达43.82亿元。\n"


@pytest.fixture()
def document(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_every_fact_is_highlighted_with_type_rule_and_triple(document):
    page = explain.explain(document)
    assert page.by_type == {"honor": 1, "enterprise": 1, "program": 1, "observation": 1}
    assert 'title="honor · honor:荣获 · 桃源镇 tk:receivedHonor 全国文明镇"' in page.html  # the label's tooltip
    assert "enterprise · enterprise:入驻 · 星河科技 tk:settledIn 桃源镇" in page.html
    assert "observation · observation:unit · 税收总额 = 43.82亿元" in page.html
    assert page.html.count("<tr class='fact'") == page.facts == 4


def test_cli_writes_the_page_and_refuses_a_missing_document(document, tmp_path, capsys):
    out = tmp_path / "page.html"
    assert main(["explain", str(document), "--output", str(out)]) == 0
    assert "4 facts" in capsys.readouterr().out and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    missing = tmp_path / "none.html"
    assert main(["explain", str(tmp_path / "nope.txt"), "--output", str(missing)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "[E001]" in err[0] and not missing.exists()


def test_the_page_draws_its_highlights_offline_in_chromium(browser, document, tmp_path):
    out = tmp_path / "page.html"
    out.write_text(explain.explain(document).html, encoding="utf-8")
    context = browser.new_context(offline=True)
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(out.as_uri())
    # displaCy draws a span as a positioned bar under the words, with its label on the first one
    bars = page.evaluate("""[...document.querySelectorAll('#document span[style*="position: absolute"]')]
        .filter(e => e.getBoundingClientRect().width > 0).length""")
    labels = page.evaluate("""[...document.querySelectorAll('#document span[style*="z-index: 10"]')]
        .map(e => e.textContent.trim())""")
    assert bars >= 8                               # every highlight is drawn (bar + label bar per fact)
    assert any(t.endswith("honor · honor:荣获") for t in labels) and len(labels) == 4
    assert all(u.startswith("file:") for u in requests)
    context.close()
