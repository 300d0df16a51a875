"""What a kind's check sees: the profile's texts, tokens, phrase matches, lexicons and target."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TypeVar

from linter.about import About, group, read_about
from linter.evidence.assess import Assessment
from linter.evidence.compile import CompiledEvidence, EKey
from linter.evidence.voice import Voice
from linter.keys import Key, LexiconKey
from linter.matcher import Match, Trie
from linter.models import FieldName, Profile
from linter.schema import Lexicon, Target
from linter.text import Tokens, tokenize

T = TypeVar("T")


@dataclass
class Context:
    profile: Profile
    target: Target
    lexicons: dict[str, Lexicon]
    fold: int | None
    evidence_model: CompiledEvidence
    texts: dict[FieldName, str] = field(default_factory=dict)
    tokens: dict[FieldName, Tokens] = field(default_factory=dict)
    matches: dict[FieldName, dict[Key, list[Match[Key]]]] = field(default_factory=dict)
    # the rules that have found something in this profile so far (rules run in code order), and
    # whether each finding carried a fix: a rule may stay silent on a gap another one states
    fired: dict[str, list[bool]] = field(default_factory=dict)
    # what a helper of several kinds computes once per lint (``linter.market``)
    memo: dict[str, object] = field(default_factory=dict)
    _assessment: Assessment | None = None
    about: About | None = None  # the About's reading, shared by the lints of this About

    @classmethod
    def build(
        cls,
        profile: Profile,
        target: Target,
        lexicons: dict[str, Lexicon],
        tries: dict[FieldName, Trie[Key]],
        fold: int | None,
        evidence_model: CompiledEvidence,
    ) -> Context:
        ctx = cls(profile, target, lexicons, fold, evidence_model)
        headline = ctx.texts["headline"] = profile.headline
        ctx.tokens["headline"] = tokens = tokenize(headline)
        ctx.matches["headline"] = group(tries["headline"].scan(tokens))
        ctx.about = about = read_about(profile.summary, tries["summary"], evidence_model)
        ctx.texts["summary"], ctx.tokens["summary"], ctx.matches["summary"] = (
            profile.summary, about.tokens, about.matches,
        )  # fmt: skip
        return ctx

    def hits(self, field_name: FieldName, key: Key) -> list[Match[Key]]:
        return self.matches[field_name].get(key, [])

    def lexicon_hits(self, field_name: FieldName, lexicon: str) -> list[Match[Key]]:
        return self.hits(field_name, LexiconKey(lexicon))

    def assessment(self) -> Assessment:
        """The About's evidence (``linter.evidence``), weighed once per lint, on first use.

        Only the About is evidence: a headline claim cannot back itself up.
        """
        if self._assessment is None:
            self._assessment = self._about().assessment()
        return self._assessment

    def evidence_matches(self) -> list[Match[EKey]]:
        """The evidence model's phrases in the About (one scan per About, shared by its readers)."""
        return self._about().evidence_matches()

    def voice(self) -> Voice:
        """Whose voice the About is written in (``linter.evidence.voice``), once per About."""
        return self._about().voice()

    def about_once(self, key: Hashable, compute: Callable[[Tokens], T]) -> T:
        """``compute(About's tokens)``, once per About and ``key`` (which tells the computations
        apart and holds whatever else they read): for what reads the About alone, so the lints
        of one About (a fix's impact, suggest()'s candidates, the page as one types) share it."""
        return self._about().once(key, compute)

    def _about(self) -> About:
        assert self.about is not None, "a Context is made by Context.build"
        return self.about

    @property
    def assessed(self) -> Assessment | None:
        """The assessment if a check asked for it (what the report then shows)."""
        return self._assessment

    def gate(self, family: str) -> bool:
        """Whether the About holds the last word of a phrase of a ``gate`` family: a cheap test
        (a set of its words, no scan) before a check weighs the evidence."""
        words = self.evidence_model.gate_words.get(family, frozenset())
        return not words.isdisjoint(self.tokens["summary"].words)

    def span_text(self, field_name: FieldName, start: int, end: int) -> str:
        return self.texts[field_name][start:end]
