"""``shouting``: runs of words in capitals that are not acronyms.

A single word in capitals is left alone (NGDATA, SPRING: a brand or an acronym, never "fixed"),
and so is a run that is a whole line of its own (a heading such as "WHAT I DO" in an About).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress
from typing import Literal

from pydantic import Field

from linter.context import Context
from linter.models import Applicability
from linter.rule import Finding, RuleBase
from linter.text import Tokens

# the capital letters of every script in the Basic Multilingual Plane, as a character class
CAPITALS = "[" + "".join(re.escape(chr(c)) for c in range(0x10000) if chr(c).isupper()) + "]"


class Rule(RuleBase):
    kind: Literal["shouting"] = "shouting"
    acronyms: tuple[str, ...] = Field(description="Capitalised words that are fine (AI, AWS...).")
    min_length: int = Field(default=4, ge=2, description="Shorter capitalised words pass.")
    single_min_length: int = Field(
        default=6, ge=2, description="Runs whose words are all shorter are likely acronyms."
    )
    min_words: int = Field(
        default=2, ge=1, description="Shorter runs are brand names or acronyms (NGDATA)."
    )
    summary_min_words: int = Field(
        default=3,
        ge=1,
        description="The same in the About, where two words in capitals are as often a name "
        "(TATA MOTORS) as shouting.",
    )

    names_after: tuple[str, ...] = Field(
        default=(), description="Words (or '@') right before a run that make it a name."
    )
    minor_words: tuple[str, ...] = Field(
        default=(),
        description="Short words inside a run that the fix writes in lower case ('AND', 'OF'): "
        "never acronyms there.",
    )

    @property
    def fixable(self) -> Applicability | None:
        return "unsafe"

    def check(self, ctx: Context) -> Iterator[Finding]:
        acronyms, names = _sets(self)
        for field in self.fields:
            text = ctx.texts[field]
            if field == "summary":  # the About's runs: found once for all its lints
                runs = ctx.about_once(("shouting", self), lambda t: self._runs(t, acronyms))
            else:
                runs = self._runs(ctx.tokens[field], acronyms)
            min_words = self.summary_min_words if field == "summary" else self.min_words
            for run in runs:
                if len(run) < min_words:
                    continue  # one word in capitals: a brand name or an acronym (NGDATA, SPRING)
                if max(e - s for s, e in run) < self.single_min_length:
                    continue  # only short capitalised words: likely acronyms (KPMG, HRBP & HRIS)
                if _heading(text, run[0][0], run[-1][1]):
                    continue  # a heading ("WHAT I DO", "CORE SKILLS: ...")
                if _after_name_word(text, run[0][0], names):
                    continue  # an employer's name: "Architect at SKYLINE ASSOCIATES"
                start, end = run[0][0], run[-1][1]
                pieces, pos = [], start
                minor = _minor(self.minor_words)
                for t_start, t_end in run:
                    gap = text[pos:t_start]
                    if minor is not None:
                        gap = minor.sub(lambda m: m.group().lower(), gap)  # "... AND ..."
                    pieces += [gap, text[t_start:t_end].capitalize()]
                    pos = t_end
                fixed = "".join(pieces)
                values = {"match": text[start:end]}
                yield self.finding(field, start, end, values, replacement=fixed)

    def _runs(self, tokens: Tokens, acronyms: frozenset[str]) -> list[list[tuple[int, int]]]:
        """Runs of words in capitals: each word's span."""
        text = tokens.text
        if not _gate(self.min_length).search(text):
            return []  # no word of capitals at all: the common case, decided in C
        starts, ends = tokens.starts, tokens.ends
        raws = list(map(text.__getitem__, map(slice, starts, ends)))  # in C
        runs: list[list[tuple[int, int]]] = []
        open_run = False  # a run goes on across short capitals ("ML") but not across a break
        last = -2  # the token weighed last: only tokens in capitals are, the rest end a run
        for i in compress(range(len(raws)), map(str.isupper, raws)):
            raw = raws[i]
            upper = raw.isalpha()
            if open_run and (
                i != last + 1 or tokens.is_hard(i) or not upper or "/" in tokens.gap(i)
            ):
                open_run = False
            last = i
            if upper and len(raw) >= self.min_length and raw not in acronyms:
                if open_run:
                    runs[-1].append((starts[i], ends[i]))
                else:
                    runs.append([(starts[i], ends[i])])
                    open_run = True
        return runs


def _heading(text: str, start: int, end: int) -> bool:
    """Whether the run is a heading in a text of several lines: its line has no lower-case
    letter, or the run opens its line and a colon follows it."""
    if "\n" not in text:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not any(ch.islower() for ch in line):
        return True
    return not text[line_start:start].strip() and text[end:].lstrip().startswith(":")


def _after_name_word(text: str, start: int, names: frozenset[str]) -> bool:
    """Whether the word (or symbol) right before ``start`` is one of ``names``."""
    before = text[:start].rstrip()
    if before[-1:] in names:  # "@ACME CORP"
        return True
    word = before.rsplit(None, 1)[-1].lower() if before else ""
    return word in names


@lru_cache(maxsize=8)
def _sets(rule: Rule) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(a.upper() for a in rule.acronyms), frozenset(
        w.lower() for w in rule.names_after
    )


@lru_cache(maxsize=8)
def _minor(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The minor words in capitals, as whole words."""
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w.upper()) for w in words) + r")\b")


@lru_cache(maxsize=8)
def _gate(min_length: int) -> re.Pattern[str]:
    """A run of capitals as long as the shortest word the rule flags."""
    return re.compile(f"{CAPITALS}{{{min_length}}}")
