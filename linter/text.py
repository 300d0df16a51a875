"""Normalising and tokenising a field, keeping every token's span in the original text.

Matching happens on normalised tokens: NFKC (so mathematical-bold letters match plain ones),
case-folded, split on anything that is not a letter or digit (so "machine-learning" and
"Machine Learning" agree), with a simple plural stripped. Offsets always point into the text the
person wrote, in code points; ``linter.offsets`` converts them to UTF-16 units and to line and
column.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache, partial
from itertools import accumulate, chain, compress, repeat
from operator import sub

WORD_SPLIT_RE = re.compile(r"([^\W_]+)")
ASCII_WORD_SPLIT_RE = re.compile(r"([a-z0-9]+)")  # the same on lower-cased ASCII, faster
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
# Characters between two tokens that end a phrase: a phrase never runs across a segment separator.
HARD_BREAKS = frozenset('|•·●▪◆★,;:!?()[]{}<>"\n\r\t\u2014\u2013')  # em and en dash
_SOFT = frozenset({" ", "-"})  # gaps between two tokens that are never a hard break
# a sentence ends at [.!?] before a space or the end, and at a newline: "[.!?](\s|$)|\n",
# written to open with one character class, which the regex engine searches for quickly
SENTENCE_RE = re.compile(r"[.!?\n](?:(?<=\n)|\s|$)")


def stem(token: str) -> str:
    """A simple plural ("engineers", "llms", "apis") maps to its singular.

    Stemmed words are fixed points: ``stem(stem(w)) == stem(w)``.
    """
    if len(token) > 3 and token[-1] == "s" and token[-2] != "s":
        return token[:-1]
    return token


def surface_forms(word: str) -> tuple[str, ...]:
    """The folded words whose stem is ``word`` (itself a stem): "engineer" and "engineers"."""
    plural = word + "s"
    return (word, plural) if stem(plural) == word else (word,)


def fold(text: str) -> tuple[str, list[int] | None]:
    """NFKC + case-fold ``text``; also the map from folded index to original index.

    The map is ``None`` when folding kept every offset (pure ASCII, the common case).
    """
    if text.isascii():
        return text.lower(), None
    if unicodedata.is_normalized("NFKC", text):
        folded = text.casefold()
        if len(folded) == len(text):  # every character folded to one: offsets still agree
            return folded, None
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
    """A field's tokens, as lists built in C where they can be (this is the hot path).

    ``words[i]`` is token i folded (NFKC, case-folded); ``norm(i)``/``norms`` also stemmed;
    ``starts[i]``/``ends[i]`` its code-point span in the original text; ``is_hard(i)``/``hard``
    whether a hard break (a separator or punctuation) stands between it and the token before;
    ``sentence(i)`` the index of its sentence. What only some rules need is computed on first use.
    """

    __slots__ = (
        "_breaks",
        "_ends",
        "_hard",
        "_index",
        "_norms",
        "_parts",
        "_sentences",
        "_starts",
        "_text",
        "words",
    )

    def __init__(self, text: str) -> None:
        folded, self._index = fold(text)
        split = ASCII_WORD_SPLIT_RE.split if text.isascii() else WORD_SPLIT_RE.split
        self._parts: list[str] = split(folded)  # gap, word, gap, word, ..., gap
        self.words: list[str] = self._parts[1::2]
        self._text = text
        self._norms: list[str] | None = None
        self._hard: list[bool] | None = None
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._breaks: list[int] | None = None
        self._sentences: list[int] | None = None

    def __len__(self) -> int:
        return len(self.words)

    @property
    def text(self) -> str:
        """The original text the tokens come from."""
        return self._text

    def norm(self, i: int) -> str:
        return stem(self.words[i])

    @property
    def norms(self) -> list[str]:
        if self._norms is None:
            # stem() inlined: a function call per word is most of the cost on long texts
            self._norms = [
                w[:-1] if len(w) > 3 and w[-1] == "s" and w[-2] != "s" else w for w in self.words
            ]
        return self._norms

    def gap(self, i: int) -> str:
        """The folded text between token ``i - 1`` and token ``i`` (before the first: its lead)."""
        return self._parts[2 * i]

    def is_hard(self, i: int) -> bool:
        """Whether a hard break stands before token ``i`` (the first token always has one)."""
        gap = self._parts[2 * i]
        if gap == " " or gap == "-":  # the common case, decided without scanning
            return i == 0
        # ". " ends a phrase, except after an abbreviation: "Ph.D. candidate", "Sr. ML"
        return (
            i == 0
            or not HARD_BREAKS.isdisjoint(gap)
            or (". " in gap and len(self._parts[2 * i - 1]) > 3)
        )

    @property
    def hard(self) -> list[bool]:
        if self._hard is None:
            # a gap of one space or hyphen is soft (decided in C); the rest are weighed one by one
            hard = [g not in _SOFT for g in self._parts[0:-1:2]]
            for i in compress(range(len(hard)), hard):
                hard[i] = self.is_hard(i)
            if hard:
                hard[0] = True
            self._hard = hard
        return self._hard

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            bounds = list(accumulate(map(len, self._parts)))  # bounds[2i]: token i starts
            starts, ends = bounds[0:-1:2], bounds[1::2]
            if self._index is not None:
                index = self._index
                starts = [index[b] for b in starts]
                ends = [index[b - 1] + 1 for b in ends]
            self._starts, self._ends = starts, ends
        return self._starts

    @property
    def ends(self) -> list[int]:
        self.starts  # noqa: B018 (computes both)
        return self._ends

    def sentence(self, i: int) -> int:
        """The index of the sentence token ``i`` stands in (breaks found once, on first use)."""
        if self._sentences is not None:
            return self._sentences[i]
        return bisect_left(self.sentence_breaks, self.starts[i])

    @property
    def sentence_breaks(self) -> list[int]:
        """The offsets where a sentence or a line ends (a new one follows), found once."""
        if self._breaks is None:
            self._breaks = list(map(re.Match.start, SENTENCE_RE.finditer(self._text)))
        return self._breaks

    @property
    def sentences(self) -> list[int]:
        """Every token's sentence, found once: what the evidence model's units and the About's
        voice read. Sentence k + 1 starts at the first token after the k-th break."""
        if self._sentences is None:
            firsts = list(map(partial(bisect_right, self.starts), self.sentence_breaks))
            self._sentences = counts_upto(firsts, len(self.words))
        return self._sentences


def counts_upto(cuts: list[int], n: int) -> list[int]:
    """For each i in ``range(n)``, how many of the sorted ``cuts`` (each at most ``n``) are at
    most i: the index of the run i stands in. Built in C, run by run, never item by item."""
    lengths = map(sub, [*cuts, n], [0, *cuts])
    return list(chain.from_iterable(map(repeat, range(len(cuts) + 1), lengths)))


def tokenize(text: str) -> Tokens:
    return Tokens(text)


@lru_cache(maxsize=4096)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """How a phrase from rule data is matched: the same folding and stemming as the text."""
    return tuple(stem(w) for w in tokenize(phrase).words)
