"""A PDF page's characters and ruling lines, read through pdfium (pypdfium2).

pdfplumber builds the same things through pdfminer, a content-stream interpreter written
in Python, at about 0.4 s a page; pdfium does it in C. This module gives them in
pdfplumber's shapes (character dicts with text, x0, x1, top, bottom, size and fontname;
edges as pdfplumber's table finder takes them) so the reader's code and pdfplumber's
table finder and word extractor work on either.

The coordinates follow pdfminer's: a character's box runs from its baseline up one font
size and across its advance width; `top` is measured down from the top of the page.
Pages this module does not handle the way pdfminer does (a /Rotate page, rotated or
skewed text) return None, and the reader reads those pages through pdfplumber instead.
"""

from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass, field
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c

Char = dict[str, Any]
Point = tuple[float, float]
Fill = tuple[tuple[float, float, float, float], str]
"""A filled shape's box (x0, top, x1, bottom, as a character's) and its colour, "RRGGBB"."""

LOCK = threading.Lock()
"""pdfium is not thread-safe: one document at a time in a process."""

HYPHEN = "-"
HYPHENS = "\x02\ufffe"
"""pdfium reports a hyphen that ends a line as U+0002 one character at a time and as
U+FFFE in the page's text."""
INFERRED = " \r\n"
"""The characters pdfium adds (spaces between words, line breaks) where the page has none."""


def _fast(name: str, restype: Any, *argtypes: Any) -> Any:
    """pypdfium2's binding of `name` with plain pointer types, which ctypes converts
    several times faster than the typed pointers; used in the per-character loop."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    assert address is not None, f"pdfium has no {name}"
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_loose_box = _fast(
    "FPDFText_GetLooseCharBox", ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p
)
_text_object = _fast("FPDFText_GetTextObject", ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_unicode = _fast("FPDFText_GetUnicode", ctypes.c_uint, ctypes.c_void_p, ctypes.c_int)
_is_generated = _fast("FPDFText_IsGenerated", ctypes.c_int, ctypes.c_void_p, ctypes.c_int)


@dataclass
class PageContent:
    """What the reader needs from a page; pdfplumber's Page has the same attributes."""

    chars: list[Char]
    edges: list[dict[str, Any]]
    bbox: tuple[float, float, float, float]
    page_number: int
    fills: list[Fill] = field(default_factory=list)
    """Filled shapes in the order painted: a table cell's background colour."""

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]


def open_document(source: Any) -> pypdfium2.PdfDocument:
    return pypdfium2.PdfDocument(source)


def is_password_error(error: BaseException) -> bool:
    return isinstance(error, pypdfium2.PdfiumError) and error.err_code == pdfium_c.FPDF_ERR_PASSWORD


def title(document: pypdfium2.PdfDocument) -> str | None:
    return str(document.get_metadata_value("Title") or "").strip() or None


def page_content(page: pypdfium2.PdfPage, number: int) -> PageContent | None:
    """The page's characters and edges, or None when it needs pdfminer's handling."""
    if page.get_rotation() % 360:
        return None
    left, bottom, right, top = page.get_mediabox()
    textpage = page.get_textpage()
    try:
        chars = page_chars(textpage, top)
    finally:
        textpage.close()
    if chars is None:
        return None
    edges = page_edges(page, top)
    return PageContent(
        chars=chars,
        edges=edges,
        bbox=(left, 0.0, right, top - bottom),
        page_number=number,
        fills=page_fills(page, top),
    )


@dataclass
class TextObject:
    fontname: str
    size: float
    baseline: float
    """Distance of the baseline from the top of the page."""
    top: float
    """Of the characters' boxes, which pdfminer makes one font size tall."""
    origin: float
    """The baseline in PDF coordinates (up from the bottom of the page)."""
    shared: Char = field(init=False)
    """What its characters share, in pdfplumber's shape: each character copies it."""

    def __post_init__(self) -> None:
        self.shared = {
            "top": self.top,
            "bottom": self.baseline,
            "doctop": self.top,
            "size": self.size,
            "fontname": self.fontname,
            "upright": True,
        }


