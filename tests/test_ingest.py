import pytest

from conftest import DATA
from kg import ingest
from kg.errors import DecodeError, EmptyDocument, FrontMatterError, InputNotFound, NoDocuments


def test_utf8_with_bom_and_without_give_same_text():
    body = "大场镇荣获上海市文明镇称号。".encode("utf-8")
    a = ingest.parse_document(b"\xef\xbb\xbf" + body, doc_id="a")
    b = ingest.parse_document(body, doc_id="b")
    assert a.text == b.text


def test_gb18030_file_is_decoded_and_normalized():
    doc = ingest.read_document(DATA / "gbk_report.txt")
    assert "新泾镇" in doc.text
    assert "“美丽家园”" in doc.text          # straight quotes paired into curly ones
    assert "15个小区" in doc.text             # full-width digits made half-width
    assert doc.town == "新泾镇"


def test_undecodable_bytes_are_a_decode_error():
    with pytest.raises(DecodeError):
        ingest.parse_document(bytes(range(128, 256)) * 4, name="x.txt")


def test_front_matter_gives_metadata_and_town():
    doc = ingest.read_document(DATA / "front_matter.md")
    assert doc.title == "示范镇2023年工作总结"
    assert doc.date == "2023-12-30"
    assert doc.town == "七宝镇"
    assert doc.source == "https://example.org/report/2023"
    assert doc.year == 2023
    assert not doc.text.startswith("---")


def test_a_source_kept_at_several_addresses_takes_the_first():
    text = "---\nsource:\n- https://example.org/a.html\n- https://example.org/b.html\ntitle: 示范镇工作报告\n---\n\n示范镇全年实现税收3亿元。\n"
    doc = ingest.parse_document(text.encode("utf-8"), name="x.md")
    assert doc.source == "https://example.org/a.html" and doc.title == "示范镇工作报告"


def test_bad_front_matter_is_a_clear_error():
    with pytest.raises(FrontMatterError, match="not valid YAML"):
        ingest.read_document(DATA / "bad_front_matter.md")


def test_empty_document_is_an_error():
    with pytest.raises(EmptyDocument):
        ingest.read_document(DATA / "empty.txt")


def test_portal_chrome_is_removed_and_read_as_metadata():
    doc = ingest.read_document(DATA / "portal_page.txt")
    for chrome in ("【字号", "所属类目", "文件预览", "当前页二维码", "附件下载"):
        assert chrome not in doc.text
    assert doc.title == "华漕镇2022年政府工作报告"
    assert doc.date == "2022-01-20"
    assert doc.town == "华漕镇"


def test_normalize_spaces_quotes_and_width():
    text = ingest.normalize('成功创建上 海市"示范点"，税收 30.63 亿元，ＡＢＣ１２３，TOP Life')
    assert "上海市“示范点”" in text
    assert "30.63亿元" in text
    assert "ABC123" in text
    assert "TOP Life" in text  # spaces between Latin words stay


def test_find_inputs_missing_path():
    with pytest.raises(InputNotFound, match="no such file or folder"):
        ingest.find_inputs(["/no/such/path"])


def test_find_inputs_expands_folders_sorted_and_skips_readme():
    found = ingest.find_inputs([DATA])
    assert found == sorted(found)
    names = [p.name for p in found]
    assert "README.md" not in names and "small.txt" in names and "a.txt" in names  # a.txt: in a subfolder


