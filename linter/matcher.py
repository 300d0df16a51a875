"""A token trie: every phrase of every rule, matched in one pass over a field's tokens.

The cost grows with the number of tokens in the text and the depth of the longest phrase, and
stays nearly flat as phrases are added: each step is one dictionary look-up. Phrases are plain
token sequences, never regular expressions, so no rule file can make matching backtrack.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import partial
from itertools import compress
from typing import Any, Generic, NamedTuple, TypeVar

from linter.text import Tokens, phrase_tokens, stem, surface_forms

K = TypeVar("K", bound=Hashable)
A = TypeVar("A", bound=Hashable)
B = TypeVar("B", bound=Hashable)


class Match(NamedTuple, Generic[K]):
    key: K
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    start: int  # code points in the original text
    end: int


# a match made from a plain tuple in C: the named tuple's own ``__new__`` is a Python function
_as_match: Callable[[tuple[Any, int, int, int, int]], Match[Any]] = partial(tuple.__new__, Match)


class _Node(Generic[K]):
    __slots__ = ("children", "keys")

    def __init__(self) -> None:
        self.children: dict[str, _Node[K]] = {}
        self.keys: list[K] = []


class Trie(Generic[K]):
    def __init__(self, skippable: Iterable[str] = ()) -> None:
        self._root: _Node[K] = _Node()
        # tokens that may stand inside a phrase without breaking it ("Senior", "Sr", "II")
        self._skip = frozenset(skippable)

    def add(self, phrase: str | Sequence[str], key: K) -> None:
        """Add a phrase (or its stemmed words); each word is reached by its surface forms too,
        so the scan can run on the text's words without stemming every one of them."""
        words = phrase_tokens(phrase) if isinstance(phrase, str) else tuple(phrase)
        if not words:
            raise ValueError(f"phrase {phrase!r} has no letters or digits")
        node = self._root
        for word in words:
            child = node.children.get(word)
            if child is None:
                child = _Node()
                for form in surface_forms(word):
                    node.children.setdefault(form, child)
            node = child
        if key not in node.keys:
            node.keys.append(key)

    def scan(self, tokens: Tokens, words: Sequence[str] | None = None) -> list[Match[K]]:
        """Every phrase occurrence, in no particular order; ``words`` overrides token text."""
        text = words if words is not None else tokens.words
        n = len(text)
        roots = list(map(self._root.children.get, text))  # first-word look-ups, all in C
        firsts = list(compress(range(n), roots))
        if not firsts:
            return []
        skip = self._skip
        starts, ends, hard = tokens.starts, tokens.ends, tokens.hard
        found: list[tuple[K, int, int, int, int]] = []  # made matches in one pass at the end
        add = found.append
        for i in firsts:
            node = roots[i]
            j = i
            while node is not None:
                if node.keys:
                    start, end = starts[i], ends[j]
                    for key in node.keys:
                        add((key, i, j, start, end))
                kids = node.children
                if not kids:
                    break
                j += 1
                if j >= n or hard[j]:  # a phrase never runs across a hard break
                    break
                node = kids.get(text[j])
                if node is None and skip:
                    node, j = self._past_skipped(kids, text, hard, j)
        return list(map(_as_match, found))

    def _past_skipped(
        self, kids: dict[str, _Node[K]], text: Sequence[str], hard: list[bool], k: int
    ) -> tuple[_Node[K] | None, int]:
        """The phrase's next word after the skippable words from token ``k`` on, if any."""
        while stem(text[k]) in self._skip:
            k += 1
            if k >= len(text) or hard[k]:
                return None, k
            node = kids.get(text[k])
            if node is not None:
                return node, k
        return None, k


def merged(first: Trie[A], second: Trie[B]) -> Trie[A | B]:
    """One trie holding the phrases of both: a scan of it finds, in one pass, what a scan of
    each finds, in the same places; at a node the first's keys come before the second's, so the
    matches of one trie's keys, in scan order, are that trie's own scan. Built from finished
    tries (it shares their subtrees); neither may skip words (a skip depends on the other's
    phrases)."""
    if first._skip or second._skip:
        raise ValueError("tries that skip words cannot be merged")
    out: Trie[A | B] = Trie()
    out._root = _merge(first._root, second._root, {})
    return out


def _merge(
    a: _Node[Any] | None, b: _Node[Any] | None, memo: dict[tuple[int, int], _Node[Any]]
) -> _Node[Any]:
    if a is None or b is None:
        found = a if b is None else b
        assert found is not None
        return found  # only one trie goes on: its subtree as it is
    node = memo.get((id(a), id(b)))
    if node is None:  # the surface forms of a word share their node: so do the merged ones
        node = memo[id(a), id(b)] = _Node()
        node.keys = [*a.keys, *b.keys]
        for word in a.children.keys() | b.children.keys():
            node.children[word] = _merge(a.children.get(word), b.children.get(word), memo)
    return node


def non_overlapping(matches: Iterable[Match[K]]) -> list[Match[K]]:
    """Leftmost-longest matches that do not overlap (a longer phrase hides the shorter inside)."""
    kept: list[Match[K]] = []
    last_end = -1
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
    return kept


def preceded_by(
    tokens: Tokens, match: Match[K], words: frozenset[str], skip: frozenset[str] = frozenset()
) -> bool:
    """Whether the word just before the match, in the same segment, is one of ``words``.

    Words in ``skip`` (seniority, say) are stepped over: "ex-Senior ML Engineer" is history.
    """
    i = match.first
    while i > 0 and not tokens.is_hard(i):
        i -= 1
        norm = tokens.norm(i)
        if norm in words:
            return True
        if norm not in skip:
            return False
    return False
