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
from functools import lru_cache
from itertools import accumulate, chain, repeat

WORD_SPLIT_RE = re.compile(r"([^\W_]+)")
NEWLINE_RE = re.compile(r"\n")
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


class Tokens:
    """A field's tokens as parallel lists (this is the hot path: no object per token).

    ``norms[i]`` is token i folded and stemmed; ``starts[i]``/``ends[i]`` its code-point span in
    the original text; ``hard[i]`` whether a hard break (a separator or punctuation) stands
    between it and the token before; ``sentence(i)`` the index of its sentence.
    """

    __slots__ = ("_breaks", "_text", "ends", "hard", "norms", "starts")

    def __init__(self, text: str) -> None:
        folded, index = fold(text)
        parts: list[str] = WORD_SPLIT_RE.split(folded)  # gap, word, gap, word, ..., gap
        raw, gaps = parts[1::2], parts[0::2]  # gaps[i] stands before raw[i]
        self.norms = [w[:-1] if len(w) > 3 and w[-1] == "s" and w[-2] != "s" else w for w in raw]
        # ". " ends a phrase, except after an abbreviation: "Ph.D. candidate", "Sr. ML"
        self.hard = [True] * (len(raw) > 0) + [
            g != " " and g != "-" and (not HARD_BREAKS.isdisjoint(g) or (". " in g and len(w) > 3))
            for g, w in zip(gaps[1 : len(raw)], raw, strict=False)
        ]
        bounds = list(
            accumulate(chain.from_iterable(zip(map(len, gaps), map(len, raw), strict=False)))
        )
        if index is None:
            self.starts, self.ends = bounds[0::2], bounds[1::2]
        else:
            self.starts = [index[b] for b in bounds[0::2]]
            self.ends = [index[b - 1] + 1 for b in bounds[1::2]]
        self._text = text
        self._breaks: list[int] | None = None

    def __len__(self) -> int:
        return len(self.norms)

    def sentence(self, i: int) -> int:
        """The index of the sentence token ``i`` stands in (breaks found once, on first use)."""
        if self._breaks is None:
            self._breaks = [m.start() for m in SENTENCE_RE.finditer(self._text)]
        return bisect_left(self._breaks, self.starts[i])


def tokenize(text: str) -> Tokens:
    return Tokens(text)


@lru_cache(maxsize=4096)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """How a phrase from rule data is matched: the same folding and stemming as the text."""
    return tuple(tokenize(phrase).norms)


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
