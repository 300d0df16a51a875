"""Units and clauses (``linter.evidence.clauses``): every token's unit and clause, found run by
run, are what a bisection per token finds."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import pytest

from bench import gen
from linter.evidence.clauses import layout
from linter.text import tokenize

TEXTS = [
    "I built it. We shipped it!\n\nThen: more (a, b; c) — done.\nLast",
    "",
    "one",
    ".\n\n!? ; : word",
    "End with a break.\n",
]


@pytest.mark.parametrize("text", TEXTS + [p.summary for p in gen.profiles(60)])
def test_units_and_clauses_are_those_a_bisection_per_token_finds(text: str) -> None:
    tokens = tokenize(text)
    lay = layout(tokens, [tokens.starts[i] for i in range(0, len(tokens), 7)])  # clause words
    units = [bisect_left(lay.unit_breaks, at) for at in tokens.starts]
    within = [bisect_right(lay.clause_breaks, at) for at in tokens.starts]
    assert lay.units == units
    assert lay.clauses == [u + w for u, w in zip(units, within, strict=True)]
    assert [lay.unit(i) for i in range(len(tokens))] == units
