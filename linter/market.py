"""What a profile says in the market's words, and what its About's own work shows without them.

Each keyword family and focus area of the target (``rules/targets.toml``) has the market's words
for it (``phrases``; a keyword family's are its ``KeywordKey`` matches), those of them that count
in the About only beside a software object (``ambiguous``), phrases that hold one of its words in
another sense (``other_senses``: "tax agent", "customer service"), and plain words for the work
(``work``: "chatbot", "Flask service", "communicate with clients"). All of them are matched in
the shared trie; the About's are weighed in their sentence by the evidence model
(:meth:`linter.evidence.assess.Assessment.weigh`), and only the person's own work shows a family.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from linter.context import Context
from linter.keys import Key, KeywordKey, MarketKey
from linter.matcher import Match
from linter.models import FIELDS, FieldName
from linter.schema import Target, Vocabulary
from linter.text import phrase_tokens

SAID, WORK, OTHER = "said", "work", "other-sense"
SHOWN = frozenset({"counted", "team"})  # own work, or the team's with the person in it
_MEMO = "market"


def vocabularies(target: Target) -> tuple[Vocabulary, ...]:
    return (*target.keywords, *target.focus_areas)


def trie_entries(target: Target, field_name: FieldName) -> Iterator[tuple[str, MarketKey]]:
    """What the engine adds to a field's trie besides the keyword families' own phrases."""
    for area in target.focus_areas:
        yield from ((p, MarketKey(area.name, SAID)) for p in area.phrases)
    for voc in vocabularies(target):
        yield from ((p, MarketKey(voc.name, OTHER)) for p in voc.other_senses)
        if field_name == "summary":
            yield from ((p, MarketKey(voc.name, WORK)) for p in voc.work)


@lru_cache(maxsize=16)
def _ambiguous(target: Target) -> dict[str, frozenset[tuple[str, ...]]]:
    return {v.name: frozenset(phrase_tokens(p) for p in v.ambiguous) for v in vocabularies(target)}


@dataclass
class _Found:
    said: set[str] = field(default_factory=set)  # named in the market's words
    headline: set[str] = field(default_factory=set)  # named so in the headline
    # the About's phrases still to weigh, by name, in text order
    pending: dict[str, list[Match[Key]]] = field(default_factory=dict)
    shown: dict[str, tuple[int, int]] = field(default_factory=dict)
    weighed: set[str] = field(default_factory=set)


def _name(key: Key) -> tuple[str, str] | None:
    if isinstance(key, KeywordKey):
        return key.family, SAID
    if isinstance(key, MarketKey):
        return key.name, key.role
    return None


def _collect(ctx: Context) -> _Found:
    found = _Found()
    for field_name in FIELDS:
        about = field_name == "summary"
        by_name: dict[str, list[tuple[Match[Key], str]]] = {}
        for key, hits in ctx.matches[field_name].items():
            named = _name(key)
            if named is not None:
                by_name.setdefault(named[0], []).extend((m, named[1]) for m in hits)
        for name, roles in by_name.items():
            other = [(m.first, m.last) for m, role in roles if role == OTHER]
            kept = [
                (m, role)
                for m, role in roles
                if role != OTHER and not any(a <= m.first and m.last <= b for a, b in other)
            ]
            if any(role == SAID for _, role in kept):  # a search matches the word whatever
                found.said.add(name)  # its sense, but in another sense's phrase ("tax agent")
                if not about:
                    found.headline.add(name)
            if about and kept:
                found.pending[name] = sorted((m for m, _ in kept), key=lambda m: m.start)
    return found


def _found(ctx: Context) -> _Found:
    memo = ctx.memo.get(_MEMO)
    if not isinstance(memo, _Found):
        memo = ctx.memo[_MEMO] = _collect(ctx)
    return memo


def said(ctx: Context) -> frozenset[str]:
    """The families and focus areas the headline or the About names in the market's words, as
    a recruiter's search matches them: in any sense but one of their ``other_senses``."""
    return frozenset(_found(ctx).said)


def in_headline(ctx: Context) -> frozenset[str]:
    """The families and focus areas the headline names in the market's words."""
    return frozenset(_found(ctx).headline)


def first_role(ctx: Context, lexicons: Collection[str]) -> tuple[str, Match[Key]] | None:
    """The headline's first role among these lexicons' (the longest where two start together),
    with the lexicon it comes from."""
    hits = [(m, lex) for lex in lexicons for m in ctx.lexicon_hits("headline", lex)]
    if not hits:
        return None
    m, lex = min(hits, key=lambda h: (h[0].start, -h[0].end))
    return lex, m


def names_any(ctx: Context, lexicon: str | None) -> bool:
    """Whether the headline or the About names a phrase of the lexicon (``None``: yes)."""
    return lexicon is None or any(ctx.lexicon_hits(f, lexicon) for f in FIELDS)


def has_phrases(ctx: Context, names: Collection[str]) -> bool:
    """Whether the About holds any phrase of these names still to weigh (no weighing)."""
    pending = _found(ctx).pending
    return any(name in pending for name in names)


def shown(ctx: Context, names: Collection[str]) -> dict[str, tuple[int, int]]:
    """Of ``names``, those the About's own work shows, each with the span of the first phrase
    that shows it (the person's own words). Weighs only what it is asked for."""
    found = _found(ctx)
    todo = [n for n in names if n not in found.weighed and n in found.pending]
    if todo:
        assessment = ctx.assessment()
        tokens, ambiguous = ctx.tokens["summary"], _ambiguous(ctx.target)
        for name in todo:
            found.weighed.add(name)
            unsure = ambiguous.get(name, frozenset())
            for m in found.pending[name]:
                words = tuple(tokens.norm(i) for i in range(m.first, m.last + 1))
                status = assessment.weigh(m.first, m.last, words in unsure)
                if status in SHOWN and name not in found.shown:
                    found.shown[name] = (m.start, m.end)
    return {n: found.shown[n] for n in names if n in found.shown}
