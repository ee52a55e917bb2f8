"""Plain text, Markdown and pasted text: tables, headings, lists and paragraphs.

`segment` finds the tables (tab-separated, pipe, aligned with spaces) and the lists and
headings; this module reads each cell and line, which may hold the HTML of the formatting it
was copied with (`<b>`, `<ul><li>`, `<br>`, entities); `#` marks a heading (the first one is
the title) and `**bold**` is Markdown emphasis.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from cairn.imports.grid import Block, Cell, Document, UnreadableDocument
from cairn.imports.readers import csv as comma_separated
from cairn.imports.readers.colours import drop_keys_and_furniture
from cairn.imports.readers.periods import fold_period_columns
from cairn.imports.readers.segment import segment

ENCODINGS = ("utf-8-sig", "cp1252")
BULLET_GLYPHS = "•▪◦●○■□‣⁃∙·*"
LIST_ITEM = re.compile(r"<li[^>]*>(.*?)</li>", re.IGNORECASE | re.DOTALL)
LIST_START = re.compile(r"<(ul|ol)[^>]*>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
BOLD_START = re.compile(r"^\s*<(b|strong)>", re.IGNORECASE)
MARKDOWN_BOLD = re.compile(r"\*\*(.+?)\*\*")


def read(path: str | os.PathLike[str] | bytes) -> Document:
    raw = path if isinstance(path, bytes) else Path(path).read_bytes()
    name = "pasted text" if isinstance(path, bytes) else Path(path).name
    text = decode(raw)
    if comma_separated.is_comma_separated(text):  # a spreadsheet saved as CSV, named .txt
        return comma_separated.read_text(text, name)
    return read_text(text, source_name=name)


def decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Notepad's "Unicode" and Excel's "Unicode Text (*.txt)": UTF-16 with its mark, whose
        # zero bytes are not binary data
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:4096]:
        raise UnreadableDocument(
            "This file is not text (it contains binary data). Save the plan as .docx, "
            ".xlsx, .pdf or plain text and try again."
        )
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def read_text(text: str, source_name: str = "pasted text") -> Document:
    """A text's tables, headings, lists and paragraphs (see `segment`); an email's header
    and sign-off are not the plan's (its subject is the title)."""
    subject, text = email_body(quoted_message(text))
    text = "\n".join(line for line in text.splitlines() if not is_web_chrome(line))
    blocks = drop_keys_and_furniture(segment(text, parse_cell, paragraph))
    fold_period_columns(blocks)
    title = subject or next((b.text for b in blocks if b.heading_level and b.text), None)
    return Document(blocks=blocks, title=title, source_name=source_name)


EMAIL_HEADER = re.compile(
    r"^(?:from|sent|to|cc|bcc|date|subject|importance|attachments?)\s*:", re.I
)
SIGN_OFF = re.compile(
    r"^(?:(?:kind|best|warm|many)\s+(?:regards|wishes|thanks)|regards|thanks|thank you|"
    r"with thanks|cheers|best|yours(?:\s+(?:sincerely|faithfully))?)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
SIGNATURE_LINES = 8
"""A sign-off stands among the last lines: the name and role under it are the sender's."""
EMPHASIS = re.compile(r"^(?:\*(?!\*)(?P<star>[^*]+)\*|_(?P<under>[^_]+)_)$")
"""A line wholly in *asterisks* or _underscores_: an email's or a chat's bold heading."""


WEB_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|back to top|share this page|print this page|"
    r"(?:accept|reject) (?:all )?cookies|cookie settings|you are here:?.*|home\s*(?:>|›|/|»).*)$",
    re.IGNORECASE,
)
"""A web page's own lines, copied with its text: not the plan's."""


def is_web_chrome(line: str) -> bool:
    """A web page's furniture: a skip link, a breadcrumb, a cookie button, or its menu (a
    line that starts "Home" and lists short links apart by runs of spaces)."""
    stripped = line.strip()
    if WEB_CHROME.match(stripped):
        return True
    links = re.split(r"\s{2,}|\s*\|\s*", stripped)
    return (
        links[0].lower() == "home"
        and len(links) >= 3
        and all(len(link.split()) <= 3 for link in links)
    )


QUOTE_MARK = re.compile(r"^\s*> ?")
"""How a reply marks the lines of the email it quotes."""


def quoted_message(text: str) -> str:
    """When most of an email is the message it quotes ('> ' before each line), that message
    is the document: its header (From:, Subject: ...) and its lines without the marks. The
    reply above it is about the plan, not the plan."""
    lines = text.splitlines()
    filled = [line for line in lines if line.strip()]
    quoted = [index for index, line in enumerate(lines) if QUOTE_MARK.match(line)]
    if len(quoted) < 3 or 2 * len(quoted) < len(filled):
        return text
    start = quoted[0]
    above = start
    while above > 0 and (not lines[above - 1].strip() or EMAIL_HEADER.match(lines[above - 1])):
        above -= 1
    while above < start and not lines[above].strip():
        above += 1
    if sum(bool(EMAIL_HEADER.match(line)) for line in lines[above:start]) >= 2:
        start = above
    return "\n".join(QUOTE_MARK.sub("", line, count=1) for line in lines[start:])


