"""``repetition``: one word repeated beyond a limit in a field (keyword stuffing)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.rule import Finding, RuleBase
from linter.text import Token, phrase_tokens


class Rule(RuleBase):
    kind: Literal["repetition"] = "repetition"
    max_repeats: int = Field(ge=1, description="How often one word may appear.")
    min_length: int = Field(default=2, ge=1, description="Shorter words are not counted.")
    ignore: tuple[str, ...] = Field(default=(), description="Words never counted (and, of...).")
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "count", "max"})


def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
    ignore = {w for p in rule.ignore for w in phrase_tokens(p)}
    for field in rule.fields:
        seen: dict[str, list[Token]] = defaultdict(list)
        for token in ctx.tokens[field]:
            if len(token.norm) >= rule.min_length and token.norm not in ignore:
                seen[token.norm].append(token)
        for occurrences in seen.values():
            if len(occurrences) <= rule.max_repeats:
                continue
            extra = occurrences[rule.max_repeats]
            values = {
                "match": ctx.span_text(field, extra.start, extra.end),
                "count": len(occurrences),
                "max": rule.max_repeats,
            }
            yield Finding(
                field, extra.start, extra.end, values, (rule.render(rule.suggestion, values),)
            )
