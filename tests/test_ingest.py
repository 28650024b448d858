import pytest

from conftest import DATA, DACHANG, TAOPU
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


def test_town_from_title_of_dachang_report():
    doc = ingest.read_document(DACHANG)
    assert doc.town == "大场镇"
    assert doc.date == "2021-12-22"
    assert doc.title == "大场镇2021年政府工作报告"


def test_town_from_text_when_no_title():
    doc = ingest.read_document(TAOPU)
    assert doc.town == "桃浦镇"


def test_body_that_says_only_wo_zhen_resolves_to_declared_or_titled_town():
    doc = ingest.parse_document("---\ntown: 罗店镇\n---\n我镇荣获全国文明镇称号。\n".encode(), doc_id="x")
    assert doc.town == "罗店镇"
    doc = ingest.parse_document("罗泾镇工作报告\n\n我镇全年新增绿地3公顷。\n".encode(), doc_id="y")
    assert doc.town == "罗泾镇"


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
