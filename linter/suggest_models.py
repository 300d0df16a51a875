"""The wire format of headline suggestions: what ``suggest()``, ``headline-lint suggest --format
json``, ``POST /v1/suggest`` and the page's card share (``model_dump(mode="json")``)."""

from __future__ import annotations

from pydantic import Field

from linter.models import FieldName, WireModel


class Source(WireModel):
    """The person's own words a part of a suggestion comes from: a span of one field."""

    text: str = Field(description="The words, as the profile has them.")
    field: FieldName
    start: int = Field(ge=0, description="Code-point offset into the field, inclusive.")
    end: int = Field(ge=0, description="Code-point offset into the field, exclusive.")
    utf16_start: int = Field(ge=0, description="The same start in UTF-16 code units.")
    utf16_end: int = Field(ge=0, description="The same end in UTF-16 code units.")


class Suggestion(WireModel):
    headline: str = Field(description="The suggested headline, whole.")
    score: int = Field(ge=0, le=100, description="The profile's score with this headline.")
    sources: tuple[Source, ...] = Field(
        description="Where its title, focus terms and proof point come from, in that order."
    )


class Suggestions(WireModel):
    """Up to three headlines built only from the profile's own words and evidence, best first;
    none when the profile does not hold enough to build one honestly."""

    target: str = Field(description="The target the suggestions are composed for.")
    suggestions: tuple[Suggestion, ...]