def test_find_inputs_folder_without_documents(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    with pytest.raises(NoDocuments):
        ingest.find_inputs([tmp_path])


CONTROL_TEXT = "大场镇\x01\x02\x0b获得\x1b\x7f国家卫生镇\x85称号\ufffe。\u2028桃浦镇税收\x0c30亿元。\n"


def test_control_characters_are_dropped_or_become_newlines():
    from kg.ingest import clean_controls

    assert clean_controls(CONTROL_TEXT) == "大场镇\n获得国家卫生镇\n称号。\n桃浦镇税收\n30亿元。\n"
    assert clean_controls("a\tb\nc") == "a\tb\nc"


@pytest.mark.parametrize("suffix", [".rdf", ".ttl", ".nt", ".nq", ".trig", ".jsonld", ".n3"])
def test_control_characters_can_be_written_and_read_in_every_format(tmp_path, suffix):
    from rdflib import Dataset

    from kg.build import build

    doc = tmp_path / "ctrl.txt"
    doc.write_text(CONTROL_TEXT, encoding="utf-8")
    out = build([doc]).write(tmp_path / f"g{suffix}")
    fmt = {".rdf": "xml", ".jsonld": "json-ld", ".nq": "nquads"}.get(suffix, suffix[1:])
    g = Dataset().parse(out, format=fmt)
    assert len(g) or len(list(g.quads()))


@pytest.mark.parametrize("text,markup", [
    ('<!DOCTYPE html><html><body>大场镇</body></html>', True),
    ('<p style="text-indent:2em">一</p><p>二</p><p>三</p><br/><div>四</div>', True),
    ("大场镇获得“<国家卫生镇>”称号，比例<5%，增幅>3%。", False),
    ("a<b 且 c>d，<br>换行", False),
])
def test_markup_in_text_is_found(text, markup):
    from kg.errors import MarkupError
    from kg.ingest import check_markup

    if markup:
        with pytest.raises(MarkupError):
            check_markup(text, "x.txt")
    else:
        check_markup(text, "x.txt")


def test_front_matter_dates_stay_text_and_are_checked():
    from kg.errors import FrontMatterError
    from kg.ingest import split_front_matter

    meta, body = split_front_matter("---\ndate: 2021-02-28\ntitle: 报告\n---\n正文\n")
    assert meta["date"] == "2021-02-28" and body == "正文\n"
    with pytest.raises(FrontMatterError, match="calendar"):
        split_front_matter("---\ndate: 2021-13-01\n---\n正文\n")
    with pytest.raises(FrontMatterError, match="aliases"):
        split_front_matter("---\na: &x 1\nb: *x\n---\n正文\n")


@pytest.mark.parametrize("text,body", [
    ("某镇工作报告\n\n<!-- （共印800份） -->\n新建道路8公里。\n", "某镇工作报告\n\n新建道路8公里。\n"),
    ("某镇工作报告\n\n镇长作报告<!-- 记者 摄 -->。新建道路8公里。\n", "某镇工作报告\n\n镇长作报告。新建道路8公里。\n"),
    # a comment over lines goes whole; an unclosed one is left as text
    ("某镇工作报告\n<!-- 第一行\n第二行 -->\n新建道路8公里。\n", "某镇工作报告\n\n新建道路8公里。\n"),
    ("某镇工作报告\n\n<!-- 未闭合\n新建道路8公里。\n", "某镇工作报告\n\n<!-- 未闭合\n新建道路8公里。\n"),
])
def test_html_comments_in_plain_text_are_dropped(text, body):
    for name in ("t.txt", "t.md"):
        doc = ingest.parse_document(text.encode("utf-8"), name=name, doc_id="t")
        assert doc.text == body
        assert "共印" not in doc.text and "摄" not in doc.text


def test_evidence_offsets_point_into_the_cleaned_text():
    from kg import extract
    doc = ingest.parse_document("某镇工作报告\n\n<!-- （共印800份） -->\n新建道路8公里。\n".encode("utf-8"), name="t.txt", doc_id="t")
    facts = [f for f in extract.extract(doc) if f.type == "observation"]
    assert [(f.value_text, doc.text[f.start:f.end]) for f in facts] == [("8公里", "新建道路8公里。")]


def test_a_text_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    """The input size limit holds for .txt and .md too, not only for pages, PDFs and Word files."""
    from kg import readers
    from kg.errors import DocumentTooLarge

    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    for name in ("big.txt", "big.md"):
        (tmp_path / name).write_text("大场镇荣获上海市文明镇称号。\n" * 100, encoding="utf-8")
        with pytest.raises(DocumentTooLarge, match=name):
            ingest.read_document(tmp_path / name)
    (tmp_path / "ok.txt").write_text("大场镇荣获上海市文明镇称号。\n" * 10, encoding="utf-8")   # 420 bytes
    assert "大场镇" in ingest.read_document(tmp_path / "ok.txt").text
