"""HTML tables inside text: a Markdown page or a pasted web page may hold a `<table>` as
HTML (Markdown has no merged cells, so writers fall back to HTML for them).

Each cell is kept as its inner HTML, for the text reader's `parse_cell` to read its lists and
line breaks, with its row and column spans.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass
class HtmlCell:
    html: str
    rowspan: int = 1
    colspan: int = 1
    header: bool = False


class TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.rows: list[list[HtmlCell]] = []
        self.cell: HtmlCell | None = None
        self.depth = 0
        """How many tables deep: a table nested in a cell stays in that cell's HTML."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.depth += 1
        if self.depth > 1 and self.cell is not None:
            self.cell.html += self.get_starttag_text() or ""
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            spans = dict(attrs)
            self.cell = HtmlCell(
                "", span(spans.get("rowspan")), span(spans.get("colspan")), tag == "th"
            )
            self.rows[-1].append(self.cell)
        elif self.cell is not None:
            self.cell.html += self.get_starttag_text() or ""

    def handle_endtag(self, tag: str) -> None:
        if self.depth > 1 and self.cell is not None:
            self.cell.html += f"</{tag}>"
        elif tag in ("td", "th"):
            self.cell = None
        elif self.cell is not None:
            self.cell.html += f"</{tag}>"
        if tag == "table":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.html += data

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")


def span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def html_table_rows(html: str) -> list[list[HtmlCell]]:
    """The rows of the (first, outer) table in `html`, each its cells in order."""
    parser = TableParser()
    parser.feed(html)
    parser.close()
    return [row for row in parser.rows if row]
