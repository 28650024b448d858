"""Read documents: decode, split front matter, clean, and find the document's town (``kg.towns``).

The cleaned text is the reference for every offset in the graph: evidence
``tk:start``/``tk:end`` index ``Document.text``.
"""
from __future__ import annotations

import datetime
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# kg.towns first: it imports kg.lexicon, which loads the saved compiled patterns before readers compiles its own
from kg.towns import CJK, resolve_town, town_parent
from kg import readers
from kg.errors import (DecodeError, DocumentTooLarge, EmptyDocument, FrontMatterError, InputNotFound, MarkupError,
                       NoDocuments, NotAFile)

SUFFIXES = readers.TEXT_SUFFIXES + tuple(readers.READERS)  # .txt .md .html .pdf .docx …

_CJK_RE = re.compile(f"[{CJK}]")

# Web-page chrome of Chinese government portals: navigation, metadata boxes,
# share and print widgets. Lines that are only this carry no facts.
CHROME_LINE = re.compile(
    r"^\s*+[•·●]?\s*+(【?字号|所属类目|主题分类|体\s*裁|发布日期|发文字号|发文日期|公开类别|机构名称|"
    r"索\s*引\s*号|文\s*号|成文日期|发布机构|有效性|关键词|信息来源|来源|发布时间|浏览次数|"
    r"文件预览|附件下载|附件|相关文章|相关链接|当前页二维码|打印本页|关闭窗口|分享到|扫一扫|"
    r"【打印】|【关闭】|责任编辑|编辑|点击数|阅读次数)[\s:：】]*.*$"
)
# A chrome line is short; a long line starting with 来源 etc. is real prose.
CHROME_MAX_LEN = 60
DATE_RE = re.compile(r"(?P<y>(19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})")
URL_RE = re.compile(r"https?://\S+")

# One document's text, in characters, of every format: its facts are held in memory whole while it is built,
# ~0.17 GB per million characters over ~0.14 GB (bench/big_document.py, bench/RESULTS.md), so 4 M characters
# stay near 0.8 GB. (A 50 MB file, readers.MAX_BYTES, could hold 17-25 M characters: 3-4 GB.) The largest
# report of the city corpus has 36 k characters.
MAX_CHARS = 4_000_000

# Front matter is a few lines of metadata; anything bigger is a mistake or an attack.
FRONT_MATTER_MAX = 16 * 1024
META_KEYS_SCALAR = ("title", "date", "source", "town", "district", "city")

# Characters no RDF syntax can carry everywhere (XML 1.0 forbids C0 controls but
# tab/newline, surrogates, U+FFFE/U+FFFF; C1 controls are discouraged): line-like
# ones become newlines, the rest are dropped at ingest, before any offset is taken.
_LINE_LIKE = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
_UNCARRIABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")

# Tags of an HTML page saved as text (<p style=…>, <div>, </span>, <br/>).
_TAG_RE = re.compile(r"</?(?:html|head|body|meta|link|script|style|div|span|p|br|a|img|table|tbody|tr|td|th|"
                     r"ul|ol|li|font|strong|b|i|em|h[1-6]|section|article|iframe|input|form|center)\b[^<>]{0,400}>",
                     re.I)
MARKUP_MIN_TAGS = 5

@dataclass
class Document:
    """One source text, cleaned, with what is known about it."""

    id: str
    path: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    town: str | None = None            # canonical name of the document's own area
    town_kind: str | None = None       # town / district / city ...
    town_parent: str | None = None     # the area the text puts the town in (靖江市 in 靖江市马桥镇)
    sha256: str = ""
    meta: dict = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        """The year the document speaks from (date, else title), if known."""
        for text in (self.date, self.title, self.id):
            m = re.search(r"(?<!\d)(19|20)\d{2}(?!\d)", text or "")
            if m:
                return int(m.group(0))
        return None


_KINDS = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _kind(mode: int) -> str:
    """What a file that is not a regular one is, in words."""
    return next((words for test, words in _KINDS if test(mode)), "not a regular file")


