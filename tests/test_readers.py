"""Readers of HTML, PDF and DOCX documents, and building graphs from them."""
import json
import re

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDF, XSD

import docmakers
from conftest import DATA
from conftest import run_kg as run
from kg import ingest, readers
from kg.errors import DecodeError, DocumentTooLarge, NeedsOCR, UnreadableDocument
from kg.namespaces import TK

PAGES = DATA / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# -- HTML ----------------------------------------------------------------------------------
@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_html_page_gives_article_text_title_and_date(page):
    want = EXPECTED[page]
    doc = ingest.read_document(PAGES / page)
    assert doc.title == want["title"]
    assert doc.date == want["date"]
    for para in want["body"]:
        assert para in doc.text.split("\n"), para       # each paragraph whole, on a line of its own
    for chrome in want["noise"]:
        assert squash(chrome) not in squash(doc.text), chrome
    assert not re.search(r"<[a-zA-Z/]|&[a-z]+;|style=", doc.text)


def test_gb2312_page_is_read_by_its_own_charset():
    data = (PAGES / "gov_article.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")                       # really not UTF-8
    assert readers.html_encoding(data) == "gb18030"  # gb2312 label, read as a superset like browsers do
    assert "——2023年2月8日" in readers.decode_html(data, "p.html")  # — is GBK, not GB2312


@pytest.mark.parametrize("declared, body_codec", [
    ("utf-8", "utf-8"), ("gb2312", "gbk"), ("GBK", "gb18030"), ("GB18030", "gb18030"), (None, "utf-8"), (None, "gb18030"),
    ("gb2312", "utf-8"),   # a page that lies about its charset
])
def test_html_charsets(declared, body_codec):
    head = f'<meta charset="{declared}">' if declared else ""
    html = f"<html><head>{head}<title>溪口镇新闻</title></head><body><h1>溪口镇获评全国文明镇</h1>" \
           f"<p>近日，溪口镇获评全国文明镇。全镇完成税收总额12.5亿元，同比增长5.1%。</p></body></html>"
    page = readers.read_html(html.encode(body_codec), "p.html")
    assert "溪口镇获评全国文明镇。" in page.text
    assert page.meta["title"] == "溪口镇获评全国文明镇"


def test_html_title_goes_before_the_text_with_its_parts_on_lines_of_their_own():
    html = ("<html><head><meta charset='utf-8'><title>颁奖典礼 温江区万春镇荣获“中国最美小镇”_新闻</title></head>"
            "<body><div><p>近日，第二届中国最美小镇颁奖典礼在北京举行，万春镇榜上有名，获奖名单正式揭晓。</p></div></body></html>")
    page = readers.read_html(html.encode(), "p.html")
    assert page.meta["title"] == "颁奖典礼 温江区万春镇荣获“中国最美小镇”"
    assert page.text.split("\n")[:2] == ["颁奖典礼", "温江区万春镇荣获“中国最美小镇”"]


def test_html_that_decodes_in_nothing_is_a_decode_error():
    with pytest.raises(DecodeError):
        readers.read_html(b"<html><body><p>" + bytes(range(0x80, 0x100)) * 3 + b"</p></body></html>", "p.html")


def test_html_scripts_styles_and_widgets_never_reach_the_text():
    html = ("<html><head><style>p{color:red}</style><script>var x='税收总额99亿元';</script></head><body>"
            "<div><p>溪口镇全年完成税收总额12.5亿元，同比增长5.1%，新引进企业30家，经济运行总体平稳。</p>"
            "<p>溪口镇荣获全国文明镇称号，群众获得感、幸福感、安全感持续提升，社会事业全面进步。</p>"
            "<a href='javascript:window.print()'>【打印本页】</a><noscript>请启用脚本</noscript></div>"
            "</body></html>").encode()
    text = readers.read_html(html, "p.html").text
    assert "税收总额12.5亿元" in text
    for bad in ("99亿元", "color", "打印本页", "请启用脚本"):
        assert bad not in text


def test_oversized_file_is_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    with pytest.raises(DocumentTooLarge):
        readers.read_html(b"<p>" + "字".encode() * 1000 + b"</p>", "big.html")


# -- PDF -----------------------------------------------------------------------------------
LEFT = ["过去一年，全镇完成税收总额85.6亿元，同比增长4.2%，实现规模以上工业总产值1520亿元。",
        "安亭镇荣获全国文明镇、上海市卫生镇称号，群众满意度持续提升，城乡面貌焕然一新。"]
RIGHT = ["今年主要预期目标是：税收总额增长5%左右，固定资产投资保持稳定增长，就业形势稳定。",
         "力争创建国家生态文明建设示范镇，为建设国际汽车城核心区而努力奋斗！"]


