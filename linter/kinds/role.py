"""``role``: the headline names no role a recruiter searches for.

The headline is read against a lexicon of role words (``searchable-roles``, several languages)
and, for compounds ("Softwareentwickler"), the rule's word endings. Without one it is a finding,
told apart by what the headline holds instead: a study status ("Student at X"), a nickname
("Software Craftsman"), abbreviations alone ("DE"), or else topics, a field or a slogan. A
headline in a script the lexicon does not cover, and an empty one, are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.keys import RuleKey
from linter.kinds._about_role import RoleWords, about_role
from linter.models import Applicability
from linter.rule import Finding, RuleBase
from linter.text import Tokens, phrase_tokens

STUDY, NICKNAME = "study", "nickname"  # the rule's two kinds of phrase in the trie
# segment separators: a spaced dash, bars, bullets and punctuation
SEGMENT_RE = re.compile(
    "\\s[-\u2013\u2014]\\s|\\.\\s"
    '|[|\u2022\u00b7\u25cf\u25aa\u25c6\u2605,;:!?()\\[\\]{}<>"\n\u2014\u2013]'
)
MAX_QUOTE = 60  # a long slogan is quoted up to here, at a word boundary
MAX_ABBREVIATION = 4  # letters of a word in capitals that reads as an abbreviation


class Rule(RuleBase):
    kind: Literal["role"] = "role"
    roles: str = Field(description="Lexicon of the roles recruiters search for.")
    role_suffixes: tuple[str, ...] = Field(
        default=(), description="Word endings that name a role in a compound ('...entwickler')."
    )
    study: tuple[str, ...] = Field(
        default=(), description="Study status and degrees: no role ('Student at X', 'MSc')."
    )
    nicknames: tuple[str, ...] = Field(
        default=(), description="Self-styled titles nobody searches for ('Craftsman', 'Ninja')."
    )
    study_unless_next: tuple[str, ...] = Field(
        default=(), description="Words after a study word that make it no study ('Student Visa')."
    )
    fuzzy_min_length: int = Field(
        default=6, ge=4, description="Longer words within one edit of a role word are that role."
    )
    said: dict[str, str] = Field(
        default_factory=dict,
        description="What the message says each case is: study, nickname, abbreviation, other.",
    )
    suggestion_from_about: str = Field(
        default="",
        description="The advice when the About opens with a role ('{about_role}'); with it, the "
        "fix puts that role in front of the headline.",
    )
    about_within: int = Field(
        default=8, ge=1, description="The About's role counts when it ends within these words."
    )
    max_headline: int = Field(default=220, ge=1, description="A longer fixed headline: no fix.")
    claims: tuple[str, ...] = Field(
        default=(),
        description="Modern titles (those of unsupported-title) that the About's role may be "
        "only where the About backs them.",
    )
    about_role_skip: tuple[str, ...] = Field(
        default=(),
        description="Words before the About's role that are no part of its title ('An', "
        "'Experienced'): left out of the role put in the headline.",
    )
    about_role_bounds: tuple[str, ...] = Field(
        default=(),
        description="Words that end a lower-case title on its left ('a', 'as', 'and').",
    )
    about_role_past: tuple[str, ...] = Field(
        default=(),
        description="Words before the role in its sentence that make it one held before "
        "('worked', 'former'): then no role is offered.",
    )
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "what", "about_role"})

    def _templates(self) -> Iterable[str]:
        return (*super()._templates(), self.suggestion_from_about)

    def _about_role(self, ctx: Context) -> str:
        if not self.suggestion_from_about:
            return ""
        return about_role(ctx, self.roles, self.about_within, _role_words(self), self.claims)

    @property
    def fixable(self) -> Applicability | None:
        # the About's own role put first: the person's words, but a headline they decide on
        return "unsafe" if self.suggestion_from_about else None

    def trie_phrases(self) -> Iterable[tuple[str, RuleKey]]:
        yield from ((p, self.key(STUDY)) for p in self.study)
        yield from ((p, self.key(NICKNAME)) for p in self.nicknames)

    def lexicons(self) -> Iterable[str]:
        return (self.roles,)

    def check(self, ctx: Context) -> Iterator[Finding]:
        for field in self.fields:
            text = ctx.texts[field]
            tokens = ctx.tokens[field]
            if not len(tokens) or ctx.lexicon_hits(field, self.roles) or not _latin(text):
                continue
            if self.role_suffixes and any(w.endswith(self.role_suffixes) for w in tokens.words):
                continue
            if _misspelt_role(tokens.words, _vocabulary(ctx.lexicons[self.roles].phrases), self):
                continue  # "Sales exicutive": a typo, not a missing role
            case, start, end = "other", 0, len(text)
            for tag in (NICKNAME, STUDY):
                hits = ctx.hits(field, self.key(tag))
                if tag == STUDY:
                    unless = frozenset(self.study_unless_next)
                    hits = [m for m in hits if not _next_in(tokens, m.last, unless)]
                if hits:
                    first = min(hits, key=lambda m: m.start)
                    case = tag
                    start, end = _segment(text, first.start, first.end)
                    break
            else:
                raw = [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)]
                if all(w.isupper() and len(w) <= MAX_ABBREVIATION for w in raw):
                    case = "abbreviation"
            start, end = _trim(text, start, end)
            values = {"match": text[start:end], "what": self.said.get(case, "")}
            role = self._about_role(ctx) if field == "headline" else ""
            fixed = f"{role} | {text[start:end]}" if role else None
            if fixed is None or len(text) - (end - start) + len(fixed) > self.max_headline:
                yield self.finding(field, start, end, values)
                continue
            values["about_role"] = role
            advice = self.suggestion_from_about
            yield self.finding(field, start, end, values, replacement=fixed, advice=advice)


def _next_in(tokens: Tokens, last: int, words: frozenset[str]) -> bool:
    following = last + 1
    return following < len(tokens) and tokens.norm(following) in words


@lru_cache(maxsize=8)
def _vocabulary(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for p in phrases for w in phrase_tokens(p))


@lru_cache(maxsize=8)
def _by_ends(vocab: frozenset[str], min_length: int) -> dict[str, tuple[str, ...]]:
    """The role words long enough to correct towards, by their first and by their last two
    letters: one edit leaves one end of a word of five letters or more intact."""
    ends: dict[str, list[str]] = {}
    for word in sorted(w for w in vocab if len(w) >= min_length - 1):
        ends.setdefault("<" + word[:2], []).append(word)
        ends.setdefault(word[-2:] + ">", []).append(word)
    return {k: tuple(v) for k, v in ends.items()}


def _misspelt_role(words: list[str], vocab: frozenset[str], rule: Rule) -> bool:
    """Whether a long word is one edit away from a role word (two would take "technologies"
    for "technologist")."""
    by_ends = _by_ends(vocab, rule.fuzzy_min_length)
    for word in words:
        if len(word) < rule.fuzzy_min_length or word in vocab:
            continue
        near = {
            c
            for c in (*by_ends.get("<" + word[:2], ()), *by_ends.get(word[-2:] + ">", ()))
            if abs(len(c) - len(word)) <= 1
        }
        if near:
            from rapidfuzz.distance import OSA  # loaded only on this rare path

            if any(OSA.distance(word, c, score_cutoff=1) <= 1 for c in near):
                return True
    return False


def _latin(text: str) -> bool:
    """Whether every letter is Latin (the lexicon's scripts); digits and symbols do not count."""
    return text.isascii() or all(
        unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha()
    )


def _segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The segment (between separators) around ``[start, end)``."""
    seg_start, seg_end = 0, len(text)
    for m in SEGMENT_RE.finditer(text):
        if m.end() <= start:
            seg_start = m.end()
        elif m.start() >= end:
            seg_end = m.start()
            break
    return seg_start, seg_end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without surrounding spaces and punctuation, and at most ``MAX_QUOTE`` characters."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if end - start > MAX_QUOTE:
        cut = text.rfind(" ", start, start + MAX_QUOTE)
        end = cut if cut > start else start + MAX_QUOTE
        while end > start and not text[end - 1].isalnum():
            end -= 1
    return start, end


@lru_cache(maxsize=8)
def _role_words(rule: Rule) -> RoleWords:
    def fold(words: tuple[str, ...]) -> frozenset[str]:
        return frozenset(w for p in words for w in phrase_tokens(p))

    return RoleWords(
        fold(rule.about_role_skip), fold(rule.about_role_bounds), fold(rule.about_role_past)
    )
