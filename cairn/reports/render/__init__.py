"""One interface over the report's formats: `render(data, format) -> bytes`.

Each format lives in its own module and reads only the plain ReportData; none queries the
database.
"""

from __future__ import annotations

import importlib

from cairn.reports.data import ReportData

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
FORMATS = tuple(CONTENT_TYPES)


def render(data: ReportData, format: str) -> bytes:
    if format not in CONTENT_TYPES:
        raise ValueError(f"Unknown report format {format!r}: choose one of {', '.join(FORMATS)}.")
    module = importlib.import_module(f"cairn.reports.render.{format}")
    return module.render(data)


def filename(data: ReportData, format: str) -> str:
    from django.utils.text import slugify

    parts = [data.partnership, data.plan_title, data.round_period or "", "board report"]
    # "2016/17" reads as 2016-17 in a file name, as in a plan's slug.
    return f"{slugify(' '.join(p for p in parts if p).replace('/', '-'))}.{format}"