def two_column_pdf(stream_order: str) -> bytes:
    title = [(200, 50, "安亭镇2023年政府工作报告")]
    left = docmakers.column_runs(LEFT, 50, 90, 22)
    right = docmakers.column_runs(RIGHT, 310, 90, 22)
    runs = left + right if stream_order == "columns" else sorted(left + right, key=lambda r: (r[1], r[0]))
    return docmakers.pdf([title + runs])


@pytest.mark.parametrize("stream_order", ["columns", "rows"])
def test_pdf_two_columns_are_read_column_by_column(stream_order):
    text = readers.read_pdf(two_column_pdf(stream_order), "r.pdf").text
    lines = text.split("\n")
    assert lines[0] == "安亭镇2023年政府工作报告"
    positions = [lines.index(p) for p in LEFT + RIGHT]   # each paragraph whole, wrapped lines joined
    assert positions == sorted(positions)


def test_pdf_paragraph_running_over_a_page_or_column_break_stays_whole():
    para = "过去一年，全镇完成税收总额85.6亿元，同比增长4.2%，实现规模以上工业总产值1520亿元，新引进企业126家。"
    lines = docmakers.wrap(para, 20)                     # 3 full lines and a short one
    page1 = [(60, 80, "安亭镇2023年政府工作报告")] + docmakers.column_runs(["今年以来，全镇经济运行总体平稳，主要指标好于预期，社会事业全面进步。"], 60, 120, 20) \
        + [(60, 700 + 16 * i, ln) for i, ln in enumerate(lines[:2])]
    page2 = [(60, 80 + 16 * i, ln) for i, ln in enumerate(lines[2:])] + [(60, 200, "安亭镇荣获全国文明镇称号。")]
    for footer in (None, "— 1 —", "- 1 -", "第 1 页", "第1页 共2页", "1/2"):
        foot = [(270, 800, footer)] if footer else []     # the page number printed at the foot of page 1
        text = readers.read_pdf(docmakers.pdf([page1 + foot, page2]), "r.pdf").text.split("\n")
        assert para in text, footer
        assert text[0] == "安亭镇2023年政府工作报告" and "安亭镇荣获全国文明镇称号。" in text


def test_pdf_pages_follow_each_other():
    pages = [docmakers.column_runs([f"第{i}页：全镇新增绿地{i}公顷，完成{i}个小区综合改造。"], 60, 80, 40) for i in (1, 2, 3)]
    text = readers.read_pdf(docmakers.pdf(pages), "r.pdf").text
    assert [line[:3] for line in text.split("\n") if line] == ["第1页", "第2页", "第3页"]


def test_scanned_pdf_needs_ocr():
    with pytest.raises(NeedsOCR, match="no text layer.*2 pages"):
        readers.read_pdf(docmakers.scanned_pdf(2), "scan.pdf")
    # a scan whose only text is the page numbers a scanning program stamped on it
    with pytest.raises(NeedsOCR):
        readers.read_pdf(docmakers.pdf([[(290, 800, "— 1 —")], [(290, 800, "— 2 —")]]), "scan.pdf")


def test_pdf_decompression_bomb_is_refused(monkeypatch):
    import zlib

    bomb = zlib.compress(b"0 0 m " * 2_000_000, 9)           # 12 MB of drawing operators in ~25 KB
    data = docmakers.pdf([[(60, 80, "第一页")]]).replace(
        b"%%EOF", b"9 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream\nendobj\n%%EOF")
    monkeypatch.setattr(readers, "MAX_PDF_EXPANDED", 4 * 1024 * 1024)
    with pytest.raises(DocumentTooLarge, match="inflate"):
        readers.read_pdf(data, "bomb.pdf")
    monkeypatch.setattr(readers, "MAX_PDF_EXPANDED", 64 * 1024 * 1024)
    assert "第一页" in readers.read_pdf(data, "bomb.pdf").text   # under the cap it is read


