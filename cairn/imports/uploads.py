"""Documents being imported: read safely, and kept in a private temporary folder meanwhile.

An uploaded document lives in `DATA_DIR/imports/<random token>/` from upload until the
coordinator confirms or cancels the import (or `cleanup.delete_old_folders` finds it
abandoned); it never goes into the database.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import get_valid_filename

from cairn.imports import safety
from cairn.imports.grid import UnreadableDocument
from cairn.imports.parse import parse_file

logger = logging.getLogger(__name__)

TOKEN_BYTES = 24


def read_plan(path: str | os.PathLike[str]) -> dict:
    """The plan in a document as Plan JSON, after the safety checks. Any failure, even one
    the readers did not foresee, is an UnreadableDocument with a message a person can act on."""
    if not Path(path).is_file():
        raise UnreadableDocument(f"There is no file at {path}. Check the name and the folder.")
    safety.check_file(path)
    try:
        return parse_file(path)
    except UnreadableDocument:
        raise
    except Exception as error:  # a reader tripped on something: still the user's answer
        logger.exception("Reading %s failed", path)
        raise UnreadableDocument(
            f"Cairn could not read {Path(path).name}: the file may be damaged or laid out in a "
            "way Cairn does not understand yet. Open it, save a new copy and try again, or "
            "paste the plan's table into a .txt file and import that."
        ) from error


def imports_root() -> Path:
    return Path(settings.DATA_DIR) / "imports"


def folder_for(token: str) -> Path:
    """The folder of an import; a token that is not one of ours names no folder."""
    if not token or not token.replace("-", "").replace("_", "").isalnum():
        raise ValueError("Not an import token.")
    return imports_root() / token


def store_upload(upload: UploadedFile) -> tuple[str, Path]:
    """Write an uploaded file into a new private folder; returns (token, path)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    folder = folder_for(token)
    folder.mkdir(mode=0o700, parents=True)
    name = get_valid_filename(Path(upload.name or "plan").name) or "plan"
    path = folder / name
    with path.open("wb") as file:
        for chunk in upload.chunks():
            file.write(chunk)
    return token, path


def delete_folder(token: str | None) -> None:
    if not token:
        return
    try:
        folder = folder_for(token)
    except ValueError:
        return
    shutil.rmtree(folder, ignore_errors=True)
