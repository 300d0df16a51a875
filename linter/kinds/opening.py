"""``opening``: the About opens with one of the rule's phrases and never reaches an outcome.

"Opens with" is a phrase within the first words of the field (``within``); an outcome is a
phrase of the rule's own ``outcomes``, a phrase of the ``outcome_lexicon``, a percentage, or any
systems work the evidence model counts as the person's own (``linter.evidence``). Phrases of
``unless`` that cover a lead phrase take it back ("research and development", "market research"),
and an About that names its role first (a phrase of the ``roles`` lexicon before the lead, and no
lead itself) opens with the role: "A computer vision engineer who graduated from..." does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.keys import RuleKey
from linter.models import FieldName
from linter.rule import Finding, RuleBase

LEAD, UNLESS, OUTCOME = "lead", "unless", "outcome"
PERCENT_RE = re.compile(r"\d\s?%")


class Rule(RuleBase):
    kind: Literal["opening"] = "opening"
    phrases: tuple[str, ...] = Field(min_length=1, description="What the field must open with.")
    within: int = Field(default=8, ge=1, description="How many first words 'opens' covers.")
    unless: tuple[str, ...] = Field(
        default=(), description="Phrases that take back a lead phrase inside them."
    )
    outcomes: tuple[str, ...] = Field(
        default=(), description="Phrases that show an outcome anywhere in the field."
    )
    outcome_lexicon: str | None = Field(
        default=None, description="A lexicon of outcome words (production, users, revenue...)."
    )
    roles: str | None = Field(
        default=None, description="A lexicon of roles: one named before the lead opens the field."
    )
    needs_own_hits: ClassVar[bool] = True

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        yield from ((p, self.key(LEAD)) for p in self.phrases)
        yield from ((p, self.key(UNLESS)) for p in self.unless)
        yield from ((p, self.key(OUTCOME)) for p in self.outcomes)

    def lexicons(self) -> Iterable[str]:
        return tuple(lex for lex in (self.outcome_lexicon, self.roles) if lex)

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            taken_back = ctx.hits(field, self.key(UNLESS))
            leads = [
                m
                for m in ctx.hits(field, self.key(LEAD))
                if m.first < self.within
                and not any(u.start <= m.start and m.end <= u.end for u in taken_back)
            ]
            if not leads or self._outcome(ctx, field):
                continue
            m = min(leads, key=lambda m: (m.start, -m.end))
            if self.roles and self._role_first(ctx, field, m.start):
                continue
            yield self.finding(
                field, m.start, m.end, {"match": ctx.span_text(field, m.start, m.end)}
            )

    def _role_first(self, ctx: Context, field: FieldName, lead: int) -> bool:
        """Whether a role that is no lead phrase itself comes before the lead ("Data Scientist
        with a PhD in physics"; a "PhD Researcher" still leads with the degree)."""
        assert self.roles is not None
        leads = ctx.hits(field, self.key(LEAD))
        return any(
            r.end <= lead and not any(x.start <= r.start and r.end <= x.end for x in leads)
            for r in ctx.lexicon_hits(field, self.roles)
        )

    def _outcome(self, ctx: Context, field: FieldName) -> bool:
        if ctx.hits(field, self.key(OUTCOME)) or PERCENT_RE.search(ctx.texts[field]):
            return True
        if self.outcome_lexicon and ctx.lexicon_hits(field, self.outcome_lexicon):
            return True
        return field == "summary" and bool(ctx.assessment().families)
