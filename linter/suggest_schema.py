"""The composition vocabulary of headline suggestions (``rules/suggest.toml``, ``[suggest]``)."""

from __future__ import annotations

from pydantic import Field, model_validator

from linter.schema import DataModel


class SuggestSettings(DataModel):
    separator: str = Field(min_length=1, description="Between the title, focus and proof.")
    focus_separator: str = Field(min_length=1, description="Between focus terms.")
    min_focus: int = Field(ge=1, description="Fewer supported focus terms: no suggestion.")
    max_focus: int = Field(ge=1)
    min_gain: int = Field(
        default=0,
        ge=0,
        description="Points a suggestion must add over a headline with no finding of its own.",
    )
    proof: str = Field(pattern=r"\{text\}", description="How a proof point reads.")
    proof_max: int = Field(ge=1, description="A longer proof point is left out.")
    rates: tuple[str, ...] = Field(default=(), description="What may follow a scale's unit.")
    unit_followers: tuple[str, ...] = Field(
        default=(),
        description="Words that may follow a scale's unit without continuing its noun phrase; "
        "after any other word ('20 customer deployments') the proof point is left out.",
    )
    roles: str = Field(description="Lexicon of role titles: where the headline names its role.")
    seniority: str = Field(description="Lexicon of words stepped over before a title.")
    past: tuple[str, ...] = Field(default=(), description="Words that make a title a past one.")
    market_title_needs: tuple[str, ...] = Field(
        min_length=1,
        description="Evidence families of AI work, one of which a headline naming no role "
        "needs before the market title is offered (systems work alone is not AI work).",
    )
    title_ends: tuple[str, ...] = Field(
        min_length=1, description="Literal strings that end the title's segment."
    )
    focus: dict[str, str] = Field(
        min_length=1, description="Keyword family name -> the focus term a headline uses."
    )
    evidence: dict[str, str] = Field(
        default_factory=dict,
        description="Evidence family -> the keyword family it supports when no keyword matches.",
    )
    focus_needs: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Focus term -> words one of which the About's phrase must hold for it "
        "('RAG' needs 'RAG' said, not 'information retrieval').",
    )

    @model_validator(mode="after")
    def _bounds(self) -> SuggestSettings:
        if self.max_focus < self.min_focus:
            raise ValueError("max_focus must not be below min_focus")
        return self
