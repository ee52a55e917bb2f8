"""Keeping people's names and email addresses out of text meant for the public.

`Scrubber(names)(text)` removes them (publishing a plan); `Scrubber(names).found(text)` lists
what it would remove, so a person can be told before anything is published.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
EMAIL_REMOVED = "[email address removed]"
NAME_REMOVED = "[name removed]"

__all__ = ["EMAIL", "EMAIL_REMOVED", "NAME_REMOVED", "Scrubber"]


class Scrubber:
    """Removes email addresses and the names of the given people from text."""

    def __init__(self, names: list[str]) -> None:
        names = sorted({n.strip() for n in names if len(n.strip()) >= 3}, key=len, reverse=True)
        self.names = (
            re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names), re.IGNORECASE)
            if names
            else None
        )

    def __call__(self, text: str) -> str:
        text = EMAIL.sub(EMAIL_REMOVED, text or "")
        if self.names:
            text = self.names.sub(NAME_REMOVED, text)
        return text

    def found(self, text: str) -> list[str]:
        """The email addresses and names in the text, as written there, in order."""
        found = [m.group(0) for m in EMAIL.finditer(text or "")]
        if self.names:
            found += [m.group(0) for m in self.names.finditer(EMAIL.sub(" ", text or ""))]
        return found
