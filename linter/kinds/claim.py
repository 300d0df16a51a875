"""``claim``: a modern title in the headline that a non-empty About text does not back up.

Backed means the evidence model counts at least ``titles.modern_title`` families of the
person's own systems work in the About (``rules/evidence.toml``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from linter.context import Context
from linter.kinds._titles import TitleFields, find_titles
from linter.rule import Finding, RuleBase


class Rule(RuleBase, TitleFields):
    kind: Literal["claim"] = "claim"
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "found", "needed"})

    def lexicons(self) -> Iterable[str]:
        return (self.seniority, *((self.qualifiers,) if self.qualifiers else ()))

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.texts["summary"].strip():
            return  # nothing to weigh the claim against: the headline alone is not judged
        claims = [(field, m) for field in self.fields for m in find_titles(self, ctx, field)]
        if not claims:
            return
        found = ctx.assessment().systems
        needed = ctx.evidence_model.settings.titles.modern_title
        if len(found) >= needed:
            return
        for field, m in claims:
            values = {
                "match": ctx.span_text(field, m.start, m.end),
                "found": len(found),
                "needed": needed,
            }
            yield self.finding(field, m.start, m.end, values)
