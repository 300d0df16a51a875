"""Whose voice an About is written in: the evidence model's agents, counted over the whole text.

``about-not-own-work`` asks whether the text speaks as the person at all: how often a
first-person agent (``own`` and ``own-possessive`` of ``rules/evidence.toml``: I, my, ich, je,
pro-drop work verbs...) and "we" stand in it, and how many units (sentences, lines, list items)
open with an own work verb (a resume bullet: "Built the ingestion service"). The text is cut
into units by the evidence model's layout, so a cue can be asked for in the opening unit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from linter.evidence.clauses import Layout, layout
from linter.evidence.compile import EKey
from linter.matcher import Match
from linter.text import Tokens

FIRST_PERSON = ("own", "own-possessive")


@dataclass(frozen=True, slots=True)
class Voice:
    first_person: int  # first-person agents and possessives (I, me, my, ich, je...)
    team: int  # "we" as a subject
    work_openings: int  # units that open with an own work verb (resume bullets)
    work_verbs: int  # own work verbs anywhere (built, led, deployed...)
    lay: Layout


def read_voice(tokens: Tokens, matches: Iterable[Match[EKey]]) -> Voice:
    """The About's voice, from the evidence model's trie scan of it (``Context``'s, shared)."""
    first = team = openings = verbs = 0
    lay = layout(tokens, [])
    for m in matches:
        if m.key.group != "word":
            continue
        is_first, is_team, is_verb = _roles(m.key.name)
        if is_first:
            first += 1
        if is_team:
            team += 1
        if is_verb:
            verbs += 1
            if lay.opens_unit(m.first):
                openings += 1
    return Voice(first, team, openings, verbs, lay)


@lru_cache(maxsize=256)
def _roles(name: str) -> tuple[bool, bool, bool]:
    """Whether a word key's groups (``"own|own-verb"``) hold a first-person agent, "we", and
    an own work verb."""
    groups = name.split("|")
    return any(g in FIRST_PERSON for g in groups), "team" in groups, "own-verb" in groups
