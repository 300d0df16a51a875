"""What a kind's check sees: the profile's texts, tokens, phrase matches, lexicons and target."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from linter.evidence.assess import Assessment, assess
from linter.evidence.compile import CompiledEvidence, EKey
from linter.keys import Key, LexiconKey
from linter.matcher import Match, Trie
from linter.models import FIELDS, FieldName, Profile
from linter.schema import Lexicon, Target
from linter.text import Tokens, tokenize


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
    _evidence_matches: list[Match[EKey]] | None = None

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
        for name in FIELDS:
            text = profile.text(name)
            ctx.texts[name] = text
            ctx.tokens[name], ctx.matches[name] = _scan(text, tries[name], name == "summary")
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
            tokens = self.tokens["summary"]
            self._assessment = assess(tokens, self.evidence_model, self.evidence_matches)
        return self._assessment

    def evidence_matches(self) -> list[Match[EKey]]:
        """The evidence model's phrases in the About (one scan per lint, shared by its readers)."""
        if self._evidence_matches is None:
            self._evidence_matches = self.evidence_model.trie.scan(self.tokens["summary"])
        return self._evidence_matches

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


# The last About scanned, and with which trie: linting several headlines against one About
# (``suggest()`` checks each candidate; the page re-lints as the headline is typed) tokenises
# and scans it once. Both are only read after they are built.
_LAST: list[tuple[str, Trie[Key], Tokens, dict[Key, list[Match[Key]]]]] = []


def _scan(text: str, trie: Trie[Key], keep: bool) -> tuple[Tokens, dict[Key, list[Match[Key]]]]:
    last = _LAST[0] if keep and _LAST else None
    if last is not None and last[1] is trie and last[0] == text:
        return last[2], last[3]
    tokens = tokenize(text)
    grouped: dict[Key, list[Match[Key]]] = defaultdict(list)
    for match in trie.scan(tokens):
        grouped[match.key].append(match)
    found = dict(grouped)
    if keep:
        _LAST[:] = [(text, trie, tokens, found)]
    return tokens, found
