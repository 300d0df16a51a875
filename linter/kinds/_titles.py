"""Finding job titles in a headline, shared by the ``title`` and ``claim`` kinds.

A title counts only as one held now: not after "ex-"/"former" (history), not after "AI/" or
"teaching" (another title or not a title at all), not before "recruiter". Misspelt and
abbreviated words ("Learnig", "Enginear", "Engg") are corrected against the rule's own words
with rapidfuzz, on the headline only, within the distance the rule's data allows.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from rapidfuzz import process
from rapidfuzz.distance import OSA

from linter.context import Context
from linter.matcher import Match, Trie, non_overlapping, preceded_by
from linter.models import FieldName
from linter.rule import DataModel
from linter.text import phrase_tokens


class TitleFields(DataModel):
    titles: tuple[str, ...] = Field(min_length=1, description="The titles, as phrases.")
    seniority: str = Field(description="Lexicon of words allowed around and inside a title.")
    history: tuple[str, ...] = Field(default=(), description="Words before a title: a past one.")
    not_after: tuple[str, ...] = Field(default=(), description="Words before a title that cancel.")
    not_before: tuple[str, ...] = Field(default=(), description="Words after it that cancel.")
    aliases: dict[str, str] = Field(default_factory=dict, description="Abbreviation -> word.")
    fuzzy_max_distance: int = Field(default=1, ge=0, le=2)
    fuzzy_min_length: int = Field(default=6, ge=4)


def _words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for p in phrases for w in phrase_tokens(p))


@lru_cache(maxsize=64)
def _compile(
    titles: tuple[str, ...], seniority: tuple[str, ...]
) -> tuple[Trie, frozenset[str], tuple[str, ...]]:
    trie = Trie(skippable=_words(seniority))
    for phrase in titles:
        trie.add(phrase, "title")
    vocab = _words(titles)
    return trie, vocab, tuple(sorted(vocab))


def find_titles(rule: TitleFields, ctx: Context, field: FieldName) -> list[Match]:
    tokens = ctx.tokens[field]
    if not tokens:
        return []
    seniority = ctx.lexicons[rule.seniority].phrases
    trie, vocab, choices = _compile(rule.titles, seniority)
    aliases = {phrase_tokens(k)[0]: v for k, v in rule.aliases.items() if phrase_tokens(k)}
    words: list[str] = []
    for norm in tokens.norms:
        word = aliases.get(norm, norm)
        if word not in vocab and len(word) >= rule.fuzzy_min_length and rule.fuzzy_max_distance:
            best = process.extractOne(
                word, choices, scorer=OSA.distance, score_cutoff=rule.fuzzy_max_distance
            )
            if best is not None and len(best[0]) >= rule.fuzzy_min_length:
                word = best[0]
        words.append(word)
    skip = _words(seniority)
    past = _words(rule.history) | _words(rule.not_after)
    after = _words(rule.not_before)
    kept = []
    for m in non_overlapping(trie.scan(tokens, words)):
        if preceded_by(tokens, m, past, skip):
            continue
        nxt = m.last + 1
        if nxt < len(tokens) and not tokens.hard[nxt] and tokens.norms[nxt] in after:
            continue
        kept.append(m)
    return kept
