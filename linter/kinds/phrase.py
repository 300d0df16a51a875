"""``phrase``: flag every occurrence of listed phrases (buzzwords, research-only framing...)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.keys import RuleKey
from linter.matcher import non_overlapping, preceded_by
from linter.models import Applicability
from linter.rule import Finding, RuleBase
from linter.text import phrase_tokens

ALWAYS, CONDITIONAL = "always", "conditional"  # the rule's two kinds of phrase in the trie


class Rule(RuleBase):
    kind: Literal["phrase"] = "phrase"
    phrases: tuple[str, ...] = Field(min_length=1)
    conditional: tuple[str, ...] = Field(
        default=(), description="Phrases flagged only when their sentence lacks the lexicon below."
    )
    unless_sentence_has: str | None = None
    not_after: tuple[str, ...] = Field(default=(), description="Words before it that cancel it.")
    replacement: str | None = None
    applicability: Applicability = "unsafe"
    needs_own_hits: ClassVar[bool] = True

    @property
    def fixable(self) -> Applicability | None:
        return self.applicability if self.replacement is not None else None

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        yield from ((p, self.key(ALWAYS)) for p in self.phrases)
        yield from ((p, self.key(CONDITIONAL)) for p in self.conditional)

    def lexicons(self) -> Iterable[str]:
        return (self.unless_sentence_has,) if self.unless_sentence_has else ()

    def check(self, ctx: Context) -> Iterator[Finding]:
        cancel = _cancelling(self)
        for field in self.fields:
            tokens = ctx.tokens[field]
            found = list(ctx.hits(field, self.key(ALWAYS)))
            conditional = ctx.hits(field, self.key(CONDITIONAL))
            if conditional and self.unless_sentence_has:
                lexicon = self.unless_sentence_has
                outcome = {tokens.sentence(m.first) for m in ctx.lexicon_hits(field, lexicon)}
                found += [m for m in conditional if tokens.sentence(m.first) not in outcome]
            for m in non_overlapping(found):
                if cancel and preceded_by(tokens, m, cancel):
                    continue
                values = {"match": ctx.span_text(field, m.start, m.end)}
                yield self.finding(field, m.start, m.end, values, replacement=self.replacement)


@lru_cache(maxsize=64)
def _cancelling(rule: Rule) -> frozenset[str]:
    return frozenset(w for p in rule.not_after for w in phrase_tokens(p))
