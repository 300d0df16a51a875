"""What a kind's check sees: the profile's texts, tokens, phrase matches, lexicons and target."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

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
    texts: dict[FieldName, str] = field(default_factory=dict)
    tokens: dict[FieldName, Tokens] = field(default_factory=dict)
    matches: dict[FieldName, dict[Key, list[Match[Key]]]] = field(default_factory=dict)
    _evidence: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        profile: Profile,
        target: Target,
        lexicons: dict[str, Lexicon],
        tries: dict[FieldName, Trie[Key]],
        fold: int | None,
    ) -> Context:
        ctx = cls(profile, target, lexicons, fold)
        for name in FIELDS:
            text = profile.text(name)
            tokens = tokenize(text)
            grouped: dict[Key, list[Match[Key]]] = defaultdict(list)
            for match in tries[name].scan(tokens):
                grouped[match.key].append(match)
            ctx.texts[name] = text
            ctx.tokens[name] = tokens
            ctx.matches[name] = grouped
        return ctx

    def hits(self, field_name: FieldName, key: Key) -> list[Match[Key]]:
        return self.matches[field_name].get(key, [])

    def lexicon_hits(self, field_name: FieldName, lexicon: str) -> list[Match[Key]]:
        return self.hits(field_name, LexiconKey(lexicon))

    def evidence(self, lexicon: str) -> frozenset[str]:
        """The distinct phrases of ``lexicon`` found anywhere in the profile (normalised)."""
        cached = self._evidence.get(lexicon)
        if cached is None:
            found: set[str] = set()
            for name in FIELDS:
                tokens = self.tokens[name]
                for m in self.lexicon_hits(name, lexicon):
                    found.add(" ".join(tokens.norm(i) for i in range(m.first, m.last + 1)))
            cached = self._evidence[lexicon] = frozenset(found)
        return cached

    def span_text(self, field_name: FieldName, start: int, end: int) -> str:
        return self.texts[field_name][start:end]
