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
                replacement = "" if edge else " "
                values = {"match": repr(m.group())}
                yield self.finding(field, start, end, values, replacement=replacement, offer=False)
