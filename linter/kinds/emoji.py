"""``emoji``: more emoji in a field than the limit (the ``emoji`` library finds ZWJ sequences)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.rule import Finding, RuleBase


class Rule(RuleBase):
    kind: Literal["emoji"] = "emoji"
    max_emoji: int = Field(ge=0)
    placeholders: ClassVar[frozenset[str]] = frozenset({"count", "max"})


def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for field in rule.fields:
        text = ctx.texts[field]
        if text.isascii():
            continue
        import emoji  # only texts with non-ASCII characters pay for loading its tables

        found = emoji.emoji_list(text)
        if len(found) <= rule.max_emoji:
            continue
        values = {"count": len(found), "max": rule.max_emoji}
        start, end = found[rule.max_emoji]["match_start"], found[-1]["match_end"]
        yield Finding(field, start, end, values, (rule.render(rule.suggestion, values),))
