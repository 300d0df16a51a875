"""The registry of rule kinds: one small module per kind, listed here explicitly.

A kind exists only where data alone cannot express a rule (length, position, Unicode,
repetition, evidence). Each module defines ``Rule``: a :class:`~linter.rule.RuleBase` subclass
with a ``kind`` literal, its own parameters, and the typed hooks of the kind contract
(``check``, and where needed ``trie_phrases``, ``lexicons``, ``needs_own_hits``, ``fixable``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from linter.kinds import (
    charset,
    claim,
    emoji,
    evidence_hint,
    focus,
    fold,
    keywords,
    leading,
    length,
    opening,
    phrase,
    repetition,
    role,
    segments,
    shouting,
    title,
    voice,
    whitespace,
)
from linter.rule import RuleBase

RULE_CLASSES: tuple[type[RuleBase], ...] = (
    phrase.Rule,
    title.Rule,
    claim.Rule,
    evidence_hint.Rule,
    keywords.Rule,
    focus.Rule,
    fold.Rule,
    leading.Rule,
    length.Rule,
    charset.Rule,
    repetition.Rule,
    segments.Rule,
    emoji.Rule,
    shouting.Rule,
    role.Rule,
    voice.Rule,
    opening.Rule,
    whitespace.Rule,
)


def _kind_name(cls: type[RuleBase]) -> str:
    default = cls.model_fields["kind"].default
    assert isinstance(default, str), f"{cls.__module__}.Rule has no kind literal"
    return default


KINDS: dict[str, type[RuleBase]] = {_kind_name(cls): cls for cls in RULE_CLASSES}

if TYPE_CHECKING:
    from typing import TypeAlias

    AnyRule: TypeAlias = RuleBase
else:  # the discriminated union of every kind's model, built from the registry
    AnyRule = Union[RULE_CLASSES]  # noqa: UP007
