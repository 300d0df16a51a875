"""The source excerpt under a finding in ``--format full``: the line, and a caret under the span.

Columns are code points; the caret is placed by display width (a wide character, such as most
emoji and CJK, takes two terminal cells; a combining mark none), so it lines up in a terminal.
"""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    cells = 0
    for char in text:
        if unicodedata.combining(char) or char in "\u200d\ufe0f":
            continue
        cells += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return cells


def excerpt(source: str, line: int, column: int, end: tuple[int, int]) -> list[str]:
    """The gutter, the source line and the caret line for a span starting at ``line:column``
    (1-based) and ending at ``end``; nothing when the line is not in ``source``."""
    lines = source.split("\n")
    if not 1 <= line <= len(lines):
        return []
    text = lines[line - 1].replace("\t", " ")
    start = min(column - 1, len(text))
    stop = end[1] - 1 if end[0] == line else len(text)
    stop = max(start, min(stop, len(text)))
    gutter = " " * len(str(line))
    carets = "^" * max(1, width(text[start:stop]))
    return [f"{gutter} |", f"{line} | {text}", f"{gutter} | {' ' * width(text[:start])}{carets}"]
