"""Cutting an About text into units (sentences, lines, list items) and units into clauses.

A cue's scope is the rest of its clause (or sentence). A clause ends where its unit ends, at
``; : ( )`` and dashes, and before a clause word ("but", "while", "where"...). A unit is a list
when it opens with a list header ("Skills:") or is a run of short comma-, pipe- or
bullet-separated items with no person in it.

Boundaries are found with regular expressions over the text (in C) and looked up by bisection
for the few tokens that matter (the matches), never by a Python loop over every token.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from linter.text import Tokens, counts_upto

CLAUSE_RE = re.compile("[;:()\\[\\]\u2014\u2013]")  # and em and en dashes
PAREN_RE = re.compile(r"\(([^()]*)\)")
ITEM_RE = re.compile("[,|\u2022\u00b7\u25cf\u25aa;/]")
MAX_ITEM_WORDS = 3  # a list's items average at most this many words
MAX_PAREN_ITEM_WORDS = 4  # in parentheses, where a list is an aside ("our platform (RAG, ...)")


@dataclass(frozen=True, slots=True)
class Layout:
    """An About's units and clauses; each kind of break found on first use (the voice reads
    the units alone)."""

    tokens: Tokens
    clause_words: list[int]  # offsets where a clause word starts ("but", "while"...)
    units: list[int]  # every token's unit: its sentence or line (the text's, found once)
    _found: dict[str, list[Any]] = field(default_factory=dict)  # by kind, found on first use
    _clauses: list[int] = field(default_factory=list)  # token -> clause, all found on first use

    @property
    def unit_breaks(self) -> list[int]:
        """Offsets where a sentence or line ends (a new unit follows): the text's own."""
        return self.tokens.sentence_breaks

    @property
    def clause_breaks(self) -> list[int]:
        """Offsets of clause breaks: punctuation and clause words."""
        found = self._found.get("clauses")
        if found is None:
            breaks = map(re.Match.start, CLAUSE_RE.finditer(self.tokens.text))
            found = self._found["clauses"] = sorted([*breaks, *self.clause_words])
        return found

    @property
    def items(self) -> list[int]:
        """Offsets of item separators."""
        found = self._found.get("items")
        if found is None:
            items = ITEM_RE.finditer(self.tokens.text)
            found = self._found["items"] = list(map(re.Match.start, items))
        return found

    @property
    def parens(self) -> list[tuple[int, int]]:
        """Every parenthesis: its (start, end) offsets, inside."""
        found = self._found.get("parens")
        if found is None:
            text = self.tokens.text
            spans = PAREN_RE.finditer(text) if "(" in text else ()
            found = self._found["parens"] = [(m.start(1), m.end(1)) for m in spans]
        return found

    @property
    def paren_lists(self) -> list[tuple[int, int]]:
        """The parentheses that hold a short list."""
        found = self._found.get("paren-lists")
        if found is None:
            most = MAX_PAREN_ITEM_WORDS
            found = [s for s in self.parens if self._short_list(*s, most)]
            self._found["paren-lists"] = found
        return found

    def unit(self, i: int) -> int:
        """The unit of token ``i`` (``units[i]``, for a loop: indexing a list is no call)."""
        return self.units[i]

    def clause(self, i: int) -> int:
        """The clause of token ``i``: increases at every unit and clause boundary."""
        return self.clauses[i]

    @property
    def clauses(self) -> list[int]:
        """Every token's clause, found on first use: a clause starts at each unit's first token
        and at the first token at or after each clause break."""
        clauses = self._clauses
        if not clauses:
            tokens = self.tokens
            starts = tokens.starts
            units = map(partial(bisect_right, starts), self.unit_breaks)
            within = map(partial(bisect_left, starts), self.clause_breaks)
            clauses.extend(counts_upto(sorted([*units, *within]), len(tokens)))
        return clauses

    def opens_unit(self, i: int) -> bool:
        units = self.units
        return i == 0 or units[i - 1] != units[i]

    def opens_clause(self, i: int) -> bool:
        clauses = self.clauses
        return i == 0 or clauses[i - 1] != clauses[i]

    def unit_span(self, u: int) -> tuple[int, int]:
        """The unit's offsets ``[start, end)``."""
        start = self.unit_breaks[u - 1] if u > 0 else 0
        end = self.unit_breaks[u] if u < len(self.unit_breaks) else len(self.tokens.text)
        return start, end

    def is_short_list(self, u: int) -> bool:
        """Three or more separated items averaging at most ``MAX_ITEM_WORDS`` words."""
        return self._short_list(*self.unit_span(u))

    def _short_list(self, start: int, end: int, most: int = MAX_ITEM_WORDS) -> bool:
        separators = bisect_left(self.items, end) - bisect_left(self.items, start)
        if separators < 2:
            return False
        starts = self.tokens.starts
        words = bisect_left(starts, end) - bisect_left(starts, start)
        return 0 < words <= (separators + 1) * most

    def host_clause(self, i: int) -> int | None:
        """For token ``i`` inside parentheses, the clause of the word just before them: an aside
        belongs to the clause it interrupts ("proof-of-concept notebooks (embeddings, ...)")."""
        at = self.tokens.starts[i]
        for start, end in self.parens:
            if start <= at < end:
                before = bisect_left(self.tokens.starts, start) - 1
                if before >= 0 and self.unit(before) == self.unit(i):
                    return self.clause(before)
                return None
        return None

    def in_paren_list(self, i: int) -> bool:
        """Whether token ``i`` stands in parentheses that hold a short list ("our platform (RAG,
        LLM orchestration, MCP integrations)"): a product's features named, not work done."""
        at = self.tokens.starts[i]
        return any(start <= at < end for start, end in self.paren_lists)


def layout(tokens: Tokens, clause_word_starts: list[int]) -> Layout:
    return Layout(tokens, clause_word_starts, tokens.sentences)
