"""The data a rule pack holds besides its rules: lexicons, targets and the score's settings.

Pure data models (pydantic, frozen, unknown keys refused); nothing here knows about kinds, so
the context a check sees (``linter.context``) can use them without an import cycle.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from linter.models import Severity


class DataModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Lexicon(DataModel):
    """A named set of phrases that rules share (evidence of deployment work, role titles...)."""

    description: str
    phrases: tuple[str, ...] = Field(min_length=1)


class KeywordFamily(DataModel):
    name: str
    share: float = Field(ge=0, le=1, description="Share of the target's postings that ask for it.")
    phrases: tuple[str, ...] = Field(min_length=1)


class TitleOffer(DataModel):
    """A title the linter may offer, only when the About's evidence earns it (linter.evidence):
    ``systems``, enough distinct families of own systems work; ``forward-deployed``, a sentence
    of own AI deployment work embedded with a customer."""

    title: str
    requires: Literal["systems", "forward-deployed"]


class Target(DataModel):
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str
    label: str = Field(description="What the target is called where people choose it.")
    description: str
    effect: str | None = Field(
        default=None, description="One sentence on what choosing this target changes."
    )
    default: bool = Field(default=False, description="The target of a profile that names none.")
    source: str = Field(description="Where the keyword shares come from.")
    disabled: tuple[str, ...] = ()
    offers: tuple[TitleOffer, ...] = ()
    min_keywords: int = Field(ge=0)
    keywords: tuple[KeywordFamily, ...] = Field(min_length=1)


class ScoreBand(DataModel):
    """Scores at or above ``min`` read as ``label`` (the highest band that fits wins)."""

    name: str = Field(pattern=r"^[a-z]+$")
    label: str
    min: int = Field(ge=0, le=100)


class ScoreSettings(DataModel):
    """How findings weigh on the score, and how scores read (bands), with the reasons."""

    weights: dict[Severity, int] = Field(description="Points a finding of each severity costs.")
    cap: int = Field(ge=1, description="Findings of one rule counted at most.")
    bands: tuple[ScoreBand, ...] = Field(min_length=1)
    why: str
