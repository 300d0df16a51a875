"""``length``: a field longer than LinkedIn accepts, counted in UTF-16 units as its form does."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.offsets import utf16_len
from linter.rule import Finding, RuleBase


class Rule(RuleBase):
    kind: Literal["length"] = "length"
    max: int = Field(ge=1)
    placeholders: ClassVar[frozenset[str]] = frozenset({"length", "max", "over"})

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            text = ctx.texts[field]
            length = utf16_len(text)
            if length <= self.max:
                continue
            values = {"length": length, "max": self.max, "over": length - self.max}
            yield self.finding(field, _cut(text, self.max), len(text), values)


def _cut(text: str, limit: int) -> int:
    """The code-point index of the first character past ``limit`` UTF-16 units."""
    if text.isascii():
        return limit
    units = 0
    for i, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return i
    return len(text)
