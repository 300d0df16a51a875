"""``claim``: a modern title in the headline that a non-empty About text does not back up."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.kinds._titles import TitleFields, find_titles
from linter.rule import Finding, RuleBase


class Rule(RuleBase, TitleFields):
    kind: Literal["claim"] = "claim"
    evidence: str = Field(description="Lexicon of phrases that back the claim.")
    min_evidence: int = Field(ge=1, description="Distinct evidence phrases needed.")
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "found", "needed"})

    def lexicons(self) -> Iterable[str]:
        return (self.seniority, self.evidence)

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.texts["summary"].strip():
            return  # nothing to weigh the claim against: the headline alone is not judged
        claims = [(field, m) for field in self.fields for m in find_titles(self, ctx, field)]
        if not claims:
            return
        found = ctx.evidence(self.evidence)
        if len(found) >= self.min_evidence:
            return
        for field, m in claims:
            values = {
                "match": ctx.span_text(field, m.start, m.end),
                "found": len(found),
                "needed": self.min_evidence,
            }
            yield self.finding(field, m.start, m.end, values)
