"""The score's settings (``rules/score.toml``): four named components, each with its reason.

The score is a documented discoverability score for the target, 0-100: the sum of **title**,
**focus**, **evidence** and **clarity** points, each component capped at its ``max``. Every
number that shapes it is here, as data, next to the reason for it.
"""

from __future__ import annotations

from pydantic import Field

from linter.models import Severity
from linter.schema import DataModel, ScoreBand


class Component(DataModel):
    label: str = Field(description="The component's name where people read it.")
    max: int = Field(ge=0, le=100, description="The most points it can earn.")
    why: str = Field(description="What it measures and why it weighs what it weighs.")


class TitleTier(DataModel):
    """A kind of title: from the titles of the rule of kind ``titles_of`` (``claim``: the
    modern titles; ``title``: the legacy ones), or from a lexicon of role titles."""

    name: str = Field(pattern=r"^[a-z][a-z-]*$")
    label: str
    titles_of: str | None = Field(default=None, description="A rule kind whose titles it takes.")
    lexicon: str | None = Field(default=None, description="A lexicon of titles.")
    points: float = Field(ge=0, le=1, description="Share of the title points it earns.")
    why: str


class TitleSettings(Component):
    tiers: tuple[TitleTier, ...] = Field(min_length=1)
    after_fold: float = Field(ge=0, le=1, description="Share kept when the title is cut off.")
    unbacked: int = Field(le=0, description="Points of a modern title the About does not back.")
    unbacked_tier: str = Field(description="The tier whose titles need the About's evidence.")
    thin_at_cliches: int = Field(
        ge=1, description="Cliché findings from which a backed title reads as thinly backed."
    )
    thinly_backed: float = Field(
        ge=0,
        le=1,
        description="Share a title keeps when the About backs it, but too thinly to offer it.",
    )


class FocusSettings(Component):
    headline_weight: float = Field(ge=0, description="A family in the headline counts this much.")
    area_share: float = Field(
        ge=0, le=1, description="The share a focus area the postings data does not measure counts."
    )
    full_at: float = Field(gt=0, description="Weighted shares that earn the whole component.")
    headline_part: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="The part of the component the headline's own focus earns (the rest: every "
        "family named, as ``full_at`` weighs them).",
    )
    headline_full_at: float = Field(
        default=1.0, gt=0, description="Shares named in the headline that earn its whole part."
    )
    discounted: tuple[str, ...] = Field(
        description="Evidence statuses under which an About's keyword does not count."
    )
    off_target: float = Field(
        default=1.0,
        ge=0,
        le=1,
        description="The share kept when an About names no AI or ML work of the person's own "
        "and the headline names none of the AI families.",
    )
    ai_families: tuple[str, ...] = Field(
        default=(), description="Keyword families and focus areas that name AI or ML work."
    )


class EvidenceSettings(Component):
    per_family: float = Field(ge=0, description="Points per distinct family of own work.")
    families_max: float = Field(ge=0)
    per_number: float = Field(ge=0, description="Points per number the About states.")
    numbers_max: float = Field(ge=0)
    words_per_point: int = Field(ge=1, description="About words that earn a depth point.")
    depth_max: float = Field(ge=0, description="The most the About's depth earns.")
    ai_lexicon: str = Field(description="Lexicon of AI/ML work; without it, off-target.")
    ai_families: tuple[str, ...] = Field(
        description="Evidence families that are AI work when counted (LLM applications, RAG)."
    )
    ai_not_work: tuple[str, ...] = Field(
        description="Evidence statuses under which an AI word is no AI work of the person's."
    )
    off_target: float = Field(ge=0, le=1, description="Share kept with no AI/ML work in it.")
    hype_rules: tuple[str, ...] = Field(description="Rules whose findings read as hype.")
    hype_per_finding: float = Field(ge=0, le=1)
    hype_max: float = Field(ge=0, le=1, description="The largest share hype can take away.")


class ClaritySettings(Component):
    weights: dict[Severity, float] = Field(description="Points a finding of each severity costs.")
    cap: int = Field(ge=1, description="Findings of one rule counted at most.")
    full_at_words: int = Field(
        ge=0, description="About words at which clarity earns its whole share (less: in part)."
    )
    measured_elsewhere: tuple[str, ...] = Field(
        description="Rules whose gap another component already measures (no double cost)."
    )


class ScoreSettings(DataModel):
    """The components, how scores read (bands), and the reasons."""

    why: str
    bands: tuple[ScoreBand, ...] = Field(min_length=1)
    title: TitleSettings
    focus: FocusSettings
    evidence: EvidenceSettings
    clarity: ClaritySettings
