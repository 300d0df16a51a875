"""``whitespace``: leading, trailing, doubled or unusual white space (safe fix)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from linter.context import Context
from linter.models import Applicability
from linter.rule import Finding, RuleBase

# Alternatives in order: at the start, at the end, a run of two or more, one that is not a space.
_IRREGULAR = re.compile(r"^\s+|\s+$|\s{2,}|[^\S ]")
# A line break inside a headline separated two parts: it becomes a separator, never a space
# that would join the words around it into a new phrase ("ML\nEng" is not "ML Eng").
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
SEPARATOR = " | "


class Rule(RuleBase):
    kind: Literal["whitespace"] = "whitespace"

    @property
    def fixable(self) -> Applicability | None:
        return "safe"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            text = ctx.texts[field]
            for m in _IRREGULAR.finditer(text):
                start, end = m.span()
                edge = start == 0 or end == len(text)
                joins = " " if not _LINE_BREAK.search(m.group()) else SEPARATOR
                replacement = "" if edge else joins
                values = {"match": repr(m.group())}
                yield self.finding(field, start, end, values, replacement=replacement, offer=False)
