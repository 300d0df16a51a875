"""Cutting an About text into units (sentences, lines, list items) and units into clauses.

A cue's scope is the rest of its clause. A clause ends where its unit ends, at ``; : ( )`` and
dashes between words, and before a clause word ("but", "while", "where"...). A unit is a list
when it opens with a list header ("Skills:", "Tools I use daily:") or is a run of short
comma-, pipe- or bullet-separated items with no person in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from linter.text import Tokens

CLAUSE_BREAKS = frozenset(";:()[]\u2014\u2013")  # and em and en dashes
ITEM_BREAKS = frozenset(",|•·●▪;/")
MAX_ITEM_WORDS = 3  # a list's items average at most this many words


@dataclass(frozen=True, slots=True)
class Layout:
    unit: list[int]  # token -> unit index
    clause: list[int]  # token -> clause index (global, increasing)
    clause_unit: list[int]  # clause -> its unit
    unit_first: list[int]  # unit -> its first token
    items: list[int]  # unit -> how many separated items it holds


def layout(tokens: Tokens, clause_words: frozenset[int]) -> Layout:
    """``clause_words``: the token indices where a clause word stands."""
    unit: list[int] = []
    clause: list[int] = []
    clause_unit: list[int] = []
    unit_first: list[int] = []
    items: list[int] = []
    u = c = -1
    last_sentence = -1
    for i in range(len(tokens)):
        gap = tokens.gap(i)
        sentence = tokens.sentence(i)
        if i == 0 or sentence != last_sentence or "\n" in gap:
            u += 1
            unit_first.append(i)
            items.append(1)
            c += 1
            clause_unit.append(u)
        else:
            if not ITEM_BREAKS.isdisjoint(gap):
                items[u] += 1
            if i in clause_words or not CLAUSE_BREAKS.isdisjoint(gap):
                c += 1
                clause_unit.append(u)
        last_sentence = sentence
        unit.append(u)
        clause.append(c)
    return Layout(unit, clause, clause_unit, unit_first, items)


def unit_words(lay: Layout, u: int, total: int) -> int:
    start = lay.unit_first[u]
    end = lay.unit_first[u + 1] if u + 1 < len(lay.unit_first) else total
    return end - start
