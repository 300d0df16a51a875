"""A profile file in memory: its text, where each field's characters came from, its comments.

Offsets are code points (Python ``str`` indices). A field's text is made of verbatim *pieces* of
the file joined by synthetic separators (the blank lines between markdown blocks, with HTML
comments cut out), so any field offset maps back to a file offset, and from there to the file's
own 1-based line and column.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from linter.models import FieldName


class InputError(Exception):
    """A file that cannot be linted; the message is one line and names the path."""


@dataclass(frozen=True)
class Piece:
    """``length`` characters of field text starting at ``field_start`` equal the file's
    characters starting at ``file_start``."""

    field_start: int
    file_start: int
    length: int


@dataclass
class FieldText:
    text: str
    pieces: list[Piece] = field(default_factory=list)
    # A front-matter value that is not verbatim in the file (escapes, folding): every offset
    # maps to the value's start, and a fix rewrites the whole ``node`` range.
    node: tuple[int, int] | None = None
    verbatim: bool = True

    def to_file(self, offset: int) -> int:
        """The file offset of field offset ``offset`` (a separator maps to the end of the piece
        before it)."""
        if not self.verbatim and self.node is not None:
            return self.node[0]
        best = self.pieces[0].file_start if self.pieces else 0
        for piece in self.pieces:
            if offset < piece.field_start:
                break
            best = piece.file_start + min(offset - piece.field_start, piece.length)
        return best

    def piece_at(self, start: int, end: int) -> Piece | None:
        """The piece holding ``[start, end)`` entirely (an empty range may sit at either edge)."""
        for piece in self.pieces:
            if piece.field_start <= start and end <= piece.field_start + piece.length:
                return piece
        return None


@dataclass(frozen=True)
class Comment:
    """An HTML comment in the markdown: ``text`` is what is between ``<!--`` and ``-->``."""

    start: int
    end: int
    text: str


@dataclass
class ProfileDoc:
    path: str
    source: str
    fields: dict[FieldName, FieldText]
    target: str | None = None
    comments: list[Comment] = field(default_factory=list)
    crlf: bool = False
    bom: bool = False
    section_starts: dict[FieldName, int] = field(default_factory=dict)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(i + 1 for i, ch in enumerate(self.source) if ch == "\n")
        self._line_starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a file offset."""
        index = bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def line_start(self, line: int) -> int:
        """File offset of the start of 1-based ``line`` (the end of the file past the last)."""
        if line - 1 < len(self._line_starts):
            return self._line_starts[line - 1]
        return len(self.source)

    def next_text_line(self, line: int) -> int:
        """The first line after ``line`` that is not blank."""
        total = len(self._line_starts)
        for candidate in range(line + 1, total + 1):
            start = self.line_start(candidate)
            end = self.line_start(candidate + 1)
            if self.source[start:end].strip():
                return candidate
        return line + 1

    def field_of(self, offset: int) -> FieldName:
        """The field whose section holds (or follows) a file offset; ``summary`` otherwise."""
        order = sorted(self.section_starts.items(), key=lambda item: item[1])
        for name, start in reversed(order):
            if start <= offset:
                return name
        return order[0][0] if order else "summary"


def read_text(path: Path) -> tuple[str, bool, bool]:
    """Read a UTF-8 text file: (text with ``\\n`` newlines, had CRLF, had a BOM)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode(data, str(path))


def decode(data: bytes, label: str) -> tuple[str, bool, bool]:
    if b"\x00" in data:
        raise InputError(f"{label}: binary file (contains NUL bytes), not a markdown profile")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label}: not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at byte {exc.start})"
        ) from None
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{label}: empty file")
    return text, crlf, bom


def encode(doc: ProfileDoc, text: str) -> bytes:
    """The bytes to write back for ``text``, keeping the file's newline style and BOM."""
    if doc.crlf:
        text = text.replace("\n", "\r\n")
    return (("\ufeff" if doc.bom else "") + text).encode("utf-8")
