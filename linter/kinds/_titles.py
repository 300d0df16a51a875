"""Finding job titles in a headline, shared by the ``title`` and ``claim`` kinds.

A title counts only as one held now: not after "ex-"/"former" (history), not after "AI/" or
"teaching" (another title or not a title at all), not before "recruiter". Misspelt and
abbreviated words ("Learnig", "Enginear", "Engg") are corrected against the rule's own words
with rapidfuzz, on the headline only, within the distance the rule's data allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import Field

from linter.context import Context
from linter.matcher import Match, Trie, non_overlapping, preceded_by
from linter.models import FieldName
from linter.schema import DataModel
from linter.text import Tokens, phrase_tokens


class TitleFields(DataModel):
    titles: tuple[str, ...] = Field(min_length=1, description="The titles, as phrases.")
    seniority: str = Field(description="Lexicon of words allowed around and inside a title.")
    qualifiers: str | None = Field(
        default=None, description="Lexicon of words allowed inside a title ('ML/CV Engineer')."
    )
    history: tuple[str, ...] = Field(default=(), description="Words before a title: a past one.")
    not_after: tuple[str, ...] = Field(default=(), description="Words before a title that cancel.")
    not_before: tuple[str, ...] = Field(
        default=(), description="Phrases right after it that cancel it, '(in training)' too."
    )
    aliases: dict[str, str] = Field(default_factory=dict, description="Abbreviation -> word.")
    fuzzy_max_distance: int = Field(default=1, ge=0, le=2)
    fuzzy_min_length: int = Field(default=6, ge=4)


def _words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for p in phrases for w in phrase_tokens(p))


@dataclass(frozen=True)
class _Compiled:
    trie: Trie[str]
    vocab: frozenset[str]
    choices: tuple[str, ...]  # the vocabulary words long enough to correct towards
    aliases: dict[str, str]
    skip: frozenset[str]
    past: frozenset[str]
    after: tuple[tuple[str, ...], ...]
    # word -> corrected word: headlines repeat words, and a server sees the same ones again
    memo: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=64)
def _compile(rule: TitleFields, seniority: tuple[str, ...]) -> _Compiled:
    skip = _words(seniority)
    trie: Trie[str] = Trie(skippable=skip)
    for phrase in rule.titles:
        trie.add(phrase, phrase)  # keyed by its phrase: a rule may rename each one its own way
    vocab = _words(rule.titles)
    return _Compiled(
        trie=trie,
        vocab=vocab,
        choices=tuple(sorted(w for w in vocab if len(w) >= rule.fuzzy_min_length)),
        aliases={phrase_tokens(k)[0]: v for k, v in rule.aliases.items() if phrase_tokens(k)},
        skip=skip,
        past=_words(rule.history) | _words(rule.not_after),
        after=tuple(phrase_tokens(p) for p in rule.not_before),
    )


def _near(word: str, choice: str, distance: int) -> bool:
    """A cheap necessary condition for an edit distance of at most ``distance`` (1 or 2).

    The lengths differ by at most the distance, and at most two edits cannot touch both the
    first two and the last two letters of a word of six or more, so one end survives intact.
    """
    return abs(len(word) - len(choice)) <= distance and (
        word[:2] == choice[:2] or word[-2:] == choice[-2:] or distance > 1
    )


MEMO_SIZE = 20_000


def _correct_word(norm: str, c: _Compiled, rule: TitleFields) -> str:
    word = c.aliases.get(norm, norm)
    d = rule.fuzzy_max_distance
    long_unknown = word not in c.vocab and len(word) >= rule.fuzzy_min_length
    if long_unknown and any(_near(word, choice, d) for choice in c.choices):
        from rapidfuzz import process  # loaded only when a word may be a misspelling
        from rapidfuzz.distance import OSA

        best = process.extractOne(word, c.choices, scorer=OSA.distance, score_cutoff=d)
        if best is not None:
            word = best[0]
    return word


def _correct(words: list[str], c: _Compiled, rule: TitleFields) -> list[str]:
    """Aliases replaced, and misspellings of the title words corrected within the distance."""
    memo = c.memo
    if len(memo) > MEMO_SIZE:
        memo.clear()
    out = []
    for norm in words:
        word = memo.get(norm)
        if word is None:
            word = memo[norm] = _correct_word(norm, c, rule)
        out.append(word)
    return out


def find_titles(rule: TitleFields, ctx: Context, field: FieldName) -> list[Match[str]]:
    """The titles the rule's words find in the field, once per lint (the rule's check and the
    score both ask); the list is shared: read it, never change it."""
    memo_key = f"titles:{id(rule)}:{field}"  # the rule lives as long as the lint's context
    found = ctx.memo.get(memo_key)
    if found is None:
        found = ctx.memo[memo_key] = _find_titles(rule, ctx, field)
    return found  # type: ignore[return-value]


def _find_titles(rule: TitleFields, ctx: Context, field: FieldName) -> list[Match[str]]:
    tokens = ctx.tokens[field]
    if not tokens:
        return []
    inside = ctx.lexicons[rule.qualifiers].phrases if rule.qualifiers else ()
    c = _compile(rule, (*ctx.lexicons[rule.seniority].phrases, *inside))
    words = _correct(tokens.norms, c, rule) if rule.fuzzy_max_distance or c.aliases else None
    kept = []
    for m in non_overlapping(c.trie.scan(tokens, words)):
        if preceded_by(tokens, m, c.past, c.skip) or _followed_by(tokens, m.last + 1, c.after):
            continue
        kept.append(m)
    return kept


def _followed_by(tokens: Tokens, nxt: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the phrases follows in the same segment, or in parentheses right after."""
    if nxt >= len(tokens) or (tokens.is_hard(nxt) and tokens.gap(nxt).strip() != "("):
        return False
    norms = tokens.norms
    return any(tuple(norms[nxt : nxt + len(p)]) == p for p in phrases)
