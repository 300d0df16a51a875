"""The whole title a title match stands in, as the headline spells it: what the score's detail
quotes ("'Senior Data Engineer' is a role title", not "'Engineer'")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container

from linter.text import Tokens

MAX_WORDS = 3  # words a title takes on each side of its match
JOINS = frozenset({"of", "for"})  # "Head of Data Science"


def title_span(tokens: Tokens, start: int, end: int, roles: Container[int]) -> tuple[int, int]:
    """The span of the match at ``start``-``end`` widened to its title: the capitalised words
    right before it ("Senior Data Engineer"), and after it another role word ("Executive
    Director") or "of"/"for" and capitalised words ("Head of Data Science"); a title ends at
    any separator. ``roles``: the indices of tokens that start a role word."""
    starts, ends, text = tokens.starts, tokens.ends, tokens.text
    first = bisect_left(starts, start)
    last = bisect_left(ends, end)
    if first >= len(starts) or starts[first] != start or last >= len(ends) or ends[last] != end:
        return start, end  # not on token bounds (a styled title): as matched

    def upper(i: int) -> bool:
        return text[starts[i]].isupper()

    def joined(i: int) -> bool:  # token i follows the one before it after one space
        return text[ends[i - 1] : starts[i]] == " "

    taken = 0
    while first > 0 and taken < MAX_WORDS and joined(first) and upper(first - 1):
        first, taken = first - 1, taken + 1
    k, n = last + 1, len(starts)
    while k < n and k - last <= MAX_WORDS and joined(k) and upper(k):
        if k in roles:
            last = k  # "Executive Director", "Deputy General Manager"
        k += 1
    k = last + 1
    if k + 1 < n and tokens.norm(k) in JOINS and joined(k) and joined(k + 1) and upper(k + 1):
        last = k + 1  # "Head of Data Science"
        while last + 1 < n and last - k < MAX_WORDS and joined(last + 1) and upper(last + 1):
            last += 1
    return starts[first], ends[last]
