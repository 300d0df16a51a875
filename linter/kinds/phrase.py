"""``phrase``: flag every occurrence of listed phrases (buzzwords, research-only framing...)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.keys import RuleKey
from linter.matcher import non_overlapping, preceded_by
from linter.models import Applicability, FieldName
from linter.rule import Finding, RuleBase
from linter.text import Tokens, phrase_tokens

ALWAYS, CONDITIONAL = "always", "conditional"  # the rule's two kinds of phrase in the trie


class Rule(RuleBase):
    kind: Literal["phrase"] = "phrase"
    phrases: tuple[str, ...] = Field(min_length=1)
    conditional: tuple[str, ...] = Field(
        default=(), description="Phrases flagged only when their sentence lacks the lexicon below."
    )
    unless_sentence_has: str | None = None
    not_after: tuple[str, ...] = Field(default=(), description="Words before it that cancel it.")
    not_before: tuple[str, ...] = Field(
        default=(), description="Words right after it that cancel it ('opportunities to learn')."
    )
    once_per_field: bool = Field(
        default=False,
        description="One finding per phrase per field, its first occurrence ('leverage' and "
        "'leveraging' are one phrase).",
    )
    replacement: str | None = None
    applicability: Applicability = "unsafe"
    needs_own_hits: ClassVar[bool] = True

    @property
    def fixable(self) -> Applicability | None:
        return self.applicability if self.replacement is not None else None

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        yield from ((p, self.key(ALWAYS)) for p in self.phrases)
        yield from ((p, self.key(CONDITIONAL)) for p in self.conditional)

    def lexicons(self) -> Iterable[str]:
        return (self.unless_sentence_has,) if self.unless_sentence_has else ()

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            if field == "summary":  # the About's alone: found once for all the lints of it
                yield from ctx.about_once(("phrase", self), lambda _: [*self._in(ctx, "summary")])
            else:
                yield from self._in(ctx, field)

    def _in(self, ctx: Context, field: FieldName) -> Iterator[Finding]:
        """The findings in one field: they read that field alone."""
        cancel = _cancelling(self)
        tokens = ctx.tokens[field]
        found = list(ctx.hits(field, self.key(ALWAYS)))
        conditional = ctx.hits(field, self.key(CONDITIONAL))
        if conditional and self.unless_sentence_has:
            lexicon = self.unless_sentence_has
            outcome = {tokens.sentence(m.first) for m in ctx.lexicon_hits(field, lexicon)}
            found += [m for m in conditional if tokens.sentence(m.first) not in outcome]
        said: list[tuple[str, ...]] = []
        for m in non_overlapping(found):
            if cancel and preceded_by(tokens, m, cancel):
                continue
            if self.not_before and _followed_by(tokens, m.last, _next_words(self)):
                continue
            if self.once_per_field:
                root = tuple(_root(tokens.norm(k)) for k in range(m.first, m.last + 1))
                if any(r[: len(root)] == root or root[: len(r)] == r for r in said):
                    continue  # "passionate" after "passionate about": the same cliché
                said.append(root)
            values = {"match": ctx.span_text(field, m.start, m.end)}
            yield self.finding(field, m.start, m.end, values, replacement=self.replacement)


def _root(word: str) -> str:
    """A crude root, only to tell inflections of one phrase apart from other phrases:
    "leverage", "leveraged" and "leveraging" all give "leverag"."""
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    return word[:-1] if word.endswith("e") else word


def _followed_by(tokens: Tokens, last: int, words: frozenset[str]) -> bool:
    following = last + 1
    return (
        following < len(tokens)
        and not tokens.is_hard(following)
        and tokens.norm(following) in words
    )


@lru_cache(maxsize=64)
def _next_words(rule: Rule) -> frozenset[str]:
    return frozenset(w for p in rule.not_before for w in phrase_tokens(p))


@lru_cache(maxsize=64)
def _cancelling(rule: Rule) -> frozenset[str]:
    return frozenset(w for p in rule.not_after for w in phrase_tokens(p))
