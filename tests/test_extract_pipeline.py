"""The spaCy pipeline itself (kg/extract/__init__.py, fact.py): factories, span groups, rule files, user components."""
from __future__ import annotations

import pytest
from spacy.language import Language

from conftest import SEEDS

from kg import extract, ingest, resources

SENTENCE = "2021年，桃源镇荣获全国文明镇称号。星河科技入驻桃源镇。实施河长制。税收总额达43.82亿元。"


def test_pipeline_is_a_spacy_language_with_the_fact_finders():
    nlp = extract.pipeline()
    assert isinstance(nlp, Language)
    assert nlp.pipe_names == list(extract.PIPES)
    for name in ("tk_honors", "tk_enterprises", "tk_programs", "tk_observations"):
        meta = nlp.get_pipe_meta(name)
        assert "doc.spans" in meta.assigns and "doc._.tk_sentences" in meta.requires
    assert nlp.get_pipe_meta("tk_observations").requires == ["doc._.tk_sentences", "doc._.tk_sections"]


def test_nlp_of_a_text_writes_facts_as_span_groups():
    doc = extract.pipeline()(SENTENCE)
    found = {group: [(s.text, s._.fact.rule) for s in doc.spans[group]] for group in doc.spans}
    assert found["honor"] == [("全国文明镇", "honor:荣获")]
    assert found["enterprise"] == [("星河科技", "enterprise:入驻")]
    assert ("河长制", "program:长制") in found["program"]
    assert found["observation"] == [("43.82亿元", "observation:unit")]
    fact = doc.spans["observation"][0]._.fact
    assert (fact.indicator, fact.value, fact.unit) == ("税收总额", 4382000000.0, "cur:CNY")


def test_one_honor_for_two_receivers_keeps_both_facts():
    doc = extract.pipeline()("青枫苑、白鹭苑先后获评全国绿色社区。")
    assert sorted(s._.fact.subject for s in doc.spans["honor"]) == ["白鹭苑", "青枫苑"]


def test_facts_carry_document_offsets_of_their_sentence():
    document = ingest.parse_document(("桃源镇工作报告\n\n" + SENTENCE).encode("utf-8"), doc_id="t")
    for fact in extract.extract(document):
        assert document.text[fact.start:fact.end].endswith("。")


def test_a_long_document_is_read_in_pieces_with_offsets_kept():
    body = "\n".join(["镇里举办了一场活动。" * 20] * 3000)  # ~600 k characters, several pieces
    tail = "\n桃源镇荣获全国文明镇称号。"
    document = ingest.parse_document(("桃源镇工作报告\n\n" + body + tail).encode("utf-8"), doc_id="long")
    assert len(extract.pieces(document.text)) > 1
    honors = [f for f in extract.extract(document) if f.type == "honor"]
    assert [f.object for f in honors] == ["全国文明镇"]
    assert document.text[honors[0].start:honors[0].end] == "桃源镇荣获全国文明镇称号。"


def _rule_file(tmp_path, name: str, line: str):
    path = tmp_path / name
    path.write_text(resources.read_text("lexicons", name) + line + "\n", encoding="utf-8")
    return str(path)


def _nlp_with(component: str, rules: str) -> Language:
    return extract.make_pipeline({component: {"rules": rules}})


@pytest.mark.parametrize("component,file,line,text,expected", [
    # a trigger word: one line in the honor rules
    ("tk_honors", "honors.tsv", "honor.trigger\t喜提", "桃源镇喜提全国文明镇称号。", ("honor", "全国文明镇", "honor:喜提")),
    # a name-shape word: an industry word that makes a name a company's
    ("tk_enterprises", "enterprises.tsv", "suffix\t酿造", "青禾酿造入驻园区。", ("enterprise", "青禾酿造", "enterprise:入驻")),
])
def test_adding_a_word_is_one_line_in_a_rule_file(tmp_path, component, file, line, text, expected):
    def found(nlp):
        doc = nlp(text)
        return [(s.label_, s._.fact.object, s._.fact.rule) for g in doc.spans for s in doc.spans[g]]

    assert expected not in found(extract.pipeline())
    assert expected in found(_nlp_with(component, _rule_file(tmp_path, file, line)))


def test_a_bad_rule_line_is_a_coded_error(tmp_path):
    from kg.errors import LexiconError

    with pytest.raises(LexiconError, match="E060.*id and an entry"):
        _nlp_with("tk_honors", _rule_file(tmp_path, "honors.tsv", "no-tab-here"))


def test_a_component_added_before_ours_lends_its_org_entities():
    nlp = extract.make_pipeline()
    ruler = nlp.add_pipe("entity_ruler", before="tk_enterprises")  # stands for a statistical NER
    ruler.add_patterns([{"label": "ORG", "pattern": [{"TEXT": ch} for ch in "青禾酿造坊"]}])
    text = "青禾酿造坊入驻园区。"
    assert "enterprise" not in extract.pipeline()(text).spans
    doc = nlp(text)
    assert [(s._.fact.object, s._.fact.rule) for s in doc.spans["enterprise"]] == [("青禾酿造坊", "enterprise:ner")]


