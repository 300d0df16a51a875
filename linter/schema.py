"""The data a rule pack holds besides its rules: lexicons, targets and the score's settings.

Pure data models (pydantic, frozen, unknown keys refused); nothing here knows about kinds, so
the context a check sees (``linter.context``) can use them without an import cycle.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from linter.models import FieldName


class DataModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Lexicon(DataModel):
    """A named set of phrases that rules share (evidence of deployment work, role titles...)."""

    description: str
    phrases: tuple[str, ...] = Field(min_length=1)
    matched_in: tuple[FieldName, ...] = Field(
        default=("headline", "summary"),
        description="The fields whose text it is matched in (a rule reads its hits there); "
        "none for a word list rules read as phrases (seniority).",
    )


class Vocabulary(DataModel):
    """How a profile says a family of work in the market's words, and how it shows it without
    them. Every phrase is weighed in its sentence by the evidence model (``linter.evidence``)."""

    name: str
    phrases: tuple[str, ...] = Field(min_length=1, description="The market's words for it.")
    ambiguous: tuple[str, ...] = Field(
        default=(),
        description="Those of `phrases` and `work` that count in the About only beside a "
        "software object.",
    )
    other_senses: tuple[str, ...] = Field(
        default=(),
        description="Phrases holding one of its words in another sense ('tax agent').",
    )
    work: tuple[str, ...] = Field(
        default=(),
        description="Plain words for the work that show it without naming it ('chatbot').",
    )

    @model_validator(mode="after")
    def _ambiguous_are_phrases(self) -> Vocabulary:
        unknown = set(self.ambiguous) - set(self.phrases) - set(self.work)
        if unknown:
            raise ValueError(f"ambiguous phrases not in phrases or work: {sorted(unknown)}")
        return self


class KeywordFamily(Vocabulary):
    share: float = Field(ge=0, le=1, description="Share of the target's postings that ask for it.")
    focus: str | None = Field(
        default=None, description="The focus a headline names with it ('LLM applications')."
    )


class FocusArea(Vocabulary):
    """A focus recruiters search for that the postings data does not measure (computer vision,
    search and ranking...): it counts as a headline's focus, and is suggested after the
    measured ones."""


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
    title_points: dict[str, float] = Field(
        default_factory=dict,
        description="Per title tier (rules/score.toml), the share of the title points it earns "
        "for this target, where it differs from the tier's default.",
    )
    focus_areas: tuple[FocusArea, ...] = ()


class ScoreBand(DataModel):
    """Scores at or above ``min`` read as ``label`` (the highest band that fits wins)."""

    name: str = Field(pattern=r"^[a-z]+$")
    label: str
    min: int = Field(ge=0, le=100)