def page_chars(textpage: pypdfium2.PdfTextPage, page_top: float) -> list[Char] | None:
    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    if count <= 0:
        return []
    text = page_text(handle, count) or "".join(
        chr(_unicode(handle, index)) for index in range(count)
    )
    box = pdfium_c.FS_RECTF()
    box_pointer = ctypes.addressof(box)
    fast = ctypes.cast(handle, ctypes.c_void_p)  # converted once, not on every call
    objects: dict[int, TextObject] = {}
    chars: list[Char] = []
    append, loose_box, object_of, generated = chars.append, _loose_box, _text_object, _is_generated
    for index, character in enumerate(text):
        if character in INFERRED and generated(fast, index):
            continue  # a space or line break pdfium inferred from the layout
        address = object_of(fast, index)
        found = objects.get(address)
        if found is None:
            if not address:
                continue
            found = text_object(handle, index, address, page_top)
            if found is None:
                return None  # rotated or skewed text: pdfminer's handling
            objects[address] = found
        loose_box(fast, index, box_pointer)
        if not box.bottom - 1 <= found.origin <= box.top + 1:
            return None  # its characters are not on one line (vertical writing)
        char = found.shared.copy()
        char["text"] = HYPHEN if character in HYPHENS else character
        char["x0"] = box.left
        char["x1"] = box.right
        append(char)
    return chars


def page_text(handle: Any, count: int) -> str | None:
    """The page's text in one call, when it lines up one to one with the character
    indices (no excluded characters, nothing outside the Basic Multilingual Plane)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(handle, 0, count, buffer)
    if written != count + 1:
        return None
    if pdfium_c.FPDFText_GetTextIndexFromCharIndex(handle, count - 1) != count - 1:
        return None
    text = bytes(memoryview(buffer)[:count]).decode("utf-16-le", errors="replace")
    return text if len(text) == count else None


def text_object(handle: Any, index: int, address: int, page_top: float) -> TextObject | None:
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(handle, index, matrix):
        return None
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
        return None
    font_size = ctypes.c_float()
    text_object = ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT)
    if not pdfium_c.FPDFTextObj_GetFontSize(text_object, font_size):
        return None
    x, y = ctypes.c_double(), ctypes.c_double()
    if not pdfium_c.FPDFText_GetCharOrigin(handle, index, x, y):
        return None
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    length = pdfium_c.FPDFText_GetFontInfo(handle, index, name, len(name), flags)
    fontname = name.value.decode("utf-8", errors="replace") if length else ""
    baseline = page_top - y.value
    size = font_size.value * matrix.d
    return TextObject(
        fontname=fontname, size=size, baseline=baseline, top=baseline - size, origin=y.value
    )


# --- ruling lines ------------------------------------------------------------------------


def page_edges(page: pypdfium2.PdfPage, page_top: float) -> list[dict[str, Any]]:
    """Edges of every painted line, rectangle and curve, as pdfplumber's `page.edges`."""
    handle = page.raw
    objects = [
        pdfium_c.FPDFPage_GetObject(handle, index)
        for index in range(pdfium_c.FPDFPage_CountObjects(handle))
    ]
    edges: list[dict[str, Any]] = []
    for path in painted_paths(objects, IDENTITY):
        for subpath in path:
            edges.extend(subpath_edges(subpath, page_top))
    return edges


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def page_fills(page: pypdfium2.PdfPage, page_top: float) -> list[Fill]:
    """The page's filled paths (cell shading), top-level ones, as boxes and colours."""
    handle = page.raw
    fills: list[Fill] = []
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for index in range(pdfium_c.FPDFPage_CountObjects(handle)):
        path = pdfium_c.FPDFPage_GetObject(handle, index)
        if pdfium_c.FPDFPageObj_GetType(path) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPath_GetDrawMode(path, mode, stroke) or not mode.value:
            continue
        if not pdfium_c.FPDFPageObj_GetFillColor(path, red, green, blue, alpha):
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(path, left, bottom, right, top):
            continue
        colour = f"{red.value:02X}{green.value:02X}{blue.value:02X}"
        box = (left.value, page_top - top.value, right.value, page_top - bottom.value)
        fills.append((box, colour))
    return fills


