"""Readers: turn a document file of any supported format into plain text and metadata.

One function per format (``read_html``, ``read_pdf``, ``read_docx``), chosen
by file extension through ``READERS``; plain text (``TEXT_SUFFIXES``) is
decoded by ``kg.ingest`` itself. Each returns a
``Page``: the text (still to be normalized and cleaned by ``kg.ingest``, whose
cleaned text every evidence offset indexes) and what the file says about
itself (title, date, source, publisher).

- HTML: the page's own charset (GB2312/GBK are read as GB18030, as browsers
  do), the main content found by readability-lxml (chosen over trafilatura by
  measurement: ``bench/readers_compare.py``, ``bench/RESULTS.md``), rendered
  as one line per block; title and date from the page's metadata.
- PDF: the text layer through pdfminer.six's layout analysis, which keeps the
  reading order of multi-column pages; lines wrapped inside a paragraph are
  joined. A PDF without a text layer is ``NeedsOCR``. The document
  information's CreationDate (else ModDate) is ``file_date``: the document's
  date only when its text gives none.
- DOCX: python-docx, paragraphs and table rows in document order.

Untrusted input: every file is size-capped before parsing; HTML is parsed with
lxml's HTML parser without network access; DOCX (a zip of XML) is checked for
a sane uncompressed size, and python-docx parses its XML without entities.
"""
from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.errors import DecodeError, DocumentTooLarge, NeedsOCR, UnreadableDocument

MAX_BYTES = 50 * 1024 * 1024          # any input file
MAX_UNZIPPED = 200 * 1024 * 1024      # a DOCX's parts, uncompressed
MAX_PDF_PAGES = 2000
MAX_PDF_EXPANDED = 1024 * 1024 * 1024  # a PDF's compressed streams, inflated (pdfminer inflates them whole)


@dataclass
class Page:
    """What a reader found: the document's text and its metadata."""

    text: str
    meta: dict = field(default_factory=dict)


def check_size(data: bytes, name: str) -> None:
    """Refuse an input file over ``MAX_BYTES`` (every kind, text too: a document's facts are held whole)."""
    if len(data) > MAX_BYTES:
        # the file is read only one byte past the limit, so its own size is not known here
        raise DocumentTooLarge(f"{name}: the file is over the {MAX_BYTES // (1024 * 1024)} MB limit for one document",
                               "split the document")


# -- HTML --------------------------------------------------------------------------------
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# WHATWG Encoding Standard: these labels all mean the GBK decoder, a subset of GB18030
_GB_LABELS = {"gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "chinese", "csgb2312", "iso-ir-58",
              "csiso58gb231280", "gb18030"}
_BLOCK_TAGS = {"p", "div", "section", "article", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
               "table", "ul", "ol", "blockquote", "pre", "figure", "figcaption", "header", "footer",
               "dd", "dt", "dl", "hr", "caption", "center", "main", "aside", "nav"}
_CELL_TAGS = {"td", "th"}
_DROP_TAGS = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head", "select"}
_TITLE_META = ("ArticleTitle", "og:title", "twitter:title", "title", "dc.title", "DC.Title")
_DATE_META = ("PubDate", "pubdate", "publishdate", "article:published_time", "og:published_time",
              "datePublished", "dc.date", "DC.Date", "dcterms.date", "firstpublishedtime", "publish-date",
              "og:release_date", "date")
