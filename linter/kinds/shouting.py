"""``shouting``: words in capitals that are not acronyms."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from linter.context import Context
from linter.models import Applicability, Edit, Fix
from linter.rule import Finding, RuleBase
from linter.text import Token


class Rule(RuleBase):
    kind: Literal["shouting"] = "shouting"
    acronyms: tuple[str, ...] = Field(description="Capitalised words that are fine (AI, AWS...).")
    min_length: int = Field(default=4, ge=2, description="Shorter capitalised words pass.")
    single_min_length: int = Field(
        default=6, ge=2, description="A lone capitalised word this short is likely an acronym."
    )

    @property
    def fixable(self) -> Applicability | None:
        return "unsafe"


def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
    acronyms = {a.upper() for a in rule.acronyms}
    for field in rule.fields:
        text = ctx.texts[field]
        runs: list[list[Token]] = []
        open_run = False  # a run goes on across short capitals ("ML") but not across a break
        for token in ctx.tokens[field]:
            raw = text[token.start : token.end]
            upper = raw.isupper() and raw.isalpha()
            if open_run and (token.hard or not upper):
                open_run = False
            if upper and len(raw) >= rule.min_length and raw not in acronyms:
                if open_run:
                    runs[-1].append(token)
                else:
                    runs.append([token])
                    open_run = True
        for run in runs:
            if len(run) == 1 and run[0].end - run[0].start < rule.single_min_length:
                continue
            start, end = run[0].start, run[-1].end
            pieces, pos = [], start
            for t in run:
                pieces += [text[pos : t.start], text[t.start : t.end].capitalize()]
                pos = t.end
            fixed = "".join(pieces)
            values = {"match": text[start:end]}
            fix = Fix(
                applicability="unsafe", edits=(Edit(start=start, end=end, replacement=fixed),)
            )
            yield Finding(
                field, start, end, values, (fixed, rule.render(rule.suggestion, values)), fix
            )
