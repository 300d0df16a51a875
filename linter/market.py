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

from linter.context import Context
from linter.evidence.schema import ScaleUnits
from linter.keys import Key, KeywordKey, MarketKey
from linter.matcher import Match
from linter.models import FIELDS, FieldName
from linter.schema import Target, Vocabulary
from linter.text import Tokens, phrase_tokens

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


_Ambiguous = dict[str, frozenset[tuple[str, ...]]]
# by the target's identity: hashing a pydantic model walks all its fields at every look-up
_AMBIGUOUS: dict[int, tuple[Target, _Ambiguous]] = {}


def _ambiguous(target: Target) -> _Ambiguous:
    """Each name's ambiguous phrases, as tokens."""
    cached = _AMBIGUOUS.get(id(target))
    if cached is not None and cached[0] is target:
        return cached[1]
    table = {v.name: frozenset(phrase_tokens(p) for p in v.ambiguous) for v in vocabularies(target)}
    if len(_AMBIGUOUS) > 16:
        _AMBIGUOUS.clear()
    _AMBIGUOUS[id(target)] = (target, table)
    return table


@dataclass
class _Found:
    said: set[str] = field(default_factory=set)  # named in the market's words
    headline: set[str] = field(default_factory=set)  # named so in the headline
    # the About's phrases still to weigh, by name
    pending: dict[str, list[Match[Key]]] = field(default_factory=dict)
    shown: dict[str, tuple[int, int]] = field(default_factory=dict)
    weighed: set[str] = field(default_factory=set)


_Counts = tuple[frozenset[str], frozenset[str]]
_COUNTS: dict[int, tuple[ScaleUnits, _Counts]] = {}


def _counts(units: ScaleUnits) -> _Counts:
    """The evidence model's units of people and work, and its number words, as stems."""
    cached = _COUNTS.get(id(units))
    if cached is not None and cached[0] is units:
        return cached[1]
    found = (
        frozenset(w for u in units.units for w in phrase_tokens(u)),
        frozenset(w for n in units.numbers for w in phrase_tokens(n)),
    )
    if len(_COUNTS) > 16:
        _COUNTS.clear()
    _COUNTS[id(units)] = (units, found)
    return found


def _a_count(tokens: Tokens, m: Match[Key], counts: _Counts) -> bool:
    """Whether the match is the unit of a count ("for 300 agents", "2 million customers"): the
    people a system serves, not the family's work (support staff are no AI agents)."""
    i = m.first
    if i != m.last or i == 0 or tokens.is_hard(i) or tokens.norm(i) not in counts[0]:
        return False
    before = tokens.words[i - 1]
    if before[:1].isdigit():  # "100+ agents" is a boast of magnitude, no count
        return tokens.text[tokens.ends[i - 1] : tokens.ends[i - 1] + 1] != "+"
    return tokens.norm(i - 1) in counts[1]


def _words(tokens: Tokens, m: Match[Key]) -> tuple[str, ...]:
    return tuple(tokens.norm(i) for i in range(m.first, m.last + 1))


def _collect(ctx: Context) -> _Found:
    found = _Found()
    counts = _counts(ctx.evidence_model.settings.scale_units)
    for field_name in FIELDS:
        about = field_name == "summary"
        other: dict[str, list[Match[Key]]] = {}
        kept: list[tuple[str, bool, list[Match[Key]]]] = []  # (name, said, matches)
        for key, hits in ctx.matches[field_name].items():
            kind = type(key)  # no hashing of the keys: this runs on every lint
            if kind is KeywordKey:
                kept.append((key.family, True, hits))  # type: ignore[union-attr]
            elif kind is MarketKey:
                name, role = key.name, key.role  # type: ignore[union-attr]
                if role == OTHER:
                    other[name] = hits
                else:
                    kept.append((name, role == SAID, hits))
        for name, is_said, hits in kept:
            spans = other.get(name)
            if spans:  # a search matches a word whatever its sense, but in another sense's
                # phrase ("tax agent") it is not the family's word
                hits = [
                    m
                    for m in hits
                    if not any(o.first <= m.first and m.last <= o.last for o in spans)
                ]
            tokens = ctx.tokens[field_name]
            hits = [m for m in hits if not _a_count(tokens, m, counts)]
            if not hits:
                continue
            if is_said:
                found.said.add(name)
                if not about:
                    found.headline.add(name)
            if about:
                found.pending.setdefault(name, []).extend(hits)
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


def first_role(ctx: Context, lexicons: tuple[str, ...]) -> tuple[str, Match[Key]] | None:
    """The headline's first role among these lexicons' (the longest where two start together),
    with the lexicon it comes from. Computed once per lint for the same lexicons."""
    memo_key = "role:" + "|".join(lexicons)
    if memo_key in ctx.memo:
        return ctx.memo[memo_key]  # type: ignore[return-value]
    hits = [(m, lex) for lex in lexicons for m in ctx.lexicon_hits("headline", lex)]
    found = None
    if hits:
        m, lex = min(hits, key=lambda h: (h[0].start, -h[0].end))
        found = (lex, m)
    ctx.memo[memo_key] = found
    return found


def names_any(ctx: Context, lexicon: str | None) -> bool:
    """Whether the headline or the About names a phrase of the lexicon (``None``: yes)."""
    if lexicon is None:
        return True
    memo_key = "names:" + lexicon
    found = ctx.memo.get(memo_key)
    if found is None:
        found = ctx.memo[memo_key] = any(ctx.lexicon_hits(f, lexicon) for f in FIELDS)
    return bool(found)


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
            for m in sorted(found.pending[name], key=lambda m: m.start):
                sense = bool(unsure) and _words(tokens, m) in unsure
                if assessment.weigh(m.first, m.last, sense) in SHOWN:
                    found.shown[name] = (m.start, m.end)  # the first phrase that shows it
                    break
    return {n: found.shown[n] for n in names if n in found.shown}