_SOURCE_META = ("ContentSource", "source", "og:site_name", "SiteName")
_URL_META = ("og:url",)
# an info line near the title: 发布日期：2023-02-10 / 发布时间：2023年1月18日 / 2023-06-15 07:45
_DATE_IN_TEXT = re.compile(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")


def html_encoding(data: bytes) -> str:
    """The page's declared charset (BOM, then <meta charset> in the first 4 KB), as a Python codec."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    m = _CHARSET.search(data[:4096])
    label = m.group(1).decode("ascii", "replace").lower() if m else ""
    if label in _GB_LABELS:
        return "gb18030"
    if label:
        try:
            import codecs

            return codecs.lookup(label).name
        except LookupError:
            pass
    return ""


def decode_html(data: bytes, name: str) -> str:
    """Decode a page by its own charset; undeclared pages as UTF-8, else GB18030."""
    enc = html_encoding(data)
    # a declared charset can lie (a UTF-8 page labelled gb2312): then the others are tried
    for codec in dict.fromkeys(filter(None, [enc, "utf-8", "gb18030"])):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    raise DecodeError(f"{name}: the page is neither in its declared charset ({enc or 'none'}) nor UTF-8/GB18030",
                      "save the page again from the browser, or convert it to UTF-8")


def _html_tree(text: str):
    from lxml import etree, html

    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False,
                             default_doctype=False)
    # lxml refuses str input that declares an encoding; the text is already decoded
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableDocument(f"not a readable HTML page: {exc}", "check the file") from None


def html_to_text(node) -> str:
    """Visible text of an lxml element: one line per block element, table cells separated by spaces."""
    out: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in _DROP_TAGS:
            if el.tail:
                out.append(el.tail)
            return
        if tag in _BLOCK_TAGS:
            out.append("\n")
        elif tag in _CELL_TAGS:
            out.append("  ")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK_TAGS:
            out.append("\n")
        if el.tail:
            out.append(el.tail)

    walk(node)
    text = "".join(out).replace("\xa0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _meta_values(tree) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = m.get("name") or m.get("property") or m.get("itemprop") or ""
        value = (m.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
            found.setdefault(key.lower(), value)
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text[:100_000])
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                for key in ("headline", "datePublished"):
                    if isinstance(item.get(key), str):
                        found.setdefault(key, item[key])
                        found.setdefault(key.lower(), item[key])
    return found


def _first(meta: dict, keys) -> str | None:
    for k in keys:
        v = meta.get(k) or meta.get(k.lower())
        if v:
            return v
    return None


def _iso_date(text: str | None) -> str | None:
    m = _DATE_IN_TEXT.search(text or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return f"{y}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _html_title(tree, meta: dict) -> str | None:
    """ArticleTitle/og:title, else the <h1> (or first heading) the <title> starts with, else <title>'s first part."""
    title = _first(meta, _TITLE_META) or meta.get("headline")
    if title:
        return title.strip()
    page_title = (tree.findtext(".//title") or "").strip()
    for tag in ("h1", "h2"):
        for h in tree.iter(tag):
            text = re.sub(r"\s+", " ", h.text_content()).strip()
            if 4 <= len(text) <= 80:
                return text
    # "华新镇人民政府--工作动态", "标题_栏目_网站": the first part is the page's own
    parts = [p.strip() for p in re.split(r"\s*(?:_|--|\s-\s|\|)\s*", page_title) if p.strip()]
    # headings in table layouts are often <b>/<strong> in a cell of their own
    for el in tree.iter("b", "strong", "font"):
        text = el.text_content().strip()
        if 6 <= len(text) <= 60 and not re.search(r"[。；]", text) and el.getparent() is not None \
                and el.getparent().tag in ("td", "div", "p", "center") \
                and el.getparent().text_content().strip() == text:
            return text
    return parts[0] if parts else None


def _html_date(tree, meta: dict) -> str | None:
    """Publication date: meta tags and JSON-LD, else a 发布日期/发布时间/日期 line, else <time>."""
    date = _iso_date(_first(meta, _DATE_META) or meta.get("datePublished"))
    if date:
        return date
    for el in tree.iter("time"):
        date = _iso_date(el.get("datetime") or el.text_content())
        if date:
            return date
    body = tree.find(".//body")
    text = html_to_text(body if body is not None else tree)
    for line in text.split("\n")[:80]:
        if len(line) <= 80 and re.search(r"发布|日期|时间|来源", line):
            date = _iso_date(line)
            if date:
                return date
    for el in tree.iter():
        ident = f"{el.get('id') or ''} {el.get('class') or ''}".lower()
        if re.search(r"publish|pubtime|date|time", ident):
            date = _iso_date(el.text_content()[:80])
            if date:
                return date
    return None


def read_html(data: bytes, name: str) -> Page:
    """A saved web page: main content (readability-lxml) as text, title/date/source as metadata."""
    from readability import Document as Readable

    check_size(data, name)
    text = decode_html(data, name)
    tree = _html_tree(text)
    meta = _meta_values(tree)
    info: dict = {}
    title = _html_title(tree, meta)
    if title:
        info["title"] = title
    date = _html_date(tree, meta)
    if date:
        info["date"] = date
    url = _first(meta, _URL_META)
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            url = link.get("href")
    if url and re.match(r"https?://", url):
        info["source"] = url
    publisher = _first(meta, _SOURCE_META)
    if publisher:
        info["publisher"] = publisher
    page = _html_tree(text)
    _drop_widgets(page)
    try:
        summary = Readable(page).summary(html_partial=True)
    except Exception as exc:  # noqa: BLE001 - readability raises its own Unparseable and lxml errors
        raise UnreadableDocument(f"{name}: cannot find the page's text: {exc}", "check the file") from None
    body = html_to_text(_html_tree(summary))
    if not body.strip():  # a page too short for readability's heuristics: take the whole body
        node = tree.find(".//body")
        body = html_to_text(node if node is not None else tree)
    if title and title not in body.split("\n")[:10]:
        # a space between two Chinese parts of a headline separates clauses ("颁奖典礼 万春镇荣获…"):
        # kept as a line break, since text cleaning drops spaces between Chinese characters
        body = re.sub(r"(?<=[\u3400-\u9fff”」》）])\s+(?=[\u3400-\u9fff“「《（])", "\n", title) + "\n" + body
    return Page(body + "\n", info)


# Follow prompts that end WeChat and Weibo posts: short blocks that are only this
_FOLLOW_PROMPT = re.compile(r"^\W*(长按|扫描|扫码|识别)(下方|上方|图中)?二维码|^\W*点击(上方)?蓝字|^\W*(微信)?扫一扫|^\W*阅读原文\W*$")


def _drop_widgets(tree) -> None:
    """Remove what is never article text: javascript: links (print, close, share), forms, photo
    captions, QR-code follow prompts."""
    for a in tree.xpath("//a[starts-with(normalize-space(translate(@href, 'JAVASCRIPT', 'javascript')), 'javascript:')]"):
        a.drop_tree()
    for el in tree.xpath("//form|//button|//input|//figcaption"):
        el.drop_tree()
    for el in tree.xpath("//p|//section|//div|//span"):
        if el.getparent() is not None and len(el.text_content()) <= 40 and _FOLLOW_PROMPT.search(el.text_content()):
            el.drop_tree()


# -- PDF ---------------------------------------------------------------------------------
_SENTENCE_END = "。！？；：”」』）!?;:"


def LAPARAMS(cls):
    """pdfminer layout settings for Chinese reports.

    Lines are grouped into one box when the gap between them is under
    ``line_margin`` line heights. The default 0.5 splits a column set with
    1.5 line spacing (the usual in Chinese reports) into one box per line,
    and pdfminer then orders those boxes across columns, interleaving them;
    1.5 keeps each column one box, read top to bottom, left column first
    (``bench/pdf_order.py``).
    """
    return cls(line_margin=1.5)


def read_pdf(data: bytes, name: str) -> Page:
    """A PDF's text layer in reading order (pdfminer.six layout analysis); no text layer is NeedsOCR.

    The file is parsed once: the pages' text and the information's date come from one document.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError

    check_size(data, name)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise UnreadableDocument(f"{name}: not a PDF file", "check the file")
    _check_inflation(data, name)
    joiner = _Paragraphs()
    pages = 0
    try:
        doc = _bounded_document()(PDFParser(io.BytesIO(data)))
        resources = PDFResourceManager(caching=True)
        device = PDFPageAggregator(resources, laparams=LAPARAMS(LAParams))
        interpreter = PDFPageInterpreter(resources, device)
        for page in PDFPage.create_pages(doc):
            if pages >= MAX_PDF_PAGES:
                break
            pages += 1
            interpreter.process_page(page)
            for box in (el for el in device.get_result() if isinstance(el, LTTextBox)):
                joiner.add_box([ln for ln in box if isinstance(ln, LTTextLine)], box.x0, box.x1)
        date = _info_date(doc)
    except PDFSyntaxError as exc:
        raise UnreadableDocument(f"{name}: not a readable PDF: {exc}", "check the file") from None
    except RecursionError:  # objects nested or streams contained in themselves past Python's stack
        raise UnreadableDocument(f"{name}: not a readable PDF: objects nested too deep", "check the file") from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds of error on broken files
        if exc.__class__.__module__.startswith("pdfminer"):
            raise UnreadableDocument(f"{name}: not a readable PDF: {type(exc).__name__}",
                                     "check the file") from None
        raise
    text = "\n".join(p for p in joiner.done() if p.strip())
    if not re.search(r"\w", text):
        raise NeedsOCR(f"{name}: the PDF has no text layer ({pages} page{'s' if pages != 1 else ''} of images)",
                       "it is a scan: run OCR first (e.g. ocrmypdf -l chi_sim), then build the OCRed PDF")
    return Page(text + "\n", {"file_date": date} if date else {})


MAX_PDF_REF_CHAIN = 8  # an object that is only a reference to another, followed this many times at most


def _bounded_document():
    """pdfminer's PDFDocument with reference chains bounded.

    pdfminer follows a reference until it reaches something that is not one, with no bound
    (``pdftypes.resolve1``), so an object that is a reference to itself (``8 0 obj 8 0 R endobj``,
    say as the trailer's /Info) hangs it while the document is opened. Here an object that is only a
    reference is followed to its end a few steps at most; a chain with no end is read as pdfminer reads
    a reference to a missing object (None), so the rest of the file is still read.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdftypes import PDFObjRef

    class BoundedDocument(PDFDocument):
        def getobj(self, objid: int) -> object:
            obj = super().getobj(objid)
            for _ in range(MAX_PDF_REF_CHAIN):
                if not isinstance(obj, PDFObjRef):
                    return obj
                obj = super().getobj(obj.objid)
            return None if isinstance(obj, PDFObjRef) else obj

    return BoundedDocument


# a PDF date string, D:YYYYMMDDHHmmSS+HH'mm': its year, month and day ("D:" left out by careless writers too)
_PDF_DATE = re.compile(r"\s*(?:D:)?((?:19|20)\d{2})(\d{2})(\d{2})")


def _info_date(doc) -> str | None:
    """The date a PDF's document information carries (CreationDate, else ModDate), as YYYY-MM-DD, or None.

    ``kg.ingest`` uses it only when the text gives no date (it says when the PDF was made, usually
    when the report was published). A value that is not a calendar date is ignored; references are
    resolved by the bounded document, so they end.
    """
    import datetime

    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    for info in doc.info:
        for key in ("CreationDate", "ModDate"):
            try:
                value = resolve1(info.get(key)) if isinstance(info, dict) else None
            except Exception as exc:  # noqa: BLE001 - an unreadable date is no date
                if exc.__class__.__module__.startswith("pdfminer"):
                    continue
                raise
            if isinstance(value, bytes):
                value = decode_text(value[:200])
            m = _PDF_DATE.match(value) if isinstance(value, str) else None
            if m:
                try:
                    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
                except ValueError:
                    continue
    return None


_STREAM = re.compile(rb"stream\r?\n")


def _check_inflation(data: bytes, name: str) -> None:
    """Refuse a PDF whose Flate streams inflate past ``MAX_PDF_EXPANDED`` (a decompression bomb).

    pdfminer inflates each stream whole, with no limit; this pass inflates
    them in bounded steps first and stops counting at the cap.
    """
    import zlib

    total = 0
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        raw = data[m.end():end if end >= 0 else len(data)]
        inflater = zlib.decompressobj()
        try:
            chunk = inflater.decompress(raw, 1 << 20)
            while chunk:
                total += len(chunk)
                if total > MAX_PDF_EXPANDED:
                    raise DocumentTooLarge(f"{name}: the PDF's streams inflate to over "
                                           f"{MAX_PDF_EXPANDED // (1024 * 1024)} MB",
                                           "it is not an ordinary document; split or re-save it")
                chunk = inflater.decompress(inflater.unconsumed_tail, 1 << 20)
        except zlib.error:
            continue  # not Flate (images in DCT, plain text streams): pdfminer reads those as they are


# "— 3 —", "- 12 -", "3", "第 3 页", "第3页 共20页", "3/20": the page numbers of printed reports
_PAGE_NUMBER = re.compile(r"^[-—–－~·\s]*(\d{1,4}|第\s*\d{1,4}\s*页(\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})[-—–－~·\s]*$")


class _Paragraphs:
    """Join the lines of text boxes into paragraphs.

    A line that reaches the right edge of its box continues on the next line
    (Chinese has no spaces to break at, so a paragraph wraps anywhere), also
    into the next box (the next column, or the next page) when its box has
    more than one line. A line that ends
    short of the edge, or with sentence-final punctuation just short of it,
    ends its paragraph.
    """

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.current = ""

    def add_box(self, lines, left: float, right: float) -> None:
        width = max(right - left, 1.0)
        texts = [(ln, ln.get_text().rstrip("\n").strip()) for ln in lines]
        texts = [(ln, s) for ln, s in texts if s]
        if len(texts) == 1 and _PAGE_NUMBER.match(texts[0][1]):
            return  # a page number between two pages: not text, and the paragraph goes on across it
        for ln, s in texts:
            self.current += s
            reach = (ln.x1 - left) / width
            if reach < 0.9 or s[-1] in _SENTENCE_END and reach < 0.97:
                self.paragraphs.append(self.current)
                self.current = ""
        if len(texts) == 1 and self.current:
            # a box of one line (a title, a heading) is as wide as that line: nothing says it wraps
            self.paragraphs.append(self.current)
            self.current = ""

    def done(self) -> list[str]:
        if self.current:
            self.paragraphs.append(self.current)
            self.current = ""
        return self.paragraphs


# -- DOCX --------------------------------------------------------------------------------
def read_docx(data: bytes, name: str) -> Page:
    """A Word document: paragraphs and table rows in document order; the title property as metadata.

    The file's creation date is not the report's date (templates carry old
    ones), so the date comes from the text, as for plain text.
    """
    import zipfile

    check_size(data, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED:
                raise DocumentTooLarge(f"{name}: the document unpacks to over {MAX_UNZIPPED // (1024 * 1024)} MB",
                                       "split the document")
    except zipfile.BadZipFile:
        raise UnreadableDocument(f"{name}: not a DOCX file (not a zip archive)",
                                 "save it as .docx from Word or WPS (old .doc files are not read)") from None
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise UnreadableDocument(f"{name}: not a readable DOCX file: {exc}", "check the file") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # a merged cell appears once per grid column it spans
                    t = cell.text.strip()
                    if not cells or cells[-1] != t:
                        cells.append(t)
                lines.append("  ".join(c for c in cells if c))
    props = document.core_properties
    info: dict = {}
    if props.title:
        info["title"] = props.title.strip()
    text = "\n".join(line.strip() for line in lines if line.strip())
    return Page(text + "\n", info)


# Plain text (.txt, .md) is decoded by kg.ingest itself (front matter, GB18030 …).
TEXT_SUFFIXES = (".txt", ".md")
READERS: dict[str, Callable[[bytes, str], Page]] = {
    ".html": read_html, ".htm": read_html, ".xhtml": read_html, ".shtml": read_html,
    ".pdf": read_pdf, ".docx": read_docx,
}


def is_page_asset(path: str | Path) -> bool:
    """A file a browser saved beside a page ("Save as: web page, complete"): ``X_files/…`` next to ``X.html``.

    Those folders hold the page's frames, ads and widgets (often .html
    themselves), not documents; a folder build skips them.
    """
    for parent in Path(path).parents:
        for suffix in ("_files", ".files", "_archivos", "-Dateien"):
            if parent.name.endswith(suffix) and parent.name != suffix:
                stem = parent.name[: -len(suffix)]
                if any((parent.parent / f"{stem}{ext}").is_file() for ext in (".html", ".htm", ".xhtml", ".shtml")):
                    return True
    return False


def reader_for(path: str | Path) -> Callable[[bytes, str], Page] | None:
    """The reader of a file by its extension, or None for formats not read."""
    return READERS.get(Path(path).suffix.lower())
