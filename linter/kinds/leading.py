"""``leading``: the field opens with one of the listed phrases (a credential before the role)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.keys import RuleKey
from linter.rule import Finding, RuleBase
from linter.text import Tokens, phrase_tokens

LEAD = "lead"


class Rule(RuleBase):
    kind: Literal["leading"] = "leading"
    phrases: tuple[str, ...] = Field(min_length=1)
    unless_next: tuple[str, ...] = Field(
        default=(),
        description="Words right after the phrase that make it the position ('PhD Candidate').",
    )
    needs_own_hits: ClassVar[bool] = True

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        return ((p, self.key(LEAD)) for p in self.phrases)

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            first = [m for m in ctx.hits(field, self.key(LEAD)) if m.first == 0]
            if first:
                m = max(first, key=lambda m: m.end)
                if _followed_by(ctx.tokens[field], m.last, _next_words(self)):
                    continue
                values = {"match": ctx.span_text(field, m.start, m.end)}
                yield self.finding(field, m.start, m.end, values)


def _followed_by(tokens: Tokens, last: int, words: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``words`` follows token ``last`` in the same segment."""
    following = last + 1
    if following >= len(tokens) or tokens.is_hard(following):
        return False
    norms = tokens.norms
    return any(tuple(norms[following : following + len(w)]) == w for w in words)


@lru_cache(maxsize=16)
def _next_words(rule: Rule) -> tuple[tuple[str, ...], ...]:
    return tuple(phrase_tokens(p) for p in rule.unless_next)
