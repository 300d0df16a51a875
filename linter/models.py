"""The one wire format.

Every interface emits exactly these models: the command line's ``--format json``, the Flask API
and the browser page all serialise with ``model_dump(mode="json")``. All models are frozen and
reject unknown fields, so a typo in a client's request is an error, never silently ignored.
"""

from __future__ import annotations

from typing import Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, StrictBool, model_validator

Severity = Literal["error", "warning", "info"]
FieldName = Literal["headline", "summary"]
Applicability = Literal["safe", "unsafe"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
FIELDS: tuple[FieldName, ...] = ("headline", "summary")


class WireModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Profile(WireModel):
    """What a person pastes: the headline, the About ("summary") text and the role they aim at."""

    headline: str = Field(default="", description="The LinkedIn headline.")
    summary: str = Field(
        default="",
        # `about` is LinkedIn's own word, as profile files and `batch` accept it; the output
        # always says `summary`. Giving both is an error (the second is an unknown field).
        validation_alias=AliasChoices("summary", "about"),
        description="The LinkedIn About section (also accepted as `about`).",
    )
    target: str | None = Field(
        default=None,
        description="The market the profile aims at (see GET /v1/targets); null or omitted: the "
        "configured default target, else the rule packs' default.",
    )

    def text(self, field: FieldName) -> str:
        return self.headline if field == "headline" else self.summary


class Edit(WireModel):
    """Replace ``[start, end)`` (code points, in the diagnostic's field) with ``replacement``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    replacement: str

    @model_validator(mode="after")
    def _ordered(self) -> Edit:
        if self.end < self.start:
            raise ValueError("edit end must not be before its start")
        return self


class Fix(WireModel):
    applicability: Applicability
    edits: tuple[Edit, ...]


class Diagnostic(WireModel):
    id: str = Field(
        description='Stable identifier of this finding in this text, e.g. "HL101:headline:2-13" '
        "(code, field, span): what POST /v1/fix and the page name to apply one fix."
    )
    code: str = Field(description='Stable rule code, e.g. "HL101".')
    rule: str = Field(description='Kebab-case rule name, e.g. "legacy-title".')
    severity: Severity
    field: FieldName
    start: int = Field(ge=0, description="Code-point offset into the field, inclusive.")
    end: int = Field(ge=0, description="Code-point offset into the field, exclusive.")
    utf16_start: int = Field(ge=0, description="The same start in UTF-16 code units.")
    utf16_end: int = Field(ge=0, description="The same end in UTF-16 code units.")
    line: int = Field(ge=1, description="1-based line within the field.")
    column: int = Field(ge=1, description="1-based column (code points) within the line.")
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    impact: int | None = Field(
        default=None,
        description="Points the profile's score gains when this finding's fix is applied, "
        "measured by linting the fixed text; null when the finding has no fix.",
    )


EvidenceStatus = Literal[
    "counted", "team", "list", "other-sense", "negated", "aspiration", "learning", "hedged",
    "research", "topic", "others",
]  # fmt: skip


class EvidenceItem(WireModel):
    """One phrase of the About weighed as evidence of systems work, and how it was weighed."""

    family: str = Field(description='The kind of work, e.g. "deployment", "retrieval".')
    label: str = Field(description="The family in words.")
    text: str = Field(description="The person's own words, as in the About.")
    field: FieldName
    start: int = Field(ge=0, description="Code-point offset into the field, inclusive.")
    end: int = Field(ge=0, description="Code-point offset into the field, exclusive.")
    utf16_start: int = Field(ge=0)
    utf16_end: int = Field(ge=0)
    status: EvidenceStatus = Field(
        description="counted (own work), or why not: team (we/our work with no own part "
        "named), list (a bare skills list), other-sense, negated, aspiration, learning, hedged, "
        "research (training or research work, not integration), topic (talked about, not "
        "done), others (someone else's work)."
    )


class Evidence(WireModel):
    """What the title decisions rest on: the About's evidence, counted and discounted."""

    families: tuple[str, ...] = Field(description="The distinct families counted.")
    forward_deployed: bool = Field(description="Own AI deployment work embedded with customers.")
    items: tuple[EvidenceItem, ...]


class ScorePart(WireModel):
    """One named component of the score: what it earned, of how much, and why, in words."""

    name: Literal["title", "focus", "evidence", "clarity"]
    label: str = Field(description='The component in words, e.g. "Title".')
    points: int = Field(description="What the profile earns (the title's may be negative).")
    max: int = Field(ge=0, description="The most it can earn.")
    detail: str = Field(description="What earned the points, in the profile's own words.")


class Report(WireModel):
    target: str
    score: int = Field(
        ge=0, le=100, description="Discoverability for the target: the sum of the breakdown."
    )
    breakdown: tuple[ScorePart, ...] = Field(
        default=(), description="The score's components (empty for an empty profile)."
    )
    diagnostics: tuple[Diagnostic, ...]
    evidence: Evidence | None = Field(
        default=None,
        description="The evidence behind a title decision, when a title rule weighed one.",
    )


class FixRequest(Profile):
    """``POST /v1/fix`` body: a profile, whether unsafe fixes may be applied, and optionally the
    one finding to fix (its ``id``); without ``fix``, every applicable fix is applied."""

    # strict: the schema promises a boolean, so 0, 1.0 or "true" are refused, not coerced
    unsafe: StrictBool = False
    fix: str | None = Field(
        default=None, description="The id of the one diagnostic whose fix to apply (any safety)."
    )


class FixResult(WireModel):
    profile: Profile
    report: Report
    applied: int = Field(ge=0, description="How many fixes were applied.")


class FileReport(Report):
    """One file's result in the command line's JSON output: the report plus where it came from."""

    path: str
