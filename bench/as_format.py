"""A stand-in for ``kg build`` that first turns each .txt document into another format.

Used by ``bench/readers_quality.sh`` through the scorer's ``--kg-cmd``: the scorer
calls ``python bench/as_format.py FORMAT DIR/doc.txt --output X.ttl``; this writes
doc.FORMAT (html: a government-portal page with navigation, metadata table and
footer around the paragraphs; pdf: A4 pages, 10.5 pt, 38 characters a line, two
columns with ``pdf2``; docx: one Word paragraph per line) into a temporary folder
and runs ``python -m kg build`` on it, so the score says what each reader loses.
"""
from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import docmakers  # noqa: E402

PAGE = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>{title}_政府信息公开_某区人民政府</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/bsfw">办事服务</a> <a href="/hdjl">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; 政府信息公开</div>
<div class="left"><ul><li><a href="#">机构概况</a></li><li><a href="#">政策文件</a></li><li><a href="#">规划计划</a></li></ul></div>
<div class="right"><table><tr><td>索 引 号：</td><td>000-2023-001</td><td>发布日期：</td><td>2023-02-10</td></tr></table>
<h1>{title}</h1><div class="info">发布日期：2023-02-10　浏览次数：100</div>
<div id="zoom" class="TRS_Editor">{body}</div>
<div class="related"><h4>相关文章</h4><ul><li><a href="#">其他镇政府工作报告</a></li></ul></div></div>
<div class="footer">主办：某区人民政府办公室　网站标识码：0000000000　沪ICP备00000000号</div></body></html>"""


def convert(txt: Path, fmt: str, folder: Path) -> Path:
    from kg.ingest import split_front_matter

    meta, body = split_front_matter(txt.read_text(encoding="utf-8").replace("\r\n", "\n"))  # not page text
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    # the page's title: the document's own, else its first line when that is a heading, else
    # the name of the portal's column, as content systems do for untitled items
    title = meta.get("title") or (lines[0] if lines and len(lines[0]) <= 40 else "工作动态")
    if fmt == "html":
        body = "".join(f"<p style=\"text-indent:2em;\">{html.escape(ln)}</p>\n" for ln in lines)
        out = folder / f"{txt.stem}.html"
        out.write_bytes(PAGE.format(title=html.escape(title), body=body).encode("gb18030"))
    elif fmt == "docx":
        out = folder / f"{txt.stem}.docx"
        out.write_bytes(docmakers.docx(lines))
    else:
        two = fmt == "pdf2"
        width, rows = (19, 46) if two else (38, 46)
        pages, page, y, col = [], [], 0, 0
        for ln in lines:
            for part in docmakers.wrap(ln, width):
                if y >= rows:
                    y, col = 0, col + 1
                    if col == (2 if two else 1):
                        pages.append(page)
                        page, col = [], 0
                x = 60 + col * (width * 10.5 + 35)
                page.append((x, 70 + y * 16, part))
                y += 1
        if page:
            pages.append(page)
        out = folder / f"{txt.stem}.pdf"
        out.write_bytes(docmakers.pdf(pages))
    return out


def main() -> int:
    fmt, txt, *rest = sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        doc = convert(Path(txt), fmt, Path(tmp))
        return subprocess.run([sys.executable, "-m", "kg", "build", str(doc), *rest]).returncode


if __name__ == "__main__":
    sys.exit(main())