def _not_a_file(raw, mode: int, folder_ok: bool) -> NotAFile:
    expected = "a document file or a folder" if folder_ok else "a document file"
    return NotAFile(f"{raw} is {_kind(mode)}, not {expected}",
                    "give a document file (.txt, .md, .html, .pdf, .docx)" + (" or a folder of them" if folder_ok else ""))


def find_inputs(paths: list[str | Path]) -> list[Path]:
    """Expand files and folders into the sorted list of documents to read.

    A path that exists but is neither (a device like /dev/zero, a FIFO, a socket) is ``NotAFile``, named
    for what it is; a symbolic link to nothing is ``InputNotFound``, saying so.
    """
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not f.name.startswith(".") and f.name.upper() != "README.MD"
                           and not readers.is_page_asset(f))
            found.extend(files)
        elif p.is_file():
            found.append(p)
        elif p.exists():
            raise _not_a_file(raw, p.stat().st_mode, folder_ok=True)
        elif p.is_symlink():
            raise InputNotFound(f"{raw} is a symbolic link to {os.readlink(p)}, which does not exist",
                                "check the link or give the file itself")
        else:
            raise InputNotFound(f"no such file or folder: {raw}", "check the path")
    if not found:
        raise NoDocuments("no documents (.txt, .md, .html, .pdf, .docx) in " + ", ".join(str(p) for p in paths),
                          "give document files or folders that hold them")
    return found


def decode(data: bytes, name: str = "") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name}: broken UTF-16 text ({exc.reason} at byte {exc.start})",
                              "the file is truncated or damaged; save it again as UTF-8") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise DecodeError(f"{name}: not UTF-8 or GB18030 text",
                          "convert the file to UTF-8, e.g. iconv -t UTF-8") from None
    # GB18030 decodes almost any bytes; insist that the result looks like Chinese.
    if text and len(_CJK_RE.findall(text)) < 0.2 * len(text.strip()):
        raise DecodeError(f"{name}: not UTF-8 or GB18030 text", "convert the file to UTF-8") from None
    return text


_FW_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


def clean_controls(text: str) -> str:
    """Drop characters RDF/XML cannot carry (C0/C1 controls, lone surrogates, U+FFFE/U+FFFF).

    Vertical tab, form feed and the Unicode line/paragraph separators become
    newlines; tab, newline and carriage return stay.
    """
    if not _UNCARRIABLE.search(text) and not any(c in text for c in _LINE_LIKE):
        return text
    return _UNCARRIABLE.sub("", text.translate(str.maketrans(_LINE_LIKE)))


# One table for the characters normalize maps one to one: full-width letters, digits and ．％＋－／＆＠＃ to
# half-width, the ideographic and no-break spaces to a space, 「」『』＂ to “”‘’", ASCII brackets to full-width.
# (No character the table writes is one it reads, so one pass gives what two passes in turn would.)
_WIDTH_AND_MARKS = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F) if chr(c).isalnum() or chr(c) in "．％＋－／＆＠＃"} |
    {"\u3000": " ", "\xa0": " ", "「": "“", "」": "”", "『": "‘", "』": "’", "＂": '"', "(": "（", ")": "）"})
# A report holds a handful of them: finding them is far cheaper than translating every character
_WIDTH_AND_MARKS_CHARS = re.compile("[" + re.escape("".join(map(chr, _WIDTH_AND_MARKS))) + "]")
_CJK_PUNCT = f"[{CJK}“”‘’《》（）、，。；：！？]"
# ASCII , ; : ! ? after or before Chinese (the pattern opens with the mark, so the search skips to the marks)
_HALF_PUNCT = re.compile(f"[,;:!?](?:(?<={_CJK_PUNCT}[,;:!?])|(?={_CJK_PUNCT}))")
_NEAR_SPACE = f"[{CJK}“”‘’《》（）、，。；：！？%\\d]"
_NEAR_SPACE_CHAR = re.compile(_NEAR_SPACE)
# runs of spaces before Chinese, punctuation or a digit (the one before is checked by _drop_space)
_SPACE_RUN = re.compile(f"[ \t]+(?={_NEAR_SPACE})")


