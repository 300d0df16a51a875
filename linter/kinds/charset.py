"""``styled-letters``: letters from styled Unicode blocks that search does not match.

"ML Engineer" typed in a bold "font" is made of mathematical symbols: a recruiter typing
"ML Engineer" never finds it, and screen readers spell it out. The fix (safe) is NFKC, which
maps each styled letter to the plain one it imitates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.models import Applicability
from linter.rule import Finding, RuleBase

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_JOIN = re.compile(r"[ \t.,'&/-]*")  # plain text that may stand inside one styled run


class Rule(RuleBase):
    kind: Literal["styled-letters"] = "styled-letters"
    name_prefixes: tuple[str, ...] = Field(
        min_length=1, description="Unicode character-name prefixes of the styled blocks."
    )
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "plain"})

    @property
    def fixable(self) -> Applicability | None:
        return "safe"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            text = ctx.texts[field]
            if text.isascii():
                continue
            runs: list[list[int]] = []
            for m in _NON_ASCII.finditer(text):
                pos = m.start()
                if not _styled(text[pos], self.name_prefixes):
                    continue
                if runs and _JOIN.fullmatch(text, runs[-1][1], pos):
                    runs[-1][1] = pos + 1
                else:
                    runs.append([pos, pos + 1])
            for start, end in runs:
                styled = text[start:end]
                plain = unicodedata.normalize("NFKC", styled)
                values = {"match": styled, "plain": plain}
                yield self.finding(field, start, end, values, replacement=plain)


def _styled(ch: str, prefixes: tuple[str, ...]) -> bool:
    plain = unicodedata.normalize("NFKC", ch)
    return (
        plain != ch
        and plain.isascii()
        and plain.isalnum()  # letters and digits only: a fullwidth comma in CJK text is fine
        and unicodedata.name(ch, "").startswith(prefixes)
    )
