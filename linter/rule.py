"""What every rule entry holds, whatever its kind, and what a kind's check returns."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from linter.models import Applicability, FieldName, Fix, Severity


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Prose from TOML multi-line strings: line breaks in the file are wrapping, not content.
Prose = Annotated[str, AfterValidator(_one_line), Field(min_length=1)]


class DataModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Example(DataModel):
    headline: str = ""
    summary: str = ""
    target: str = "ai-engineer"
    span: str | None = Field(
        default=None, description="The exact text the finding must cover, when stated."
    )
    field: FieldName | None = Field(
        default=None, description="The field the span is in; default: the rule's first field."
    )
    repeat: int = Field(
        default=1, ge=1, le=100, description="Each text is this many copies of itself (lengths)."
    )

    def profile_fields(self) -> dict[str, str]:
        return {
            "headline": self.headline * self.repeat,
            "summary": self.summary * self.repeat,
            "target": self.target,
        }


class Examples(DataModel):
    bad: tuple[Example, ...] = Field(min_length=1)
    good: tuple[Example, ...] = Field(min_length=1)


class RuleBase(DataModel):
    """The fields every rule carries. A kind adds its own parameters (phrases, thresholds...)."""

    code: str = Field(pattern=r"^HL\d{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
    kind: str
    severity: Severity
    fields: tuple[FieldName, ...] = Field(min_length=1)
    message: Prose = Field(description="What is wrong; may use {placeholders}.")
    why: Prose = Field(description="Why it costs discoverability.")
    suggestion: Prose = Field(description="What to do instead.")
    examples: Examples

    # The {placeholders} a kind fills in its messages; a message using another one is an error.
    placeholders: ClassVar[frozenset[str]] = frozenset({"match"})

    def __hash__(self) -> int:
        return hash((self.kind, self.code, self.name))

    @property
    def fixable(self) -> Applicability | None:
        """Whether findings of this rule carry a fix, and of which safety."""
        return None

    @model_validator(mode="after")
    def _known_placeholders(self) -> RuleBase:
        for text in (self.message, self.suggestion):
            for _, name, _, _ in string.Formatter().parse(text):
                if name is not None and name not in self.placeholders:
                    allowed = ", ".join(sorted(self.placeholders))
                    raise ValueError(f"unknown placeholder {{{name}}} (allowed: {allowed})")
        return self

    def render(self, text: str, values: Mapping[str, object]) -> str:
        return text.format_map({k: values.get(k, "") for k in self.placeholders})


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a kind found; the engine turns it into a wire-format Diagnostic."""

    field: FieldName
    start: int
    end: int
    values: Mapping[str, object]
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
