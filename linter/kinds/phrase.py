"""``phrase``: flag every occurrence of listed phrases (buzzwords, research-only framing...)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Literal

from pydantic import Field

from linter.context import Context
from linter.matcher import non_overlapping, preceded_by
from linter.models import Applicability, Edit, Fix
from linter.rule import Finding, RuleBase
from linter.text import phrase_tokens

NEEDS_OWN_HITS = True


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

    @property
    def fixable(self) -> Applicability | None:
        return self.applicability if self.replacement is not None else None


def phrases(rule: Rule) -> Iterable[tuple[str, object]]:
    yield from ((p, (rule.name, "always")) for p in rule.phrases)
    yield from ((p, (rule.name, "conditional")) for p in rule.conditional)


def lexicons(rule: Rule) -> Iterable[str]:
    return (rule.unless_sentence_has,) if rule.unless_sentence_has else ()


@lru_cache(maxsize=64)
def _cancelling(rule: Rule) -> frozenset[str]:
    return frozenset(w for p in rule.not_after for w in phrase_tokens(p))


def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
    cancel = _cancelling(rule)
    for field in rule.fields:
        tokens = ctx.tokens[field]
        found = list(ctx.hits(field, (rule.name, "always")))
        conditional = ctx.hits(field, (rule.name, "conditional"))
        if conditional and rule.unless_sentence_has:
            lexicon = rule.unless_sentence_has
            outcome = {tokens.sentence(m.first) for m in ctx.lexicon_hits(field, lexicon)}
            found += [m for m in conditional if tokens.sentence(m.first) not in outcome]
        for m in non_overlapping(found):
            if cancel and preceded_by(tokens, m, cancel):
                continue
            values = {"match": ctx.span_text(field, m.start, m.end)}
            fix = None
            suggestions: tuple[str, ...] = (rule.render(rule.suggestion, values),)
            if rule.replacement is not None:
                fix = Fix(
                    applicability=rule.applicability,
                    edits=(Edit(start=m.start, end=m.end, replacement=rule.replacement),),
                )
                suggestions = (rule.replacement, *suggestions)
            yield Finding(field, m.start, m.end, values, suggestions, fix)
