"""The kind contract: what every rule holds, whatever its kind, and the hooks a kind implements.

A kind is a ``RuleBase`` subclass with a ``kind`` literal, its own parameters, and typed hooks:

- ``check(ctx)`` yields :class:`Finding` objects (required);
- ``trie_phrases()`` adds the rule's own phrases to the shared trie, each under a :class:`RuleKey`;
- ``lexicons()`` names the lexicons it reads (checked when the packs load);
- ``needs_own_hits``: the rule can only fire on its own phrases, so the engine skips its check
  when none of them is in the profile;
- ``fixable``: the safety of its fixes, declared once; :meth:`finding` builds fixes from it.

Messages and suggestions are rendered in one place, the engine, from a finding's ``values``.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, ClassVar

from pydantic import AfterValidator, Field, model_validator

from linter.keys import RuleKey
from linter.models import Applicability, Edit, FieldName, Fix, Profile, Severity
from linter.offsets import encodable
from linter.schema import DataModel

if TYPE_CHECKING:
    from linter.context import Context


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Prose from TOML multi-line strings: line breaks in the file are wrapping, not content.
Prose = Annotated[str, AfterValidator(_one_line), Field(min_length=1)]


class Example(DataModel):
    headline: str = ""
    summary: str = ""
    target: str | None = Field(default=None, description="Default: the default target.")
    span: str | None = Field(
        default=None, description="The exact text the finding must cover, when stated."
    )
    field: FieldName | None = Field(
        default=None, description="The field the span is in; default: the rule's first field."
    )
    repeat: int = Field(
        default=1, ge=1, le=100, description="Each text is this many copies of itself (lengths)."
    )
    offers: str | None = Field(
        default=None,
        description='A bad example\'s fix must offer this title; "": it must offer none.',
    )
    probes: str | None = Field(
        default=None, description="What the example probes (a modality, a word sense...)."
    )

    def profile(self) -> Profile:
        return Profile(
            headline=self.headline * self.repeat,
            summary=self.summary * self.repeat,
            target=self.target,
        )


class Examples(DataModel):
    bad: tuple[Example, ...] = Field(min_length=1)
    good: tuple[Example, ...] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a kind found; the engine renders it into a wire-format Diagnostic.

    The diagnostic's suggestions are ``replacements``, then ``advice`` (a template of the rule,
    ``rule.suggestion`` unless the kind chose another) rendered with ``values``, then ``extra``.
    """

    field: FieldName
    start: int
    end: int
    values: Mapping[str, object]
    replacements: tuple[str, ...] = ()
    fix: Fix | None = None
    advice: str | None = None
    extra: tuple[str, ...] = ()
    message: str | None = None  # a template of the rule, ``rule.message`` unless the kind chose


class RuleBase(DataModel):
    """The fields every rule carries. A kind adds its own parameters and its hooks."""

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
    needs_own_hits: ClassVar[bool] = False

    def __hash__(self) -> int:
        return hash((self.kind, self.code, self.name))

    @property
    def fixable(self) -> Applicability | None:
        """Whether findings of this rule carry a fix, and of which safety."""
        return None

    # -- the hooks ---------------------------------------------------------------------------

    def check(self, ctx: Context) -> Iterator[Finding]:
        raise NotImplementedError(f"kind {self.kind!r} does not define check()")

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        return ()

    def lexicons(self) -> Iterable[str]:
        return ()

    def targets(self) -> Iterable[str]:
        """The targets it names (checked when the packs load)."""
        return ()

    # -- helpers for kinds -------------------------------------------------------------------

    def key(self, tag: str) -> RuleKey:
        return RuleKey(self.name, tag)

    def finding(
        self,
        field: FieldName,
        start: int,
        end: int,
        values: Mapping[str, object],
        *,
        replacement: str | None = None,
        offer: bool = True,
        advice: str | None = None,
        extra: tuple[str, ...] = (),
        message: str | None = None,
    ) -> Finding:
        """A finding; with ``replacement`` it carries a fix of the rule's declared safety (and
        lists the replacement first among the suggestions unless ``offer`` is false)."""
        fix = None
        if replacement is not None and not encodable(replacement):
            replacement = None  # it copies a lone surrogate of the text: no JSON can carry it
        if replacement is not None and self.fixable is not None:
            fix = Fix(
                applicability=self.fixable,
                edits=(Edit(start=start, end=end, replacement=replacement),),
            )
        shown = (replacement,) if replacement is not None and offer else ()
        return Finding(field, start, end, values, shown, fix, advice, extra, message)

    def render(self, text: str, values: Mapping[str, object]) -> str:
        return text.format_map({k: values.get(k, "") for k in self.placeholders})

    @model_validator(mode="after")
    def _known_placeholders(self) -> RuleBase:
        for text in self._templates():
            for _, name, _, _ in string.Formatter().parse(text):
                if name is not None and name not in self.placeholders:
                    allowed = ", ".join(sorted(self.placeholders))
                    raise ValueError(f"unknown placeholder {{{name}}} (allowed: {allowed})")
        return self

    def _templates(self) -> Iterable[str]:
        return (self.message, self.suggestion)
