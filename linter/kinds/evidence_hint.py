"""``evidence-hint``: the About shows forward-deployed work that the headline does not name.

It fires only when the evidence model finds, in one sentence of the person's own work, a
customer, being embedded with them or inside their infrastructure, and AI deployment work.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.keys import RuleKey
from linter.kinds._offers import quoted
from linter.rule import Finding, RuleBase

NAMED = "named"  # the headline already names the role


class Rule(RuleBase):
    kind: Literal["evidence-hint"] = "evidence-hint"
    gate_family: str = Field(description="The evidence family whose phrases start the check.")
    unless_headline_has: tuple[str, ...] = Field(min_length=1)
    roles: str = Field(description="Lexicon of role titles: the span is the headline's first.")
    suggested_title: str
    placeholders: ClassVar[frozenset[str]] = frozenset({"evidence", "title"})

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        return ((p, self.key(NAMED)) for p in self.unless_headline_has)

    def lexicons(self) -> Iterable[str]:
        return (self.roles,)

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.hits("headline", self.key(NAMED)) or not ctx.gate(self.gate_family):
            return
        found = ctx.assessment()
        if not found.forward_deployed:
            return
        roles = ctx.lexicon_hits("headline", self.roles)
        if roles:
            first = min(roles, key=lambda m: (m.start, -m.end))
            start, end = first.start, first.end
        else:
            start, end = 0, len(ctx.texts["headline"])
        # quote what makes it forward-deployed: the customer-embedded and deployment phrases
        fd = ctx.evidence_model.settings.forward_deployed
        shown = frozenset({self.gate_family, *fd.work_families})
        values = {"evidence": quoted(found, ctx, shown), "title": self.suggested_title}
        yield Finding("headline", start, end, values, (self.suggested_title,))
