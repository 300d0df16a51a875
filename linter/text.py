"""Normalising and tokenising a field, keeping every token's span in the original text.

Matching happens on normalised tokens: NFKC (so mathematical-bold letters match plain ones),
case-folded, split on anything that is not a letter or digit (so "machine-learning" and
"Machine Learning" agree), with a simple plural stripped. Offsets always point into the text the
person wrote, in code points; ``Offsets`` converts them to UTF-16 units and to line and column.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

TOKEN_RE = re.compile(r"[^\W_]+")
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
# Characters between two tokens that end a phrase: a phrase never runs across a segment separator.
HARD_BREAKS = frozenset('|•·●▪◆★,;:!?()[]{}<>"\n\r\t\u2014\u2013')  # em and en dash
SENTENCE_RE = re.compile(r"[.!?](\s|$)|\n")


def stem(token: str) -> str:
    """A simple plural ("engineers", "llms", "apis") maps to its singular."""
    if len(token) > 3 and token[-1] == "s" and token[-2] != "s":
        return token[:-1]
    return token


def fold(text: str) -> tuple[str, list[int] | None]:
    """NFKC + case-fold ``text``; also the map from folded index to original index.

    The map is ``None`` when folding kept every offset (pure ASCII, the common case).
    """
    if text.isascii():
        return text.lower(), None
    pieces: list[str] = []
    index: list[int] = []
    last = 0
    for run in NON_ASCII_RE.finditer(text):
        start, end = run.span()
        if start > last:
            pieces.append(text[last:start].lower())
            index.extend(range(last, start))
        for pos in range(start, end):
            piece = unicodedata.normalize("NFKC", text[pos]).casefold()
            pieces.append(piece)
            index.extend(repeat(pos, len(piece)))
        last = end
    if last < len(text):
        pieces.append(text[last:].lower())
        index.extend(range(last, len(text)))
    return "".join(pieces), index


@dataclass(frozen=True, slots=True)
class Token:
    norm: str  # folded and stemmed
    start: int  # code points in the original text
    end: int
    hard: bool  # a hard break (separator, punctuation) stands between this token and the previous
    sentence: int  # index of the sentence it is in


def tokenize(text: str) -> list[Token]:
    folded, index = fold(text)
    tokens: list[Token] = []
    prev_end = 0
    sentence = 0
    for m in TOKEN_RE.finditer(folded):
        fs, fe = m.span()
        gap = folded[prev_end:fs]
        if tokens and SENTENCE_RE.search(gap):
            sentence += 1
        # ". " ends a phrase, except after an abbreviation: "Ph.D. candidate", "Sr. Engineer"
        hard = (
            not tokens
            or any(c in HARD_BREAKS for c in gap)
            or (". " in gap and tokens[-1].end - tokens[-1].start > 3)
        )
        if index is None:
            start, end = fs, fe
        else:
            start, end = index[fs], index[fe - 1] + 1
        tokens.append(Token(stem(m.group()), start, end, hard, sentence))
        prev_end = fe
    return tokens


@lru_cache(maxsize=4096)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """How a phrase from rule data is matched: the same folding and stemming as the text."""
    return tuple(t.norm for t in tokenize(phrase))


class Offsets:
    """Converts code-point offsets of one text into UTF-16 offsets and 1-based line/column."""

    __slots__ = ("_astral", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._astral = (
            [] if text.isascii() else [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        )

    def utf16(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset) if self._astral else offset

    def line_column(self, offset: int) -> tuple[int, int]:
        line = self._text.count("\n", 0, offset) + 1
        column = offset - (self._text.rfind("\n", 0, offset) + 1) + 1
        return line, column


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: what a browser's ``maxlength`` and LinkedIn's form count."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
