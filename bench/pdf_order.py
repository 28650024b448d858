"""Which PDF text extractor keeps Chinese reading order on a two-column page?

Makes a two-column page (tests/docmakers.py, no fonts needed) twice: once with
the content stream written column by column (as Word and WPS export it), once
line by line across both columns (as some report generators do), and checks
whether each extractor returns every paragraph whole and in order.

    python bench/pdf_order.py
"""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import docmakers  # noqa: E402

LEFT = ["一、2022年工作回顾。过去一年，全镇完成税收总额85.6亿元，同比增长4.2%，实现规模以上工业总产值1520亿元。",
        "新引进企业126家，蔚来汽车研发中心落户安亭镇，全镇经济保持平稳健康发展势头，产业结构进一步优化。",
        "安亭镇荣获全国文明镇、上海市卫生镇称号，群众满意度持续提升，城乡面貌焕然一新。"]
RIGHT = ["二、2023年工作安排。今年主要预期目标是：税收总额增长5%左右，固定资产投资保持稳定增长。",
         "深入推进“美丽家园”建设，全面落实河长制，新增绿地15.3公顷，完成12个小区综合改造。",
         "力争创建国家生态文明建设示范镇，为建设国际汽车城核心区而努力奋斗！"]


def page(stream_order: str) -> bytes:
    left = docmakers.column_runs(LEFT, 50, 80, 22)
    right = docmakers.column_runs(RIGHT, 310, 80, 22)
    if stream_order == "columns":
        runs = left + right
    else:  # rows: every line of the page left to right, top to bottom
        runs = sorted(left + right, key=lambda r: (r[1], r[0]))
    return docmakers.pdf([runs])


def ex_pypdf(data):
    import pypdf
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def ex_pdfplumber(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def ex_pdfplumber_layout(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text(layout=True) or "" for p in pdf.pages)


def ex_pdfminer(data):
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    return extract_text(io.BytesIO(data), laparams=LAParams())


def ex_pdfminer_margin(data):
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    return extract_text(io.BytesIO(data), laparams=LAParams(line_margin=1.5))


def ex_kg(data):
    from kg.readers import read_pdf
    return read_pdf(data, "bench.pdf").text


def check(text: str) -> tuple[int, bool]:
    flat = re.sub(r"\s+", "", text)
    paras = LEFT + RIGHT
    whole = [p for p in paras if p in flat]
    pos = [flat.find(p) for p in whole]
    return len(whole), len(whole) == len(paras) and pos == sorted(pos)


def main() -> int:
    extractors = {"pypdf": ex_pypdf, "pdfplumber extract_text()": ex_pdfplumber,
                  "pdfplumber extract_text(layout=True)": ex_pdfplumber_layout,
                  "pdfminer.six extract_text(LAParams())": ex_pdfminer,
                  "pdfminer.six extract_text(LAParams(line_margin=1.5))": ex_pdfminer_margin,
                  "kg.readers.read_pdf (pdfminer boxes + line joining)": ex_kg}
    print("| extractor | stream by columns: paragraphs whole / order | stream by rows: paragraphs whole / order |")
    print("|---|---|---|")
    for name, fn in extractors.items():
        cells = []
        for order in ("columns", "rows"):
            n, ok = check(fn(page(order)))
            cells.append(f"{n}/6 / {'yes' if ok else 'no'}")
        print(f"| {name} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