def multiply(first: Matrix, then: Matrix) -> Matrix:
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def object_matrix(page_object: Any) -> Matrix:
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(page_object, matrix):
        return IDENTITY
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def painted_paths(objects: list[Any], outer: Matrix) -> list[list[list[tuple[str, Point]]]]:
    """Each path object's subpaths as (operator, point) lists in page space, through
    form XObjects too: operators m, l, c (its end point) and h, as pdfminer sees them."""
    found = []
    for page_object in objects:
        kind = pdfium_c.FPDFPageObj_GetType(page_object)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            inner = multiply(object_matrix(page_object), outer)
            children = [
                pdfium_c.FPDFFormObj_GetObject(page_object, index)
                for index in range(pdfium_c.FPDFFormObj_CountObjects(page_object))
            ]
            found.extend(painted_paths(children, inner))
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            found.append(path_subpaths(page_object, multiply(object_matrix(page_object), outer)))
    return found


def path_subpaths(path: Any, matrix: Matrix) -> list[list[tuple[str, Point]]]:
    a, b, c, d, e, f = matrix
    subpaths: list[list[tuple[str, Point]]] = []
    bezier = 0
    x, y = ctypes.c_float(), ctypes.c_float()
    for index in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, index)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([("m", point)])
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # a control point; pdfminer keeps only the curve's end
            subpaths[-1].append(("c", point))
        else:
            subpaths[-1].append(("l", point))
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            subpaths[-1].append(("h", subpaths[-1][0][1]))
    return subpaths


def subpath_edges(subpath: list[tuple[str, Point]], page_top: float) -> list[dict[str, Any]]:
    """pdfminer's reading of one subpath (a line, a rectangle or a curve) as edges."""
    shape = "".join(operator for operator, _ in subpath)
    points = [(x, page_top - y) for _, (x, y) in subpath]
    if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
        shape = shape[:-2] + "h"
        points.pop()
    if shape in {"mlh", "ml"}:
        return [line_edge(points[0], points[1])]
    if shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if points[0] == points[4] and square:
            return rect_edges(points[0], points[2])
    return [curve_edge(first, second) for first, second in zip(points, points[1:], strict=False)]


def edge(
    x0: float, top: float, x1: float, bottom: float, orientation: str | None, kind: str
) -> dict[str, Any]:
    return {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
    }


def line_edge(first: Point, second: Point) -> dict[str, Any]:
    x0, x1 = sorted((first[0], second[0]))
    top, bottom = sorted((first[1], second[1]))
    return edge(x0, top, x1, bottom, "h" if top == bottom else "v", "line")


def rect_edges(corner: Point, opposite: Point) -> list[dict[str, Any]]:
    x0, x1 = sorted((corner[0], opposite[0]))
    top, bottom = sorted((corner[1], opposite[1]))
    return [
        edge(x0, top, x1, top, "h", "rect_edge"),
        edge(x0, bottom, x1, bottom, "h", "rect_edge"),
        edge(x0, top, x0, bottom, "v", "rect_edge"),
        edge(x1, top, x1, bottom, "v", "rect_edge"),
    ]


def curve_edge(first: Point, second: Point) -> dict[str, Any]:
    x0, x1 = sorted((first[0], second[0]))
    top, bottom = sorted((first[1], second[1]))
    orientation = "v" if first[0] == second[0] else ("h" if first[1] == second[1] else None)
    return edge(x0, top, x1, bottom, orientation, "curve_edge")