def test_the_char_tokenizer_makes_one_token_per_character():
    from spacy.tokens import Doc

    nlp = extract.make_pipeline()
    text = "桃源镇荣获“全国文明镇”称号。\n 2023年GDP增长5%。"
    doc = nlp.make_doc(text)
    plain = Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))
    assert [t.text for t in doc] == list(text) and doc.text == text
    assert (doc.to_array(["ORTH", "SPACY", "LOWER", "SHAPE"]) == plain.to_array(["ORTH", "SPACY", "LOWER", "SHAPE"])).all()
    assert nlp.make_doc("").text == ""


def test_fact_spans_cover_the_characters_of_their_offsets():
    doc = extract.pipeline()("桃源镇荣获全国文明镇称号，地区生产总值增长5%。")
    honor = doc.spans["honor"][0]
    assert (honor.text, honor.start_char, honor.end_char) == ("全国文明镇", 5, 10)
    assert doc.spans["observation"][0].text == "5%"


def test_fact_spans_stay_on_their_characters_after_a_component_merges_tokens():
    nlp = extract.make_pipeline()
    ruler = nlp.add_pipe("entity_ruler", before="tk_honors")
    ruler.add_patterns([{"label": "GPE", "pattern": [{"TEXT": ch} for ch in "桃源镇"]}])
    nlp.add_pipe("merge_entities", after="entity_ruler")  # 桃源镇 becomes one token
    doc = nlp("桃源镇荣获全国文明镇称号，地区生产总值增长5%。")
    assert doc[0].text == "桃源镇"
    honor = doc.spans["honor"][0]
    assert (honor.text, honor.start_char, honor.end_char) == ("全国文明镇", 5, 10)
    assert doc.spans["observation"][0].text == "5%"


def _by_tokens(document, nlp) -> list:
    """The facts of ``document`` read through docs with a token per character and a span per fact."""
    facts = []
    for start, end in extract.pieces(document.text):
        doc = nlp.make_doc(document.text[start:end])
        doc._.tk_context = extract.context_of(document)
        doc = nlp(doc)
        assert sum(len(doc.spans[g]) for g in doc.spans) == len(extract.facts_of(doc))
        for f in extract.facts_of(doc):
            f.start, f.end = f.start + start, f.end + start
            facts.append(f)
    return extract.dedupe(facts)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.iterdir()))
def test_extract_makes_no_tokens_yet_finds_what_a_tokenized_doc_holds(seed):
    from kg.extract import _facts_only

    document = ingest.read_document(SEEDS / seed)
    nlp = extract.pipeline()
    assert _facts_only(nlp)
    assert len(extract.extract(document)) > 20
    assert extract.extract(document) == _by_tokens(document, nlp)


def test_a_pipeline_with_a_component_of_its_own_is_run_on_tokens():
    from kg.extract import _facts_only

    nlp = extract.make_pipeline()
    ruler = nlp.add_pipe("entity_ruler", before="tk_enterprises")
    ruler.add_patterns([{"label": "ORG", "pattern": [{"TEXT": ch} for ch in "青禾酿造坊"]}])
    assert not _facts_only(nlp) and _facts_only(extract.make_pipeline())
    document = ingest.parse_document("桃源镇工作报告\n\n青禾酿造坊入驻园区。".encode("utf-8"), doc_id="t")
    assert [(f.object, f.rule) for f in extract.extract(document, nlp) if f.type == "enterprise"] == \
        [("青禾酿造坊", "enterprise:ner")]


def test_a_rule_lists_words_are_its_literal_entries(tmp_path):
    """``words`` gives the literal entries (longest first); a ``re:`` fragment is a pattern, only in ``pattern``."""
    from kg import lexicon

    path = tmp_path / "mine.tsv"
    path.write_text("suffix\t工程\nsuffix\tre:(?<!控)制\nsuffix\t专项行动\n", encoding="utf-8")
    r = lexicon.rules(str(path))
    assert r.words("suffix") == ("专项行动", "工程")
    assert "(?<!控)制" in r.pattern("suffix")


def test_a_rule_lists_pattern_is_made_once_and_follows_its_entries(tmp_path):
    """``pattern`` is kept per list (a rule asks for it per figure), and made anew when the list has changed."""
    from kg import lexicon

    path = tmp_path / "mine.tsv"
    path.write_text("growth\t增长\ngrowth\t增长了\n", encoding="utf-8")
    r = lexicon.RuleLists(str(path))
    first = r.pattern("growth")
    assert first == "(?:增长了|增长)" and r.pattern("growth") is first
    r.lists["growth"].append("提高")
    assert r.pattern("growth") == "(?:增长了|增长|提高)"
