"""Bullet blocks: the bullets under a lead-in line read as the lead-in frames them.

"I have completed the following courses:" then "✅ Building RAG Agents with LLMs" is a list of
courses, not RAG work; "AREAS OF EXPERTISE" then "• Generative AI & LLMs" is a skills list. A
block is the run of bullet lines right under a line that ends with a colon or is a list header
alone ("Skills", "Areas of expertise"); a line that is no bullet ends it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from linter.evidence.clauses import Layout
from linter.text import Tokens

COLON_RE = re.compile(":")
BULLETS = frozenset("-*\u2022\u2013\u2014\u25aa\u25cf\u25e6\u2192\u27a4\u25b8\u25ba\u2705")


def is_bullet(tokens: Tokens, lay: Layout, u: int) -> bool:
    """Whether unit ``u`` is a line that opens with a bullet sign."""
    start, end = lay.unit_span(u)
    i = bisect_left(tokens.starts, start)
    if i >= len(tokens) or tokens.starts[i] >= end:
        return False
    lead = tokens.text[start : tokens.starts[i]].strip()
    return bool(lead) and lead[-1] in BULLETS


def header_alone(tokens: Tokens, lay: Layout, first: int, last: int) -> bool:
    """Whether the list header at tokens ``first..last`` is its line's whole text ("SKILLS",
    "Areas of expertise:")."""
    start, end = lay.unit_span(lay.unit(first))
    line = tokens.text[start:end].strip().rstrip(":").strip()
    return len(line) == tokens.ends[last] - tokens.starts[first]


def blocks(tokens: Tokens, lay: Layout) -> Iterator[tuple[int, list[int]]]:
    """Each lead-in unit with the bullet units right under it (a blank line between them is
    allowed once, after the lead-in). A lead-in ends with a colon: the colons are found in C,
    and only their units are weighed."""
    count = len(lay.unit_breaks) + 1
    text = tokens.text
    for at in map(re.Match.start, COLON_RE.finditer(text)):
        lead = bisect_right(lay.unit_breaks, at)  # the unit the colon stands in
        if lead >= count - 1:
            break  # the last unit has no lines under it
        if text[at + 1 : lay.unit_span(lead)[1]].strip() or is_bullet(tokens, lay, lead):
            continue  # no colon at the end of its line, or a bullet that ends in one
        yield lead, list(_bullets_after(tokens, lay, lead, count))


def bullets_under(tokens: Tokens, lay: Layout, lead: int) -> list[int]:
    """The bullet units right under unit ``lead``."""
    return list(_bullets_after(tokens, lay, lead, len(lay.unit_breaks) + 1))


def _bullets_after(tokens: Tokens, lay: Layout, lead: int, count: int) -> Iterator[int]:
    u = lead + 1
    if u < count and not tokens.text[slice(*lay.unit_span(u))].strip():
        u += 1  # one blank line under the lead-in
    while u < count and is_bullet(tokens, lay, u):
        yield u
        u += 1
