"""``repetition``: one word repeated beyond a limit in a field (keyword stuffing)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.rule import Finding, RuleBase
from linter.text import phrase_tokens


class Rule(RuleBase):
    kind: Literal["repetition"] = "repetition"
    max_repeats: int = Field(ge=1, description="How often one word may appear.")
    min_length: int = Field(default=2, ge=1, description="Shorter words are not counted.")
    ignore: tuple[str, ...] = Field(default=(), description="Words never counted (and, of...).")
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "count", "max"})

    def check(self, ctx: Context) -> Iterator[Finding]:
        ignore = {w for p in self.ignore for w in phrase_tokens(p)}
        for field in self.fields:
            tokens = ctx.tokens[field]
            seen: dict[str, list[int]] = defaultdict(list)
            for i, norm in enumerate(tokens.norms):
                if len(norm) >= self.min_length and norm not in ignore:
                    seen[norm].append(i)
            for occurrences in seen.values():
                if len(occurrences) <= self.max_repeats:
                    continue
                extra = occurrences[self.max_repeats]
                start, end = tokens.starts[extra], tokens.ends[extra]
                values = {
                    "match": ctx.span_text(field, start, end),
                    "count": len(occurrences),
                    "max": self.max_repeats,
                }
                yield self.finding(field, start, end, values)
