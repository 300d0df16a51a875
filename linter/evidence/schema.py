"""The evidence model's data (``rules/evidence.toml``): cues, senses, families and thresholds."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from linter.schema import DataModel

CueStatus = Literal["negated", "aspiration", "learning", "hedged", "research", "topic", "others"]


class Cue(DataModel):
    status: CueStatus
    phrases: tuple[str, ...] = Field(min_length=1)
    unless_next: tuple[str, ...] = Field(
        default=(), description="Words right after the cue that cancel it ('don't just')."
    )
    unless_after: tuple[str, ...] = Field(
        default=(), description="Words right before the cue that cancel it ('I lead the team')."
    )
    scope: Literal["clause", "sentence"] = "clause"
    ends_at: tuple[Literal["own", "own-verb", "next-verb", "shift"], ...] = Field(
        default=(), description="What ends the cue's scope before its clause or sentence does."
    )


class Family(DataModel):
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    label: str
    phrases: tuple[str, ...] = Field(min_length=1)
    ambiguous: tuple[str, ...] = Field(
        default=(), description="Phrases that count only with a software object in the clause."
    )
    other_senses: tuple[str, ...] = Field(
        default=(),
        description="Phrases that hold one of its words in another sense ('support agents'): "
        "the word in them is no evidence, and nothing else in the sentence is discounted.",
    )
    gate: bool = Field(
        default=False, description="Its words start the checks that need it (a cheap test)."
    )


class ScaleUnits(DataModel):
    units: tuple[str, ...] = Field(min_length=1)
    numbers: tuple[str, ...] = ()
    ranks: tuple[str, ...] = Field(
        default=(), description="Words that make the number after them a rank ('top-20 customer')."
    )


class ForwardDeployed(DataModel):
    customers: tuple[str, ...] = Field(min_length=1)
    work_families: tuple[str, ...] = Field(min_length=1)
    ai_objects: tuple[str, ...] = Field(min_length=1)


class Thresholds(DataModel):
    ai_engineer: int = Field(ge=1, description="Families that earn the AI Engineer rename.")
    modern_title: int = Field(ge=1, description="Families that back a modern title.")


class EvidenceSettings(DataModel):
    own: tuple[str, ...] = Field(min_length=1)
    own_possessive: tuple[str, ...] = ()
    time_shift: tuple[str, ...] = ()
    team: tuple[str, ...] = ()
    own_verbs: tuple[str, ...] = ()
    clause_words: tuple[str, ...] = ()
    list_headers: tuple[str, ...] = ()
    software_objects: tuple[str, ...] = Field(min_length=1)
    strong_objects: tuple[str, ...] = ()
    research_objects: tuple[str, ...] = ()
    not_systems: tuple[str, ...] = Field(
        default=(),
        description="What people run that is no system ('workshops', 'a club'): an ambiguous "
        "work word whose object one is (four words on at most) is in another sense.",
    )
    other_senses: tuple[str, ...] = ()
    refers_back: tuple[str, ...] = Field(
        default=(),
        description="Words that open a sentence about what the one before names ('It has "
        "been running in 210 stores'): it takes that sentence's software objects.",
    )
    cue: tuple[Cue, ...] = ()
    family: tuple[Family, ...] = Field(min_length=1)
    scale_units: ScaleUnits
    forward_deployed: ForwardDeployed
    titles: Thresholds
