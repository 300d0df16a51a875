"""``emoji``: more emoji in a field than the limit (the ``emoji`` library finds ZWJ sequences)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.rule import Finding, RuleBase

# Every emoji sequence holds at least one character from © ® or U+203C (‼) upwards: keycaps
# and text-style bases carry U+FE0F or U+20E3. Text without one cannot hold an emoji, and skips
# loading the library's tables; the library itself decides what is an emoji.
# The same set as "[\u00a9\u00ae\u203c-\U0010ffff]", written as what it excludes: compiling
# that range up to U+10FFFF took 20-28 ms of every start-up on a loaded 2-core machine
# (tests/test_startup.py checks that the two agree on every code point).
_MAYBE_EMOJI = re.compile("[^\x00-\u00a8\u00aa-\u00ad\u00af-\u203b]")


class Rule(RuleBase):
    kind: Literal["emoji"] = "emoji"
    max_emoji: int = Field(ge=0)
    placeholders: ClassVar[frozenset[str]] = frozenset({"count", "max"})

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            text = ctx.texts[field]
            if not _MAYBE_EMOJI.search(text):
                continue
            found = _emoji(text)
            if len(found) <= self.max_emoji:
                continue
            values = {"count": len(found), "max": self.max_emoji}
            start, end = found[self.max_emoji][0], found[-1][1]
            yield self.finding(field, start, end, values)


@lru_cache(maxsize=8)
def _emoji(text: str) -> tuple[tuple[int, int], ...]:
    """Each emoji's span, once per text (a fix's impact, suggest()'s candidates: one About)."""
    import emoji  # only texts with non-ASCII characters pay for loading its tables

    return tuple((e["match_start"], e["match_end"]) for e in emoji.emoji_list(text))
