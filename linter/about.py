"""What a lint reads of an About text alone, computed once per About and shared by its lints.

An About is read the same whatever the headline: its tokens and trie matches, the evidence
model's scan of it, its assessment and its voice. ``suggest()`` lints each candidate headline
with the same About, ``lint()`` measures each headline fix's impact by linting again, and the
page re-lints as the headline is typed: each reads the About once.

The cache is keyed by the text and by the identity of the compiled trie and evidence model (each
entry holds them, so an identity is never reused while its entry lives), so another target, pack
or configuration never gets another's reading. It holds the last About only, so a
long-running worker keeps no more of the texts it linted than before. Nothing in an entry
depends on the headline or on a lint's findings: what a lint found stays in its ``Context``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from functools import lru_cache
from itertools import compress, repeat
from operator import is_, itemgetter, not_
from typing import Any, TypeVar

from linter.evidence.assess import Assessment, assess
from linter.evidence.compile import CompiledEvidence, EKey
from linter.evidence.voice import Voice, read_voice
from linter.keys import Key
from linter.matcher import Match, Trie, merged
from linter.text import Tokens, tokenize

# Abouts kept: the last one, as before this cache (a lint's impacts and suggest()'s candidates
# read it again right away). More would keep more people's texts in a worker's memory; one
# bounds it to a single About's reading (a 1 MB About's holds some 85 MB, as the scan did).
KEEP = 1
T = TypeVar("T")


class About:
    """One About text as read with one compiled trie and evidence model; each part on first use."""

    __slots__ = (
        "_assessment",
        "_evidence",
        "_memo",
        "_voice",
        "matches",
        "model",
        "tokens",
        "trie",
    )

    def __init__(self, text: str, trie: Trie[Key], model: CompiledEvidence) -> None:
        self.trie, self.model = trie, model
        self.tokens: Tokens = tokenize(text)
        # every lint with an About reads its evidence: both tries' phrases, found in one scan
        main, self._evidence = split(folded(trie, model.trie).scan(self.tokens))
        self.matches: dict[Key, list[Match[Key]]] = group(main)
        self._assessment: Assessment | None = None
        self._voice: Voice | None = None
        self._memo: dict[Hashable, object] = {}

    @property
    def text(self) -> str:
        return self.tokens.text

    def evidence_matches(self) -> list[Match[EKey]]:
        """The evidence model's phrases in the About, as its own trie's scan finds them."""
        return self._evidence

    def assessment(self) -> Assessment:
        if self._assessment is None:
            self._assessment = assess(self.tokens, self.model, self.evidence_matches)
        return self._assessment

    def voice(self) -> Voice:
        if self._voice is None:
            self._voice = read_voice(self.tokens, self.evidence_matches())
        return self._voice

    def once(self, key: Hashable, compute: Callable[[Tokens], T]) -> T:
        """``compute(tokens)``, once per About and ``key`` (which tells the computations apart,
        and holds whatever else they read): for what reads the About alone."""
        if key not in self._memo:
            self._memo[key] = compute(self.tokens)
        return self._memo[key]  # type: ignore[return-value]


@lru_cache(maxsize=32)  # as many as compiled rule sets are kept (``linter.engine``)
def folded(trie: Trie[Key], evidence: Trie[EKey]) -> Trie[Key | EKey]:
    """The rules' trie and the evidence model's, merged: one scan of an About finds both."""
    return merged(trie, evidence)


def split(matches: list[Match[Any]]) -> tuple[list[Match[Key]], list[Match[EKey]]]:
    """A folded scan's matches: the rules' trie's, and the evidence model's (each in scan
    order, as each trie's own scan finds them); told apart in C, by the type of their key."""
    evidence = list(map(is_, map(type, map(itemgetter(0), matches)), repeat(EKey)))
    return list(compress(matches, map(not_, evidence))), list(compress(matches, evidence))


def group(matches: list[Match[Key]]) -> dict[Key, list[Match[Key]]]:
    """Matches by key, each key's in scan order."""
    grouped: dict[Key, list[Match[Key]]] = defaultdict(list)
    for match in matches:
        grouped[match.key].append(match)
    return dict(grouped)


# most recently used last; a list, not a dict, so the keys' identity checks stay explicit
_CACHE: list[About] = []


def read_about(text: str, trie: Trie[Key], model: CompiledEvidence) -> About:
    """The About's reading with this trie and evidence model: the cached one, else a new one."""
    for i in range(len(_CACHE) - 1, -1, -1):
        about = _CACHE[i]
        if about.trie is trie and about.model is model and about.text == text:
            if i != len(_CACHE) - 1:
                _CACHE.append(_CACHE.pop(i))
            return about
    about = About(text, trie, model)
    _CACHE.append(about)
    del _CACHE[:-KEEP]
    return about


def clear() -> None:
    """Forget every About read (tests, and a caller that wants the memory back)."""
    _CACHE.clear()
