"""``segments``: too many separator-delimited segments in a field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.rule import Finding, RuleBase


class Rule(RuleBase):
    kind: Literal["segments"] = "segments"
    separators: tuple[str, ...] = Field(min_length=1, description="Literal separator strings.")
    max_segments: int = Field(ge=1)
    placeholders: ClassVar[frozenset[str]] = frozenset({"count", "max"})

    def check(self, ctx: Context) -> Iterator[Finding]:
        splitter = _splitter(self.separators)
        for field in self.fields:
            text = ctx.texts[field]
            starts, pos = [], 0
            for sep in splitter.finditer(text):
                if text[pos : sep.start()].strip():
                    starts.append(pos)
                pos = sep.end()
            if text[pos:].strip():
                starts.append(pos)
            if len(starts) <= self.max_segments:
                continue
            start = starts[self.max_segments]
            start += len(text[start:]) - len(text[start:].lstrip())
            values = {"count": len(starts), "max": self.max_segments}
            yield self.finding(field, start, len(text.rstrip()), values)


@lru_cache(maxsize=16)
def _splitter(separators: tuple[str, ...]) -> re.Pattern[str]:
    # Literal strings only (escaped, longest first): an alternation of literals cannot backtrack.
    return re.compile("|".join(re.escape(s) for s in sorted(separators, key=len, reverse=True)))