def email_body(text: str) -> tuple[str | None, str]:
    """An email's subject and its body without the header lines above (From:, Sent:, To:,
    Subject: ...) and the sign-off and signature below ("Kind regards," and what follows)."""
    lines = unquoted(text.splitlines())
    start, header = header_block(lines)
    subject = next(
        (
            line.split(":", 1)[1].strip()
            for line in lines[start:header]
            if line.lower().startswith("subject")
        ),
        None,
    )
    filled = [index for index, line in enumerate(lines) if line.strip()]
    ending = next(
        (i for i in filled[-SIGNATURE_LINES:] if i >= header and SIGN_OFF.match(lines[i].strip())),
        len(lines),
    )
    if header == 0 and ending == len(lines):
        return None, "\n".join(lines)
    return subject or None, "\n".join(lines[header:ending])


QUOTE = re.compile(r"^\s*(?:>\s?)+")
"""How a reply marks the lines of the email it quotes: "> ", "> > "."""
COVERING_NOTE = 8
"""A reply's own lines above the email it quotes, at most: a note, not the plan."""


def unquoted(lines: list[str]) -> list[str]:
    """An email quoted in a reply, its lines marked "> ", reads as the email itself, when a
    good share of the text is quoted (a quoted line or two in a plan are the plan's own)."""
    filled = [line for line in lines if line.strip()]
    quoted = sum(1 for line in filled if QUOTE.match(line))
    if quoted < 5 or quoted < 0.3 * len(filled):
        return lines
    return [QUOTE.sub("", line) for line in lines]


def header_block(lines: list[str]) -> tuple[int, int]:
    """Where an email's header lines (From:, Sent:, To:, Subject: ...) start and end: at the
    top, or under a reply's short note above the email it quotes or forwards; (0, 0) when
    there are none (one "Date:" line is as often a plan's own field)."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    for start in filled[: COVERING_NOTE + 1]:
        end = start
        while end < len(lines) and EMAIL_HEADER.match(lines[end].strip()):
            end += 1
        if end - start >= 2:
            return start, end
    return 0, 0


def paragraph(line: str, source: str) -> Block:
    stripped = line.strip()
    heading = re.match(r"^(#{1,6})\s*(.*?)\s*#*$", stripped)
    if heading:
        text = clean_inline(heading.group(2))
        return Block(text=text, bold=True, heading_level=len(heading.group(1)), source=source)
    emphasised = EMPHASIS.match(stripped)
    if emphasised:
        text = clean_inline(emphasised.group("star") or emphasised.group("under"))
        return Block(text=text, bold=True, source=source)
    bold = stripped.startswith("**") and stripped.endswith("**") or bool(BOLD_START.match(stripped))
    text = clean_inline(despace_letters(MARKDOWN_BOLD.sub(r"\1", stripped)))
    return Block(text=text, bold=bold, source=source)


def parse_cell(raw: str, source: str) -> Cell:
    """One cell's text, its bullets, and whether it is bold, from text that may hold HTML."""
    bold = bool(BOLD_START.match(raw))
    marked = MARKDOWN_BOLD.fullmatch(raw.strip())
    if marked:  # "**Theme 1: ...**": Markdown's bold, as a wiki's table writes a theme row
        raw, bold = marked.group(1), True
    raw = LINE_BREAK.sub("\n", raw)
    head, bullets = split_list(raw)
    despaced = despace_letters(html.unescape(TAG.sub(" ", head)).strip())
    spaced = despaced != html.unescape(TAG.sub(" ", head)).strip() and not bullets
    head_lines = [clean_inline(line) for line in (despaced if spaced else head).split("\n")]
    head_text = "\n".join(line for line in head_lines if line)
    if head_text and head_text in BULLET_GLYPHS:
        head_text = ""  # a lone middle dot or asterisk marks an empty cell
    text = "\n".join([head_text, *bullets] if head_text else bullets)
    return Cell(text=text, bold=bold, bullets=bullets, source=source, spaced_letters=spaced)


def split_list(raw: str) -> tuple[str, list[str]]:
    """Separate a cell's lead-in text from its list items (`<li>` or bullet glyphs)."""
    start = LIST_START.search(raw)
    if start:
        head, body = raw[: start.start()], raw[start.end() :]
        items = LIST_ITEM.findall(body) or re.split(r"\s*[•▪●◦]\s*", TAG.sub(" ", body))
    else:
        parts = re.split(r"\s*[•▪●◦]\s+", raw)
        head, items = parts[0], parts[1:]
    bullets = [strip_bullet(clean_inline(item)) for item in items]
    return head, [item for item in bullets if item]


def strip_bullet(text: str) -> str:
    return text.lstrip(BULLET_GLYPHS + "-– ").strip()


def clean_inline(text: str) -> str:
    text = html.unescape(TAG.sub(" ", text))
    text = text.replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


def despace_letters(text: str) -> str:
    """A section label written as spaced capitals ("A C T I O N  P L A N") becomes one word
    per run of single-spaced letters; a double space separates words."""
    if not re.fullmatch(r"(?:[A-Z&]\s+){2,}[A-Z&]", text):
        return text
    words = re.split(r"\s{2,}", text)
    return " ".join(word.replace(" ", "") for word in words)
