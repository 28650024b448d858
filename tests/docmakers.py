"""Make small PDF and DOCX documents for the tests, with no font files and nothing fetched.

The PDFs are written by hand (a few PDF objects): Chinese text is set in
``STSong-Light``, one of the standard Adobe-GB1 CID fonts that PDF readers
know without embedding, with the ``UniGB-UCS2-H`` encoding, so each character
is its UCS-2 code. Text extractors then recover the text exactly, and the
layout (one or two columns, the order text is written in the content stream)
is under the test's control. DOCX files are made with python-docx.
"""
from __future__ import annotations

import io

PAGE_W, PAGE_H = 595, 842  # A4 in points


def _hex(text: str) -> str:
    return "".join(f"{ord(ch):04X}" for ch in text)


def pdf(pages: list[list[tuple[float, float, str]]], size: float = 10.5, info: bytes | None = None,
        extra: tuple[bytes, ...] = ()) -> bytes:
    """A PDF whose pages hold the given text runs: (x, y from the top, text), written in list order.

    ``info`` is the body of the document information dictionary, written as it is (like
    ``b"<< /CreationDate (D:20230115093000+08'00') >>"``), the trailer's /Info; ``extra`` are objects
    written as they are after the catalog (numbered from 8 for a one-page PDF), for ``info`` to refer to.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               b"/DescendantFonts [2 0 R] >>")
    add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 3 0 R /DW 1000 >>")
    add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    pages_id = len(objects) + 1
    add(b"")  # the page tree, filled in below
    kids = []
    for runs in pages:
        ops = []
        for x, y, text in runs:
            ops.append(f"BT /F1 {size} Tf {x:.1f} {PAGE_H - y:.1f} Td <{_hex(text)}> Tj ET")
        stream = "\n".join(ops).encode("ascii")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objects[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                             f"/Count {len(kids)} >>").encode()
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    for body in extra:
        add(body)
    return _assemble(objects, catalog, add(info) if info is not None else None)


def scanned_pdf(n_pages: int = 2) -> bytes:
    """A PDF of image-only pages (what a scanner makes): no text layer at all."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    pixels = bytes((i * 7) % 256 for i in range(64 * 64))
    image = add(b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream")
    pages_id = add(b"")
    kids = []
    for _ in range(n_pages):
        stream = b"q 500 0 0 700 40 70 cm /Im1 Do Q"
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                        f"/Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objects[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                             f"/Count {len(kids)} >>").encode()
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    return _assemble(objects, catalog)


def _assemble(objects: list[bytes], root: int, info: int | None = None) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    info_ref = f" /Info {info} 0 R" if info else ""
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R{info_ref} >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def wrap(text: str, width: int) -> list[str]:
    """Cut text into lines of ``width`` characters (Chinese wraps anywhere)."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def column_runs(paragraphs: list[str], x: float, top: float, width_chars: int,
                size: float = 10.5, leading: float = 16, gap: float = 8) -> list[tuple[float, float, str]]:
    """Text runs of paragraphs set in one column starting at (x, top), wrapped at ``width_chars``."""
    runs, y = [], top
    for para in paragraphs:
        for line in wrap(para, width_chars):
            runs.append((x, y, line))
            y += leading
        y += gap
    return runs


def docx(paragraphs: list[str], table: list[list[str]] | None = None, title: str | None = None,
         heading: str | None = None) -> bytes:
    """A Word document: an optional heading, paragraphs, then an optional table."""
    import docx as _docx

    d = _docx.Document()
    if title:
        d.core_properties.title = title
    if heading:
        d.add_heading(heading, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
