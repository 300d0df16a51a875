"""``shouting``: words in capitals that are not acronyms."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from linter.context import Context
from linter.models import Applicability
from linter.rule import Finding, RuleBase


class Rule(RuleBase):
    kind: Literal["shouting"] = "shouting"
    acronyms: tuple[str, ...] = Field(description="Capitalised words that are fine (AI, AWS...).")
    min_length: int = Field(default=4, ge=2, description="Shorter capitalised words pass.")
    single_min_length: int = Field(
        default=6, ge=2, description="Runs whose words are all shorter are likely acronyms."
    )

    @property
    def fixable(self) -> Applicability | None:
        return "unsafe"

    def check(self, ctx: Context) -> Iterator[Finding]:
        acronyms = {a.upper() for a in self.acronyms}
        for field in self.fields:
            text = ctx.texts[field]
            tokens = ctx.tokens[field]
            runs: list[list[tuple[int, int]]] = []
            open_run = False  # a run goes on across short capitals ("ML") but not across a break
            for t_start, t_end, hard in zip(tokens.starts, tokens.ends, tokens.hard, strict=True):
                raw = text[t_start:t_end]
                upper = raw.isupper() and raw.isalpha()
                if open_run and (hard or not upper):
                    open_run = False
                if upper and len(raw) >= self.min_length and raw not in acronyms:
                    if open_run:
                        runs[-1].append((t_start, t_end))
                    else:
                        runs.append([(t_start, t_end)])
                        open_run = True
            for run in runs:
                if max(e - s for s, e in run) < self.single_min_length:
                    continue  # only short capitalised words: likely acronyms (KPMG, HRBP & HRIS)
                start, end = run[0][0], run[-1][1]
                pieces, pos = [], start
                for t_start, t_end in run:
                    pieces += [text[pos:t_start], text[t_start:t_end].capitalize()]
                    pos = t_end
                fixed = "".join(pieces)
                values = {"match": text[start:end]}
                yield self.finding(field, start, end, values, replacement=fixed)
