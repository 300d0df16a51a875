"""Offsets for the wire format: code points to UTF-16 units and to line and column, and text
made safe for UTF-8 JSON (a lone surrogate cannot be encoded)."""

from __future__ import annotations

import re
from bisect import bisect_left

NEWLINE_RE = re.compile(r"\n")


class Offsets:
    """Converts code-point offsets of one text into UTF-16 offsets and 1-based line/column."""

    __slots__ = ("_astral", "_newlines", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._astral = (
            [] if text.isascii() else [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        )
        self._newlines: list[int] | None = None  # found once, on first use

    def utf16(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset) if self._astral else offset

    def line_column(self, offset: int) -> tuple[int, int]:
        if self._newlines is None:
            self._newlines = [m.start() for m in NEWLINE_RE.finditer(self._text)]
        before = bisect_left(self._newlines, offset)  # newlines before the offset
        line_start = self._newlines[before - 1] + 1 if before else 0
        return before + 1, offset - line_start + 1


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: what a browser's ``maxlength`` and LinkedIn's form count."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def clean(text: str) -> str:
    """Lone surrogates cannot be encoded as UTF-8 JSON: never let one into a message."""
    return text.encode("utf-8", "replace").decode("utf-8") if not text.isascii() else text


def encodable(text: str) -> bool:
    """Whether the text holds no lone surrogate (UTF-8, and so JSON, can carry it as it is)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
