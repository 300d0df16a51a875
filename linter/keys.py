"""Typed keys of the shared phrase trie: what a match belongs to.

A kind's ``phrases()`` and ``check()`` reach the same matches through the same key object
(``rule.key("lead")`` or a lexicon's ``LexiconKey``), never through string literals spelt twice.
Keys of different kinds never compare equal, even with the same name: each holds its kind as a
last field. They are named tuples, so hashing one (every match, every look-up) runs in C.
"""

from __future__ import annotations

from typing import Literal, NamedTuple


class LexiconKey(NamedTuple):
    """A phrase of a shared lexicon (``rules/lexicons.toml``)."""

    lexicon: str
    kind: Literal["lexicon"] = "lexicon"


class KeywordKey(NamedTuple):
    """A phrase of one of the target's keyword families (``rules/targets.toml``)."""

    family: str
    kind: Literal["keyword"] = "keyword"


class MarketKey(NamedTuple):
    """A phrase of a target's keyword family or focus area (``rules/targets.toml``) besides its
    market words: ``said`` (a focus area's words), ``work`` (plain words for the work) or
    ``other-sense`` (a phrase that holds one of its words in another sense)."""

    name: str
    role: str
    kind: Literal["market"] = "market"


class RuleKey(NamedTuple):
    """A phrase a rule brings itself; ``tag`` tells its roles apart (always/conditional...)."""

    rule: str
    tag: str
    kind: Literal["rule"] = "rule"


Key = LexiconKey | KeywordKey | MarketKey | RuleKey
