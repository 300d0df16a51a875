"""The registry of rule kinds: one small module per kind, listed here explicitly.

A kind exists only where data alone cannot express a rule (length, position, Unicode,
repetition, evidence). Each module defines ``Rule`` (its pydantic model, a ``RuleBase`` with a
``kind`` literal and its own parameters) and ``check(rule, ctx)``; it may define ``phrases`` (what
to add to the shared trie) and ``lexicons`` (the lexicon names it reads, checked at load).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from linter.kinds import (
    charset,
    claim,
    evidence_hint,
    fold,
    keywords,
    leading,
    length,
    phrase,
    repetition,
    segments,
    shouting,
    title,
    whitespace,
)
from linter.kinds import emoji as emoji_kind

if TYPE_CHECKING:
    from linter.context import Context
    from linter.rule import Finding

_MODULES = (
    phrase,
    title,
    claim,
    evidence_hint,
    keywords,
    fold,
    leading,
    length,
    charset,
    repetition,
    segments,
    emoji_kind,
    shouting,
    whitespace,
)


@dataclass(frozen=True)
class Kind:
    name: str
    check: Callable[[Any, Context], Iterator[Finding]]
    phrases: Callable[[Any], Iterable[tuple[str, str]]]
    lexicons: Callable[[Any], Iterable[str]]
    # True when a rule of this kind can only fire on its own phrases: with none of them in the
    # profile the engine skips the check (so unmatched rules cost next to nothing)
    needs_own_hits: bool


def _none(rule: Any) -> Iterable[Any]:
    return ()


KINDS: dict[str, Kind] = {
    m.Rule.model_fields["kind"].default: Kind(
        m.Rule.model_fields["kind"].default,
        m.check,
        getattr(m, "phrases", _none),
        getattr(m, "lexicons", _none),
        getattr(m, "NEEDS_OWN_HITS", False),
    )
    for m in _MODULES
}

if TYPE_CHECKING:
    from typing import TypeAlias

    from linter.rule import RuleBase

    AnyRule: TypeAlias = RuleBase
else:  # the discriminated union of every kind's model, built from the registry
    AnyRule = Union[tuple(m.Rule for m in _MODULES)]  # noqa: UP007