# bounded: an unclosed "<!--" costs one scan of 2000 characters, not one to the end of the text
_HTML_COMMENT = re.compile(r"<!--(?:(?!-->).){0,2000}?-->", re.S)


def normalize(text: str) -> str:
    """Normalize width, quotation marks and line-wrap spaces inside Chinese text.

    - control characters no RDF format can carry are dropped (``clean_controls``), and so are
      HTML comments (``<!-- 市长作政府工作报告 -->``: notes of the page's editor, not the report's words);
    - full-width ASCII letters and digits and the ideographic space become half-width;
    - 「」『』 and straight quotes become “” / ‘’ (straight ones paired per line);
    - ASCII , ; : ! ? ( ) next to Chinese become full-width, so rules see one form;
    - spaces between two Chinese characters, or between a number and Chinese,
      are removed (they are typesetting artifacts: 上 海市, 30.63 亿元).
    """
    text = clean_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    # an HTML comment in a plain-text report is an editor's note (a photo caption, a print run), no text
    if "<!--" in text:
        text = _HTML_COMMENT.sub("", text)
    text = _WIDTH_AND_MARKS_CHARS.sub(lambda m: _WIDTH_AND_MARKS[ord(m.group())], text)
    text = "\n".join(_pair_quotes(line) for line in text.split("\n"))
    # Markdown emphasis and heading marks carry no words (**bold**, "## 一、…")
    text = re.sub(r"\*\*|__", "", text)
    text = re.sub(r"(?m)^#{1,6}\s+", "", text)
    text = _HALF_PUNCT.sub(lambda m: _FW_PUNCT[m.group()], text)
    # Spaces between Chinese/punctuation/digits: drop. Keep spaces between Latin words.
    text = _SPACE_RUN.sub(_drop_space, text)
    return unicodedata.normalize("NFC", text)


def _drop_space(m: re.Match) -> str:
    """A run of spaces between two of Chinese, punctuation and digits goes (``_keep_digit_space``)."""
    if m.start() == 0 or not _NEAR_SPACE_CHAR.match(m.string, m.start() - 1):
        return m.group()
    return _keep_digit_space(m)


def _keep_digit_space(m: re.Match) -> str:
    # "12 345" could be one number typeset with a space; keep digit-digit spaces.
    s, e = m.start(), m.end()
    src = m.string
    if s > 0 and e < len(src) and src[s - 1].isdigit() and src[e].isdigit():
        return m.group(0)
    return ""


def _pair_quotes(line: str) -> str:
    """Turn straight double/single quotes into opening/closing curly ones."""
    if '"' not in line and "'" not in line:
        return line
    out, dbl, sgl = [], False, False
    for i, ch in enumerate(line):
        if ch == '"':
            out.append("”" if dbl else "“")
            dbl = not dbl
        elif ch == "'" and not (0 < i < len(line) - 1 and line[i - 1].isalpha() and line[i + 1].isalpha()
                                and line[i - 1].isascii()):
            out.append("’" if sgl else "‘")
            sgl = not sgl
        else:
            out.append(ch)
    return "".join(out)


