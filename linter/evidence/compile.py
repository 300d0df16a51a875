"""The evidence model's own phrase trie, built once per rule set and scanned only on demand.

Every list of ``rules/evidence.toml`` goes into one token trie under an :class:`EKey`: a cue
(``("cue", "<status>-<n>")``, the n-th cue of the data), a family phrase (``("family", name)``,
``("ambiguous", name)``, or ``("other", name)``: one of its words in another sense), or a word
group (``("word", group)``: own, team, own-verb, clause, list-header, object, other-sense,
refers-back, unit, number, customer, ai). Overlaps are resolved by the assessment, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from linter.evidence.schema import EvidenceSettings
from linter.matcher import Trie
from linter.text import phrase_tokens, surface_forms


class EKey(NamedTuple):
    group: str
    name: str


@dataclass(frozen=True)
class CueRule:
    status: str
    cancels: tuple[tuple[str, ...], ...]  # word sequences that cancel it right after it
    cancelled_after: frozenset[str]  # words that cancel it right before it
    sentence_wide: bool
    ends_at: tuple[str, ...]


@dataclass(frozen=True)
class CompiledEvidence:
    settings: EvidenceSettings
    trie: Trie[EKey]
    cues: dict[str, CueRule]  # by the cue's key: its status and its place in the data
    labels: dict[str, str]
    gate_words: dict[str, frozenset[str]]  # gate family -> its phrases' last words, as written


def _words(settings: EvidenceSettings) -> dict[str, tuple[str, ...]]:
    fd = settings.forward_deployed
    return {
        "own": settings.own,
        "own-possessive": settings.own_possessive,
        "shift": settings.time_shift,
        "team": settings.team,
        "own-verb": settings.own_verbs,
        "clause": settings.clause_words,
        "list-header": settings.list_headers,
        "object": settings.software_objects,
        "strong-object": settings.strong_objects,
        "research-object": settings.research_objects,
        "not-system": settings.not_systems,
        "other-sense": settings.other_senses,
        "refers-back": settings.refers_back,
        "unit": settings.scale_units.units,
        "number": settings.scale_units.numbers,
        "rank": settings.scale_units.ranks,
        "customer": fd.customers,
        "ai": fd.ai_objects,
    }


@lru_cache(maxsize=8)
def compile_evidence(settings: EvidenceSettings) -> CompiledEvidence:
    trie: Trie[EKey] = Trie()
    # one key per phrase for all the word groups it is in ("model" is an object, a strong
    # object and an AI object): one match where there would be three
    groups: dict[tuple[str, ...], list[str]] = {}
    for group, phrases in _words(settings).items():
        for phrase in phrases:
            groups.setdefault(phrase_tokens(phrase), []).append(group)
    for words, names in groups.items():
        trie.add(words, EKey("word", "|".join(sorted(set(names)))))
    cues: dict[str, CueRule] = {}
    for n, cue in enumerate(settings.cue):  # two cues of one status may differ in scope
        key = f"{cue.status}-{n}"
        for phrase in cue.phrases:
            trie.add(phrase, EKey("cue", key))
        cancels = tuple(phrase_tokens(w) for w in cue.unless_next)
        after = frozenset(w for p in cue.unless_after for w in phrase_tokens(p))
        cues[key] = CueRule(cue.status, cancels, after, cue.scope == "sentence", cue.ends_at)
    for fam in settings.family:
        for phrase in fam.phrases:
            trie.add(phrase, EKey("family", fam.name))
        for phrase in fam.ambiguous:
            trie.add(phrase, EKey("ambiguous", fam.name))
        for phrase in fam.other_senses:  # a longer match: it hides the family's word inside
            trie.add(phrase, EKey("other", fam.name))
    labels = {fam.name: fam.label for fam in settings.family}
    gates = {
        fam.name: frozenset(
            form for p in fam.phrases for form in surface_forms(phrase_tokens(p)[-1])
        )
        for fam in settings.family
        if fam.gate
    }
    return CompiledEvidence(settings, trie, cues, labels, gates)