@pytest.mark.parametrize("data", [b"not a pdf at all", b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF", b""])
def test_broken_pdf_is_unreadable(data):
    with pytest.raises(UnreadableDocument):
        readers.read_pdf(data, "bad.pdf")


# -- DOCX ----------------------------------------------------------------------------------
def test_docx_paragraphs_tables_and_title():
    data = docmakers.docx(["过去一年，全镇完成税收总额85.6亿元。", "安亭镇荣获全国文明镇称号。"],
                          table=[["指标", "2022年"], ["税收总额", "85.6亿元"]],
                          title="安亭镇2022年工作总结", heading="安亭镇2022年工作总结")
    page = readers.read_docx(data, "n.docx")
    assert page.meta == {"title": "安亭镇2022年工作总结"}
    assert page.text.split("\n")[:5] == ["安亭镇2022年工作总结", "过去一年，全镇完成税收总额85.6亿元。",
                                         "安亭镇荣获全国文明镇称号。", "指标  2022年", "税收总额  85.6亿元"]


@pytest.mark.parametrize("data", [b"plain text, not a zip", docmakers.scanned_pdf(1)])
def test_broken_docx_is_unreadable(data):
    with pytest.raises(UnreadableDocument):
        readers.read_docx(data, "bad.docx")


def test_docx_zip_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(readers, "MAX_UNZIPPED", 10_000)
    with pytest.raises(DocumentTooLarge):
        readers.read_docx(docmakers.docx(["一段文字。"]), "n.docx")


def test_registry_covers_the_formats_find_inputs_accepts(tmp_path):
    for name in ("a.html", "b.HTM", "c.pdf", "d.docx", "e.txt", "f.md", "g.doc", "h.xlsx"):
        (tmp_path / name).write_bytes(b"x")
    found = [p.name for p in ingest.find_inputs([tmp_path])]
    assert found == ["a.html", "b.HTM", "c.pdf", "d.docx", "e.txt", "f.md"]
    assert readers.reader_for("x.PDF") is readers.read_pdf and readers.reader_for("x.txt") is None


def test_folder_build_skips_what_a_browser_saved_beside_a_page(tmp_path):
    (tmp_path / "报告.html").write_bytes((PAGES / "news_article.html").read_bytes())
    assets = tmp_path / "报告_files"
    assets.mkdir()
    (assets / "share.html").write_text("<html><body><a href='#'>分享</a></body></html>", encoding="utf-8")
    (assets / "ad.htm").write_text("<html><body>广告</body></html>", encoding="utf-8")
    (tmp_path / "其他_files").mkdir()                  # no page beside it: an ordinary folder
    (tmp_path / "其他_files" / "note.txt").write_text("马陆镇荣获上海市卫生镇称号。", encoding="utf-8")
    assert [p.name for p in ingest.find_inputs([tmp_path])] == ["note.txt", "报告.html"]


# -- end to end: kg build on all three kinds -------------------------------------------------

@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "page.html").write_bytes((PAGES / "gov_article.html").read_bytes())
    (folder / "report.pdf").write_bytes(two_column_pdf("rows"))
    (folder / "notes.docx").write_bytes(docmakers.docx(
        ["近日，华新镇召开2022年度经济工作总结会。（2023年1月18日）",
         "会议通报，2022年华新镇完成税收总额21.3亿元。华新镇获评上海市文明镇。"],
        heading="华新镇2022年度经济工作总结"))
    out = folder / "g.ttl"
    code, stdout, stderr = run("build", folder / "page.html", folder / "report.pdf", folder / "notes.docx",
                               "--output", out)
    assert code == 0, stderr
    return folder, Graph().parse(out), stdout


def test_build_reads_html_pdf_and_docx(mixed):
    _, g, stdout = mixed
    assert stdout.startswith("3 documents;")
    # each document's own title and date (the page and the PDF share a title: a set of all titles would not tell)
    by_name = {str(g.value(d, DCTERMS.identifier)).rsplit("/", 1)[-1]: d for d in g.subjects(RDF.type, TK.Document)}
    assert sorted(by_name) == ["notes", "page", "report"]
    assert {n: str(g.value(d, DCTERMS.title)) for n, d in by_name.items()} == {
        "page": "安亭镇2023年政府工作报告", "report": "安亭镇2023年政府工作报告", "notes": "华新镇2022年度经济工作总结"}
    assert g.value(by_name["page"], DCTERMS.date) == Literal("2023-02-10", datatype=XSD.date)
    assert g.value(by_name["notes"], DCTERMS.date) == Literal("2023-01-18", datatype=XSD.date)
    for doc in g.subjects(RDF.type, TK.Document):
        assert any(g.triples((None, TK.inDocument, doc))), f"no facts from {doc}"


def test_evidence_is_clean_text_and_its_offsets_index_the_cleaned_text(mixed):
    folder, g, _ = mixed
    docs = {p.stem: ingest.read_document(p) for p in folder.iterdir() if p.suffix != ".ttl"}
    n = 0
    for ev in g.subjects(RDF.type, TK.Evidence):
        text = str(g.value(ev, TK.text))
        doc_id = str(g.value(g.value(ev, TK.inDocument), DCTERMS.identifier)).rsplit("/", 1)[-1]
        start, end = int(g.value(ev, TK.start)), int(g.value(ev, TK.end))
        assert docs[doc_id].text[start:end] == text
        assert not re.search(r"[<>]|&[a-z]+;|style=|\|", text), text
        n += 1
    assert n >= 8


@pytest.mark.parametrize("name", ["page.html", "report.pdf", "notes.docx"])
def test_explain_works_for_every_input_kind(mixed, tmp_path, name):
    folder, _, _ = mixed
    out = tmp_path / "explain.html"
    code, stdout, stderr = run("explain", folder / name, "--output", out)
    assert code == 0, stderr
    assert int(stdout.split()[0]) >= 1 and out.is_file()


def test_scanned_pdf_is_a_coded_one_line_error_and_no_output(tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(docmakers.scanned_pdf(3))
    out = tmp_path / "g.ttl"
    code, stdout, stderr = run("build", scan, "--output", out)
    assert code == 2
    assert stderr.count("\n") == 1 and "[E081]" in stderr and "OCR" in stderr
    assert not out.exists()


@pytest.mark.parametrize("info, text, date", [
    # the text gives no date: the PDF's CreationDate is the document's date
    (b"<< /CreationDate (D:20230115093000+08'00') /ModDate (D:20240301120000Z) >>", "镇政府召开工作会议。", "2023-01-15"),
    (b"<< /ModDate (D:20240301120000Z) >>", "镇政府召开工作会议。", "2024-03-01"),
    (b"<< /CreationDate (20221231) >>", "镇政府召开工作会议。", "2022-12-31"),
    # a UTF-16 string (with its byte-order mark), as some writers store every string
    (b"<< /CreationDate <FEFF0044003A00320030003200330030003700300031> >>", "镇政府召开工作会议。", "2023-07-01"),
    # not a calendar date: the next one, or none
    (b"<< /CreationDate (D:20231345) /ModDate (D:20230601) >>", "镇政府召开工作会议。", "2023-06-01"),
    (b"<< /CreationDate (yesterday) >>", "镇政府召开工作会议。", None),
    (b"<< /Producer (x) >>", "镇政府召开工作会议。", None),
    (None, "镇政府召开工作会议。", None),
    # the text's own date comes first
    (b"<< /CreationDate (D:20240105) >>", "镇政府召开工作会议（2023年12月28日）。", "2023-12-28"),
])
def test_pdf_date_from_its_information_when_the_text_has_none(info, text, date):
    from kg import ingest

    data = docmakers.pdf([[(60, 80, text)]], info=info)
    assert ingest.document_from_bytes(data, "r.pdf", "r").date == date


def test_pdf_information_that_refers_to_itself_is_no_date():
    """A CreationDate that is a reference to an object that is a reference to itself: no hang, no date."""
    data = docmakers.pdf([[(60, 80, "镇政府召开工作会议。")]], info=b"<< /CreationDate 8 0 R >>", extra=(b"8 0 R",))
    assert b"8 0 obj\n8 0 R\nendobj" in data
    page = readers.read_pdf(data, "r.pdf")
    assert "工作会议" in page.text and "file_date" not in page.meta


@pytest.mark.parametrize("info, extra", [
    (b"8 0 R", ()),                  # the trailer's /Info is an object that is a reference to itself
    (b"8 0 R", (b"9 0 R", b"8 0 R")),  # two objects that refer to each other (8 -> 9 -> 8)
])
def test_pdf_whose_information_is_a_reference_cycle_is_read_without_it(info, extra):
    """pdfminer alone follows such a chain forever while it opens the file; here it ends, and the text is read."""
    data = docmakers.pdf([[(60, 80, "镇政府召开工作会议。")]], info=info, extra=extra)
    page = readers.read_pdf(data, "r.pdf")
    assert "工作会议" in page.text and page.meta == {}


def test_pdf_nested_past_the_stack_is_a_coded_error(monkeypatch):
    """pdfminer recurses on objects kept in object streams (a stream held in itself recurses without end):
    Python's RecursionError is the file's fault, a coded unreadable-PDF error, not a traceback."""
    from pdfminer.pdfpage import PDFPage

    def deep(doc):
        raise RecursionError("maximum recursion depth exceeded")
        yield  # pragma: no cover - a generator, as create_pages is

    monkeypatch.setattr(PDFPage, "create_pages", classmethod(lambda cls, doc: deep(doc)))
    with pytest.raises(UnreadableDocument, match="nested too deep"):
        readers.read_pdf(docmakers.pdf([[(60, 80, "镇政府召开工作会议。")]]), "r.pdf")