class _FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases and with dates left as text.

    Aliases let a few hundred bytes expand into millions of nodes (a "billion
    laughs"); front matter never needs them. Dates are checked by
    ``_check_date`` so that an impossible one (2021-02-30) is a clear error.
    """

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", mark)
        return super().compose_node(parent, index)


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _check_date(value, name: str) -> None:
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", text)
    if not m:
        return
    try:
        datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise FrontMatterError(f"{name}: front matter date {text[:40]!r} is not a calendar date",
                               "write a real date as YYYY-MM-DD") from None


def split_front_matter(text: str, name: str = "") -> tuple[dict, str]:
    """Split optional YAML front matter (between --- lines) from the body.

    The YAML is read without aliases and is at most ``FRONT_MATTER_MAX``
    characters; ``title``, ``date``, ``source``, ``town``, ``district`` and
    ``city`` must be single values, and a date must exist on the calendar.
    """
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4, 4 + FRONT_MATTER_MAX + 1)
    if end < 0:
        if text.find("\n---", 4) >= 0:
            raise FrontMatterError(f"{name}: front matter is longer than {FRONT_MATTER_MAX // 1024} KB",
                                   "keep front matter to a few lines of metadata")
        raise FrontMatterError(f"{name}: front matter opened with --- but never closed",
                               "add a closing --- line")
    try:
        meta = yaml.load(text[4:end], Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise FrontMatterError(f"{name}: front matter is not valid YAML: {first}",
                               "fix the YAML between the --- lines") from None
    except (ValueError, OverflowError) as exc:  # a scalar PyYAML cannot construct
        raise FrontMatterError(f"{name}: front matter has a value that cannot be read: {exc}",
                               "fix the YAML between the --- lines") from None
    if not isinstance(meta, dict):
        raise FrontMatterError(f"{name}: front matter must be a mapping of keys to values",
                               "write it as 'key: value' lines")
    meta = {str(k): _clean_meta(v) for k, v in meta.items()}
    sources = meta.get("source")
    if isinstance(sources, list) and sources and all(isinstance(x, str) for x in sources):
        # a page kept at several addresses (portals mirror reports): the first is the source
        meta["source"] = sources[0]
    for key in META_KEYS_SCALAR:
        if isinstance(meta.get(key), (dict, list)):
            raise FrontMatterError(f"{name}: front matter {key!r} must be a single value",
                                   f"write it as '{key}: value'")
    if meta.get("date") is not None:
        _check_date(meta["date"], name)
    body = text[end + 4:]
    return meta, body.lstrip("\n")


def _clean_meta(value):
    """Front-matter values with the control characters of ``clean_controls`` removed."""
    if isinstance(value, str):
        return clean_controls(value).strip()
    if isinstance(value, list):
        return [_clean_meta(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _clean_meta(v) for k, v in value.items()}
    return value


def looks_like_markup(text: str) -> bool:
    """True for an HTML page: it opens with <!DOCTYPE html>/<html>, or has ``MARKUP_MIN_TAGS`` tags."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or len(_TAG_RE.findall(text, 0, 200000)) >= MARKUP_MIN_TAGS


def check_markup(text: str, name: str = "") -> None:
    """Refuse text holding HTML markup (``read_document`` hands such .txt files to the HTML reader)."""
    if looks_like_markup(text):
        raise MarkupError(f"{name}: the text holds HTML markup (<p>, <div>, …)",
                          "save the page as .html, or copy its text into a plain .txt file")


def strip_chrome(text: str) -> tuple[str, dict]:
    """Remove portal chrome lines; return the body and metadata found in them."""
    meta: dict = {}
    kept = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped and len(stripped) <= CHROME_MAX_LEN and CHROME_LINE.match(stripped):
            m = DATE_RE.search(stripped)
            if m and "date" not in meta and re.search(r"发布|日期|时间", stripped):
                meta["date"] = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
            m = URL_RE.search(stripped)
            if m and "source" not in meta:
                meta["source"] = m.group(0)
            m = re.match(r"^(?:信息来源|来源)[\s:：]+(.+?)(?:\s|发布|时间|日期|$)", stripped)
            if m and "publisher" not in meta:
                meta["publisher"] = m.group(1)
            continue
        if i < 3 and stripped and "title" not in meta:
            parts = stripped.split("_")
            if len(parts) > 1 and re.search(r"网站|门户|政府|网$", parts[-1]):
                meta["title"] = parts[0].strip()
                continue
        kept.append(line)
    body = "\n".join(kept)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n") + "\n"
    return body, meta


def guess_title(body: str) -> str | None:
    """The first line, when it is short and has no sentence punctuation."""
    for line in body.split("\n"):
        s = line.strip()
        if s:
            return s if 4 <= len(s) <= 40 and not re.search(r"[。，；！？]", s) else None
    return None


def read_document(path: str | Path, doc_id: str | None = None) -> Document:
    """Read one file into a cleaned ``Document``."""
    p = Path(path)
    return document_from_bytes(read_input(p), str(p), doc_id or p.stem)


def read_input(path: str | Path) -> bytes:
    """A file's bytes, read no further than one byte past the input size limit (checked by the reader).

    Only a regular file is read: a device (/dev/zero), a FIFO, a socket or a folder is ``NotAFile``. The
    file is opened without blocking (a FIFO with no writer would wait forever) and judged by what was opened.
    """
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputNotFound(f"no such file: {p}", "check the path") from None
    except OSError as exc:
        raise InputNotFound(f"cannot read {p}: {exc.strerror}", "check permissions") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise _not_a_file(p, mode, folder_ok=False)
    with os.fdopen(fd, "rb") as f:
        try:
            return f.read(readers.MAX_BYTES + 1)
        except OSError as exc:
            raise InputNotFound(f"cannot read {p}: {exc.strerror}", "check the file") from None


def document_from_bytes(data: bytes, name: str, doc_id: str) -> Document:
    """One file's bytes into a cleaned ``Document``, by the reader its name (or, for text, its content) calls for.

    A local worker and a Dask task (which gets bytes, not a path) both come here, so they read alike.
    """
    readers.check_size(data, name)
    reader = readers.reader_for(name)
    if reader is None and not name.lower().endswith(".md") and not data.startswith((b"\xff\xfe", b"\xfe\xff")) \
            and looks_like_markup(data[:200000].decode("latin-1")):
        reader = readers.READERS[".html"]  # an HTML page saved as .txt: its tags are not words
    if reader is None:
        return parse_document(data, name=name, doc_id=doc_id)
    page = reader(data, name)  # HTML, PDF, DOCX: text and the file's own metadata
    return parse_document(page.text, name=name, doc_id=doc_id, file_meta=page.meta)


def parse_document(data: bytes | str, name: str = "<text>", doc_id: str = "doc",
                   file_meta: dict | None = None) -> Document:
    """Turn raw bytes (or text) into a cleaned ``Document``.

    ``file_meta`` is what a reader found in the file (an HTML page's title,
    date, source); front matter overrides it, and it overrides guesses from the text,
    except ``file_date`` (a PDF's CreationDate), used only when the text gives no date.
    """
    raw = decode(data, name) if isinstance(data, bytes) else data.lstrip("\ufeff")
    if len(raw) > MAX_CHARS:
        raise DocumentTooLarge(f"{name}: the document has {len(raw):,} characters, over the {MAX_CHARS:,} "
                               "limit for one document (its facts are held in memory whole)", "split the document")
    sha = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    meta, body = split_front_matter(raw.replace("\r\n", "\n"), name)
    meta = {**(file_meta or {}), **meta}
    if file_meta is None and not name.lower().endswith(".md"):  # Markdown may carry a little inline HTML
        check_markup(body, name)
    doc_id = clean_controls(doc_id)
    body, chrome = strip_chrome(normalize(body))
    if not body.strip():
        raise EmptyDocument(f"{name}: the document has no text", "remove it or add its text")
    title = meta.get("title") or chrome.get("title") or guess_title(body)
    date = meta.get("date") or chrome.get("date")
    if date is None:
        m = re.search(r"[（(]\s*((19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*[)）]", body[:3000])
        if m:
            date = f"{m.group(1)}-{int(m.group(3)):02d}-{int(m.group(4)):02d}"
    if date is None:  # the file's own date (a PDF's CreationDate): when the text gives none
        date = meta.get("file_date")
    folder = Path(name).parent.name if name and not name.startswith("<") else None
    town, kind = resolve_town(str(title) if title else None, body, meta.get("town"), folder)
    parent = meta.get("district") or meta.get("city") or (town_parent(town, f"{title or ''}\n{body[:20000]}") if town else None)
    return Document(
        id=doc_id, path=name, text=body, title=str(title) if title else None,
        date=str(date) if date else None, source=meta.get("source") or chrome.get("source"),
        town=town, town_kind=kind, town_parent=str(parent) if parent else None, sha256=sha, meta={**chrome, **meta},
    )
