"""``voice``: the About does not describe the person's own work.

Read with the evidence model's agents (``linter.evidence.voice``): a text with no first-person
agent that speaks of someone in the third person is a biography; one that speaks as "we"/"our"
with no own part is a company's pitch; recommendation cues beside "he"/"she" are a pasted
recommendation; the LinkedIn template ("with a demonstrated history of working in") with no
sentence of the person's own is a template; and an opening objective ("Seeking a challenging
position") with no work done anywhere is an objective only; a stand-in ("Nil", "--", "TBD") is
no About at all. One finding per About, on the phrase that shows it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.evidence.voice import Voice
from linter.keys import Key, RuleKey
from linter.matcher import Match
from linter.models import FieldName
from linter.rule import Finding, RuleBase
from linter.text import Tokens, phrase_tokens

TAGS = ("third", "recommendation", "company", "template", "objective", "traits", "done", "verb")
STAND_IN_MAX = 30  # characters: a longer text says something, however little
MAX_NAME_WORDS = 3  # "[NAME] [NAME]", "Jane van Dijk" before the verb of a biography


class Rule(RuleBase):
    kind: Literal["voice"] = "voice"
    third: tuple[str, ...] = Field(min_length=1, description="Third-person words (he, she...).")
    recommendation: tuple[str, ...] = Field(default=(), description="A recommender's words.")
    company: tuple[str, ...] = Field(default=(), description="A company's voice (we, our...).")
    template: tuple[str, ...] = Field(default=(), description="A generated template's words.")
    objective: tuple[str, ...] = Field(default=(), description="An objective, in the opening.")
    traits: tuple[str, ...] = Field(default=(), description="Self-description (passionate...).")
    min_traits: int = Field(default=2, ge=1, description="Traits that make a self-portrait.")
    traits_max_units: int = Field(
        default=3, ge=1, description="Longer texts tell more than their traits: left alone."
    )
    done: tuple[str, ...] = Field(
        default=(), description="Work done, besides the evidence model's own work verbs."
    )
    verb: tuple[str, ...] = Field(
        default=(),
        description="Verbs after a name that open a biography ('Jane is', '[NAME] has').",
    )
    min_third: int = Field(default=2, ge=1, description="Third-person words that make a bio.")
    min_company: int = Field(default=2, ge=1, description="Company-voice words that make a pitch.")
    stand_ins: tuple[str, ...] = Field(
        default=(), description="Whole texts that stand in for an About ('Nil', 'TBD')."
    )
    said: dict[str, str] = Field(default_factory=dict, description="What each case is, said.")
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "what"})
    needs_own_hits: ClassVar[bool] = False  # a stand-in ("--") holds none of its phrases

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        for tag in TAGS[:6]:  # "done" and "verb" are read as words, not matched as phrases
            for phrase in getattr(self, tag):
                yield phrase, self.key(tag)

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            found = self._case(ctx, field)
            if found is not None:
                case, start, end = found
                values = {"match": ctx.span_text(field, start, end), "what": self.said[case]}
                yield self.finding(field, start, end, values)

    def _case(self, ctx: Context, field: FieldName) -> tuple[str, int, int] | None:
        if self.stand_ins and "stand-in" in self.said and _stand_in(ctx, field, self.stand_ins):
            text = ctx.texts[field]
            start = len(text) - len(text.lstrip())
            return ("stand-in", start, len(text.rstrip()))
        hits = {tag: ctx.hits(field, self.key(tag)) for tag in TAGS[:6]}
        tokens = ctx.tokens[field]
        third = hits["third"]
        if hits["recommendation"] and len(third) >= self.min_third:
            return _at("recommendation", hits["recommendation"])
        if len(hits["traits"]) < self.min_traits and not any(
            hits[tag] for tag in ("third", "company", "template", "objective")
        ):
            return None  # nothing to weigh: the voice is read only when a case may hold
        voice = ctx.voice()
        if voice.work_openings:
            return None  # resume bullets: the person's own work, without a subject
        if not voice.first_person:
            names = _name_openings(tokens, voice, _words(self.verb))
            company = hits["company"]
            pitch = voice.team and len(company) >= self.min_company  # "we" speaks, not "our" alone
            # "Acme is the best agency...": the name opens the text (or follows its slogan)
            opens = bool(names) and bisect_left(voice.lay.unit_breaks, names[0][0]) <= 1
            if pitch or (company and opens and not third):
                return _at("company", company)  # "Acme is the best agency... We provide"
            if len(third) >= self.min_third or (names and third):
                return ("third", names[0][0], names[0][2]) if names else _at("third", third)
        if voice.work_verbs:
            return None
        if hits["template"]:  # its own words say "working" and "experienced"
            return _at("template", hits["template"])
        if not _words(self.done).isdisjoint(tokens.norms):
            return None
        opening = [m for m in hits["objective"] if voice.lay.unit(m.first) == 0]
        if opening:
            return _at("objective", opening)
        units = voice.lay.unit(len(tokens) - 1) + 1 if len(tokens) else 0
        if len(hits["traits"]) >= self.min_traits and units <= self.traits_max_units:
            return _at("traits", hits["traits"])
        return None


def _at(case: str, matches: list[Match[Key]]) -> tuple[str, int, int]:
    first = min(matches, key=lambda m: m.start)
    return case, first.start, first.end


def _stand_in(ctx: Context, field: FieldName, stand_ins: tuple[str, ...]) -> bool:
    """Whether the whole text stands in for one: no letter at all ("--", "..."), or one of
    ``stand_ins`` alone ("Nil", "N/A", "TBD")."""
    text = ctx.texts[field].strip()
    if not text or len(text) > STAND_IN_MAX:
        return False
    return not any(ch.isalpha() for ch in text) or " ".join(ctx.tokens[field].norms) in stand_ins


@lru_cache(maxsize=16)
def _words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for p in phrases for w in phrase_tokens(p))


def _name_openings(
    tokens: Tokens, voice: Voice, verbs: frozenset[str]
) -> list[tuple[int, int, int]]:
    """Units that open with a name (up to three capitalised words, "[NAME]") and a verb: the
    name's start and end, and the verb's end."""
    text, starts, found = tokens.text, tokens.starts, []
    firsts = sorted({bisect_left(starts, b) for b in (0, *voice.lay.unit_breaks)})
    for i in firsts:
        j = i
        while j < len(tokens) and j - i < MAX_NAME_WORDS:
            word = text[starts[j] : tokens.ends[j]]
            if not word[:1].isupper() or word == "I" or (j > i and tokens.is_hard(j)):
                break
            j += 1
        if i < j < len(tokens) and tokens.norm(j) in verbs and tokens.gap(j).isspace():
            found.append((starts[i], tokens.ends[j - 1], tokens.ends[j]))
    return found
